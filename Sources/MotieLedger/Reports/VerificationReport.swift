/// What `verify` prints of a sound ledger: `ok: PATH: N records (D documents, E events, A
/// aliases, F facts records), head COUNT:HASH`, and `; extends COUNT:HASH` when it was checked
/// against a head it still extends. Facts records, voids and confirmations, and findings records
/// are named only where the ledger holds some, so a ledger without them is reported as it always was.
package struct VerificationReport: Sendable {
    package let verification: Ledger.Verification
    /// The ledger's path, as the user named it.
    package let ledger: String
    /// The head the ledger was checked against, if any.
    package let extends: LedgerHead?

    package init(_ verification: Ledger.Verification, ledger path: String, extends head: LedgerHead?) {
        self.verification = verification
        ledger = path
        extends = head
    }

    /// The one line, with its line break.
    package func text() -> String {
        let found = verification
        var counts = "\(counted(found.documents, "document", "documents")), \(counted(found.events, "event", "events")), "
            + counted(found.aliases, "alias", "aliases")
        if found.facts > 0 { counts += ", " + counted(found.facts, "facts record", "facts records") }
        if found.corrections > 0 { counts += ", " + counted(found.corrections, "void or confirmation", "voids and confirmations") }
        if found.findings > 0 { counts += ", " + counted(found.findings, "findings record", "findings records") }
        var text: PersonText = "ok: \(ledger): \(counted(found.head.count, "record", "records")) (\(counts)), head \(found.head.description)"
        if let extends { text += "; extends \(extends.description)" }
        return text.text + "\n"
    }
}
