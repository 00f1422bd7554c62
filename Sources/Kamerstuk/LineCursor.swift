#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns increasing byte offsets into lines and columns in one forward pass, for inputs too
/// large to index every line (the `refs` command on many megabytes). The column too is carried
/// forward, never counted again from the line's start: on a document of one long line (an
/// extractor that drops line breaks) that count made every citation cost the line's length.
package struct LineCursor: Sendable {
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    /// The column of `offset`.
    private var column = 1

    package init() {}

    /// A cursor whose line 1 starts at `offset` (which must be the start of a line).
    init(lineStartingAt offset: Int) {
        self.offset = offset
        lineStart = offset
    }

    /// How many lines the cursor has passed so far.
    var linesPassed: Int { line - 1 }

    /// The location of `target`; offsets below the last one asked restart from the top.
    package mutating func advance(to target: Int, in text: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        if target < offset { self = LineCursor() }
        if target > offset, let base = text.baseAddress {
            // Count the line breaks eight bytes at a time, then find the last one.
            let breaks = LineCursor.lineBreaks(in: UnsafeBufferPointer(start: base + offset, count: target - offset))
            if breaks > 0 {
                // The last one is at most the distance walked back from the target.
                var last = target - 1
                while base[last] != 0x0A { last -= 1 }
                line += breaks
                lineStart = last + 1
                column = LineCursor.column(from: lineStart, to: target, in: text)
            } else {
                // The same line: on from the last offset (a byte-order mark counts only at 0).
                column += LineCursor.column(from: offset, to: target, in: text) - 1
            }
        }
        offset = target
        return SourceLocation(line: line, column: column)
    }

    /// The line breaks in `text`, counted 32 bytes at a time in four independent words (the
    /// exact zero-byte test: `((x & 7F…) + 7F…) | x` keeps the high bit clear only for a zero).
    static func lineBreaks(in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = text.baseAddress else { return 0 }
        let p = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        @inline(__always) func nonBreaks(_ offset: Int) -> Int {
            let x = p.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ newlines
            return ((((x & low7) &+ low7) | x) & high).nonzeroBitCount
        }
        var others = 0
        var i = 0
        while i + 32 <= text.count {
            others &+= nonBreaks(i) &+ nonBreaks(i + 8) &+ nonBreaks(i + 16) &+ nonBreaks(i + 24)
            i += 32
        }
        var count = i - others
        while i < text.count {
            if base[i] == 0x0A { count += 1 }
            i += 1
        }
        return count
    }

    /// Columns count scalars: every byte that is not a UTF-8 continuation byte.
    static func column(from lineStart: Int, to offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 1
        var k = lineStart
        if k == 0, text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF { k = 3 }
        while k < offset {
            if text[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return column
    }

    static func lineStarts(_ text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = text.baseAddress else { return starts }
        var position = 0
        while position < text.count, let found = memchr(base + position, 0x0A, text.count - position) {
            position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base + 1
            starts.append(position)
        }
        return starts
    }
}
