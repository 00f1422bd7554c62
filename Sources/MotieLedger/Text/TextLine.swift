/// One line of a document: its byte range in the clean text (without the line break) and its
/// 1-based number there — the input's line number too, unless columns were unfolded; places
/// shown to users go through the clean text's offset map.
struct TextLine {
    let range: Range<Int>
    let number: Int
}

extension TextLine {
    /// The lines of `text`.
    static func lines(of text: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        for i in text.indices where text[i] == 0x0A {
            lines.append(TextLine(range: start..<i, number: lines.count + 1))
            start = i + 1
        }
        lines.append(TextLine(range: start..<text.count, number: lines.count + 1))
        return lines
    }

    /// Whether the line holds nothing but white space.
    func isBlank(in text: [UInt8]) -> Bool {
        range.allSatisfy { TextBytes.isSpace(text[$0]) }
    }

    /// The line's text without leading and trailing white space.
    func trimmed(in text: [UInt8]) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, TextBytes.isSpace(text[lo]) { lo += 1 }
        while hi > lo, TextBytes.isSpace(text[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}
