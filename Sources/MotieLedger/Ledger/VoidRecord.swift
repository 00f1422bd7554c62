/// A person's withdrawal of what the ledger holds, without rewriting it: one status event
/// (`event`, its line), or every reading of a document read by mistake (`document`, its
/// number: its record and every event from it written before the withdrawal). What is withdrawn
/// stays in the history, marked, and counts for no report; the document can be read again.
package struct VoidRecord: Hashable, Sendable {
    /// The line of the status event withdrawn; `nil` when a document is.
    package var event: Int?
    /// The number of the document withdrawn; `nil` when an event is.
    package var document: String?
    package var note: String?
    package var who: String

    package init(event: Int?, document: String?, note: String?, who: String) {
        self.event = event
        self.document = document
        self.note = note
        self.who = who
    }
}
