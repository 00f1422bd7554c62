import Kamerstuk

/// Something a stage of the motion reader noticed: a kind, a message and the clean-text offset
/// it is about — a finding before it is placed in the user's input.
struct MotionNote: Hashable {
    let kind: Finding.Category
    let message: String
    /// Clean-text offset.
    let offset: Int

    init(_ kind: Finding.Category, _ message: String, at offset: Int) {
        self.kind = kind
        self.message = message
        self.offset = offset
    }

    /// The finding, at its line and column in the user's input.
    func finding(in document: AnswerDocument) -> Finding {
        Finding(kind, message, at: document.location(of: offset))
    }
}
