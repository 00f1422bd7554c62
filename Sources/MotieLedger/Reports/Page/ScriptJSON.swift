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

    /// A string of UTF-8 `text`.
    mutating func string(utf8 text: UnsafeRawBufferPointer) {
        bytes.append(UInt8(ascii: "\""))
        let look = ScriptJSON.needsLook
        var run = 0
        var i = 0
        while i < text.count {
            let byte = text[i]
            guard look[Int(byte)] else {
                i += 1
                continue
            }
            let escape: [UInt8]
            var length = 1
            switch byte {
            case UInt8(ascii: "\""): escape = Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): escape = Array(#"\\"#.utf8)
            case 0x08: escape = Array(#"\b"#.utf8)
            case 0x0C: escape = Array(#"\f"#.utf8)
            case 0x0A: escape = Array(#"\n"#.utf8)
            case 0x0D: escape = Array(#"\r"#.utf8)
            case 0x09: escape = Array(#"\t"#.utf8)
            case UInt8(ascii: "<"): escape = Array(#"\u003c"#.utf8)
            case UInt8(ascii: ">"): escape = Array(#"\u003e"#.utf8)
            case UInt8(ascii: "&"): escape = Array(#"\u0026"#.utf8)
            case 0xE2:
                guard i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0xA8 || text[i + 2] == 0xA9 else {
                    i += 1
                    continue
                }
                escape = Array((text[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                length = 3
            default:
                escape = Array(#"\u00"#.utf8) + [JSONEncoding.hexDigit(byte >> 4), JSONEncoding.hexDigit(byte & 0xF)]
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[run..<i]))
            bytes += escape
            i += length
            run = i
        }
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[run...]))
        bytes.append(UInt8(ascii: "\""))
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
