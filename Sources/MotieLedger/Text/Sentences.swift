/// Splits running text into sentences.
///
/// A sentence ends at `.`, `?` or `!` followed by white space and a capital, a digit, an
/// opening bracket or quote — except after the abbreviations of Dutch government prose (`c.s.`,
/// `o.a.`, `nr.`, `jl.`, initials). A paragraph ends one too: text, one blank line, text — as
/// the XML reader sets every `al` apart, and as a letter's paragraphs stand — unless the next
/// paragraph opens in lower case (or with a bracket) after one that ends without `,`, `;` or
/// `:`, which is a sentence going on. A run of blank lines, a form feed, page furniture blanked
/// out of the running text: a page break, which falls in the middle of a sentence as often as
/// not, and ends none.
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
        // The last byte of the line so far that is not white space (0 when it holds none).
        var lastOnLine: UInt8 = 0
        while i < range.upperBound {
            let b = text[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!"), endsSentence(at: i, in: text, limit: range.upperBound) {
                append(start..<(i + 1))
                start = i + 1
            } else if b == 0x0A, isHeading(start..<i, in: text, limit: range.upperBound) || isSalutation(start..<i, in: text)
                        || endsParagraph(after: lastOnLine, at: i, in: text, limit: range.upperBound) {
                append(start..<i)
                start = i + 1
            }
            if b == 0x0A { lastOnLine = 0 } else if !TextBytes.isSpace(b) { lastOnLine = b }
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
        // A blank line after it, and before it one (or the start of the text). Never what a
        // sentence that goes on in lower case after a page's end leaves (`Het kabinet heeft in
        // het⏎⏎verleden gekeken …`).
        var after = candidate.upperBound + 1
        while after < limit, text[after] == 0x20 || text[after] == 0x09 || text[after] == 0x0D { after += 1 }
        guard after >= limit || text[after] == 0x0A else { return false }
        while after < limit, TextBytes.isSpace(text[after]) { after += 1 }
        if after < limit, TextBytes.isLower(text[after]) || (text[after] == 0xC3 && after + 1 < limit && text[after + 1] >= 0x9F) {
            return false
        }
        var before = lo - 1
        while before >= 0, text[before] == 0x20 || text[before] == 0x09 || text[before] == 0x0D { before -= 1 }
        guard before >= 0, text[before] == 0x0A else { return true }
        before -= 1
        while before >= 0, text[before] == 0x20 || text[before] == 0x09 || text[before] == 0x0D { before -= 1 }
        return before < 0 || text[before] == 0x0A
    }

    /// Whether the line break at `i` closes a paragraph that ends a sentence: the line holds
    /// text (its last byte not white space is `last`), one blank line follows, then text
    /// without a form feed — opening in lower case or with a bracket only after `,`, `;` or `:`.
    static func endsParagraph(after last: UInt8, at i: Int, in text: [UInt8], limit: Int) -> Bool {
        guard last != 0 else { return false }
        var k = i + 1
        while k < limit, text[k] == 0x20 || text[k] == 0x09 || text[k] == 0x0D { k += 1 }
        guard k < limit, text[k] == 0x0A else { return false }
        k += 1
        while k < limit, text[k] == 0x20 || text[k] == 0x09 || text[k] == 0x0D { k += 1 }
        guard k < limit, text[k] != 0x0A, text[k] != 0x0C else { return false }
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") { return true }
        let next = text[k]
        let goesOn = TextBytes.isLower(next) || (next == 0xC3 && k + 1 < limit && text[k + 1] >= 0x9F)
            || next == UInt8(ascii: "(") || next == UInt8(ascii: ")") || next == UInt8(ascii: ",") || next == UInt8(ascii: ";")
            || next == UInt8(ascii: "-")
        return !goesOn
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
