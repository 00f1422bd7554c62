/// What `record` appended to the ledger, as the command prints it.
package struct RecordSummary: Sendable {
    package let record: LedgerRecord
    /// The ledger's path, as the user named it.
    package let ledger: String

    package init(_ record: LedgerRecord, ledger path: String) {
        self.record = record
        ledger = path
    }

    /// For people, in Dutch or English: the record on one line, then the line with the new head.
    package func text(_ language: Language = .nl) -> String {
        (RecordSummary.line(record, language) + "\n" + RecordSummary.appendedLine([record], ledger: ledger, dryRun: false, language)).text
    }

    /// The record exactly as the ledger holds it, on one line.
    package var jsonLines: [UInt8] {
        RecordSummary.ledgerLines([record])
    }

    /// `records` exactly as the ledger holds them, one a line.
    static func ledgerLines(_ records: [LedgerRecord]) -> [UInt8] {
        var bytes: [UInt8] = []
        for record in records {
            bytes += record.line
            bytes.append(0x0A)
        }
        return bytes
    }

    /// A record on one line: `+ kst-21501-02-3236  in uitvoering  2026-01-28  Paternotte c.s.`.
    /// `restating`: the event restates what the ledger held at its date (`·`, not `+`).
    static func line(_ record: LedgerRecord, _ language: Language, restating: Bool = false) -> PersonText {
        switch record.entry {
        case .status(let event):
            var text: PersonText = "\(restating ? "·" : "+") \(event.motion)  \(event.status.word(language))  \(event.date)  \(event.name)"
            if let expected = event.expected { text += "  (\(language.pick("verwacht", "expected")) \(ReportWords.range(expected, language)))" }
            if event.by == .manual {
                text += "  [\(language.pick("handmatig door", "manual by")) \(event.who ?? "?"); \(language.pick("bron", "source")) \(event.source)"
                text += "\(event.corrects ? language.pick(", correctie daarvan", ", corrects it") : "")]"
            }
            return text
        case .alias(let alias):
            return "= \(alias.key) \(language.pick("is", "is")) \(alias.id.canonical) (\(language.pick("uit", "from")) \(alias.source))"
        case .document(let document):
            return "\(language.pick("document", "document")) \(document.number) (\(document.date))"
        case .facts(let record):
            let motion = record.facts.id?.canonical ?? "zaak \(record.facts.zaak ?? "?")"
            let given = FactsField.allCases.filter { $0 != .id && record.facts.has($0) }.map { $0.word(language) }
            return "* \(motion)  \(given.joined(separator: ", "))  (\(record.source.kind.word(language)) \(record.source.reference))"
        case .void(let void):
            let what: PersonText = void.event.map { "\(language.pick("regel", "line")) \($0)" } ?? "document \(void.document ?? "?")"
            return "- \(language.pick("ingetrokken", "void")) \(what)  [\(language.pick("door", "by")) \(void.who)\(void.note.map { "; \($0)" } ?? "")]"
        case .confirm(let confirm):
            return "✓ \(language.pick("bevestigd: regel", "confirm line")) \(confirm.event)  [\(language.pick("door", "by")) \(confirm.who)\(confirm.note.map { "; \($0)" } ?? "")]"
        case .findings(let findings):
            return "! \(findingsPlace(findings.target, language)): \(findings.findings.joined(separator: "; "))"
        case .found(let found):
            return "! \(findingsPlace(found.target, language)): \(found.found.map { KeptFinding.coded($0).text(language) }.joined(separator: "; "))"
        }
    }

    /// A key that fits several motions, left unjoined: `? motie-erkens is misschien kst-… of
    /// kst-…: niet gekoppeld, het is niet zeker welke` (`may be … or …: not joined, …`).
    static func unjoinedLine(_ key: String, _ candidates: [String], _ language: Language) -> PersonText {
        "? \(key) \(language.pick("is misschien", "may be")) \(candidates.joined(separator: language.pick(" of ", " or "))): "
            + "\(language.pick("niet gekoppeld, het is niet zeker welke", "not joined, it is not sure which"))\n"
    }

    /// What a findings record is kept with: `regel 12` (`line 12`).
    static func findingsPlace(_ target: Int, _ language: Language) -> PersonText { "\(language.pick("regel", "line")) \(target)" }

    /// `3 records toegevoegd aan PATH (regels 4–6); head 6:…` (`appended 3 records to PATH
    /// (lines 4–6); head 6:…`), or what a dry run would have done.
    static func appendedLine(_ records: [LedgerRecord], ledger path: String, dryRun: Bool, _ language: Language) -> PersonText {
        guard let first = records.first, let last = records.last else {
            return dryRun
                ? "\(language.pick("proefdraai: er zou niets worden toegevoegd aan", "dry run: nothing would be appended to")) \(path)\n"
                : "\(language.pick("niets toegevoegd aan", "nothing appended to")) \(path)\n"
        }
        let lines: PersonText = first.seq == last.seq
            ? "\(language.pick("regel", "line")) \(first.seq)" : "\(language.pick("regels", "lines")) \(first.seq)–\(last.seq)"
        let appended: PersonText = "\(counted(records.count, "record", "records"))"
        if dryRun {
            return language == .nl
                ? "proefdraai: zou \(appended) toevoegen aan \(path) (\(lines)); er is niets geschreven\n"
                : "dry run: would append \(appended) to \(path) (\(lines)); nothing was written\n"
        }
        return language == .nl
            ? "\(appended) toegevoegd aan \(path) (\(lines)); head \(last.seq):\(last.lineHash)\n"
            : "appended \(appended) to \(path) (\(lines)); head \(last.seq):\(last.lineHash)\n"
    }
}
