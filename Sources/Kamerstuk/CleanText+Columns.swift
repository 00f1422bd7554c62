/// Text laid out in columns, as `pdftotext -layout` gives an annex table: each line holds a
/// piece of every column, set apart by runs of spaces.
///
/// ```
/// Motie van het lid Boswijk over de inzet        Kamerstuk 29 754, nr.       Afgedaan. Het kabinet heeft
/// voor christenen in het Midden-Oosten           765                         uitvoering gegeven aan de motie
/// ```
///
/// Read line by line, the cells run into each other. Unfolded, every row gives its first
/// column's lines, then its second's, then its third's — the cells one after the other, each
/// still broken over its own lines — with the map back to the input kept. Text that is not in
/// columns is left as it is.
extension CleanText {
    /// A gutter between columns: at least this many spaces inside a line.
    static let gutter = 3

    /// The text with its columns unfolded, or the text itself when it has none: fewer than
    /// three columns that three lines or more share. Only a block with a line that spans three
    /// columns is unfolded, so that a letterhead of labels and values (`Datum    19 mei 2026`)
    /// stays as it is. Rows not set apart by blank lines are told apart by `rowStart`, which
    /// sees the first column's text of each line (`Motie van het lid …`); a blank line is put
    /// between them.
    package func unfoldingColumns(rowStart: (ArraySlice<UInt8>) -> Bool = { _ in false }) -> CleanText {
        let lines = ColumnLines(bytes)
        let starts = lines.columnStarts()
        guard starts.count >= 3 else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        // New text offset → clean offset, for every stretch copied.
        var segments: [(new: Int, clean: Int)] = []
        func copy(_ range: Range<Int>) {
            segments.append((out.count, range.lowerBound))
            out.append(contentsOf: bytes[range])
        }
        func lineBreak(after line: ColumnLines.Line) {
            // The one that ends the line in the input, or (at the text's end) one more.
            if bytes[line.full.upperBound - 1] == 0x0A {
                copy(line.full.upperBound - 1..<line.full.upperBound)
            } else {
                segments.append((out.count, line.full.upperBound))
                out.append(0x0A)
            }
        }
        var k = 0
        while k < lines.lines.count {
            guard !lines.lines[k].pieces.isEmpty else {
                copy(lines.lines[k].full)
                k += 1
                continue
            }
            var end = k
            while end < lines.lines.count, !lines.lines[end].pieces.isEmpty { end += 1 }
            let block = lines.lines[k..<end]
            let spansThree = block.contains { Set($0.pieces.map { lines.column(of: $0, in: starts) }).count >= 3 }
            guard spansThree else {
                for line in block { copy(line.full) }
                k = end
                continue
            }
            // The rows of the block: a line whose first column opens a row starts one.
            var rows: [ArraySlice<ColumnLines.Line>] = []
            var rowBegin = k
            for index in (k + 1)..<max(k + 1, end) {
                let line = lines.lines[index]
                if let first = line.pieces.first, lines.column(of: first, in: starts) == 0, rowStart(bytes[first.range]) {
                    rows.append(lines.lines[rowBegin..<index])
                    rowBegin = index
                }
            }
            rows.append(lines.lines[rowBegin..<end])
            for (number, row) in rows.enumerated() {
                if number > 0 {
                    segments.append((out.count, row.first!.full.lowerBound))
                    out.append(0x0A)
                }
                // Each line's pieces by column, once: a piece's column rises with its place.
                var cells: [Int: [(line: ColumnLines.Line, range: Range<Int>)]] = [:]
                for line in row {
                    var open: (column: Int, range: Range<Int>)?
                    for piece in line.pieces {
                        let column = lines.column(of: piece, in: starts)
                        if let o = open, o.column == column {
                            open = (column, o.range.lowerBound..<piece.range.upperBound)
                        } else {
                            if let o = open { cells[o.column, default: []].append((line, o.range)) }
                            open = (column, piece.range)
                        }
                    }
                    if let o = open { cells[o.column, default: []].append((line, o.range)) }
                }
                for column in cells.keys.sorted() {
                    for cell in cells[column]! {
                        copy(cell.range)
                        lineBreak(after: cell.line)
                    }
                }
            }
            k = end
        }
        return CleanText(source: source, bytes: out, shifts: composed(segments, length: out.count))
    }

    /// The new text's shift points: each copied stretch, through this text's own shifts (for
    /// ``editing(_:)`` too).
    func composed(_ segments: [(new: Int, clean: Int)], length: Int) -> [(clean: Int, shift: Int)] {
        var result: [(clean: Int, shift: Int)] = []
        for (index, segment) in segments.enumerated() {
            let next = index + 1 < segments.count ? segments[index + 1].new : length
            let count = next - segment.new
            // The shift in force at the stretch's start, then every change inside it.
            var p = shiftIndex(atOrBefore: segment.clean)
            let base = p.map { shifts[$0].shift } ?? 0
            result.append((segment.new, segment.clean - segment.new + base))
            p = (p ?? -1) + 1
            while p! < shifts.count, shifts[p!].clean < segment.clean + count {
                result.append((segment.new + shifts[p!].clean - segment.clean, segment.clean - segment.new + shifts[p!].shift))
                p! += 1
            }
        }
        return result
    }

    private func shiftIndex(atOrBefore offset: Int) -> Int? {
        var lo = 0, hi = shifts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if shifts[mid].clean <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : lo - 1
    }
}
