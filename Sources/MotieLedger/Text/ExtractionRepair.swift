import Kamerstuk

/// What PDF extractors other than `pdftotext` do to words, repaired where the repair is
/// certain — and only there — with the map back to the user's input kept (NOTES-text.md §1–2):
///
/// - a line's end glued to the next line's start, where a word in lower case runs into a
///   capitalised one (`motieBikker-Van den Hil`, `deNedersaksenlijn`, `Inge vanDijk`): a Dutch
///   word never has a capital inside it, so a space goes there;
/// - a capitalised particle glued to the surname after it, where a motion's submitter is
///   named (`de motie-VanNispen c.s.`, `het lid VanMeenen`) — elsewhere `DeBuren` may be a
///   name as written;
/// - `motie` glued to a word it never forms one with: after `aangenomen`, `gewijzigde`,
///   `deze` … (`aangenomenmotie-Van Nispen`; `de` only before a name, for `demotie` is a word),
///   before `van`, `over`, `inzake`, `is` … (`motievan het lid`); and the idiom of execution
///   glued (`gegevenaan` → `gegeven aan`);
/// - a sentence's end glued to the capitalised sentence after it (`isontvangen.Ik streef`,
///   `beperken?Welke`, `nr. 828).Het`), outside links and addresses;
/// - a hyphen of a line break left inside a word the readers look for — `Kamer-stuk`,
///   `Kamerstuk-ken`, `uitvoe-ring`, `beant-woording`, `behande-⏎ling` (``brokenWords``): the
///   hyphen goes (a line break stays, the hyphen becoming a soft one, which readers join
///   over), so the word reads whole.
///
/// What stays as written: every other hyphen (`EU-lidstaten`, `Dekker-Abdulaziz`, `motie-Klaver`,
/// `vier-ogen`: no word list tells a compound from a broken word in general), words glued in
/// lower case (`zeggenonderzoekers`), capitals inside a word that starts with one
/// (`GroenLinks`, `ChristenUnie`, `McDonald`, `DeBuren`), and anything in a link, an e-mail address or a
/// file name. The motion reader reads names as they stand after this (`Bikker-Van den Hil`
/// is two submitters; `Van den Hil`, `van den Hil` one).
enum ExtractionRepair {
    /// The text repaired, or the text itself when nothing needs it.
    static func repaired(_ text: CleanText) -> CleanText {
        let edits = text.bytes.withUnsafeBufferPointer { buffer -> [(range: Range<Int>, replacement: [UInt8])] in ExtractionRepair.edits(in: buffer) }
        return edits.isEmpty ? text : text.editing(edits)
    }

    /// Words whose hyphenated halves are never a compound: joined where a line break's hyphen
    /// split them (folded: lower case, no diacritics).
    static let brokenWords: Set<String> = [
        "kamerstuk", "kamerstukken", "motie", "moties", "uitvoering", "uitgevoerd", "uitvoeren", "uitvoerbaar", "beantwoording",
        "aangenomen", "aangehouden", "afgedaan", "afgerond", "toegezegd", "vervallen", "gedeeltelijk", "behandeling",
        "voorbereiding", "voorbereiden", "ingediend", "ingediende", "gewijzigde", "geinformeerd",
    ]

    /// Words glued before `motie` or `moties` that never form one word with it.
    static let beforeMotie: Set<String> = [
        "aangenomen", "gewijzigde", "ingediende", "aangehouden", "genoemde", "bovengenoemde", "voornoemde", "deze", "die",
        "een", "uw", "eerdere", "verworpen",
    ]

    /// Words glued after `motie` or `moties` that never form one word with it (`motieven` is
    /// a word: `ven` is not here).
    static let afterMotie: Set<String> = ["van", "over", "inzake", "die", "dat", "is", "wordt", "werd", "heeft", "op", "om"]

    /// The idiom of execution glued at a line's end: the first part, and the word after it.
    static let gluedPhrases: [(first: String, second: String)] = [("gegeven", "aan"), ("geven", "aan")]

    /// Particles that open a Dutch surname, capitalised as when the name stands alone.
    static let particles: Set<String> = ["Van", "De", "Den", "Der", "Ter", "Ten"]

    static func edits(in t: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, replacement: [UInt8])] {
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        let n = t.count
        var i = 0
        // The run of non-space bytes the current word stands in, and whether it is a link, an
        // address or a file name (looked at once per run).
        var runStart = -1
        var runIsLink = false
        while i < n {
            if t[i] == 0x20 || t[i] == 0x0A || t[i] == 0x09 {
                runStart = -1
                i += 1
                continue
            }
            if runStart < 0 {
                runStart = i
                runIsLink = isLink(t, from: i)
            }
            guard isLetter(t, i) else {
                // A bracket's close, its sentence's end glued to the next: `nr. 828).Het`.
                if t[i] == UInt8(ascii: ")"), !runIsLink, let next = gluedSentence(after: i + 1, in: t) {
                    edits.append((next..<next, [0x20]))
                }
                i += 1
                continue
            }
            var end = i
            while end < n, isLetter(t, end) { end += scalarLength(t[end]) }
            if !runIsLink { word(i..<end, in: t, edits: &edits) }
            i = end
        }
        return edits
    }

    /// The repairs one word needs, appended in order.
    static func word(_ word: Range<Int>, in t: UnsafeBufferPointer<UInt8>, edits: inout [(range: Range<Int>, replacement: [UInt8])]) {
        let n = t.count
        let start = word.lowerBound, end = word.upperBound
        let lowerStart = ASCII.isLower(t[start])
        var inserts: [Int] = []
        // `motie` inside a lower-case word, glued to a word of ``beforeMotie`` before it or of
        // ``afterMotie`` after it.
        if lowerStart, let motie = motieSplit(word, in: t) {
            if motie.lowerBound > start { inserts.append(motie.lowerBound) }
            if motie.upperBound < end, ASCII.isLower(t[motie.upperBound]) { inserts.append(motie.upperBound) }
        }
        if let k = innerCapital(word, in: t) {
            // A capital inside a word that opens in lower case: two words glued. One that opens
            // with a capital particle: only where a submitter is named.
            if lowerStart ? k - start >= 2 : particles.contains(String(decoding: UnsafeBufferPointer(rebasing: t[start..<k]), as: UTF8.self))
                && namesSubmitter(before: start, after: end, in: t) {
                inserts.append(k)
            }
        }
        if lowerStart, end - start >= 8, t[end - 1] == UInt8(ascii: "n"), t[end - 2] == UInt8(ascii: "a"), t[end - 3] == UInt8(ascii: "a") {
            let glued = String(decoding: UnsafeBufferPointer(rebasing: t[word]), as: UTF8.self)
            for phrase in gluedPhrases where glued == phrase.first + phrase.second { inserts.append(start + phrase.first.utf8.count) }
        }
        for k in Set(inserts).sorted() { edits.append((k..<k, [0x20])) }
        // A sentence's end glued to the next sentence: `isontvangen.Ik`, `beperken?Welke`.
        if end - start >= 3, let next = gluedSentence(after: end, in: t), (start..<end).allSatisfy({ ASCII.isLower(t[$0]) || t[$0] >= 0x80 }) {
            edits.append((next..<next, [0x20]))
        }
        // A line break's hyphen inside a word of ``brokenWords``.
        if end < n, t[end] == UInt8(ascii: "-"), let join = brokenWord(before: word, in: t) {
            edits.append(join)
        }
    }

    /// Where the next sentence starts when a sentence's end at `end` — `.`, `?` or `!` — is
    /// glued to it: a capital and a lower-case letter right after.
    static func gluedSentence(after end: Int, in t: UnsafeBufferPointer<UInt8>) -> Int? {
        guard end + 2 < t.count, t[end] == UInt8(ascii: ".") || t[end] == UInt8(ascii: "?") || t[end] == UInt8(ascii: "!"),
              TextBytes.isUpper(t[end + 1]), ASCII.isLower(t[end + 2])
        else { return nil }
        return end + 1
    }

    /// Where `motie` or `moties` stands inside a lower-case word that is more than it, glued to
    /// a word of ``beforeMotie`` before it or ``afterMotie`` after it (or to a capital: the
    /// name, which ``innerCapital(_:in:)`` splits off).
    static func motieSplit(_ word: Range<Int>, in t: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard word.count > 5 else { return nil }
        let motie: [UInt8] = Array("motie".utf8)
        var at: Int?
        var k = word.lowerBound
        while k + 5 <= word.upperBound {
            if t[k] == UInt8(ascii: "m"), (0..<5).allSatisfy({ t[k + $0] | 0x20 == motie[$0] }) {
                at = k
                break
            }
            k += 1
        }
        guard let motieStart = at else { return nil }
        var motieEnd = motieStart + 5
        if motieEnd < word.upperBound, t[motieEnd] == UInt8(ascii: "s") { motieEnd += 1 }
        func text(_ range: Range<Int>) -> String { TextBytes.folded(String(decoding: UnsafeBufferPointer(rebasing: t[range]), as: UTF8.self)) }
        let before = text(word.lowerBound..<motieStart)
        var after = text(motieEnd..<word.upperBound)
        // `motiesvan`: `moties` + `van`; `motieso…` never `motie` + `so…`.
        if !after.isEmpty, !afterMotie.contains(after), motieEnd > motieStart + 5, afterMotie.contains("s" + after) {
            motieEnd -= 1
            after = "s" + after
        }
        let capitalAfter = motieEnd < word.upperBound && TextBytes.isUpper(t[motieEnd])
        // `demotie` is a word; `demotie-Klaver`, `demotieKlaver` are `de motie` and a name.
        let nameAfter = capitalAfter || (motieEnd + 1 < t.count && motieEnd == word.upperBound && t[motieEnd] == UInt8(ascii: "-")
            && TextBytes.isUpper(t[motieEnd + 1]))
        let beforeOK = before.isEmpty || beforeMotie.contains(before) || (before == "de" && nameAfter)
        let afterOK = after.isEmpty || afterMotie.contains(after) || capitalAfter
        guard beforeOK, afterOK, !(before.isEmpty && after.isEmpty) else { return nil }
        return motieStart..<motieEnd
    }

    /// The first capital inside a word after its first letter, followed by at least two
    /// lower-case letters (`Bikker`, not `MH17` or `eID`).
    static func innerCapital(_ word: Range<Int>, in t: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = word.lowerBound + 1
        while k + 2 < word.upperBound {
            if TextBytes.isUpper(t[k]) {
                return ASCII.isLower(t[k + 1]) && (ASCII.isLower(t[k + 2]) || t[k + 2] >= 0xC3) ? k : nil
            }
            k += scalarLength(t[k])
        }
        return nil
    }

    /// Whether a word stands where a motion's submitter is named: after `motie-`, `motie`,
    /// `lid` or `leden` (within a few words), or before `c.s.`.
    static func namesSubmitter(before start: Int, after end: Int, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = max(0, start - 32)
        let before = String(decoding: UnsafeBufferPointer(rebasing: t[from..<start]), as: UTF8.self).lowercased()
        let words = before.split(whereSeparator: { !$0.isLetter }).suffix(3)
        if words.contains(where: { ["motie", "lid", "leden"].contains($0) }) { return true }
        var k = end
        while k < t.count, t[k] == 0x20 { k += 1 }
        return k + 3 < t.count && t[k] == UInt8(ascii: "c") && t[k + 1] == UInt8(ascii: ".") && t[k + 2] == UInt8(ascii: "s")
    }

    /// The edit that joins a word of ``brokenWords`` split by the hyphen right after `first`:
    /// `Kamer-stuk`, `Kamer- stukken` (a converter's spaces), `behande-⏎ling`.
    static func brokenWord(before first: Range<Int>, in t: UnsafeBufferPointer<UInt8>) -> (range: Range<Int>, replacement: [UInt8])? {
        let hyphen = first.upperBound
        var k = hyphen + 1
        var lineBreak = false
        while k < t.count, t[k] == 0x20 || t[k] == 0x0A || t[k] == 0x0D {
            if t[k] == 0x0A {
                if lineBreak { return nil }
                lineBreak = true
            }
            k += 1
        }
        guard k < t.count, ASCII.isLower(t[k]) else { return nil }
        var end = k
        while end < t.count, isLetter(t, end) { end += scalarLength(t[end]) }
        let joined = TextBytes.folded(String(decoding: UnsafeBufferPointer(rebasing: t[first]), as: UTF8.self)
            + String(decoding: UnsafeBufferPointer(rebasing: t[k..<end]), as: UTF8.self))
        guard brokenWords.contains(joined) else { return nil }
        // Over a line: the hyphen becomes a soft one and the line stays; else the hyphen and
        // the spaces go.
        return lineBreak ? (hyphen..<(hyphen + 1), [0xC2, 0xAD]) : (hyphen..<k, [])
    }

    /// Whether the run of non-space bytes from `start` is a link, an e-mail address or a file
    /// name: it holds `@` or `://`, or a dot with a lower-case letter either side
    /// (`rijksoverheid.nl`, `www.`, `rapport.pdf`). A slash alone is none: it joins submitters
    /// (`Dekker-Abdulaziz/Van der Graaf`) and years (`2024/25`).
    static func isLink(_ t: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var k = start
        while k < t.count, t[k] != 0x20, t[k] != 0x0A, t[k] != 0x09 {
            let b = t[k]
            if b == UInt8(ascii: "@") { return true }
            if b == UInt8(ascii: ":"), k + 2 < t.count, t[k + 1] == UInt8(ascii: "/"), t[k + 2] == UInt8(ascii: "/") { return true }
            if b == UInt8(ascii: "."), k > start, k + 1 < t.count, ASCII.isLower(t[k - 1]) || ASCII.isDigit(t[k - 1]), ASCII.isLower(t[k + 1]) {
                return true
            }
            k += 1
        }
        return false
    }

    /// A letter at `i`: ASCII, or an accented Latin one (`é`, `ë`, `ł`).
    @inline(__always)
    static func isLetter(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = t[i]
        if b < 0x80 { return TextBytes.isASCIILetter(b) }
        if b == 0xC3 { return i + 1 < t.count && t[i + 1] != 0x97 && t[i + 1] != 0xB7 }
        return b == 0xC4 || b == 0xC5
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int { Words.scalarLength(lead) }
}
