/// A debate, known by the label its document gives: the kind of debate, its subject and day,
/// such as `begrotingsbehandeling Buitenlandse Zaken 2026-01-27`.
public struct Debate: Hashable, Sendable {
    /// The label people and scripts name the debate by.
    public let label: String
    /// The day the debate was held, where the document says it.
    public let date: Day?

    public init(label: String, date: Day?) {
        self.label = label
        self.date = date
    }
}
