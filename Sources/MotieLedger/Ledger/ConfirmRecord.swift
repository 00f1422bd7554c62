/// A person's word that a reading stands as read (`record --confirm`): the status event of line
/// `event` is no longer uncertain.
public struct ConfirmRecord: Hashable, Sendable {
    public var event: Int
    public var note: String?
    public var who: String

    public init(event: Int, note: String?, who: String) {
        self.event = event
        self.note = note
        self.who = who
    }
}
