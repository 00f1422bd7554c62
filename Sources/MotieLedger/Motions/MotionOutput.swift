import Kamerstuk

/// How motions, findings and promised times look in JSON output: the fields of the contract
/// (../shared/INTERFACE.md) first, then what else is known.
extension Motion {
    public var json: JSONValue {
        .object([
            ("id", id.map { .string($0.canonical) } ?? .null),
            ("name", .string(name)),
            ("key", .string(key)),
            ("nameKey", .string(nameKey)),
            ("mentions", .array(mentions.map { .object([("line", .int(Int64($0.line))), ("column", .int(Int64($0.column))),
                                                        ("text", .string($0.text))]) })),
            ("answers", .array(answers.map(\.json))),
            ("status", .string(status.rawValue)),
            ("evidence", .string(evidence)),
            ("evidenceLine", .int(Int64(evidenceLine))),
            ("expected", expected?.json ?? .null),
            ("uncertain", .bool(uncertain)),
            ("mixed", .bool(mixed)),
            ("readings", .array(readings.map(\.json))),
            ("url", id.map { .string($0.url) } ?? .null),
            ("findings", .array(findings.map(\.json))),
        ])
    }
}

extension AnswerReading {
    public var json: JSONValue {
        .object([
            ("answer", answer.map { .int(Int64($0)) } ?? .null),
            ("status", .string(status.rawValue)),
            ("evidence", .string(evidence)),
            ("evidenceLine", .int(Int64(evidenceLine))),
            ("conditional", .bool(conditional)),
            ("expected", expected?.json ?? .null),
        ])
    }
}

extension AnswerReference {
    public var json: JSONValue {
        .object([
            ("index", .int(Int64(index))),
            ("label", label.map { .string($0) } ?? .null),
            ("askers", .array(askers.map { .string($0) })),
            ("party", party.map { .string($0) } ?? .null),
        ])
    }
}

extension ExpectedTime {
    public var json: JSONValue {
        .object([("from", .string(from.iso)), ("to", .string(to.iso)), ("text", .string(text))])
    }
}

extension Finding {
    public var json: JSONValue {
        .object([
            ("category", .string(category.rawValue)),
            ("message", .string(message)),
            ("line", location.map { .int(Int64($0.line)) } ?? .null),
            ("column", location.map { .int(Int64($0.column)) } ?? .null),
        ])
    }
}

/// The `motions` report for people.
public enum MotionText {
    public static func render(_ reader: MotionReader, language: Language) -> String {
        let document = reader.document
        let nl = language == .nl
        var out = ""
        var header: [String] = [document.number ?? (nl ? "(geen documentnummer)" : "(no document number)")]
        if let reference = document.reference { header.append("\(nl ? "kenmerk" : "reference") \(reference)") }
        if let date = document.date { header.append(date.iso) }
        if let debate = document.debate { header.append(debate.label) }
        out += header.joined(separator: " — ") + "\n"
        let count = reader.motions.count
        out += nl ? "\(count) \(count == 1 ? "motie" : "moties")\n" : "\(count) \(count == 1 ? "motion" : "motions")\n"
        for motion in reader.motions {
            out += "\n\(motion.key)  \(motion.name)  \(motion.status.word(language))"
            if motion.uncertain { out += nl ? " (onzeker)" : " (uncertain)" }
            out += "\n"
            if !motion.answers.isEmpty {
                let answers = motion.answers.map { answer -> String in
                    let who = answer.askers.joined(separator: ", ") + (answer.party.map { " (\($0))" } ?? "")
                    return "\(answer.label ?? String(answer.index))" + (who.isEmpty ? "" : " \(who)")
                }
                out += "  \(nl ? "antwoorden" : "answers"): \(answers.joined(separator: "; "))\n"
            }
            out += "  \(nl ? "regel" : "line") \(motion.evidenceLine): \(motion.evidence)\n"
            if let expected = motion.expected {
                out += "  \(nl ? "verwacht" : "expected"): \(expected.from.iso) – \(expected.to.iso) (\(expected.text))\n"
            }
        }
        return out
    }
}
