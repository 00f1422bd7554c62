import Kamerstuk

/// How motions, findings and promised times look in JSON output: the fields of the command
/// line's contract (the README's `motions` command) first, then what else is known.
extension Motion {
    package var json: JSONValue {
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
    package var json: JSONValue {
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
    package var json: JSONValue {
        .object([
            ("index", .int(Int64(index))),
            ("label", label.map { .string($0) } ?? .null),
            ("askers", .array(askers.map { .string($0) })),
            ("party", party.map { .string($0) } ?? .null),
        ])
    }
}

extension ExpectedTime {
    package var json: JSONValue {
        .object([("from", .string(from.iso)), ("to", .string(to.iso)), ("text", .string(text))])
    }
}

extension Finding {
    package var json: JSONValue {
        .object([
            ("category", .string(category.rawValue)),
            ("message", .string(message)),
            ("line", location.map { .int(Int64($0.line)) } ?? .null),
            ("column", location.map { .int(Int64($0.column)) } ?? .null),
        ])
    }
}
