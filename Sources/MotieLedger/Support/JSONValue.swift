import Foundation

/// A JSON value as the ledger models it: no floating-point numbers, and objects that keep their keys
/// in insertion order.
///
/// Equality is structural and order-sensitive: two objects are equal only if they list the same keys
/// in the same order with equal values. Strings compare with Swift's `String` equality, i.e. up to
/// Unicode canonical equivalence, which is exactly the difference the canonical encoding erases.
package enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer; the model has no other numbers.
    case int(Int64)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object as key–value pairs in insertion order. Keys should be unique; the parser
    /// guarantees it and the canonical encoder requires it.
    case object([(String, JSONValue)])

    /// Compares two values structurally; object members must appear in the same order.
    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(left), .bool(right)): left == right
        case let (.int(left), .int(right)): left == right
        case let (.string(left), .string(right)): left == right
        case let (.array(left), .array(right)): left == right
        case let (.object(left), .object(right)):
            left.count == right.count
                && zip(left, right).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Hashes the value consistently with ``==(_:_:)``.
    package func hash(into hasher: inout Hasher) {
        switch self {
        case .null:
            hasher.combine(0)
        case .bool(let value):
            hasher.combine(1)
            hasher.combine(value)
        case .int(let value):
            hasher.combine(2)
            hasher.combine(value)
        case .string(let value):
            hasher.combine(3)
            hasher.combine(value)
        case .array(let elements):
            hasher.combine(4)
            hasher.combine(elements)
        case .object(let members):
            hasher.combine(5)
            hasher.combine(members.count)
            for (key, value) in members {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }
}

// MARK: - Accessors

extension JSONValue {
    /// The value of the first member named `key` if this is an object, otherwise `nil`.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The string if this is a string.
    package var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The integer if this is an integer.
    package var intValue: Int64? {
        if case .int(let value) = self { value } else { nil }
    }

    /// The Boolean if this is `true` or `false`.
    package var boolValue: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    /// The elements if this is an array.
    package var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// The members in order if this is an object.
    package var objectValue: [(String, JSONValue)]? {
        if case .object(let members) = self { members } else { nil }
    }

    /// Whether this is `null`.
    package var isNull: Bool {
        if case .null = self { true } else { false }
    }
}

// MARK: - Literals

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// Creates a string value.
    package init(stringLiteral value: String) {
        self = .string(value)
    }

    /// Creates an integer value.
    package init(integerLiteral value: Int64) {
        self = .int(value)
    }

    /// Creates a Boolean value.
    package init(booleanLiteral value: Bool) {
        self = .bool(value)
    }

    /// Creates an array value.
    package init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }

    /// Creates an object whose members keep the literal's order.
    package init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements)
    }
}

// MARK: - Encoding

extension JSONValue: CustomStringConvertible {
    /// The non-canonical encoding as text, for diagnostics.
    package var description: String {
        String(decoding: encoded(canonical: false), as: UTF8.self)
    }

    /// Encodes the value as compact JSON.
    ///
    /// With `canonical` set, object keys are sorted by their UTF-8 bytes and every string is
    /// normalized to Unicode NFC, so that equal records always produce identical bytes (and hashes).
    /// Otherwise keys keep their order and strings are written as given. Both forms escape
    /// `"`, `\` and the control characters U+0000–U+001F and U+007F, and write everything else,
    /// including `/` and non-ASCII text, as raw UTF-8.
    ///
    /// - Precondition: In canonical form, no object has two keys with the same NFC form.
    package func encoded(canonical: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(128)
        encode(into: &output, canonical: canonical)
        return output
    }

    /// Appends the encoding described in ``encoded(canonical:)`` to `output`, so callers can reuse
    /// one buffer across many values.
    package func encode(into output: inout [UInt8], canonical: Bool) {
        switch self {
        case .null:
            output.append(contentsOf: JSONEncoding.null)
        case .bool(let value):
            output.append(contentsOf: value ? JSONEncoding.true : JSONEncoding.false)
        case .int(let value):
            JSONEncoding.appendInteger(value, to: &output)
        case .string(let value):
            JSONEncoding.appendString(value, canonical: canonical, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.encode(into: &output, canonical: canonical)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            if canonical && !JSONEncoding.hasCanonicalKeyOrder(members) {
                JSONEncoding.appendMembers(JSONEncoding.canonicalMembers(members), canonical: true, to: &output)
            } else {
                JSONEncoding.appendMembers(members, canonical: canonical, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}

/// The byte-level work of the encoder; the parser shares its literals.
enum JSONEncoding {
    static let null = Array("null".utf8)
    static let `true` = Array("true".utf8)
    static let `false` = Array("false".utf8)

    /// Whether every key is in the quick-NFC range and the keys ascend strictly by UTF-8 bytes,
    /// so the members can be written as they are.
    static func hasCanonicalKeyOrder(_ members: [(String, JSONValue)]) -> Bool {
        var previous: String?
        for (key, _) in members {
            guard isQuickNFC(key) else { return false }
            if let previous, !utf8Precedes(previous, key) { return false }
            previous = key
        }
        return true
    }

    /// Returns the members with NFC keys, sorted by the keys' UTF-8 bytes.
    static func canonicalMembers(_ members: [(String, JSONValue)]) -> [(String, JSONValue)] {
        var result = members.map { (nfc($0.0), $0.1) }
        result.sort { utf8Precedes($0.0, $1.0) }
        precondition(
            zip(result, result.dropFirst()).allSatisfy { utf8Precedes($0.0, $1.0) },
            "a JSON object with duplicate keys has no canonical form"
        )
        return result
    }

    static func appendMembers(_ members: [(String, JSONValue)], canonical: Bool, to output: inout [UInt8]) {
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendString(key, canonical: canonical, to: &output)
            output.append(UInt8(ascii: ":"))
            value.encode(into: &output, canonical: canonical)
        }
    }

    /// Orders strings by their UTF-8 bytes, which for NFC text is Unicode scalar order.
    static func utf8Precedes(_ left: String, _ right: String) -> Bool {
        let result = left.utf8.withContiguousStorageIfAvailable { left in
            right.utf8.withContiguousStorageIfAvailable { right in
                // Keys are short, so a plain loop beats calling memcmp.
                for index in 0..<min(left.count, right.count) where left[index] != right[index] {
                    return left[index] < right[index]
                }
                return left.count < right.count
            }
        }
        return (result ?? nil) ?? left.utf8.lexicographicallyPrecedes(right.utf8)
    }

    /// Returns `string` in Unicode NFC.
    static func nfc(_ string: String) -> String {
        // Foundation's normalization is slow, so it only sees strings that might change.
        isQuickNFC(string) ? string : string.precomposedStringWithCanonicalMapping
    }

    /// Whether `string` is certainly in NFC because all its scalars are below U+0300.
    ///
    /// No character below U+0300 decomposes or combines with a preceding character, so such text
    /// is already NFC. In UTF-8 those scalars are exactly the strings without a byte of 0xCC or more.
    static func isQuickNFC(_ string: String) -> Bool {
        let contiguous = string.utf8.withContiguousStorageIfAvailable(isQuickNFC)
        return contiguous ?? string.utf8.allSatisfy { $0 < 0xCC }
    }

    static func isQuickNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0xCC }
    }

    /// Appends `value` in plain decimal.
    static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            output.append(contentsOf: UnsafeMutableBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends `string` quoted and escaped, in NFC if `canonical`.
    static func appendString(_ string: String, canonical: Bool, to output: inout [UInt8]) {
        let appended = string.utf8.withContiguousStorageIfAvailable { bytes in
            // Normalizing is rare, so the common case escapes while checking and only rarely starts over.
            appendEscaped(bytes, stoppingAtNonQuickNFC: canonical, to: &output)
        }
        if appended != true {
            let text = canonical ? nfc(string) : string
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                _ = appendEscaped(bytes, stoppingAtNonQuickNFC: false, to: &output)
            }
        }
    }

    /// Appends the bytes quoted and escaped; returns `false`, having appended nothing, if asked to
    /// stop at a byte that may need NFC normalization and one occurs.
    private static func appendEscaped(
        _ bytes: UnsafeBufferPointer<UInt8>, stoppingAtNonQuickNFC: Bool, to output: inout [UInt8]
    ) -> Bool {
        let mark = output.count
        output.append(UInt8(ascii: "\""))
        // Copy runs of bytes that need no escaping in one go.
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte >= 0x7F else {
                continue
            }
            if byte >= 0x80 {
                if byte >= 0xCC && stoppingAtNonQuickNFC {
                    output.removeSubrange(mark...)
                    return false
                }
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            runStart = index + 1
            output.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
            case 0x08: output.append(UInt8(ascii: "b"))
            case 0x0C: output.append(UInt8(ascii: "f"))
            case 0x0A: output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(UInt8(ascii: "r"))
            case 0x09: output.append(UInt8(ascii: "t"))
            default:
                output.append(UInt8(ascii: "u"))
                output.append(UInt8(ascii: "0"))
                output.append(UInt8(ascii: "0"))
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0xF))
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        output.append(UInt8(ascii: "\""))
        return true
    }

    /// The lowercase hexadecimal digit for a value below 16.
    static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") &+ value : UInt8(ascii: "a") &+ value &- 10
    }
}
