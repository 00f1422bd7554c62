/// The time an answer promises for a motion ("in het vierde kwartaal van 2026"), read as an
/// inclusive range of days, with the words that promise it.
public struct ExpectedTime: Hashable, Sendable {
    public let from: Day
    public let to: Day
    /// The phrase as the document words it.
    public let text: String

    public init(from: Day, to: Day, text: String) {
        self.from = from
        self.to = to
        self.text = text
    }
}
