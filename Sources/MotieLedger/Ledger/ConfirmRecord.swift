/// A person's word that a reading stands as read (`record --confirm`): the status event of line
/// `event` is no longer uncertain.
package struct ConfirmRecord: Hashable, Sendable {
    package var event: Int
    package var note: String?
    package var who: String

    package init(event: Int, note: String?, who: String) {
        self.event = event
        self.note = note
        self.who = who
    }
}
