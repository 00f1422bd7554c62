/// What `verify` prints of a sound ledger: `in orde: PATH: N records (D documenten, E
/// gebeurtenissen, A aliassen, F feitenrecords), head COUNT:HASH`, and `; bouwt voort op COUNT:HASH`
/// when it was checked against a head it still extends (`ok:` and `extends` in English). Facts
/// records, voids and confirmations, and findings records are named only where the ledger holds
/// some, so a ledger without them is reported as it always was.
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

    /// The one line, with its line break, in Dutch or English: `in orde: PATH: 41 records (3
    /// documenten, …), head COUNT:HASH` (`ok: PATH: 41 records (3 documents, …), head COUNT:HASH`).
    package func text(_ language: Language = .nl) -> String {
        let found = verification
        let nl = language == .nl
        var counts = [
            counted(found.documents, nl ? "document" : "document", nl ? "documenten" : "documents"),
            counted(found.events, nl ? "gebeurtenis" : "event", nl ? "gebeurtenissen" : "events"),
            counted(found.aliases, "alias", nl ? "aliassen" : "aliases"),
        ]
        if found.facts > 0 { counts.append(counted(found.facts, nl ? "feitenrecord" : "facts record", nl ? "feitenrecords" : "facts records")) }
        if found.corrections > 0 {
            counts.append(counted(found.corrections, nl ? "intrekking of bevestiging" : "void or confirmation",
                                  nl ? "intrekkingen en bevestigingen" : "voids and confirmations"))
        }
        if found.findings > 0 {
            counts.append(counted(found.findings, nl ? "bevindingenrecord" : "findings record", nl ? "bevindingenrecords" : "findings records"))
        }
        let summary = "\(counted(found.head.count, "record", "records")) (\(counts.joined(separator: ", "))), head \(found.head.description)"
        var text: PersonText = "\(nl ? "in orde" : "ok"): \(ledger): \(summary)"
        if let extends { text += "; \(nl ? "bouwt voort op" : "extends") \(extends.description)" }
        return text.text + "\n"
    }
}
