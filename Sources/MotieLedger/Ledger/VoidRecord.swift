/// A person's withdrawal of what the ledger holds, without rewriting it: one status event
/// (`event`, its line), or every reading of a document read by mistake (`document`, its
/// number: its record and every event from it written before the withdrawal). What is withdrawn
/// stays in the history, marked, and counts for no report; the document can be read again.
public struct VoidRecord: Hashable, Sendable {
    /// The line of the status event withdrawn; `nil` when a document is.
    public var event: Int?
    /// The number of the document withdrawn; `nil` when an event is.
    public var document: String?
    public var note: String?
    public var who: String

    public init(event: Int?, document: String?, note: String?, who: String) {
        self.event = event
        self.document = document
        self.note = note
        self.who = who
    }
}
