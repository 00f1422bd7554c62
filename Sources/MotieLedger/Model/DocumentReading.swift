import Kamerstuk

/// What one document says, ready for the ledger: the document's identity and every motion it
/// speaks of.
public struct DocumentReading: Hashable, Sendable {
    /// The Tweede Kamer document number (`2026D03887`), or the best identifier the document has.
    public let number: String
    public let date: Day
    public let debate: Debate?
    /// SHA-256 of the document's bytes, lowercase hex: the same document read twice is known.
    public let sha256: String
    public let motions: [MotionReading]
    /// What the reading found of the document as a whole (a mention that identifies no
    /// motion): kept in the ledger with the document, as a motion's findings are.
    public var findings: [Finding]

    public init(number: String, date: Day, debate: Debate?, sha256: String, motions: [MotionReading], findings: [Finding] = []) {
        self.number = number
        self.date = date
        self.debate = debate
        self.sha256 = sha256
        self.motions = motions
        self.findings = findings
    }
}
