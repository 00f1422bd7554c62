/// Gives each distinct string of a replay a small number, looked up by the string's bytes as
/// the line holds them (still JSON-escaped), so that a million events cost no string
/// allocations: each distinct string is decoded once.
///
/// Canonical encoding gives every string exactly one escaped form, so equal bytes mean equal
/// strings. Each part of a parallel replay has its own interner; ``absorb(_:)`` renumbers one
/// part's strings into another's.
///
/// A replay looks up a motion's key for every event, and the keys of fifty thousand motions
/// do not stay in the cache: each lookup is a cache miss or more. So a slot of the table holds
/// what a lookup compares (a hash, the length and the first 24 bytes, which is all of a
/// Kamerstuk ID or a name key), and finding a string costs one miss where slot, entry and bytes
/// would cost three.
struct Interner: Sendable {
    /// The escaped bytes of every string, one after another.
    private var bytes: [UInt8] = []
    /// Where each string's bytes are, by number.
    private var spans: [(start: Int, count: Int)] = []
    /// An open-addressing table, a power of two at most half full.
    private var slots = [Slot](repeating: Slot(), count: 1024)
    /// The decoded strings, by number.
    private(set) var strings: [String] = []

    /// One string in the table, in 32 bytes.
    private struct Slot {
        /// The string's number; -1 for an empty slot.
        var index: Int32 = -1
        /// The high 24 bits of the hash, and the length (up to 255) in the low 8.
        var tag: UInt32 = 0
        /// The first 24 bytes, zero after the string's end.
        var prefix: Prefix = Prefix()
    }

    private struct Prefix: Equatable {
        var a: UInt64 = 0
        var b: UInt64 = 0
        var c: UInt64 = 0

        init() {}

        init(_ bytes: UnsafeRawBufferPointer) {
            a = Prefix.word(bytes, at: 0)
            b = Prefix.word(bytes, at: 8)
            c = Prefix.word(bytes, at: 16)
        }

        /// The eight bytes from `offset`, zero past the end, in the order of a little-endian load.
        @inline(__always)
        private static func word(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
            let available = bytes.count - offset
            guard available > 0, let base = bytes.baseAddress else { return 0 }
            if available >= 8 { return base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
            if bytes.count >= 8 {
                // The last eight bytes, shifted so that those before `offset` drop out.
                return base.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self) >> UInt64((8 - available) * 8)
            }
            var word: UInt64 = 0
            for index in 0..<available { word |= UInt64(base.load(fromByteOffset: offset + index, as: UInt8.self)) << UInt64(index * 8) }
            return word
        }
    }

    var count: Int { strings.count }

    subscript(index: Int32) -> String { strings[Int(index)] }

    /// The number of the string whose escaped bytes are `escaped`, adding it when new.
    mutating func intern(_ escaped: UnsafeRawBufferPointer) -> Int32 {
        let hash = Interner.hash(escaped)
        if let found = find(escaped, hash: hash) { return found }
        return add(escaped, hash: hash, decoded: unescaped(escaped))
    }

    /// The number of `string`, adding it when new.
    mutating func intern(_ string: String) -> Int32 {
        let escaped = JSONValue.string(string).encoded(canonical: true)
        return escaped.withUnsafeBytes { intern(UnsafeRawBufferPointer(rebasing: $0.dropFirst().dropLast())) }
    }

    /// The number of `string` if it was interned.
    func find(_ string: String) -> Int32? {
        let escaped = JSONValue.string(string).encoded(canonical: true)
        return escaped.withUnsafeBytes { whole in
            let key = UnsafeRawBufferPointer(rebasing: whole.dropFirst().dropLast())
            return find(key, hash: Interner.hash(key))
        }
    }

    /// Adds every string of `other` (a part read on its own) and returns, for each of its
    /// numbers, the number the string has here. The decoded strings are taken over, not decoded again.
    mutating func absorb(_ other: Interner) -> [Int32] {
        var numbers: [Int32] = []
        numbers.reserveCapacity(other.count)
        other.bytes.withUnsafeBytes { otherBytes in
            for (index, span) in other.spans.enumerated() {
                let escaped = UnsafeRawBufferPointer(rebasing: otherBytes[span.start..<span.start + span.count])
                let hash = Interner.hash(escaped)
                numbers.append(find(escaped, hash: hash) ?? add(escaped, hash: hash, decoded: other.strings[index]))
            }
        }
        return numbers
    }

    @inline(__always)
    private static func tag(hash: UInt32, count: Int) -> UInt32 {
        hash & 0xFFFF_FF00 | UInt32(min(count, 255))
    }

    private func find(_ escaped: UnsafeRawBufferPointer, hash: UInt32) -> Int32? {
        let tag = Interner.tag(hash: hash, count: escaped.count)
        let prefix = Prefix(escaped)
        let mask = slots.count - 1
        var position = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[position]
                if slot.index < 0 { return nil }
                if slot.tag == tag, slot.prefix == prefix, escaped.count <= 24 || sameTail(slot.index, escaped) {
                    return slot.index
                }
                position = (position + 1) & mask
            }
        }
    }

    /// Whether string `index`, whose first 24 bytes are those of `escaped`, has the rest too.
    private func sameTail(_ index: Int32, _ escaped: UnsafeRawBufferPointer) -> Bool {
        let span = spans[Int(index)]
        guard span.count == escaped.count else { return false }
        return bytes.withUnsafeBytes { sameBytes($0.baseAddress! + span.start + 24, escaped.baseAddress! + 24, span.count - 24) }
    }

    private mutating func add(_ escaped: UnsafeRawBufferPointer, hash: UInt32, decoded: String) -> Int32 {
        let index = Int32(strings.count)
        spans.append((bytes.count, escaped.count))
        bytes.append(contentsOf: escaped)
        strings.append(decoded)
        if strings.count * 2 > slots.count {
            grow()
        } else {
            place(index, escaped, hash: hash)
        }
        return index
    }

    private mutating func place(_ index: Int32, _ escaped: UnsafeRawBufferPointer, hash: UInt32) {
        let mask = slots.count - 1
        var position = Int(hash) & mask
        while slots[position].index >= 0 { position = (position + 1) & mask }
        slots[position] = Slot(index: index, tag: Interner.tag(hash: hash, count: escaped.count), prefix: Prefix(escaped))
    }

    private mutating func grow() {
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        let bytes = self.bytes
        bytes.withUnsafeBytes { bytes in
            for (index, span) in spans.enumerated() {
                let escaped = UnsafeRawBufferPointer(rebasing: bytes[span.start..<span.start + span.count])
                place(Int32(index), escaped, hash: Interner.hash(escaped))
            }
        }
    }

    /// A multiply-and-rotate hash over eight bytes at a time (the last word overlapping the one
    /// before it), finished with a multiply that spreads every bit into the low ones the table
    /// uses. Keys are short (IDs, names, document numbers), so this beats a byte-at-a-time hash
    /// several times.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: hash >> 32) }
        @inline(__always) func mix(_ word: UInt64) {
            hash = ((hash << 5) | (hash >> 59)) ^ word
            hash = hash &* 0x517C_C1B7_2722_0A95
        }
        if count >= 8 {
            var offset = 0
            while offset + 8 <= count {
                mix(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < count { mix(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
        } else {
            var word: UInt64 = 0
            for index in 0..<count { word |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << UInt64(index * 8) }
            mix(word)
        }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: hash >> 32)
    }
}

/// Whether the `count` bytes at `a` and `b` are equal: eight at a time, the last word
/// overlapping the one before it. The strings and keys of a line are short, and a call to
/// `memcmp` costs more than this.
@inline(__always)
func sameBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ count: Int) -> Bool {
    guard let b, count > 0 else { return true }
    if count < 8 {
        for index in 0..<count where a.load(fromByteOffset: index, as: UInt8.self) != b.load(fromByteOffset: index, as: UInt8.self) {
            return false
        }
        return true
    }
    var offset = 0
    while offset + 8 < count {
        if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
            return false
        }
        offset += 8
    }
    return a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
}
