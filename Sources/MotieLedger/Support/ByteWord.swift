/// Eight bytes of text read as one word, so that a run of bytes that need nothing done is
/// passed over eight at a time. Each test gives the high bit of every byte it holds for; a
/// result is nonzero exactly when some byte does (bits above the lowest true one may be spurious).
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The bytes of `word` that are `byte`.
    @inline(__always)
    static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// The bytes of `word` below `byte` (at most 0x80).
    @inline(__always)
    static func bytes(_ word: UInt64, below byte: UInt8) -> UInt64 {
        (word &- ones &* UInt64(byte)) & ~word & highs
    }
}
