import Kamerstuk

/// Places in open-data JSON, found with a byte scan: the lines of a JSON Lines file, and where
/// each record of a page or array starts, so that an error names the record's line.
enum JSONLines {
    /// The non-empty lines without their surrounding white space, when the input is JSON Lines:
    /// its first non-empty line is a whole object on its own (`{…}`). Otherwise (a
    /// pretty-printed or one-line document) one line or none.
    static func objectLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var low = start
            var high = end
            while low < high, isSpace(bytes[low]) { low += 1 }
            while high > low, isSpace(bytes[high - 1]) { high -= 1 }
            if low < high {
                if lines.isEmpty, bytes[low] != UInt8(ascii: "{") || bytes[high - 1] != UInt8(ascii: "}") { return [] }
                lines.append(low..<high)
            }
            start = end + 1
        }
        return lines
    }

    /// Byte offsets where the records start: the elements of a top-level array, of the array
    /// inside a top-level object (`nested`, an OData page's `value`), or the document itself.
    static func elementStarts(_ bytes: [UInt8], nested: Bool) -> [Int] {
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return [] }
        if !nested && bytes[first] == UInt8(ascii: "{") { return [first] }
        // The kinds of the open containers (true: an array); records are the elements of the
        // array open at `elementDepth`.
        var open: [Bool] = []
        var inString = false
        var escaped = false
        var starts: [Int] = []
        var expectElement = false
        let elementDepth = nested ? 2 : 1
        for offset in first..<bytes.count {
            let byte = bytes[offset]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if isSpace(byte) { continue }
            if expectElement, byte != UInt8(ascii: "]") {
                starts.append(offset)
            }
            expectElement = false
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["):
                open.append(true)
                expectElement = open.count == elementDepth
            case UInt8(ascii: "{"): open.append(false)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): open.removeLast()
            case UInt8(ascii: ","): expectElement = open.count == elementDepth && open.last == true
            default: break
            }
        }
        return starts
    }

    /// Where the document in `bytes` starts: its first byte that is no white space (or 0).
    static func start(of bytes: [UInt8]) -> Int {
        bytes.firstIndex { !isSpace($0) } ?? 0
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
