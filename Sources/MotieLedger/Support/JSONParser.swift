/// A strict RFC 8259 parser for the ledger's JSON subset.
///
/// Beyond the RFC it rejects what would make a ledger line ambiguous: a byte order mark, invalid
/// UTF-8, duplicate keys (compared up to Unicode canonical equivalence, as the canonical encoding
/// would merge them), floating-point numbers, integers outside `Int64`, `-0`, and nesting deeper
/// than ``maximumDepth``. It does not require canonical form; compare the bytes with
/// ``JSONValue/encoded(canonical:)`` for that.
package enum JSONParser {
    /// The deepest nesting of arrays and objects that is accepted; a top-level array is depth 1.
    package static let maximumDepth = 64

    /// Parses exactly one JSON value, optionally surrounded by whitespace.
    package static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw JSONParseError(message: "empty input: expected a JSON value", offset: 0, line: 1, column: 1)
        }
        var parser = Parser(base: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        return try parser.parseDocument()
    }

    /// Parses exactly one JSON value, optionally surrounded by whitespace.
    package static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        // Array.withUnsafeBytes only rethrows untyped errors, so the typed error travels in a Result.
        let result = bytes.withUnsafeBytes { bytes in
            Result { () throws(JSONParseError) in try parse(bytes) }
        }
        return try result.get()
    }
}

private struct Parser {
    let base: UnsafePointer<UInt8>
    let count: Int
    var position = 0
    var depth = 0
    // Reused across strings with escapes so that decoding them does not allocate each time.
    var scratch: [UInt8] = []
    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
            throw error("a byte order mark (BOM) is not allowed", at: 0)
        }
        skipWhitespace()
        guard position < count else { throw error("empty input: expected a JSON value", at: position) }
        let value = try parseValue()
        skipWhitespace()
        guard position == count else {
            throw unexpected { "trailing data after the JSON value, starting with \($0)" }
        }
        return value
    }

    // MARK: Values

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard position < count else { throw endOfInput() }
        switch base[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .int(try parseInteger())
        case UInt8(ascii: "t"):
            try parseLiteral(JSONEncoding.true)
            return .bool(true)
        case UInt8(ascii: "f"):
            try parseLiteral(JSONEncoding.false)
            return .bool(false)
        case UInt8(ascii: "n"):
            try parseLiteral(JSONEncoding.null)
            return .null
        default:
            throw unexpected("expected a JSON value")
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        skipWhitespace()
        if position < count && base[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object([])
        }
        // Ledger records have around a dozen members; reserving room skips the first regrowths.
        var members: [(String, JSONValue)] = []
        members.reserveCapacity(8)
        var keySet: Set<String> = []
        while true {
            guard position < count else { throw endOfInput() }
            guard base[position] == UInt8(ascii: "\"") else { throw unexpected("expected a string key") }
            let keyOffset = position
            let key = try parseString()
            let isDuplicate: Bool
            if members.count >= 16 {
                // Large objects switch from a linear scan to a set.
                if keySet.isEmpty { keySet = Set(members.lazy.map(\.0)) }
                isDuplicate = !keySet.insert(key).inserted
            } else {
                isDuplicate = members.contains { $0.0 == key }
            }
            if isDuplicate {
                let quoted = String(decoding: JSONValue.string(key).encoded(canonical: false), as: UTF8.self)
                throw error("duplicate key \(quoted)", at: keyOffset)
            }
            skipWhitespace()
            guard position < count else { throw endOfInput() }
            guard base[position] == UInt8(ascii: ":") else { throw unexpected("expected ':' after the key") }
            position += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            guard position < count else { throw endOfInput() }
            switch base[position] {
            case UInt8(ascii: ","):
                try skipComma(before: UInt8(ascii: "}"))
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return .object(members)
            default:
                throw unexpected("expected ',' or '}' in object")
            }
        }
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        skipWhitespace()
        if position < count && base[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array([])
        }
        var elements: [JSONValue] = []
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard position < count else { throw endOfInput() }
            switch base[position] {
            case UInt8(ascii: ","):
                try skipComma(before: UInt8(ascii: "]"))
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return .array(elements)
            default:
                throw unexpected("expected ',' or ']' in array")
            }
        }
    }

    mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        guard depth <= JSONParser.maximumDepth else {
            throw error("nesting deeper than \(JSONParser.maximumDepth) levels", at: position)
        }
        position += 1
    }

    /// Steps over a comma and the whitespace after it, naming a trailing comma as such.
    mutating func skipComma(before closer: UInt8) throws(JSONParseError) {
        let commaOffset = position
        position += 1
        skipWhitespace()
        if position < count && base[position] == closer {
            throw error("trailing comma is not allowed", at: commaOffset)
        }
    }

    mutating func parseLiteral(_ literal: [UInt8]) throws(JSONParseError) {
        let start = position
        for expected in literal {
            guard position < count else { throw endOfInput() }
            guard base[position] == expected else {
                throw error("invalid literal; expected '\(String(decoding: literal, as: UTF8.self))'", at: start)
            }
            position += 1
        }
    }

    mutating func parseInteger() throws(JSONParseError) -> Int64 {
        let start = position
        let isNegative = base[position] == UInt8(ascii: "-")
        if isNegative {
            position += 1
            guard position < count else { throw endOfInput() }
            guard isDigit(base[position]) else { throw unexpected("expected a digit after '-'") }
        }
        let digitsStart = position
        var magnitude: UInt64 = 0
        var overflowed = false
        while position < count, isDigit(base[position]) {
            let (shifted, multiplyOverflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, addOverflow) = shifted.addingReportingOverflow(UInt64(base[position] &- UInt8(ascii: "0")))
            overflowed = overflowed || multiplyOverflow || addOverflow
            magnitude = sum
            position += 1
        }
        if position < count {
            switch base[position] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                throw error("floating-point numbers are not allowed", at: start)
            default:
                break
            }
        }
        if base[digitsStart] == UInt8(ascii: "0") && position - digitsStart > 1 {
            throw error("leading zeros are not allowed", at: start)
        }
        if isNegative && magnitude == 0 {
            throw error("negative zero is not allowed", at: start)
        }
        let limit = isNegative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        guard !overflowed && magnitude <= limit else {
            throw error("integer out of range for a 64-bit signed integer", at: start)
        }
        return isNegative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
    }

    // MARK: Strings

    /// Parses a string starting at its opening quote.
    mutating func parseString() throws(JSONParseError) -> String {
        position += 1
        let start = position
        while position < count {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                let content = UnsafeBufferPointer(start: base + start, count: position - start)
                position += 1
                // The bytes were validated above, so decoding cannot substitute replacement characters.
                return String(decoding: content, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(from: start)
            } else if byte < 0x20 {
                throw error("unescaped control character \(scalarName(UInt32(byte))) in string", at: position)
            } else if byte < 0x80 {
                position += 1
            } else {
                try skipMultiByteScalar()
            }
        }
        throw endOfInput()
    }

    /// Continues ``parseString()`` at the first backslash, decoding into `scratch`.
    mutating func parseEscapedString(from start: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: position - start))
        while position < count {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                try parseEscape()
            } else if byte < 0x20 {
                throw error("unescaped control character \(scalarName(UInt32(byte))) in string", at: position)
            } else if byte < 0x80 {
                scratch.append(byte)
                position += 1
            } else {
                let scalarStart = position
                try skipMultiByteScalar()
                let scalar = UnsafeBufferPointer(start: base + scalarStart, count: position - scalarStart)
                scratch.append(contentsOf: scalar)
            }
        }
        throw endOfInput()
    }

    /// Decodes one escape sequence starting at its backslash and appends it to `scratch`.
    mutating func parseEscape() throws(JSONParseError) {
        let start = position
        position += 1
        guard position < count else { throw endOfInput() }
        let decoded: UInt8
        switch base[position] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            position += 1
            try appendUnicodeEscape(startingAt: start)
            return
        default:
            throw unexpected(reportedAt: start) { "invalid escape sequence: backslash followed by \($0)" }
        }
        scratch.append(decoded)
        position += 1
    }

    /// Decodes the hex digits of a `\u` escape whose backslash is at `start`, pairing surrogates.
    mutating func appendUnicodeEscape(startingAt start: Int) throws(JSONParseError) {
        let unit = try parseHexQuad(escapeStart: start)
        let scalarValue: UInt32
        switch unit {
        case 0xD800...0xDBFF:
            let lowStart = position
            if position == count || (position + 1 == count && base[position] == UInt8(ascii: "\\")) {
                throw endOfInput()
            }
            guard base[position] == UInt8(ascii: "\\") && base[position + 1] == UInt8(ascii: "u") else {
                throw error("high surrogate \(escapeName(unit)) is not followed by a low surrogate", at: start)
            }
            position += 2
            let low = try parseHexQuad(escapeStart: lowStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                let message = "high surrogate \(escapeName(unit)) is followed by \(escapeName(low)), "
                throw error(message + "not a low surrogate", at: start)
            }
            scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw error("low surrogate \(escapeName(unit)) without a preceding high surrogate", at: start)
        default:
            scalarValue = unit
        }
        // Surrogates were excluded above, so the value is always a valid scalar.
        UTF8.encode(Unicode.Scalar(scalarValue)!) { scratch.append($0) }
    }

    /// Reads the four hex digits following `\u`.
    mutating func parseHexQuad(escapeStart: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < count else { throw endOfInput() }
            let byte = base[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte &- UInt8(ascii: "A") &+ 10
            default: throw error("invalid \\u escape: expected four hexadecimal digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// Steps over one well-formed multi-byte UTF-8 sequence (RFC 3629) starting at `position`.
    mutating func skipMultiByteScalar() throws(JSONParseError) {
        switch utf8Sequence(at: position) {
        case .valid(let length): position += length
        case .invalid(let offset): throw invalidUTF8(at: offset)
        case .truncated: throw endOfInput()
        }
    }

    /// The UTF-8 sequence that starts at `start`.
    func utf8Sequence(at start: Int) -> UTF8Sequence {
        UTF8Sequence(at: start, of: base, count: count)
    }

    // MARK: Bytes

    mutating func skipWhitespace() {
        while position < count {
            switch base[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: Errors

    func endOfInput() -> JSONParseError {
        error("unexpected end of input", at: count)
    }

    func invalidUTF8(at offset: Int) -> JSONParseError {
        let byte = String(base[offset], radix: 16, uppercase: true)
        return error("invalid UTF-8 byte 0x\(byte) at byte offset \(offset)", at: offset)
    }

    /// An error for the character at `position`, or for invalid UTF-8 if it does not decode.
    func unexpected(_ expectation: String) -> JSONParseError {
        unexpected { "unexpected character \($0); \(expectation)" }
    }

    /// An error whose message describes the character at `position`: printable ones quoted, invisible
    /// ones by code point. Bytes that do not decode are reported as invalid UTF-8 instead.
    func unexpected(reportedAt reportOffset: Int? = nil, _ message: (String) -> String) -> JSONParseError {
        switch utf8Sequence(at: position) {
        case .valid(let length):
            let bytes = UnsafeBufferPointer(start: base + position, count: length)
            let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first!
            let isInvisible = scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
            let description = isInvisible ? scalarName(scalar.value) : "'\(scalar)'"
            return error(message(description), at: reportOffset ?? position)
        case .invalid(let offset):
            return invalidUTF8(at: offset)
        case .truncated:
            return endOfInput()
        }
    }

    func scalarName(_ value: UInt32) -> String {
        "U+" + fourHexDigits(value)
    }

    func escapeName(_ unit: UInt32) -> String {
        "\\u" + fourHexDigits(unit)
    }

    func fourHexDigits(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    func error(_ message: String, at offset: Int) -> JSONParseError {
        var line = 1
        var column = 1
        for index in 0..<offset {
            let byte = base[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Continuation bytes belong to the scalar already counted.
                column += 1
            }
        }
        return JSONParseError(message: message, offset: offset, line: line, column: column)
    }
}
