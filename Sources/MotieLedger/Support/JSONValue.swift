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
