/// The record of one document read: it closes the document's reading in the ledger.
public struct DocumentRecord: Hashable, Sendable {
    /// The document number, such as `2026D03887`.
    public var number: String
    public var date: Day
    public var debate: String?
    public var debateDate: Day?
    /// SHA-256 of the document's bytes, lowercase hex.
    public var sha256: String
    /// The keys of every motion the document mentions, in document order.
    public var motions: [String]

    public init(number: String, date: Day, debate: String?, debateDate: Day?, sha256: String, motions: [String]) {
        self.number = number
        self.date = date
        self.debate = debate
        self.debateDate = debateDate
        self.sha256 = sha256
        self.motions = motions
    }
}
