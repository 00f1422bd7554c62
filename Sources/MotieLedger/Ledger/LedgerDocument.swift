/// A document as the ledger records it.
public struct LedgerDocument: Hashable, Sendable {
    public let number: String
    public let date: Day
    public let debate: String?
    public let debateDate: Day?
    public let sha256: String
    /// The line of its record, which closes its reading.
    public let seq: Int
    /// The record's `motions` as the line holds them: an array of strings in canonical JSON.
    /// A replay reads a million keys here that nothing asks for, so they are decoded on demand.
    let motionsJSON: [UInt8]

    /// The keys of the motions it mentions, in document order.
    public var motions: [String] {
        var keys: [String] = []
        // The array was checked when its line was read; whether it is well formed is known.
        _ = motionsJSON.withUnsafeBytes { LineValue.forEachString(inArray: $0) { keys.append(unescaped($0)) } }
        return keys
    }
}
