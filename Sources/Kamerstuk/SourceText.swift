#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why bytes are not acceptable as text.
public struct TextError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// A byte sequence that is not UTF-8.
        case invalidUTF8
        /// A NUL byte: the input is a binary file, not text.
        case binary
    }

    public let kind: Kind
    /// Byte offset of the offending sequence.
    public let offset: Int
    public let location: SourceLocation

    public var description: String {
        switch kind {
        case .invalidUTF8: "\(location): text is not valid UTF-8 (byte offset \(offset))"
        case .binary: "\(location): binary file (NUL byte at byte offset \(offset))"
        }
    }
}

/// The user's input: bytes known to be UTF-8 text, and the means to say where an offset is.
///
/// Lines are separated by `\n` (a `\r` before it belongs to the line end); columns count
/// Unicode scalars, and a byte-order mark at the very start is not counted.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    private let lineStarts: [Int]
    /// For each line longer than ``LongLines/stride`` bytes, its columns at every stride: a
    /// place on a line of megabytes is found without counting from the line's start.
    private let longLines: LongLines
    /// For text derived from another input (the text of an XML file): where its places are.
    let derivation: Derivation?

    /// Validates `bytes` as UTF-8 text without NUL bytes and indexes its lines.
    public init(validating bytes: [UInt8]) throws(TextError) {
        try bytes.withUnsafeBufferPointer { buffer throws(TextError) in try SourceText.validate(buffer) }
        self.init(trusted: bytes)
    }

    /// Checks that bytes are UTF-8 text without NUL bytes, without indexing their lines.
    package static func validate(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextError) {
        if let (offset, kind) = UTF8Check.firstProblem(bytes) {
            var cursor = LineCursor()
            throw TextError(kind: kind, offset: offset, location: cursor.advance(to: offset, in: bytes))
        }
    }

    /// Text from a Swift string, which is always valid UTF-8.
    public init(_ string: String) {
        self.init(trusted: Array(string.utf8))
    }

    /// Bytes that `validate(_:)` has already passed.
    package init(validatedBytes bytes: [UInt8]) {
        self.init(trusted: bytes)
    }

    init(trusted bytes: [UInt8], derivation: Derivation? = nil) {
        self.bytes = bytes
        let lineStarts = bytes.withUnsafeBufferPointer(LineCursor.lineStarts)
        self.lineStarts = lineStarts
        self.longLines = bytes.withUnsafeBufferPointer { LongLines($0, lineStarts: lineStarts) }
        self.derivation = derivation
    }

    public var lineCount: Int { lineStarts.count }

    /// The line and column of the character at byte `offset`.
    public func location(of offset: Int) -> SourceLocation {
        if let derivation { return derivation.location(of: offset) }
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let (from, column) = longLines.mark(line: lo, before: offset) ?? (lineStarts[lo], 1)
        let rest = bytes.withUnsafeBufferPointer { LineCursor.column(from: from, to: offset, in: $0) }
        return SourceLocation(line: lo + 1, column: column + rest - 1)
    }

    /// Byte offset where line `line` (1-based) starts.
    package func lineStart(_ line: Int) -> Int { lineStarts[line - 1] }

    /// The citations of the whole text, placed.
    public func citations(mode: CitationScanner.Mode = .document) -> [Citation] {
        bytes.withUnsafeBufferPointer { buffer in
            CitationScanner.placed(buffer, mode: mode).map { placed in
                let raw = String(decoding: UnsafeBufferPointer(rebasing: buffer[placed.match.range]), as: UTF8.self)
                let location = derivation == nil ? placed.location : location(of: placed.match.range.lowerBound)
                return Citation(match: placed.match, location: location, raw: raw)
            }
        }
    }
}

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
