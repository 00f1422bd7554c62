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
