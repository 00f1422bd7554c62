import Kamerstuk

/// The paragraphs and lines of the running text, found once and then by search, so that
/// asking for the paragraph or line around each mention stays linear however long a line is.
struct TextPlaces {
    /// Runs of lines between blank lines, in order.
    let paragraphs: [Range<Int>]
    /// Every line without its line break, in order.
    let lines: [Range<Int>]

    init(_ body: [UInt8]) {
        var paragraphs: [Range<Int>] = []
        var lines: [Range<Int>] = []
        var start: Int?
        var lineStart = 0
        while lineStart <= body.count {
            var lineEnd = lineStart
            while lineEnd < body.count, body[lineEnd] != 0x0A { lineEnd += 1 }
            lines.append(lineStart..<lineEnd)
            if body[lineStart..<lineEnd].allSatisfy(TextBytes.isSpace) {
                if let open = start { paragraphs.append(open..<max(open, lineStart - 1)) }
                start = nil
            } else if start == nil {
                start = lineStart
            }
            lineStart = lineEnd + 1
        }
        if let open = start { paragraphs.append(open..<body.count) }
        self.paragraphs = paragraphs
        self.lines = lines
    }

    /// The paragraph around an offset: up to the blank lines before and after it (on a blank
    /// line, that line).
    func paragraph(containing offset: Int) -> Range<Int> {
        if let k = Sorted.firstIndex(paragraphs, atOrAfter: offset, by: \.upperBound), paragraphs[k].lowerBound <= offset {
            return paragraphs[k]
        }
        return line(containing: offset)
    }

    /// The line around an offset, without its line break.
    func line(containing offset: Int) -> Range<Int> {
        let after = Sorted.firstIndex(lines, after: offset, by: \.lowerBound) ?? lines.count
        return lines[max(0, after - 1)]
    }
}
