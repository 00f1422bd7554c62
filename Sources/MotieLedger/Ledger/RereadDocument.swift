/// A document read under a number the ledger already holds, with other bytes (another
/// SHA-256): read all the same, as a reading of its own at its own date, and reported, since a
/// document seldom changes under its number and a correction naming the number then applies
/// to the latest reading that mentions the motion.
public struct RereadDocument: Hashable, Sendable {
    public let number: String
    public let sha256: String
    /// The latest earlier reading under the number, in the ledger or earlier in the same batch.
    public let earlier: LedgerDocument
}
