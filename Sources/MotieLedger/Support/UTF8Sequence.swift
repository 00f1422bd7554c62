/// One UTF-8 sequence as RFC 3629 allows it — no overlong forms, no surrogates, nothing above
/// U+10FFFF: the one check of UTF-8 that the JSON parser and the ledger's line scanner share.
enum UTF8Sequence: Equatable {
    /// A well-formed sequence of `length` bytes.
    case valid(length: Int)
    /// The byte at `offset` breaks the sequence: a lead byte that starts none, or a byte that
    /// cannot continue it.
    case invalid(offset: Int)
    /// The bytes end inside the sequence.
    case truncated

    /// The sequence that starts at `start` of the `count` bytes at `base`.
    @inline(__always)
    init(at start: Int, of base: UnsafePointer<UInt8>, count: Int) {
        let lead = base[start]
        let length: Int
        // The second byte's range is what rules out overlong forms, surrogates and values past
        // U+10FFFF.
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F:
            self = .valid(length: 1)
            return
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; second = 0x80...0x8F
        default:
            self = .invalid(offset: start)
            return
        }
        for offset in start + 1..<start + length {
            guard offset < count else {
                self = .truncated
                return
            }
            guard (offset == start + 1 ? second : 0x80...0xBF).contains(base[offset]) else {
                self = .invalid(offset: offset)
                return
            }
        }
        self = .valid(length: length)
    }
}
