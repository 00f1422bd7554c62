import Glibc

/// Gives each distinct string of a replay a small number, looked up by the string's bytes as
/// the line holds them (still JSON-escaped), so that a million events cost no string
/// allocations: each distinct string is decoded once.
///
/// Canonical encoding gives every string exactly one escaped form, so equal bytes mean equal
/// strings.
struct Interner: Sendable {
    private var bytes: [UInt8] = []
    private var spans: [(start: Int, count: Int)] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    /// The decoded strings, by number.
    private(set) var strings: [String] = []

    var count: Int { strings.count }

    subscript(index: Int32) -> String { strings[Int(index)] }

    /// The number of the string whose escaped bytes are `escaped`, adding it when new.
    mutating func intern(_ escaped: UnsafeRawBufferPointer) -> Int32 {
        let hash = Interner.hash(escaped)
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let index = slots[slot]
            if index < 0 { break }
            let span = spans[Int(index)]
            if span.count == escaped.count, span.count == 0
                || bytes.withUnsafeBytes({ memcmp($0.baseAddress! + span.start, escaped.baseAddress!, span.count) == 0 }) {
                return index
            }
            slot = (slot + 1) & mask
        }
        let index = Int32(strings.count)
        spans.append((bytes.count, escaped.count))
        bytes.append(contentsOf: escaped)
        strings.append(unescaped(escaped))
        slots[slot] = index
        if strings.count * 2 > slots.count { grow() }
        return index
    }

    /// The number of `string`, adding it when new.
    mutating func intern(_ string: String) -> Int32 {
        let escaped = JSONValue.string(string).encoded(canonical: true)
        return escaped.withUnsafeBytes { intern(UnsafeRawBufferPointer(rebasing: $0.dropFirst().dropLast())) }
    }

    /// The number of `string` if it was interned.
    func find(_ string: String) -> Int32? {
        let escaped = JSONValue.string(string).encoded(canonical: true)
        return escaped.withUnsafeBytes { whole -> Int32? in
            let key = UnsafeRawBufferPointer(rebasing: whole.dropFirst().dropLast())
            var slot = Interner.hash(key) & (slots.count - 1)
            while slots[slot] >= 0 {
                let index = slots[slot]
                let span = spans[Int(index)]
                if span.count == key.count, span.count == 0
                    || bytes.withUnsafeBytes({ memcmp($0.baseAddress! + span.start, key.baseAddress!, span.count) == 0 }) {
                    return index
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, span) in spans.enumerated() {
            let hash = bytes.withUnsafeBytes { Interner.hash(UnsafeRawBufferPointer(rebasing: $0[span.start..<span.start + span.count])) }
            var slot = hash & mask
            while larger[slot] >= 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index)
        }
        slots = larger
    }

    /// FNV-1a, then a multiply to spread the low bits the table uses.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3
        }
        return Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 1)
    }
}
