import Kamerstuk

/// Text in another encoding than UTF-8, read where it can be recognised with certainty: UTF-16
/// by its byte-order mark, Windows-1252 by bytes that can only be its letters and punctuation.
/// Each character stays one character on its line, so lines and columns are those of the
/// user's file.
enum TextEncoding {
    /// UTF-16 after its byte-order mark, as UTF-8.
    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(InputError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line = 1, column = 1
        var i = 2
        func unit(_ at: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) : UInt16(bytes[at + 1]) << 8 | UInt16(bytes[at])
        }
        while i + 1 < bytes.count {
            let first = unit(i)
            var scalar: Unicode.Scalar?
            var width = 2
            switch first {
            case 0xD800...0xDBFF:
                if i + 3 < bytes.count, case let second = unit(i + 2), (0xDC00...0xDFFF).contains(second) {
                    scalar = Unicode.Scalar(0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00))
                    width = 4
                }
            case 0xDC00...0xDFFF:
                scalar = nil
            default:
                scalar = Unicode.Scalar(first)
            }
            guard let scalar else {
                throw InputError(.badData, "not UTF-16 text: a lone surrogate at byte offset \(i)",
                                 at: SourceLocation(line: line, column: column))
            }
            if scalar.value == 0 {
                throw InputError(.badData, "binary file, not text: NUL character at byte offset \(i)",
                                 at: SourceLocation(line: line, column: column))
            }
            out.append(contentsOf: UTF8.encode(scalar)!)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            i += width
        }
        if i < bytes.count {
            throw InputError(.badData, "not UTF-16 text: an odd number of bytes (the last one is half a character)",
                             at: SourceLocation(line: line, column: column))
        }
        return out
    }

    /// Windows-1252 as UTF-8, when every byte above ASCII is certainly one of its letters or its
    /// typographic signs: a letter (`é`, `ë`, `ï`) next to another letter, or a quote, dash,
    /// euro sign, ellipsis, bullet or no-break space. `nil` when that is not certain (bytes the
    /// encoding leaves undefined, control characters, a lone symbol such as `±`).
    static func decodeWindows1252(_ bytes: [UInt8]) -> [UInt8]? {
        func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func isLetter(_ b: UInt8) -> Bool { isASCIILetter(b) || (b >= 0xC0 && b != 0xD7 && b != 0xF7) || b == 0x8A || b == 0x8C || b == 0x8E || b == 0x9A || b == 0x9C || b == 0x9E || b == 0x9F }
        var sawHigh = false
        for (i, b) in bytes.enumerated() {
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { return nil }
            guard b >= 0x80 else { continue }
            sawHigh = true
            switch b {
            case 0x80, 0x85, 0x91...0x97, 0xA0, 0xAB, 0xBB, 0xB7:
                continue
            case 0xC0...0xFF where b != 0xD7 && b != 0xF7, 0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E, 0x9F:
                let before = i > 0 && isLetter(bytes[i - 1])
                let after = i + 1 < bytes.count && isLetter(bytes[i + 1])
                if !(before || after) { return nil }
            default:
                return nil
            }
        }
        guard sawHigh else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
            } else {
                let scalar = Unicode.Scalar(windows1252High[Int(b - 0x80)])!
                out.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return out
    }

    /// Bytes 0x80–0xFF of Windows-1252 as Unicode (the undefined five as U+FFFD; never used,
    /// since text holding them is not recognised).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ] + (0xA0...0xFF).map { UInt32($0) }

    /// Whether the bytes look like UTF-16 that lost its byte-order mark: a NUL in every other
    /// byte of the first line.
    static func looksLikeUTF16WithoutMark(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(64)
        guard head.count >= 8 else { return false }
        let evens = stride(from: head.startIndex, to: head.endIndex, by: 2).filter { head[$0] == 0 }.count
        let odds = stride(from: head.startIndex + 1, to: head.endIndex, by: 2).filter { head[$0] == 0 }.count
        return max(evens, odds) * 2 >= head.count - 2 && min(evens, odds) == 0
    }
}
