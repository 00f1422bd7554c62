import Glibc

/// Checks that one ledger line is JSON in the ledger's canonical syntax, without building a value,
/// and notes where the top-level object's members are.
///
/// Canonical syntax is what ``JSONValue/encoded(canonical:)`` writes: no whitespace outside
/// strings; object keys in strictly ascending byte order at every depth (so no key twice);
/// strings of valid UTF-8 with exactly the encoder's escapes (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`,
/// `\t`, and `\u00xx` in lowercase for the other control characters and U+007F); integers
/// without a sign on zero, leading zeros, fraction or exponent. It does not check Unicode
/// normalisation: `verify` re-encodes every line for that.
///
/// Strings, most of a line, are skipped eight bytes at a time.
struct LineScanner {
    /// The deepest nesting accepted; ledger records nest three deep.
    static let maximumDepth = 8

    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var position = 0
    /// The top-level members found so far.
    private var members: [Member] = []

    private init(_ line: UnsafeRawBufferPointer) {
        base = line.baseAddress!.assumingMemoryBound(to: UInt8.self)
        count = line.count
    }

    /// Scans `line` (without its line break) and fills `members` with its top-level members.
    static func scan(_ line: UnsafeRawBufferPointer, into members: inout [Member]) throws(LineFault) {
        members.removeAll(keepingCapacity: true)
        guard line.count > 0 else { throw LineFault("empty line: expected a JSON object", at: 0) }
        var scanner = LineScanner(line)
        // The caller's array travels through the scanner so that its storage is reused.
        swap(&scanner.members, &members)
        defer { swap(&scanner.members, &members) }
        guard scanner.base[0] == UInt8(ascii: "{") else {
            throw LineFault("not a JSON object: a ledger line starts with '{'", at: 0)
        }
        try scanner.object(depth: 1)
        if scanner.position < scanner.count {
            throw LineFault("trailing data after the JSON object", at: scanner.position)
        }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(LineFault) {
        guard position < count else { throw endOfLine() }
        switch base[position] {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw unexpected("expected a JSON value")
        }
    }

    private mutating func object(depth: Int) throws(LineFault) {
        guard depth <= LineScanner.maximumDepth else { throw LineFault("nested too deep for a ledger record", at: position) }
        let start = position
        position += 1
        if position < count, base[position] == UInt8(ascii: "}") {
            position += 1
            return
        }
        var previousKey: Range<Int>?
        while true {
            guard position < count else { throw endOfLine() }
            guard base[position] == UInt8(ascii: "\"") else { throw unexpected("expected a string key") }
            let keyStart = position
            try string()
            let key = keyStart + 1..<position - 1
            if let previousKey {
                switch compare(previousKey, key) {
                case 0: throw LineFault("duplicate key \(String(decoding: bytes(key), as: UTF8.self).debugDescription)", at: keyStart)
                case 1 where isRepeated(key, inObjectAt: start, depth: depth):
                    throw LineFault("duplicate key \(String(decoding: bytes(key), as: UTF8.self).debugDescription)", at: keyStart)
                case 1: throw LineFault("keys out of canonical order: \(quoted(key)) after \(quoted(previousKey))", at: keyStart)
                default: break
                }
            }
            previousKey = key
            guard position < count else { throw endOfLine() }
            guard base[position] == UInt8(ascii: ":") else { throw unexpected("expected ':' after the key") }
            position += 1
            let valueStart = position
            try value(depth: depth)
            if depth == 1 { members.append(Member(key: key, value: valueStart..<position)) }
            guard position < count else { throw endOfLine() }
            switch base[position] {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "}"):
                position += 1
                return
            default:
                throw unexpected("expected ',' or '}' in an object")
            }
        }
    }

    /// Whether `key` is one of the keys before it in the object that starts at `start`. The
    /// object's bytes up to `key` were scanned already, so reading them again cannot fail; only
    /// a key out of order asks, so a duplicate written out of order is called one.
    private func isRepeated(_ key: Range<Int>, inObjectAt start: Int, depth: Int) -> Bool {
        var scanner = self
        scanner.position = start + 1
        while scanner.position < key.lowerBound - 1 {
            let keyStart = scanner.position
            guard (try? scanner.string()) != nil else { return false }
            if compare(keyStart + 1..<scanner.position - 1, key) == 0 { return true }
            scanner.position += 1
            guard (try? scanner.value(depth: depth)) != nil else { return false }
            scanner.position += 1
        }
        return false
    }

    private mutating func array(depth: Int) throws(LineFault) {
        guard depth <= LineScanner.maximumDepth else { throw LineFault("nested too deep for a ledger record", at: position) }
        position += 1
        if position < count, base[position] == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try value(depth: depth)
            guard position < count else { throw endOfLine() }
            switch base[position] {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "]"):
                position += 1
                return
            default:
                throw unexpected("expected ',' or ']' in an array")
            }
        }
    }

    /// Skips a string from its opening quote to just past its closing one.
    private mutating func string() throws(LineFault) {
        position += 1
        while true {
            // Eight bytes at a time while none of them needs a look: a quote, a backslash,
            // a control character, DEL or a non-ASCII byte.
            while position &+ 8 <= count {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                let special = LineScanner.specialBytes(word)
                if special != 0 {
                    position &+= special.trailingZeroBitCount >> 3
                    break
                }
                position &+= 8
            }
            guard position < count else { throw LineFault("unterminated string", at: count) }
            let byte = base[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
                try escape()
            case 0x80...:
                try scalar()
            case ..<0x20, 0x7F:
                throw LineFault("raw control character U+\(hex4(UInt32(byte))) in a string: the canonical form escapes it", at: position)
            default:
                position += 1
            }
        }
    }

    /// A mask with the high bit set in (at least) the lowest byte of `word` that is `"`, `\`,
    /// below 0x20, 0x7F or 0x80 and above; bits above the lowest true hit may be spurious.
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let quote = zeroBytes(word ^ (ones &* 0x22))
        let backslash = zeroBytes(word ^ (ones &* 0x5C))
        let delete = zeroBytes(word ^ (ones &* 0x7F))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | delete | control | (word & highs)
    }

    private mutating func escape() throws(LineFault) {
        let start = position
        guard position + 1 < count else { throw LineFault("unterminated escape", at: start) }
        switch base[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            guard position + 6 <= count else { throw LineFault("unterminated \\u escape", at: start) }
            var value: UInt32 = 0
            for offset in 2..<6 {
                let digit = base[position + offset]
                switch digit {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(digit - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(digit - UInt8(ascii: "a") + 10)
                default: throw LineFault("not a canonical \\u escape (four lowercase hexadecimal digits)", at: start)
                }
            }
            let hasShortForm = value == 0x08 || value == 0x09 || value == 0x0A || value == 0x0C || value == 0x0D
            guard (value < 0x20 && !hasShortForm) || value == 0x7F else {
                throw LineFault("\\u\(hex4(value).lowercased()) is not the canonical escape: the canonical form writes that character "
                    + (hasShortForm ? "with its short escape" : "as it is"), at: start)
            }
            position += 6
        default:
            throw LineFault("not a canonical escape: '\\\(String(UnicodeScalar(base[position + 1])))'", at: start)
        }
    }

    /// Checks one UTF-8 sequence of more than one byte (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF).
    private mutating func scalar() throws(LineFault) {
        switch UTF8Sequence(at: position, of: base, count: count) {
        case .valid(let length): position += length
        case .invalid(let offset): throw invalidUTF8(at: offset)
        case .truncated: throw invalidUTF8(at: position)
        }
    }

    private mutating func number() throws(LineFault) {
        let start = position
        if base[position] == UInt8(ascii: "-") { position += 1 }
        guard position < count, isDigit(base[position]) else { throw LineFault("a '-' without digits", at: start) }
        if base[position] == UInt8(ascii: "0") {
            position += 1
            if position < count, isDigit(base[position]) { throw LineFault("a number with a leading zero", at: start) }
            if base[start] == UInt8(ascii: "-") { throw LineFault("-0 is not a canonical number", at: start) }
        } else {
            while position < count, isDigit(base[position]) { position += 1 }
        }
        if position < count,
           base[position] == UInt8(ascii: ".") || base[position] | 0x20 == UInt8(ascii: "e") {
            throw LineFault("a number with a fraction or exponent: the ledger holds integers only", at: start)
        }
        if position - start > 20 { throw LineFault("an integer out of range", at: start) }
    }

    private mutating func literal(_ word: StaticString) throws(LineFault) {
        let length = word.utf8CodeUnitCount
        guard position + length <= count,
              (0..<length).allSatisfy({ base[position + $0] == word.utf8Start[$0] })
        else { throw unexpected("expected a JSON value") }
        position += length
    }

    // MARK: Helpers

    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    private func quoted(_ range: Range<Int>) -> String {
        String(decoding: bytes(range), as: UTF8.self).debugDescription
    }

    /// -1, 0 or 1 as `left` sorts before, equal to or after `right` by bytes. Keys are short,
    /// so they are compared here, eight bytes at a time read as big-endian numbers, rather than
    /// by a call to `memcmp`.
    private func compare(_ left: Range<Int>, _ right: Range<Int>) -> Int {
        let common = min(left.count, right.count)
        let a = UnsafeRawPointer(base + left.lowerBound), b = UnsafeRawPointer(base + right.lowerBound)
        var offset = 0
        while offset + 8 <= common {
            let x = UInt64(bigEndian: a.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let y = UInt64(bigEndian: b.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            if x != y { return x < y ? -1 : 1 }
            offset += 8
        }
        while offset < common {
            let x = a.load(fromByteOffset: offset, as: UInt8.self), y = b.load(fromByteOffset: offset, as: UInt8.self)
            if x != y { return x < y ? -1 : 1 }
            offset += 1
        }
        return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
    }

    private func endOfLine() -> LineFault {
        LineFault("the line ends inside the JSON object", at: count)
    }

    private func invalidUTF8(at offset: Int) -> LineFault {
        LineFault("invalid UTF-8 byte 0x\(String(base[offset], radix: 16, uppercase: true))", at: offset)
    }

    private func unexpected(_ expectation: String) -> LineFault {
        let byte = base[position]
        let what: String
        if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
            what = "whitespace outside a string (not the canonical form)"
        } else if byte >= 0x21 && byte < 0x7F {
            what = "unexpected character '\(String(UnicodeScalar(byte)))'"
        } else {
            what = "unexpected byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
        return LineFault("\(what); \(expectation)", at: position)
    }
}

/// Four uppercase hexadecimal digits.
func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
