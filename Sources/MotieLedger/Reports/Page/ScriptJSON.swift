import Glibc

/// JSON written straight into bytes, an object's members one after another, and safe for a
/// `<script type="application/json">` block as it is written: every string escaped as
/// ``JSONEncoding`` escapes it, then as ``HTMLText/scriptData(_:)`` would make it (`<`, `>`, `&`,
/// U+2028 and U+2029 as `\u` escapes). Two hundred thousand readings would otherwise each be
/// built as a value, encoded, and the whole page's data passed over once more.
struct ScriptJSON {
    var bytes: [UInt8] = []
    /// Whether the object just opened has no member yet.
    private var isFirst = true

    mutating func open() {
        bytes.append(UInt8(ascii: "{"))
        isFirst = true
    }

    mutating func close() {
        bytes.append(UInt8(ascii: "}"))
        isFirst = false
    }

    mutating func key(_ key: StaticString) {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes += #"":"#.utf8
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// A string of UTF-8 `text`. Eight bytes that need no escape are passed over at once.
    mutating func string(utf8 text: UnsafeRawBufferPointer) {
        bytes.append(UInt8(ascii: "\""))
        let look = ScriptJSON.needsLook
        var run = 0
        var i = 0
        while i < text.count {
            if i + 8 <= text.count, !ScriptJSON.mayNeedEscape(text.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let end = min(i + 8, text.count)
            while i < end {
                guard look[Int(text[i])], let (escape, length) = ScriptJSON.escape(text, at: i) else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[run..<i]))
                bytes += escape
                i += length
                run = i
            }
        }
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[run...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of the byte at `i` of `text` (one the table marks), and how many bytes it
    /// stands for; `nil` for a lead byte 0xE2 of another character than U+2028 or U+2029.
    private static func escape(_ text: UnsafeRawBufferPointer, at i: Int) -> (escape: [UInt8], length: Int)? {
        switch text[i] {
        case UInt8(ascii: "\""): (Array(#"\""#.utf8), 1)
        case UInt8(ascii: "\\"): (Array(#"\\"#.utf8), 1)
        case 0x08: (Array(#"\b"#.utf8), 1)
        case 0x0C: (Array(#"\f"#.utf8), 1)
        case 0x0A: (Array(#"\n"#.utf8), 1)
        case 0x0D: (Array(#"\r"#.utf8), 1)
        case 0x09: (Array(#"\t"#.utf8), 1)
        case UInt8(ascii: "<"): (Array(#"\u003c"#.utf8), 1)
        case UInt8(ascii: ">"): (Array(#"\u003e"#.utf8), 1)
        case UInt8(ascii: "&"): (Array(#"\u0026"#.utf8), 1)
        case 0xE2:
            i + 2 < text.count && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9)
                ? (Array((text[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8), 3) : nil
        default:
            (Array(#"\u00"#.utf8) + [JSONEncoding.hexDigit(text[i] >> 4), JSONEncoding.hexDigit(text[i] & 0xF)], 1)
        }
    }

    /// Whether any of eight bytes may need an escape: a control, `"`, `\`, `<`, `>`, `&`, DEL,
    /// or a byte beyond ASCII (U+2028 and U+2029 start with one).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        word & ByteWord.highs | ByteWord.bytes(word, below: 0x20) | ByteWord.bytes(word, equalTo: 0x7F)
            | ByteWord.bytes(word, equalTo: UInt8(ascii: "\"")) | ByteWord.bytes(word, equalTo: UInt8(ascii: "\\"))
            | ByteWord.bytes(word, equalTo: UInt8(ascii: "<")) | ByteWord.bytes(word, equalTo: UInt8(ascii: ">"))
            | ByteWord.bytes(word, equalTo: UInt8(ascii: "&")) != 0
    }

    /// A text a ledger line holds (a string's contents, still escaped) as ``ReportText/line(_:)``
    /// makes it. Most is already one line without an escape, and is copied as it stands.
    mutating func line(_ contents: UnsafeRawBufferPointer) {
        if let plain = ScriptJSON.plainLine(contents) {
            string(utf8: plain)
        } else {
            string(ReportText.line(unescaped(contents)))
        }
    }

    /// Appends the text ``line(_:)`` writes as a string, not yet escaped for JSON.
    static func appendLine(_ contents: UnsafeRawBufferPointer, to bytes: inout [UInt8]) {
        if let plain = plainLine(contents) {
            bytes.append(contentsOf: plain)
        } else {
            bytes += ReportText.line(unescaped(contents)).utf8
        }
    }

    /// A day as a string, `"YYYY-MM-DD"` (``Day/iso``).
    mutating func day(_ day: Day) {
        bytes.append(UInt8(ascii: "\""))
        digits(day.year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(day.month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day.day, 2)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `value`, at most `count` digits, in `count` digits with leading zeros.
    private mutating func digits(_ value: Int, _ count: Int) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / divisor % 10))
            divisor /= 10
        }
    }

    /// The contents themselves when they hold no escape and are already one line.
    private static func plainLine(_ contents: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        guard let base = contents.baseAddress else { return contents }
        guard memchr(base, Int32(UInt8(ascii: "\\")), contents.count) == nil, ReportText.isLine(utf8: contents) else { return nil }
        return contents
    }

    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    mutating func member(_ name: StaticString, day value: Day) {
        key(name)
        day(value)
    }

    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        JSONEncoding.appendInteger(Int64(value), to: &bytes)
    }

    /// An array of strings, each of UTF-8 bytes.
    mutating func member(_ name: StaticString, utf8 values: [[UInt8]]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            value.withUnsafeBytes { string(utf8: $0) }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The bytes a string escapes or may escape: controls, `"`, `\`, `<`, `>`, `&`, DEL, and
    /// the first byte of U+2028 and U+2029.
    private static let needsLook: [Bool] = {
        var look = [Bool](repeating: false, count: 256)
        for byte in 0..<0x20 { look[byte] = true }
        for byte in [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x7F, 0xE2] {
            look[Int(byte)] = true
        }
        return look
    }()
}
