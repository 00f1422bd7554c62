/// The cheap test that runs over every byte: where a citation may start, eight bytes at a time.
///
/// A citation starts at a `k`/`K` (`Kamerstuk`, `kst-`, `TK`, `Tweede Kamer, vergaderjaar`) or
/// at a digit (a bare `36 600-V, nr. 45`). Most words of running text hold neither, and are
/// passed over with two tests; where one fires, a quick look around the byte rejects most of the
/// rest (a `k` inside a word, a digit run too short for a dossier) before the grammar runs.
struct Candidates {
    let p: UnsafePointer<UInt8>
    let n: Int
    /// Where candidates stop; the grammar may read on past it.
    let limit: Int
    /// The next word to test.
    var pos: Int
    /// The candidate bytes left in the word at `wordStart`, one high bit each.
    var bits: UInt64 = 0
    var wordStart = 0

    init(_ p: UnsafePointer<UInt8>, count n: Int, from start: Int, below limit: Int) {
        self.p = p
        self.n = n
        self.limit = limit
        pos = start
    }

    /// The next place a citation may start, in order.
    @inline(__always)
    mutating func next() -> Int? {
        while true {
            while bits != 0 {
                let at = wordStart + bits.trailingZeroBitCount >> 3
                bits &= bits &- 1
                if mayStart(at: at) { return at }
            }
            if pos + 8 <= limit {
                // Most words hold no candidate: on to the next word without leaving this loop.
                var word = pos
                var found = candidateBits(at: word)
                while found == 0, word + 16 <= limit {
                    word += 8
                    found = candidateBits(at: word)
                }
                wordStart = word
                bits = found
                pos = word + 8
            } else if pos < limit {
                // The last bytes, fewer than a word: each one goes to the quick look.
                let at = pos
                pos += 1
                if mayStart(at: at) { return at }
            } else {
                return nil
            }
        }
    }

    /// Goes on at `j`, past a citation the grammar read: what lies inside it starts none.
    @inline(__always)
    mutating func resume(at j: Int) {
        pos = j
        bits = 0
    }

    /// The bytes of the word at `pos` that may start a citation.
    @inline(__always)
    func candidateBits(at pos: Int) -> UInt64 {
        let word = UnsafeRawPointer(p + pos).loadUnaligned(as: UInt64.self)
        // Most words hold neither a `k` nor a digit: two tests and on.
        let ks = ScanBytes.between(word | 0x2020_2020_2020_2020, 0x6A, 0x6C)
        let digits = ScanBytes.between(word, 0x2F, 0x3A)
        guard ks | digits != 0 else { return 0 }
        // The bytes before each byte: the word one byte back (at the start, nothing).
        let previous = pos > 0 ? UnsafeRawPointer(p + pos - 1).loadUnaligned(as: UInt64.self) : word << 8
        let upperK = ScanBytes.between(word, 0x4A, 0x4C)
        let letterBefore = ScanBytes.between(previous | 0x2020_2020_2020_2020, 0x60, 0x7B)
        let digitBefore = ScanBytes.between(previous, 0x2F, 0x3A)
        // Any `K` (`TK`, `Kamerstuk`); a `k` only where a word starts; a digit only where a
        // run starts that goes on with a digit, for a dossier opens with two, or with a
        // non-ASCII byte, which the full parser judges (the last byte's next is in the next
        // word, so it stays a candidate).
        return upperK | (ks & ~upperK & ~letterBefore)
            | (digits & ~digitBefore & (((digits | (word & 0x8080_8080_8080_8080)) >> 8) | 0x8000_0000_0000_0000))
    }

    /// The quick look around a candidate byte.
    @inline(__always)
    func mayStart(at pos: Int) -> Bool {
        let b = p[pos]
        if b | 0x20 == UInt8(ascii: "k") { return mayStartTrigger(at: pos) }
        return ASCII.isDigit(b) && (pos == 0 || !Candidates.blocksBareCitation(p[pos - 1])) && mayStartDossier(at: pos)
    }

    /// A quick look around a `k`: most are inside ordinary words and rejected here.
    func mayStartTrigger(at pos: Int) -> Bool {
        let previous = pos > 0 ? p[pos - 1] : 0x20
        if ASCII.isLetter(previous) || previous == UInt8(ascii: ".") {
            // Only the `K` of `TK`, `EK`, `T.K.`, `E.K.`.
            guard p[pos] == UInt8(ascii: "K") else { return false }
            let letter = previous == UInt8(ascii: ".") ? (pos >= 2 ? p[pos - 2] : 0) : previous
            return letter == UInt8(ascii: "T") || letter == UInt8(ascii: "E")
        }
        // `kam…` (Kamerstuk, Kamer, vergaderjaar) or `kst`; odd bytes go to the full parser.
        guard pos + 2 < n else { return false }
        let (second, third) = (p[pos + 1] | 0x20, p[pos + 2] | 0x20)
        if second == UInt8(ascii: "a") { return third == UInt8(ascii: "m") || p[pos + 2] >= 0xC2 }
        if second == UInt8(ascii: "s") { return third == UInt8(ascii: "t") }
        return p[pos + 1] >= 0xC2
    }

    /// A quick look at a digit run: a dossier is five digits, or two and three apart
    /// (`21 501`, `31.700`). Anything odd after the run goes to the full parser.
    func mayStartDossier(at pos: Int) -> Bool {
        var end = pos
        while end < n, end - pos < 6, ASCII.isDigit(p[end]) { end += 1 }
        let length = end - pos
        if length == 5 { return true }
        guard end < n else { return false }
        if p[end] >= 0xC2 { return true }
        guard length == 2, p[end] == UInt8(ascii: " ") || p[end] == UInt8(ascii: ".") else { return false }
        var k = end + 1
        while k < n, k - end <= 4, ASCII.isDigit(p[k]) { k += 1 }
        return k - end - 1 == 3
    }

    /// A bare citation never continues a code, a number or an ISBN: `2026D03887`, `TZ202603-130`,
    /// `978-90-12345-67-8`.
    static func blocksBareCitation(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "_"),
             UInt8(ascii: "#"):
            true
        default:
            ASCII.isAlnum(b)
        }
    }
}

/// Eight bytes at a time: which could start a citation.
enum ScanBytes {
    /// The high bit of each byte of `word` (little-endian) that lies strictly between `m` and
    /// `n` (`n` ≤ 128) — exactly: no step carries from one byte into the next. With x₇ the low
    /// seven bits of each byte: (127 + n − x₇) & ~x & (x₇ + 127 − m).
    @inline(__always)
    static func between(_ word: UInt64, _ m: UInt64, _ n: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x7 = word & 0x7F7F_7F7F_7F7F_7F7F
        // Swift's `&` binds tighter than `&-`, hence every parenthesis.
        return ((((127 + n) &* ones) &- x7) & ~word & (x7 &+ ((127 - m) &* ones))) & 0x8080_8080_8080_8080
    }
}
