/// The `motions` report for people: the document, then each motion it mentions with its
/// Kamerstuk, name, status, the answers that speak of it, its evidence and promised time.
package enum MotionText {
    package static func render(_ reader: MotionReader, language: Language) -> String {
        let document = reader.document
        var out: PersonText = ""
        var header: [PersonText] = ["\(document.number ?? language.pick("(geen documentnummer)", "(no document number)"))"]
        if let reference = document.reference { header.append("\(language.pick("kenmerk", "reference")) \(reference)") }
        if let date = document.date { header.append("\(date)") }
        if let debate = document.debate { header.append("\(debate.label)") }
        out += header.dropFirst().reduce(header[0]) { $0 + " — " + $1 } + "\n"
        let count = reader.motions.count
        out += "\(count) \(count == 1 ? language.pick("motie", "motion") : language.pick("moties", "motions"))\n"
        for motion in reader.motions {
            out += "\n\(motion.key)  \(motion.name)  \(motion.status.word(language))"
            if motion.uncertain {
                let reasons = ReportWords.uncertaintyReasons(motion, language)
                let why = reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; ")
                out += "\(language.pick(" (onzeker", " (uncertain"))\(why))"
            }
            out += "\n"
            if !motion.answers.isEmpty {
                let answers = motion.answers.map { answer -> String in
                    let who = ReportWords.capitalisingStart(answer.askers.joined(separator: ", ")) + (answer.party.map { " (\($0))" } ?? "")
                    return "\(answer.label ?? String(answer.index))" + (who.isEmpty ? "" : " \(who)")
                }
                out += "  \(language.pick("antwoorden", "answers")): \(answers.joined(separator: "; "))\n"
            }
            out += "  \(language.pick("regel", "line")) \(motion.evidenceLine): \(motion.evidence)\n"
            if let expected = motion.expected {
                out += "  \(language.pick("verwacht", "expected")): \(expected.text) (\(ReportWords.range(expected, language)))\n"
            }
        }
        return out.text
    }
}
