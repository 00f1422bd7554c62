/// What `verify --repair` says it did to the end of the ledger, before `verify`'s own line.
package struct RepairSummary: Sendable {
    /// The repair, or `nil` when the last line was whole.
    package let repair: Ledger.Repair?

    package init(_ repair: Ledger.Repair?) {
        self.repair = repair
    }

    /// One line, in Dutch or English: the torn line moved aside, a line break given back, or nothing to repair.
    package func text(_ language: Language = .nl) -> String {
        guard let repair else {
            return language.pick("geen gescheurde laatste regel: niets te herstellen\n", "no torn last line: nothing to repair\n")
        }
        let records = counted(repair.head.count, "record", "records")
        let text: PersonText
        if let backup = repair.backup {
            text = language == .nl
                ? "de gescheurde laatste regel (regel \(repair.line), \(repair.bytes) bytes) is verplaatst naar \(backup); de ledger heeft nu \(records)\n"
                : "moved the torn last line (line \(repair.line), \(repair.bytes) bytes) to \(backup); the ledger now has \(records)\n"
        } else {
            text = language == .nl
                ? "regel \(repair.line) heeft zijn regeleinde terug (een heel record dat aansluit; alleen het regeleinde ontbrak); de ledger heeft nu \(records)\n"
                : "gave line \(repair.line) its line break back (a whole record that chains; only its line break was missing); the ledger now has \(records)\n"
        }
        return text.text
    }
}
