/// What `record` appended to the ledger, as the command prints it.
public struct RecordSummary: Sendable {
    public let record: LedgerRecord
    /// The ledger's path, as the user named it.
    public let ledger: String

    public init(_ record: LedgerRecord, ledger path: String) {
        self.record = record
        ledger = path
    }

    /// For people: the record on one line, then the line with the new head.
    public func text() -> String {
        (RecordSummary.line(record) + "\n" + RecordSummary.appendedLine([record], ledger: ledger, dryRun: false)).text
    }

    /// The record exactly as the ledger holds it, on one line.
    public var jsonLines: [UInt8] {
        record.line + [0x0A]
    }

    /// A record on one line: `+ kst-21501-02-3236  in-uitvoering  2026-01-28  Paternotte c.s.`.
    /// `restating`: the event restates what the ledger held at its date (`·`, not `+`).
    static func line(_ record: LedgerRecord, restating: Bool = false) -> PersonText {
        switch record.entry {
        case .status(let event):
            var text: PersonText = "\(restating ? "·" : "+") \(event.motion)  \(event.status.rawValue)  \(event.date)  \(event.name)"
            if let expected = event.expected { text += "  (expected \(expected.from)–\(expected.to))" }
            if event.by == .manual {
                text += "  [manual by \(event.who ?? "?"); source \(event.source)\(event.corrects ? ", corrects it" : "")]"
            }
            return text
        case .alias(let alias):
            return "= \(alias.key) is \(alias.id.canonical) (from \(alias.source))"
        case .document(let document):
            return "document \(document.number) (\(document.date))"
        case .facts(let record):
            let motion = record.facts.id?.canonical ?? "zaak \(record.facts.zaak ?? "?")"
            let given = FactsField.allCases.filter { $0 != .id && record.facts.has($0) }.map(\.rawValue)
            return "* \(motion)  \(given.joined(separator: ", "))  (\(record.source.kind.rawValue) \(record.source.reference))"
        case .void(let void):
            let what: PersonText = void.event.map { "line \($0)" } ?? "document \(void.document ?? "?")"
            return "- void \(what)  [by \(void.who)\(void.note.map { "; \($0)" } ?? "")]"
        case .confirm(let confirm):
            return "✓ confirm line \(confirm.event)  [by \(confirm.who)\(confirm.note.map { "; \($0)" } ?? "")]"
        case .findings(let findings):
            return "! \(findingsPlace(findings.target)): \(findings.findings.joined(separator: "; "))"
        }
    }

    /// What a findings record is kept with: `line 12`.
    static func findingsPlace(_ target: Int) -> PersonText { "line \(target)" }

    /// `appended 3 records to PATH (lines 4–6); head 6:…`, or what a dry run would have done.
    static func appendedLine(_ records: [LedgerRecord], ledger path: String, dryRun: Bool) -> PersonText {
        guard let first = records.first, let last = records.last else {
            return dryRun ? "dry run: nothing would be appended to \(path)\n" : "nothing appended to \(path)\n"
        }
        let lines: PersonText = first.seq == last.seq ? "line \(first.seq)" : "lines \(first.seq)–\(last.seq)"
        let count: PersonText = "\(records.count) \(plural(records.count, "record"))"
        if dryRun { return "dry run: would append \(count) to \(path) (\(lines)); nothing was written\n" }
        return "appended \(count) to \(path) (\(lines)); head \(last.seq):\(last.lineHash)\n"
    }
}
