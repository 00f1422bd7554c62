import Glibc

/// Streams a ledger file's lines, checking how each is framed: no byte order mark, lines ending
/// in LF alone, none empty or longer than ``lineLimit``, each starting with `{` and ending with
/// `}`. What a line holds is the caller's to check.
struct LineReader {
    /// The longest line accepted, in bytes: far beyond any record, short enough that a file
    /// which is not a ledger cannot make the reader hold it whole.
    static let lineLimit = 1 << 20
    /// Whether a line of `count` bytes (without its line break) is longer than a ledger line
    /// may be: the one comparison every reader and the writer make.
    @inline(__always)
    static func isTooLong(_ count: Int) -> Bool { count > lineLimit }
    /// How many bytes hold the longest line a reader accepts with the line breaks on both
    /// sides of it: what a reader looks through to find the breaks around one line.
    static let lineWindow = lineLimit + 2
    /// How much is read at a time: a few hundred reads for a large ledger, little memory for
    /// each of the parts read at once.
    private static let chunkSize = 1 << 20

    let fileSystem: FileSystem
    let descriptor: Int32
    let path: String

    /// Calls `body(line, lineNumber, offset)` for each complete line among the bytes `range`
    /// of the file, in order; `range` starts at the start of a line. Line numbers count from 1
    /// at the start of `range`, and so do the lines of the errors thrown. A torn last line is
    /// not handed over but reported in the outcome.
    func forEachLine(
        in range: Range<Int>, _ body: (UnsafeRawBufferPointer, Int, Int) throws(LedgerError) -> Void
    ) throws(LedgerError) -> LinePassOutcome {
        var outcome = LinePassOutcome(completeBytes: range.lowerBound)
        let size = range.count
        let capacity = min(LineReader.chunkSize, max(size, 1)) + LineReader.lineLimit + 1
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0                          // bytes in the buffer
        var fileOffset = range.lowerBound       // file offset of buffer[0]
        var readSoFar = 0
        var lastLineRange: Range<Int>?
        var lastLineCopy: [UInt8] = []

        while readSoFar < size || filled > 0 {
            if readSoFar < size {
                let room = UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<min(capacity, filled + (size - readSoFar))])
                let count: Int
                do {
                    count = try fileSystem.readAt(descriptor, room, range.lowerBound + readSoFar)
                } catch {
                    throw LedgerError(.io, "cannot read the ledger: \(error)", path: path)
                }
                if count == 0 {
                    throw LedgerError(.io, "the ledger became shorter while it was read (expected \(range.upperBound) bytes)", path: path)
                }
                if range.lowerBound == 0, readSoFar == 0, count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                    throw LedgerError(.damaged, "the ledger starts with a byte order mark (BOM); a ledger is UTF-8 without one",
                                      path: path, line: 1, column: 1)
                }
                filled += count
                readSoFar += count
            }
            let atEnd = readSoFar == size
            var start = 0
            let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            while start < filled {
                guard let newline = memchr(base + start, 0x0A, filled - start) else { break }
                let end = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
                let line = UnsafeRawBufferPointer(start: base + start, count: end - start)
                outcome.lines += 1
                try check(line, number: outcome.lines)
                try body(line, outcome.lines, fileOffset + start)
                lastLineRange = start..<end
                start = end + 1
            }
            if let range = lastLineRange {
                // The buffer is reused, so the last line is kept before its bytes are overwritten.
                lastLineCopy = Array(UnsafeRawBufferPointer(rebasing: buffer[range]))
                lastLineRange = nil
            }
            let rest = filled - start
            if LineReader.isTooLong(rest) {
                let line = UnsafeRawBufferPointer(start: base + start, count: LineReader.lineLimit)
                throw LedgerError(.damaged, "line longer than \(LineReader.lineLimit) bytes: not a ledger record",
                                  path: path, line: outcome.lines + 1, column: columnOf(offset: line.count, in: line))
            }
            if atEnd {
                outcome.completeBytes = fileOffset + start
                if rest > 0 { outcome.tornTail = (fileOffset + start, rest) }
                break
            }
            if start > 0 {
                (buffer.baseAddress! + 0).copyMemory(from: buffer.baseAddress! + start, byteCount: rest)
                fileOffset += start
                filled = rest
            }
        }
        outcome.lastLine = lastLineCopy
        return outcome
    }

    /// The framing every line must have, checked for every line by every reader.
    private func check(_ line: UnsafeRawBufferPointer, number: Int) throws(LedgerError) {
        guard let last = line.last else {
            throw LedgerError(.damaged, "empty line: every line of the ledger is one record", path: path, line: number, column: 1)
        }
        if LineReader.isTooLong(line.count) {
            throw LedgerError(.damaged, "line longer than \(LineReader.lineLimit) bytes: not a ledger record",
                              path: path, line: number, column: columnOf(offset: LineReader.lineLimit, in: line))
        }
        if last == 0x0D {
            throw LedgerError(.damaged, "carriage return before the line break: ledger lines end in LF alone (was the file saved with CRLF line endings?)",
                              path: path, line: number, column: columnOf(offset: line.count - 1, in: line))
        }
        guard line[0] == UInt8(ascii: "{") else {
            throw LedgerError(.damaged, "not a JSON object: a ledger line starts with '{'", path: path, line: number, column: 1)
        }
        guard last == UInt8(ascii: "}") else {
            throw LedgerError(.damaged, "not a JSON object: a ledger line ends with '}'",
                              path: path, line: number, column: columnOf(offset: line.count - 1, in: line))
        }
    }
}

/// The 1-based column, in Unicode scalars, of the byte at `offset` in `line` (a UTF-8
/// continuation byte is in the column of the scalar it continues); past the end, the column
/// after the last scalar.
func columnOf(offset: Int, in line: UnsafeRawBufferPointer) -> Int {
    var starts = 0
    for byte in line.prefix(offset + 1) where byte & 0xC0 != 0x80 {
        starts += 1
    }
    return offset < line.count ? max(starts, 1) : starts + 1
}
