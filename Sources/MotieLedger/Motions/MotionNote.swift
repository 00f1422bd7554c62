import Kamerstuk

/// Something a stage of the motion reader noticed: a coded message (``FindingText`` and its
/// values) and the clean-text offset it is about — a finding before it is placed in the user's input.
struct MotionNote: Hashable {
    let text: FindingText
    let values: [String]
    /// Clean-text offset.
    let offset: Int

    init(_ text: FindingText, _ values: [String] = [], at offset: Int) {
        self.text = text
        self.values = values
        self.offset = offset
    }

    /// The finding, at its line and column in the user's input.
    func finding(in document: AnswerDocument) -> Finding {
        text.finding(values, at: document.location(of: offset))
    }
}
