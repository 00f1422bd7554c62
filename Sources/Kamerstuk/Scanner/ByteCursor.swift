#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A place in a UTF-8 buffer and the character primitives the grammar is built of. A value of
/// three words: a look-ahead is a copy, and a read that fails puts `i` back where it was.
///
/// Odd characters of PDF extraction are read in place: no-break and thin spaces count as
/// spaces, soft hyphens and zero-width characters are skipped, en dashes count as hyphens.
struct ByteCursor {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i: Int

    init(_ p: UnsafePointer<UInt8>, count n: Int, at i: Int = 0) {
        self.p = p
        self.n = n
        self.i = i
    }

    /// A cursor at `j` in the same text.
    @inline(__always)
    func at(_ j: Int) -> ByteCursor { ByteCursor(p, count: n, at: j) }

    /// The whole text, for the readers that take a buffer (``PageFurniture``).
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: p, count: n) }

    // MARK: - Widths

    /// The width of a hyphen or dash at `j` (`-`, `‐`, `‑`, `‒`, `–`, `—`, `−`), or nil.
    @inline(__always)
    func dashWidth(at j: Int) -> Int? {
        guard j < n else { return nil }
        if p[j] == UInt8(ascii: "-") { return 1 }
        guard j + 2 < n, p[j] == 0xE2 else { return nil }
        if p[j + 1] == 0x80, (0x90...0x94).contains(p[j + 2]) { return 3 }
        if p[j + 1] == 0x88, p[j + 2] == 0x92 { return 3 }
        return nil
    }

    /// Width of a space-like character at `j`: line breaks, and the no-break, thin and other
    /// fixed-width spaces of PDF extraction.
    @inline(__always)
    func spaceWidth(at j: Int) -> Int? {
        switch p[j] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: return 1
        case 0xC2: return j + 1 < n && p[j + 1] == 0xA0 ? 2 : nil
        case 0xE2:
            guard j + 2 < n else { return nil }
            if p[j + 1] == 0x80, (0x80...0x8A).contains(p[j + 2]) || p[j + 2] == 0xAF { return 3 }
            if p[j + 1] == 0x81, p[j + 2] == 0x9F { return 3 }
            return nil
        case 0xE3: return j + 2 < n && p[j + 1] == 0x80 && p[j + 2] == 0x80 ? 3 : nil
        default: return nil
        }
    }

    /// Width of a character that extraction leaves inside words and that carries no meaning:
    /// soft hyphen, zero-width space and joiners, word joiner, a stray byte-order mark.
    @inline(__always)
    func ignorableWidth(at j: Int) -> Int? {
        let b = p[j]
        if b == 0xC2 { return j + 1 < n && p[j + 1] == 0xAD ? 2 : nil }
        guard b >= 0xE2, j + 2 < n else { return nil }
        if b == 0xE2, p[j + 1] == 0x80, (0x8B...0x8D).contains(p[j + 2]) { return 3 }
        if b == 0xE2, p[j + 1] == 0x81, p[j + 2] == 0xA0 { return 3 }
        if b == 0xEF, p[j + 1] == 0xBB, p[j + 2] == 0xBF { return 3 }
        return nil
    }

    // MARK: - What stands at `i`

    var atLetter: Bool { i < n && ASCII.isLetter(p[i]) }
    /// One lowercase letter closing a number: the `e` of `42e`.
    var atLetterSuffix: Bool { i < n && ASCII.isLower(p[i]) && (i + 1 == n || !ASCII.isAlnum(p[i + 1])) }
    var atDigit: Bool { i < n && ASCII.isDigit(p[i]) }
    var atAlnum: Bool { i < n && ASCII.isAlnum(p[i]) }
    var atDash: Bool { dashWidth(at: i) != nil }

    // MARK: - Reading

    /// Skips spaces on the same line.
    @discardableResult
    mutating func skipHorizontalSpace() -> Bool {
        let start = i
        while i < n {
            if p[i] != 0x0A, p[i] != 0x0D, p[i] != 0x0C, let width = spaceWidth(at: i) {
                i += width
            } else if let width = ignorableWidth(at: i) {
                i += width
            } else {
                break
            }
        }
        return i > start
    }

    /// White space, at most as much as a page break takes (its blank lines).
    mutating func skipBlank() {
        let start = i
        var lines = 0
        while i < n, i - start < 512 {
            if let width = spaceWidth(at: i) {
                if p[i] == 0x0A {
                    lines += 1
                    if lines > 16 { break }
                }
                i += width
            } else if let width = ignorableWidth(at: i) {
                i += width
            } else {
                break
            }
        }
    }

    /// Matches an ASCII word case-insensitively, skipping soft hyphens inside it
    /// (`Kamer\u{AD}stuk`).
    mutating func matchWord(_ word: StaticString) -> Bool {
        let start = i
        let w = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount {
            if k > 0, i < n, p[i] >= 0xC2, let width = ignorableWidth(at: i) {
                i += width
                // A word broken over a line at a soft hyphen: `Kamer\u{AD}⏎stuk`.
                if width == 2 {
                    let afterHyphen = i
                    skipHorizontalSpace()
                    if i < n, p[i] == 0x0D { i += 1 }
                    if i < n, p[i] == 0x0A {
                        i += 1
                        skipHorizontalSpace()
                    } else {
                        i = afterHyphen
                    }
                }
            }
            guard i < n, ASCII.isLetter(p[i]), p[i] | 0x20 == w[k] | 0x20 else {
                i = start
                return false
            }
            i += 1
        }
        return true
    }

    /// Matches bytes exactly (`T.K.`).
    mutating func matchExact(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= n, memcmp(p + i, word.utf8Start, count) == 0 else { return false }
        i += count
        return true
    }

    /// A run of at most `max` ASCII digits, soft hyphens and zero-width characters between them
    /// skipped; a longer run is no match at all.
    mutating func readDigits(max: Int) -> Range<Int>? {
        let start = i
        var count = 0
        while i < n {
            if ASCII.isDigit(p[i]) {
                count += 1
                i += 1
                if count > max { i = start; return nil }
            } else if count > 0, let width = ignorableWidth(at: i), i + width < n, ASCII.isDigit(p[i + width]) {
                i += width
            } else {
                break
            }
        }
        return count == 0 ? nil : start..<i
    }

    // MARK: - Looking at a range

    func digitCount(_ range: Range<Int>) -> Int {
        var count = 0
        for k in range where ASCII.isDigit(p[k]) { count += 1 }
        return count
    }

    /// The ASCII letters and digits of a range, as text (ignorable characters dropped).
    func text(_ range: Range<Int>, uppercased: Bool = false) -> String {
        let bytes = UnsafeBufferPointer(start: p + range.lowerBound, count: range.count)
        return String(unsafeUninitializedCapacity: range.count) { out in
            var count = 0
            for b in bytes where b < 0x80 {
                out[count] = uppercased && ASCII.isLower(b) ? b - 0x20 : b
                count += 1
            }
            return count
        }
    }

    func lineBreaks(in range: Range<Int>) -> Int {
        var count = 0
        for k in range where p[k] == 0x0A { count += 1 }
        return count
    }

    func hasFormFeed(_ range: Range<Int>) -> Bool {
        range.contains { p[$0] == 0x0C }
    }
}
