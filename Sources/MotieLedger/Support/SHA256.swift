/// SHA-256 as specified in FIPS 180-4, written out by hand so the package needs no dependencies.
///
/// Feed bytes with `update(_:)` in any number of pieces, then call ``finalize()``; or use
/// `hash(_:)` for a single buffer.
/// Whole 64-byte blocks are compressed straight from the caller's memory; only a partial block
/// is copied into the fixed inline buffer, so hashing never allocates.
package struct SHA256: Sendable {
    /// A 32-byte SHA-256 digest.
    package struct Digest: Hashable, Sendable, CustomStringConvertible {
        /// The number of bytes in a digest.
        package static let byteCount = 32

        // Four big-endian words keep the digest inline and make Hashable synthesizable.
        private let word0, word1, word2, word3: UInt64

        fileprivate init(_ state: State) {
            word0 = UInt64(state.h0) << 32 | UInt64(state.h1)
            word1 = UInt64(state.h2) << 32 | UInt64(state.h3)
            word2 = UInt64(state.h4) << 32 | UInt64(state.h5)
            word3 = UInt64(state.h6) << 32 | UInt64(state.h7)
        }

        /// Parses the 64-character lowercase hexadecimal form produced by ``hex``.
        ///
        /// Upper-case digits are rejected so that every digest has exactly one text form,
        /// which keeps hashes written into the ledger comparable byte for byte.
        package init?(hex: some StringProtocol) {
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var index = 0
            for byte in hex.utf8 {
                guard index < 64 else { return nil }
                let nibble: UInt64
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = UInt64(byte &- UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = UInt64(byte &- UInt8(ascii: "a") &+ 10)
                default: return nil
                }
                switch index / 16 {
                case 0: words.0 = words.0 << 4 | nibble
                case 1: words.1 = words.1 << 4 | nibble
                case 2: words.2 = words.2 << 4 | nibble
                default: words.3 = words.3 << 4 | nibble
                }
                index += 1
            }
            guard index == 64 else { return nil }
            (word0, word1, word2, word3) = words
        }

        /// The digest's 32 bytes, most significant first.
        package var bytes: [UInt8] {
            [UInt8](unsafeUninitializedCapacity: Self.byteCount) { output, count in
                for (index, word) in words.enumerated() {
                    UnsafeMutableRawPointer(output.baseAddress!)
                        .storeBytes(of: word.bigEndian, toByteOffset: index &* 8, as: UInt64.self)
                }
                count = Self.byteCount
            }
        }

        /// The digest as 64 lowercase hexadecimal characters.
        package var hex: String {
            let digits: StaticString = "0123456789abcdef"
            return String(unsafeUninitializedCapacity: 64) { output in
                digits.withUTF8Buffer { digits in
                    for (index, word) in words.enumerated() {
                        for nibble in 0..<16 {
                            let value = Int(truncatingIfNeeded: word &>> UInt64(60 &- nibble &* 4)) & 0xF
                            output[index &* 16 &+ nibble] = digits[value]
                        }
                    }
                }
                return 64
            }
        }

        // A fixed-size view of the four words that iterates without allocating an array.
        private var words: some Sequence<UInt64> {
            (0..<4).lazy.map { index in
                switch index {
                case 0: word0
                case 1: word1
                case 2: word2
                default: word3
                }
            }
        }

        /// The same text as ``hex``.
        package var description: String { hex }
    }

    fileprivate struct State {
        var h0: UInt32 = 0x6a09_e667, h1: UInt32 = 0xbb67_ae85, h2: UInt32 = 0x3c6e_f372, h3: UInt32 = 0xa54f_f53a
        var h4: UInt32 = 0x510e_527f, h5: UInt32 = 0x9b05_688c, h6: UInt32 = 0x1f83_d9ab, h7: UInt32 = 0x5be0_cd19
    }

    private var state = State()
    // A partial block waiting for more input; a tuple keeps it inline instead of on the heap.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var totalByteCount: UInt64 = 0

    /// Creates a hasher with the FIPS 180-4 initial hash value.
    package init() {}

    /// Adds bytes to the message.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var source = bytes.baseAddress, !bytes.isEmpty else { return }
        var remaining = bytes.count
        totalByteCount &+= UInt64(remaining)
        var state = self.state
        if pendingCount > 0 {
            let take = min(64 - pendingCount, remaining)
            let offset = pendingCount
            withUnsafeMutableBytes(of: &pending) { pending in
                (pending.baseAddress! + offset).copyMemory(from: source, byteCount: take)
            }
            pendingCount += take
            source += take
            remaining -= take
            if pendingCount == 64 {
                withUnsafeBytes(of: pending) { Self.compress(&state, blocks: $0.baseAddress!, count: 1) }
                pendingCount = 0
            }
        }
        let blockCount = remaining / 64
        if blockCount > 0 {
            Self.compress(&state, blocks: source, count: blockCount)
            source += blockCount * 64
            remaining -= blockCount * 64
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending) { pending in
                pending.baseAddress!.copyMemory(from: source, byteCount: remaining)
            }
            pendingCount = remaining
        }
        self.state = state
    }

    /// Adds bytes to the message; contiguous collections such as `[UInt8]` take the fast path.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if handled == nil {
            update(Array(bytes))
        }
    }

    /// Pads the message, returns its digest and resets the hasher so it can be reused.
    package mutating func finalize() -> Digest {
        let bitLength = totalByteCount &* 8
        // 0x80, zeros up to 56 mod 64, then the 64-bit big-endian message length in bits.
        let zeroCount = pendingCount < 56 ? 55 - pendingCount : 119 - pendingCount
        var padding: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &padding) { padding in
            padding[0] = 0x80
            padding.storeBytes(of: bitLength.bigEndian, toByteOffset: 1 + zeroCount, as: UInt64.self)
            update(UnsafeRawBufferPointer(rebasing: padding[..<(1 + zeroCount + 8)]))
        }
        let digest = Digest(state)
        self = SHA256()
        return digest
    }

    /// Hashes a whole buffer at once.
    package static func hash(_ bytes: UnsafeRawBufferPointer) -> Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Hashes a whole collection at once.
    package static func hash(_ bytes: some Collection<UInt8>) -> Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    @inline(__always)
    private static func rotateRight(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value &>> count) | (value &<< (32 &- count))
    }

    /// One SHA-256 round; the caller rotates the roles of the eight working variables.
    ///
    /// Ch and Maj use the equivalent forms with one operation fewer than FIPS 180-4's.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantPlusWord: UInt32
    ) {
        let t1 = h &+ (rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25))
            &+ (g ^ (e & (f ^ g))) &+ constantPlusWord
        let t2 = (rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)) &+ ((a & b) | (c & (a | b)))
        d &+= t1
        h = t1 &+ t2
    }

    /// Runs the compression function over `count` consecutive 64-byte blocks.
    private static func compress(_ state: inout State, blocks: UnsafeRawPointer, count: Int) {
        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var block = blocks
                for _ in 0..<count {
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
                    }
                    for i in 16..<64 {
                        let x = w[i &- 15], y = w[i &- 2]
                        let s0 = rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x &>> 3)
                        let s1 = rotateRight(y, 17) ^ rotateRight(y, 19) ^ (y &>> 10)
                        w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
                    }
                    var a = state.h0, b = state.h1, c = state.h2, d = state.h3
                    var e = state.h4, f = state.h5, g = state.h6, h = state.h7
                    // Eight rounds per iteration with rotated arguments replace the variable shuffle.
                    for i in stride(from: 0, to: 64, by: 8) {
                        round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                        round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ w[i &+ 1])
                        round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ w[i &+ 2])
                        round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ w[i &+ 3])
                        round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ w[i &+ 4])
                        round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ w[i &+ 5])
                        round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ w[i &+ 6])
                        round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ w[i &+ 7])
                    }
                    state.h0 &+= a
                    state.h1 &+= b
                    state.h2 &+= c
                    state.h3 &+= d
                    state.h4 &+= e
                    state.h5 &+= f
                    state.h6 &+= g
                    state.h7 &+= h
                    block += 64
                }
            }
        }
    }
}
