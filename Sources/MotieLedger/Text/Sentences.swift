/// Splits running text into sentences.
///
/// A sentence ends at `.`, `?` or `!` followed by white space and a capital, a digit, an
/// opening bracket or quote — except after the abbreviations of Dutch government prose (`c.s.`,
/// `o.a.`, `nr.`, `jl.`, initials). Blank lines do not end sentences: in PDF text a page break
/// falls in the middle of one.
enum Sentences {
    static let abbreviations: Set<String> = [
        "c.s", "o.a", "t.z.t", "d.d", "jl", "nr", "nrs", "blz", "bijv", "ca", "e.d", "m.b.t", "i.v.m", "mld", "mln",
        "mr", "dhr", "mevr", "drs", "prof", "dr", "ir", "ing", "p", "pag", "vgl", "zgn", "resp", "incl", "excl", "art",
        "t.a.v", "m.i.v", "n.a.v", "i.h.k.v", "o.b.v", "e.a", "z.s.m", "a.s", "t/m", "kst", "stb", "stcrt", "min",
        "t.v.v", "o.v.v", "i.p.v", "m.b.v", "v.w.b", "a.d.h.v", "d.w.z",
    ]

    static func split(_ text: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let b = text[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!"), endsSentence(at: i, in: text, limit: range.upperBound) {
                append(start..<(i + 1))
                start = i + 1
            } else if b == 0x0A, isHeading(start..<i, in: text, limit: range.upperBound) || isSalutation(start..<i, in: text) {
                append(start..<i)
                start = i + 1
            }
            i += 1
        }
        append(start..<range.upperBound)
        return sentences

        func append(_ candidate: Range<Int>) {
            var lo = candidate.lowerBound, hi = candidate.upperBound
            while lo < hi, TextBytes.isSpace(text[lo]) { lo += 1 }
            while hi > lo, TextBytes.isSpace(text[hi - 1]) { hi -= 1 }
            if lo < hi { sentences.append(lo..<hi) }
        }
    }

    /// A heading of a letter (`Steun aan Oekraïne`, `Motie van het lid Grinwis over … (Kamerstuk
    /// 36 600 J, nr. 17)`): a short line, or two, that opens with a capital, ends without a
    /// sentence's punctuation and stands between blank lines. It is a sentence of its own, and
    /// where a new topic starts.
    static func isHeading(_ candidate: Range<Int>, in text: [UInt8], limit: Int) -> Bool {
        var lo = candidate.lowerBound, hi = candidate.upperBound
        while lo < hi, TextBytes.isSpace(text[lo]) { lo += 1 }
        while hi > lo, TextBytes.isSpace(text[hi - 1]) { hi -= 1 }
        guard lo < hi, hi - lo <= 160 else { return false }
        let lines = text[lo..<hi].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        guard hi - lo <= 80 * lines, lines <= 2, TextBytes.isUpper(text[lo]) else { return false }
        let last = text[hi - 1]
        guard TextBytes.isDigit(last) || TextBytes.isLetter(before: hi, in: text) || (lines == 2 && last == UInt8(ascii: ")"))
        else { return false }
        // A blank line after it, and before it one (or the start of the text).
        var after = candidate.upperBound + 1
        while after < limit, text[after] == 0x20 || text[after] == 0x09 || text[after] == 0x0D { after += 1 }
        guard after >= limit || text[after] == 0x0A else { return false }
        var before = lo - 1
        while before >= 0, text[before] == 0x20 || text[before] == 0x09 || text[before] == 0x0D { before -= 1 }
        guard before >= 0, text[before] == 0x0A else { return true }
        before -= 1
        while before >= 0, text[before] == 0x20 || text[before] == 0x09 || text[before] == 0x0D { before -= 1 }
        return before < 0 || text[before] == 0x0A
    }

    /// A letter's salutation, `Geachte voorzitter,`: a sentence of its own, not the start of the
    /// first one.
    static func isSalutation(_ candidate: Range<Int>, in text: [UInt8]) -> Bool {
        var lo = candidate.lowerBound, hi = candidate.upperBound
        while lo < hi, TextBytes.isSpace(text[lo]) { lo += 1 }
        while hi > lo, TextBytes.isSpace(text[hi - 1]) { hi -= 1 }
        guard hi - lo >= 9, hi - lo <= 60, text[hi - 1] == UInt8(ascii: ","), !text[lo..<hi].contains(0x0A) else { return false }
        return TextBytes.folded(String(decoding: text[lo..<(lo + 8)], as: UTF8.self)) == "geachte "
    }

    static func endsSentence(at i: Int, in text: [UInt8], limit: Int) -> Bool {
        var next = i + 1
        // `?` or `.` followed by a closing quote or bracket still ends the sentence there.
        guard next >= limit || TextBytes.isSpace(text[next]) else { return false }
        while next < limit, TextBytes.isSpace(text[next]) { next += 1 }
        if next < limit {
            let b = text[next]
            let opens = TextBytes.isUpper(b) || TextBytes.isDigit(b) || b == UInt8(ascii: "(") || b == UInt8(ascii: "\"")
                || b == 0xE2 || (b >= 0xC3 && b <= 0xC5 && !TextBytes.isLower(b))
            guard opens else { return false }
        }
        guard text[i] == UInt8(ascii: ".") else { return true }
        // The word before the period: an abbreviation or an initial does not end a sentence.
        var start = i
        while start > 0, !TextBytes.isSpace(text[start - 1]), text[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = TextBytes.folded(String(decoding: text[start..<i], as: UTF8.self))
        if abbreviations.contains(word) { return false }
        if word.count == 1, let scalar = word.unicodeScalars.first, scalar.properties.isAlphabetic { return false }
        return true
    }
}
