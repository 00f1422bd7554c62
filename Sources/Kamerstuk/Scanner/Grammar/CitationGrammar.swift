/// The citation grammar: reads one citation where the candidate filter found a place one may
/// start, and returns it as a ``ParsedCitation``.
///
/// Each `read…` function either consumes what it reads and succeeds, or leaves the cursor where
/// it was and fails. A reading carries what it found in its result (a body, a tail, a number
/// with its doubt); only the page breaks it crossed are gathered here, in `crossed`, for a
/// break is crossed deep inside a reading and belongs to the citation only where it falls
/// inside the citation's final range.
struct CitationGrammar {
    var cursor: ByteCursor
    var crossed = CrossedPages()
    /// Where the citation's opening starts (`Kamerstuk`, a bare dossier's first digit), and
    /// where the body being read starts: what brackets around them say.
    var openingStart = 0
    var bodyStart = 0
    /// Whether the dossier was written with its digits spaced out (`3 5 925`): its document
    /// number may be too (`nr. 1 1 2`).
    var spacedOut = false
    /// A page's running head read where a citation was looked for: where it ends. Nothing in
    /// it is a citation (`Tweede Kamer, vergaderjaar 2022–2023, 36 360 VIII, nr. 1   109`).
    var furnitureEnd: Int?

    init(_ cursor: ByteCursor) {
        self.cursor = cursor
    }

    var i: Int {
        get { cursor.i }
        set { cursor.i = newValue }
    }
    var p: UnsafePointer<UInt8> { cursor.p }
    var n: Int { cursor.n }

    /// The citation that starts at the candidate byte `pos`: an opening, then a body.
    mutating func citation(at pos: Int) -> ParsedCitation? {
        let opening: Opening
        if p[pos] | 0x20 == UInt8(ascii: "k") {
            guard let trigger = trigger(at: pos) else { return nil }
            if trigger.canonical { return canonical(start: pos) }
            opening = trigger
        } else {
            guard !followsHandelingen(pos) else { return nil }
            if let numberFirst = numberBeforeDossier(at: pos) { return numberFirst }
            i = pos
            opening = Opening(start: pos, bare: true)
        }
        openingStart = opening.start
        guard let body = readBody(bare: opening.bare), body.hasTail || !opening.needsDocument else { return nil }
        return ParsedCitation(range: opening.start..<i, prefix: opening.prefix, body: body)
    }

    /// The number before the dossier, as motions and Handelingen write it: `nr. 214 (26 150)`,
    /// `de motie op stuk nr. 118 (35 570)`, `nr. 88 (21501–32)`. The dossier at `pos` stands
    /// alone in brackets (a toevoeging may follow it), `nr.` and one number right before them.
    /// The citation runs from `nr.` to the closing bracket.
    mutating func numberBeforeDossier(at pos: Int) -> ParsedCitation? {
        guard pos >= 2, p[pos - 1] == UInt8(ascii: "(") else { return nil }
        // Back over spaces, the number, spaces and `nr.` (or `nr`).
        var k = pos - 2
        while k > 0, p[k] == 0x20 || p[k] == 0x09 { k -= 1 }
        let numberEnd = k + 1
        while k > 0, ASCII.isAlnum(p[k]) { k -= 1 }
        let numberStart = k + 1
        guard numberStart < numberEnd, numberEnd - numberStart <= 6, ASCII.isDigit(p[numberStart]) else { return nil }
        while k > 0, p[k] == 0x20 || p[k] == 0x09 { k -= 1 }
        if p[k] == UInt8(ascii: ".") { k -= 1 }
        guard k >= 1, p[k] | 0x20 == UInt8(ascii: "r"), p[k - 1] | 0x20 == UInt8(ascii: "n"), k == 1 || !ASCII.isAlnum(p[k - 2]) else { return nil }
        let start = k - 1
        i = pos
        guard let (dossier, glued) = readDossier(bare: true), glued == nil else { return nil }
        var toevoeging: String?
        let afterDossier = i
        if readDash(), let segment = readSegment(), segment.isToevoeging {
            toevoeging = segment.text
        } else {
            i = afterDossier
            if let segment = readChapterToken(bare: true) { toevoeging = segment.text }
        }
        guard i < n, p[i] == UInt8(ascii: ")") else { return nil }
        i += 1
        var body = Body(dossier: dossier)
        body.hasTail = true
        var numberCursor = CitationGrammar(cursor.at(numberStart))
        guard let number = numberCursor.readNumber(), numberCursor.i == numberEnd,
              let id = KamerstukID(dossier: dossier, toevoeging: toevoeging, number: number.text)
        else { return nil }
        body.ids = [id]
        return ParsedCitation(range: start..<i, prefix: Prefix(), body: body, continuesList: false)
    }

    /// The next dossier of a list that goes on at `end`, under the list's `prefix`: `36200 V, M`
    /// in `36200 V, J en 36200 V, M`.
    mutating func nextInList(from end: Int, prefix: Prefix) -> ParsedCitation? {
        i = end
        cursor.skipHorizontalSpace()
        guard readListSeparator() else { return nil }
        skipSpace()
        let start = i
        guard cursor.atDigit, let body = readBody(bare: false), body.hasTail else { return nil }
        return ParsedCitation(range: start..<i, prefix: prefix, body: body)
    }

    /// In `.citation` mode: the whole text, trimmed, as one bare citation (`32735-406`).
    mutating func wholeAsBare() -> ParsedCitation? {
        i = 0
        skipSpace()
        let start = i
        guard let body = readBody(bare: false) else { return nil }
        let end = i
        while i < n, cursor.spaceWidth(at: i) != nil || isClosingPunctuation(p[i]) { i += cursor.spaceWidth(at: i) ?? 1 }
        guard i == n else { return nil }
        return ParsedCitation(range: start..<end, prefix: Prefix(), body: body)
    }

    func isClosingPunctuation(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ")") || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
    }

    // MARK: - Space and dashes between the parts

    /// Skips spaces, line breaks and ignorable characters, across a page break too (see
    /// ``ByteCursor/skipSpaceAcrossPages()``). Returns whether anything was skipped.
    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = i
        if let pageBreak = cursor.skipSpaceAcrossPages() { crossed.record(pageBreak) }
        return i > start
    }

    /// A dash joined to what precedes it. Only a line break may follow it (`21 501-⏎02`), so
    /// that `36045-243 - de motie` does not run on into the next words.
    mutating func readDash() -> Bool {
        guard let width = cursor.dashWidth(at: i) else { return false }
        i += width
        let afterDash = i
        cursor.skipHorizontalSpace()
        if i < n, p[i] == 0x0A || p[i] == 0x0D {
            skipSpace()
        } else {
            i = afterDash
        }
        return true
    }

    /// `,`, `;`, `&`, `en`, `, en` between the parts of a list.
    mutating func readListSeparator() -> Bool {
        if i < n, p[i] == UInt8(ascii: ",") || p[i] == UInt8(ascii: ";") || p[i] == UInt8(ascii: "&") {
            i += 1
            let afterMark = i
            cursor.skipHorizontalSpace()
            if !(cursor.matchWord("en") && !cursor.atLetter) { i = afterMark }
            return true
        }
        let start = i
        if cursor.matchWord("en"), !cursor.atLetter { return true }
        i = start
        return false
    }

    /// Whether a citation may end at `j`: the text's end, a line end, or closing punctuation
    /// (after spaces on the line).
    func closesCitation(at j: Int) -> Bool {
        var k = j
        while k < n, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        return k == n || [0x0A, 0x0D, 0x0C, UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"),
                          UInt8(ascii: ":")].contains(p[k])
    }

    /// Whether an item of a list may end at `j`: where the citation may, or before the next
    /// separator.
    func endsListItem(at j: Int) -> Bool {
        guard !closesCitation(at: j) else { return true }
        var look = CitationGrammar(cursor.at(j))
        look.cursor.skipHorizontalSpace()
        return look.readListSeparator()
    }
}
