/// The columns of a text's long lines at every `stride` bytes, so that the column of a place
/// is counted from the mark before it, not from the line's start.
struct LongLines: Sendable {
    static let stride = 4096
    /// Per long line (by index): the column at its start + k × stride, for k = 1, 2, …
    private let marks: [Int: [Int]]
    private let starts: [Int: Int]

    init(_ text: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) {
        var marks: [Int: [Int]] = [:]
        var starts: [Int: Int] = [:]
        for (line, start) in lineStarts.enumerated() {
            let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : text.count
            guard end - start > LongLines.stride else { continue }
            var columns: [Int] = []
            var at = start + LongLines.stride
            var column = LineCursor.column(from: start, to: min(at, end), in: text)
            while at < end {
                columns.append(column)
                let next = min(at + LongLines.stride, end)
                column += LineCursor.column(from: at, to: next, in: text) - 1
                at = next
            }
            marks[line] = columns
            starts[line] = start
        }
        self.marks = marks
        self.starts = starts
    }

    /// The last mark of a line at or before `offset`: its byte offset and column.
    func mark(line: Int, before offset: Int) -> (offset: Int, column: Int)? {
        guard let columns = marks[line], let start = starts[line] else { return nil }
        let k = min((offset - start) / LongLines.stride, columns.count)
        guard k > 0 else { return nil }
        return (start + k * LongLines.stride, columns[k - 1])
    }
}
