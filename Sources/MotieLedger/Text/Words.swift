/// Splits text into words: runs of letters and digits (a word may hold an inner hyphen, dot or
/// slash when letters or digits follow, as in `EU-lidstaten`, `c.s.`, `2024/25`, and go on
/// over a line after a soft hyphen, as in `mo\u{AD}⏎tie`); everything else separates words.
enum Words {
    static func split(_ text: [UInt8], in range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isWordStart(text, i) else {
                i += 1
                continue
            }
            let start = i
            var joined = false
            while i < range.upperBound {
                if isWordStart(text, i) {
                    i += scalarLength(text[i])
                } else if i + 1 < range.upperBound, text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "/"),
                          isWordStart(text, i + 1) {
                    i += 1
                } else if let next = softHyphenBreak(text, at: i, limit: range.upperBound) {
                    i = next
                    joined = true
                } else {
                    break
                }
            }
            var bytes = Array(text[start..<i])
            if joined {
                // Without the soft hyphen and the line break after it.
                bytes = TextBytes.collapsed(bytes).utf8.filter { $0 != 0x20 }
            }
            let folded = bytes.allSatisfy { $0 < 0x80 } ? TextBytes.folded(ascii: bytes)
                : TextBytes.folded(String(decoding: bytes, as: UTF8.self))
            words.append(Word(folded: folded, range: start..<i))
        }
        return words
    }

    /// After a soft hyphen that ends a line, where the word goes on (`mo\u{AD}⏎tie`).
    static func softHyphenBreak(_ text: [UInt8], at i: Int, limit: Int) -> Int? {
        guard i + 1 < limit, text[i] == 0xC2, text[i + 1] == 0xAD else { return nil }
        var k = i + 2
        var lineBreak = false
        while k < limit, TextBytes.isSpace(text[k]) {
            if text[k] == 0x0A { lineBreak = true }
            k += 1
        }
        return lineBreak && k < limit && isWordStart(text, k) ? k : nil
    }

    static func isWordStart(_ text: [UInt8], _ i: Int) -> Bool {
        TextBytes.isDigit(text[i]) || TextBytes.isLetter(at: i, in: text)
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0xC0: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        default: 4
        }
    }
}
