/// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF) and NUL
/// detection in one pass; ASCII is checked eight bytes at a time.
enum UTF8Check {
    static func firstProblem(_ text: UnsafeBufferPointer<UInt8>) -> (Int, TextError.Kind)? {
        guard let p = text.baseAddress else { return nil }
        let n = text.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i < n {
            // Plain ASCII without NUL, 32 bytes at a time: the common case.
            if i + 32 <= n {
                let raw = UnsafeRawPointer(p + i)
                let w0 = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
                let w1 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let w2 = raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                let w3 = raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                let zero0 = ((w0 &- ones) & ~w0), zero1 = ((w1 &- ones) & ~w1)
                let zero2 = ((w2 &- ones) & ~w2), zero3 = ((w3 &- ones) & ~w3)
                if ((w0 | w1 | w2 | w3) | (zero0 | zero1 | zero2 | zero3)) & high == 0 {
                    i += 32
                    continue
                }
            }
            if i + 8 <= n {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let hasZero = ((word &- ones) & ~word) & high
                if (word & high) | hasZero == 0 {
                    i += 8
                    continue
                }
            }
            let b = p[i]
            if b < 0x80 {
                if b == 0 { return (i, .binary) }
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return (i, .invalidUTF8)
            }
            guard i + length <= n, (lower...upper).contains(p[i + 1]) else { return (i, .invalidUTF8) }
            var k = 2
            while k < length {
                guard p[i + k] & 0xC0 == 0x80 else { return (i, .invalidUTF8) }
                k += 1
            }
            i += length
        }
        return nil
    }
}
