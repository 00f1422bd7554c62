/// The record of one document read: it closes the document's reading in the ledger.
package struct DocumentRecord: Hashable, Sendable {
    /// The document number, such as `2026D03887`.
    package var number: String
    package var date: Day
    package var debate: String?
    package var debateDate: Day?
    /// SHA-256 of the document's bytes, lowercase hex.
    package var sha256: String
    /// The keys of every motion the document mentions, in document order.
    package var motions: [String]

    package init(number: String, date: Day, debate: String?, debateDate: Day?, sha256: String, motions: [String]) {
        self.number = number
        self.date = date
        self.debate = debate
        self.debateDate = debateDate
        self.sha256 = sha256
        self.motions = motions
    }
}
