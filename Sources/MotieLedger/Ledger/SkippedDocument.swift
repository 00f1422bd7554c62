/// A document that an ingest left alone because its bytes are already in the ledger.
public struct SkippedDocument: Hashable, Sendable {
    /// The number the reading gave.
    public let number: String
    public let sha256: String
    /// The record of the same bytes in the ledger (or earlier in the same batch).
    public let existing: LedgerDocument
}
