/// The lines of a text, each cut into the pieces its gutters set apart.
struct ColumnLines {
    struct Piece {
        /// Byte range of the piece's text.
        let range: Range<Int>
        /// Its first character's column in the line, counted in characters.
        let column: Int
    }

    struct Line {
        /// The line with its line break (the last line may have none).
        let full: Range<Int>
        /// Empty for a blank line.
        let pieces: [Piece]
    }

    let lines: [Line]

    /// The most bytes a printed line of a page holds, a landscape table's included (the widest
    /// `pdftotext -layout` line of the corpus has 130 characters).
    static let printedLineLimit = 400

    init(_ bytes: [UInt8]) {
        var lines: [Line] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var pieces: [Piece] = []
            // A line longer than any printed one is a paragraph or a page an extractor put on
            // one line: its runs of spaces are no gutters of columns that other lines share.
            guard end - start <= ColumnLines.printedLineLimit else {
                lines.append(Line(full: start..<min(end + 1, bytes.count), pieces: []))
                start = end + 1
                continue
            }
            var i = start
            var column = 0
            var pieceStart: (offset: Int, column: Int)?
            var lastText = start
            var spaces = 0
            while i < end {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0C {
                    spaces += 1
                } else {
                    if let open = pieceStart, spaces >= CleanText.gutter {
                        pieces.append(Piece(range: open.offset..<lastText, column: open.column))
                        pieceStart = nil
                    }
                    if pieceStart == nil { pieceStart = (i, column) }
                    spaces = 0
                    lastText = i + 1
                }
                if b & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            if let open = pieceStart {
                // Through the whole last character.
                while lastText < end, bytes[lastText] & 0xC0 == 0x80 { lastText += 1 }
                pieces.append(Piece(range: open.offset..<lastText, column: open.column))
            }
            lines.append(Line(full: start..<min(end + 1, bytes.count), pieces: pieces))
            start = end + 1
        }
        self.lines = lines
    }

    /// Where the columns start: 0, and every place where a piece after a gutter starts on
    /// three lines or more (give or take a character). Empty unless three lines or more have
    /// such a piece.
    func columnStarts() -> [Int] {
        var counts: [Int: Int] = [:]
        var columnar = 0
        for line in lines where line.pieces.count >= 2 {
            columnar += 1
            for piece in line.pieces.dropFirst() { counts[piece.column, default: 0] += 1 }
        }
        guard columnar >= 3 else { return [] }
        var starts: [Int] = [0]
        for column in counts.keys.sorted() {
            let support = (column - 1...column + 1).reduce(0) { $0 + (counts[$1] ?? 0) }
            if support >= 3, let last = starts.last, column - last > 2 { starts.append(column) }
        }
        return starts
    }

    /// The column a piece belongs to: the last that starts at or before it (two characters
    /// of slack, for a ligature or a wide glyph that shifted the line).
    func column(of piece: Piece, in starts: [Int]) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= piece.column + 2 { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }
}
