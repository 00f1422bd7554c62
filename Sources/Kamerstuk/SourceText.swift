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
