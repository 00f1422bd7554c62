/// What anyone can keep of a ledger to check it later: its number of records and the SHA-256 of
/// its last line, written `COUNT:HASH`. The next line's `prev` holds that hash.
public struct LedgerHead: Hashable, Sendable, CustomStringConvertible {
    public let count: Int
    public let hash: String

    /// The head of an empty ledger: `0:000…0`.
    package static let empty = LedgerHead(count: 0, hash: LedgerRecord.zeroHash)

    package init(count: Int, hash: String) {
        self.count = count
        self.hash = hash
    }

    /// Parses `COUNT:HASH`; `nil` unless COUNT is a whole number and HASH 64 lowercase hex
    /// digits, and some ledger can have the head: COUNT no more than a `seq` can be
    /// (2,147,483,647), and a COUNT of 0 only with the empty ledger's 64 zeros.
    package init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.allSatisfy({ $0 &- 0x30 < 10 }),
              let count = Int(parts[0]), count <= ValueKind.maximumSequence, SHA256.Digest(hex: parts[1]) != nil,
              count > 0 || parts[1] == LedgerHead.empty.hash
        else { return nil }
        self.init(count: count, hash: String(parts[1]))
    }

    public var description: String { "\(count):\(hash)" }
}
