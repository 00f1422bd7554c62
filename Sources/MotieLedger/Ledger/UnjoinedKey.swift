/// A key of a motion read without an ID that may name a motion the ledger knows by another
/// key, but is not joined to it: it names more than one (two `motie Dobbe`), or a motion
/// without an ID.
public struct UnjoinedKey: Hashable, Sendable {
    public let key: String
    /// The document whose reading met the key.
    public let document: String
    /// The keys (IDs where known) of the motions it may name, in the ledger's order, then the document's.
    public let candidates: [String]
}
