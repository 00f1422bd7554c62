/// What opens a citation, read before its body: where it starts, the chamber and session it
/// names, and what the body must be.
struct Opening {
    var start: Int
    var prefix = Prefix()
    /// No word before the dossier (`36 600-V, nr. 45`): the body must have a form that cannot be
    /// anything else.
    var bare = false
    /// A chamber without a session (`EK 36 450, F`): the body must name a document.
    var needsDocument = false
    /// `kst-`: a canonical ID follows, not a body.
    var canonical = false
}

/// The words before the dossier (`Kamerstuk`, `Kst.`, `TK`, `Tweede Kamer, vergaderjaar`), the
/// chamber and session, and the canonical `kst-` form.
extension CitationGrammar {
    /// What opens a citation at a `k`/`K`: `Kamerstuk…`, `kst-…`, `Kst. …`, `TK …`,
    /// `Tweede Kamer, vergaderjaar …`.
    mutating func trigger(at pos: Int) -> Opening? {
        if pos > 0, ASCII.isLetter(p[pos - 1]) || p[pos - 1] == UInt8(ascii: ".") {
            return chamberAbbreviation(at: pos)
        }
        i = pos
        if cursor.matchWord("kamerstuk") || pos + 5 < n && p[pos + 5] == UInt8(ascii: "-") && matchHyphenated("kamer", "stuk") {
            if !cursor.matchWord("ken"), i < n, p[i] == UInt8(ascii: "-") { _ = matchHyphenated("", "ken") }
            guard !cursor.atLetter else { return nil }
            return afterPrefix(start: pos)
        }
        if cursor.matchWord("kst") {
            if i < n, p[i] == UInt8(ascii: "-") {
                i += 1
                return Opening(start: pos, canonical: true)
            }
            if i < n, p[i] == UInt8(ascii: ".") { i += 1 }
            guard !cursor.atLetter, skipSpace() else { return nil }
            return afterPrefix(start: pos)
        }
        if cursor.matchWord("kamer"), !cursor.atLetter {
            return heading(kamerAt: pos)
        }
        return nil
    }

    /// `first-second` where another extractor kept the hyphen of a word broken over a line
    /// (`Kamer-stuk`, `Kamerstuk-ken`); `first` may be empty, for the rest of a word read.
    mutating func matchHyphenated(_ first: StaticString, _ second: StaticString) -> Bool {
        let start = i
        guard first.utf8CodeUnitCount == 0 || cursor.matchWord(first), i < n, p[i] == UInt8(ascii: "-") else { i = start; return false }
        i += 1
        guard cursor.matchWord(second) else { i = start; return false }
        return true
    }

    /// `TK 2019/20, 35 300, nr. 5`, `T.K. …`, `EK …`, `E.K. …`: the trigger is the `K`. Without
    /// a session (`EK 36 450, F`) only a citation that names a document.
    mutating func chamberAbbreviation(at pos: Int) -> Opening? {
        guard p[pos] == UInt8(ascii: "K") else { return nil }
        var start = pos - 1
        if p[start] == UInt8(ascii: "."), start >= 1 { start -= 1 }
        let letter = p[start]
        guard letter == UInt8(ascii: "T") || letter == UInt8(ascii: "E") else { return nil }
        if start > 0, ASCII.isAlnum(p[start - 1]) || followsHandelingen(start) { return nil }
        i = pos + 1
        if i < n, p[i] == UInt8(ascii: ".") { i += 1 }
        guard !cursor.atLetter, skipSpace() else { return nil }
        let prefix = Prefix(chamber: letter == UInt8(ascii: "T") ? .tweede : .eerste, session: readSession())
        if prefix.session != nil { return afterSession(start: start, prefix: prefix) }
        return Opening(start: start, prefix: prefix, needsDocument: true)
    }

    /// `Tweede Kamer, vergaderjaar 2015–2016, 34 300 V, nr. 10` or `Tweede Kamer der
    /// Staten-Generaal, vergaderjaar …`: the heading style of the papers themselves. The
    /// citation starts at `Tweede`/`Eerste` when that word precedes.
    mutating func heading(kamerAt pos: Int) -> Opening? {
        cursor.skipHorizontalSpace()
        let afterKamer = i
        if !(cursor.matchWord("der") && cursor.skipHorizontalSpace() && cursor.matchWord("staten") && readDash()
             && cursor.matchWord("generaal")) {
            i = afterKamer
        }
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        skipSpace()
        let vergaderjaar = cursor.matchWord("vergaderjaar") && !cursor.atLetter
        // `Tweede Kamer` in running text, most often: neither a session nor a dossier follows.
        guard vergaderjaar || cursor.atDigit else { return nil }
        var prefix = Prefix()
        var start = pos
        // A footnote's number may be glued before the chamber's name (`5Eerste Kamer, …`).
        if pos >= 7, p[pos - 1] == UInt8(ascii: " "), pos == 7 || !ASCII.isLetter(p[pos - 8]) {
            var chamber = cursor.at(pos - 7)
            if chamber.matchWord("tweede") {
                start = pos - 7
                prefix.chamber = .tweede
            } else if chamber.matchWord("eerste") {
                start = pos - 7
                prefix.chamber = .eerste
            }
        }
        guard vergaderjaar, skipSpace(), let session = readSession() else {
            // `Eerste Kamer, 36 373, H`: the chamber alone, where a document is named.
            guard prefix.chamber != nil, start < pos, cursor.atDigit else { return nil }
            return Opening(start: start, prefix: prefix, needsDocument: true)
        }
        prefix.session = session
        if let end = runningHeadEnd(at: start) {
            furnitureEnd = end
            return nil
        }
        return afterSession(start: start, prefix: prefix)
    }

    /// Where the line that `start` opens ends, when it is a page's running head or foot: it
    /// carries the document's own number, not a citation (`Tweede Kamer, vergaderjaar
    /// 2022–2023, 36 360 VIII, nr. 1   109`; ``PageFurniture/isRunningHead(line:in:)``). The
    /// page's number after the document's must be there: a footnote's formal citation may stand
    /// alone on a line at a page's edge too, but never with a second number. Only the first
    /// word of a line is looked at, and only a short line is measured.
    func runningHeadEnd(at start: Int) -> Int? {
        var lineStart = start
        while lineStart > 0, p[lineStart - 1] == 0x20 || p[lineStart - 1] == 0x09 || p[lineStart - 1] == 0x0C { lineStart -= 1 }
        guard lineStart == 0 || p[lineStart - 1] == 0x0A else { return nil }
        // A running head is short: a longer line is none, and is not read to its end.
        var lineEnd = start
        while lineEnd < n, p[lineEnd] != 0x0A, lineEnd - lineStart <= 256 { lineEnd += 1 }
        guard lineEnd - lineStart <= 256 else { return nil }
        let end = lineEnd
        if lineEnd > lineStart, p[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let line = lineStart..<lineEnd
        let text = cursor.buffer
        guard PageFurniture.isRunningHead(line: line, in: text),
              PageFurniture.endsWithNumberAndPage(PageFurniture.trimmed(line, in: text), in: text) else { return nil }
        return end

    }

    /// After `Kamerstuk(ken)` or `Kst.`: an optional chamber and session year, then the citation.
    /// A comma or colon may stand before the dossier too (`Kamerstukken II, 21501-02, …`,
    /// `Kamerstuk: 36 800-V, …`): the citation still starts at `Kamerstuk`.
    mutating func afterPrefix(start: Int) -> Opening {
        var prefix = Prefix()
        skipSpace()
        if let chamber = readChamber() {
            prefix.chamber = chamber
            skipSpace()
        }
        if i < n, p[i] == UInt8(ascii: ",") || p[i] == UInt8(ascii: ":") {
            i += 1
            skipSpace()
        }
        let beforeSession = i
        if cursor.matchWord("vergaderjaar") { skipSpace() }
        if let session = readSession() {
            prefix.session = session
            return afterSession(start: start, prefix: prefix)
        }
        if skipMisprintedSession() { return afterSession(start: start, prefix: prefix) }
        i = beforeSession
        return Opening(start: start, prefix: prefix)
    }

    /// A session year misprinted (`2023-2023`, `2021/2020`, `2022/223`) where a comma follows
    /// it: read over, naming no session, so that the dossier after it is still read.
    mutating func skipMisprintedSession() -> Bool {
        let start = i
        guard i + 4 < n, !ASCII.isDigit(p[i + 4]), ASCII.isDigit(p[i + 3]), let first = cursor.readDigits(max: 4), cursor.digitCount(first) == 4, readSessionSeparator(),
              let second = cursor.readDigits(max: 4), cursor.digitCount(second) >= 2, !cursor.atAlnum
        else { i = start; return false }
        cursor.skipHorizontalSpace()
        guard i < n, p[i] == UInt8(ascii: ",") else { i = start; return false }
        return true
    }

    /// The comma after a session year: `Kamerstukken II 2024/25, 21 501-02, …`; the chamber
    /// may stand after the year too (`Kamerstukken 2019/20 II, 31293, …`).
    mutating func afterSession(start: Int, prefix: Prefix) -> Opening {
        var prefix = prefix
        cursor.skipHorizontalSpace()
        if prefix.chamber == nil, let chamber = readChamber() {
            prefix.chamber = chamber
            cursor.skipHorizontalSpace()
        }
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        skipSpace()
        return Opening(start: start, prefix: prefix)
    }

    /// `kst-21501-02-3236`, `kst-36200-V-J`, `kst-32735-406`, in any case (also inside a URL).
    mutating func canonical(start: Int) -> ParsedCitation? {
        guard let dossier = cursor.readDigits(max: 6) else { return nil }
        var segments: [Range<Int>] = []
        while segments.count < 3, i + 1 < n, p[i] == UInt8(ascii: "-"), ASCII.isAlnum(p[i + 1]) {
            let segmentStart = i + 1
            i = segmentStart
            while i < n, ASCII.isAlnum(p[i]) { i += 1 }
            segments.append(segmentStart..<i)
        }
        guard (1...2).contains(segments.count), i - segments.last!.lowerBound <= 8 else { return nil }
        var body = Body(dossier: cursor.text(dossier))
        let toevoeging = segments.count == 2 ? cursor.text(segments[0]) : nil
        if let id = KamerstukID(dossier: body.dossier, toevoeging: toevoeging, number: cursor.text(segments.last!)) {
            body.ids = [id]
        } else {
            body.finding = Finding.Note(.incompleteCitation, "'\(cursor.text(start..<i))' is not a well-formed Kamerstuk ID")
        }
        return ParsedCitation(range: start..<i, prefix: Prefix(), body: body, continuesList: false)
    }

    /// Whether `Handelingen [I|II] [SESSION],` stands right before `pos`: what follows cites a
    /// debate, not a Kamerstuk (`Handelingen II 2008/09, 31 700 V, nr. 12`).
    func followsHandelingen(_ pos: Int) -> Bool {
        var k = pos - 1
        while k >= max(0, pos - 48) {
            if p[k] | 0x20 == UInt8(ascii: "h"), k == 0 || !ASCII.isLetter(p[k - 1]) {
                var look = CitationGrammar(cursor.at(k))
                guard look.cursor.matchWord("handelingen"), !look.cursor.atLetter else { return false }
                look.skipSpace()
                // `Handelingen TK 2019/20, …` is checked at its `TK`.
                if look.i == pos { return true }
                if look.readChamber() != nil { look.skipSpace() }
                if look.readSession() != nil { look.cursor.skipHorizontalSpace() }
                if look.i < n, p[look.i] == UInt8(ascii: ",") { look.i += 1 }
                look.skipSpace()
                return look.i == pos
            }
            k -= 1
        }
        return false
    }

    /// `I`, `II`, `TK`, `T.K.`, `EK`, `E.K.`, `Tweede Kamer`, `Eerste Kamer`.
    mutating func readChamber() -> Chamber? {
        // Every chamber word starts with I, T or E (upper or lower case for the long ones), or l.
        switch i < n ? p[i] : 0 {
        case UInt8(ascii: "I"), UInt8(ascii: "T"), UInt8(ascii: "E"), UInt8(ascii: "t"), UInt8(ascii: "e"), UInt8(ascii: "l"): break
        default: return nil
        }
        let start = i
        for (word, chamber) in CitationGrammar.chamberWords {
            if cursor.matchExact(word), !cursor.atAlnum { return chamber }
            i = start
        }
        for (word, chamber) in CitationGrammar.chamberNames {
            if cursor.matchWord(word), cursor.skipHorizontalSpace(), cursor.matchWord("kamer"), !cursor.atLetter { return chamber }
            i = start
        }
        return nil
    }

    /// `ll` is `II` as an extractor that took capital I for lowercase l writes it.
    static let chamberWords: [(StaticString, Chamber)] = [
        ("II", .tweede), ("I", .eerste), ("TK", .tweede), ("T.K.", .tweede), ("EK", .eerste), ("E.K.", .eerste), ("ll", .tweede),
    ]
    static let chamberNames: [(StaticString, Chamber)] = [("tweede", .tweede), ("eerste", .eerste)]

    /// `2024/25`, `2024-2025`, `2024–2025`, `2016-2017`, `24/25`: normalised to `2024-2025`.
    mutating func readSession() -> String? {
        guard cursor.atDigit else { return nil }
        let start = i
        // The digits are read twice (found, then parsed): a mapped file cut short in between gives
        // zeros the second time, which end the session rather than the program.
        if let first = cursor.readDigits(max: 4), let year = sessionYear(first), readSessionSeparator(),
           let second = cursor.readDigits(max: 4), !cursor.atAlnum, let next = Int(cursor.text(second)) {
            let digits = cursor.digitCount(second)
            let expected = digits == 2 ? (year + 1) % 100 : year + 1
            if digits == 2 || digits == 4 && cursor.digitCount(first) == 4, (1800...2200).contains(year), next == expected {
                return "\(year)-\(year + 1)"
            }
        }
        i = start
        return nil
    }

    /// The first year of a session: four digits, or two before a slash (`24/25`), of this
    /// century below 50 and of the last from 50 (`99/00`).
    func sessionYear(_ digits: Range<Int>) -> Int? {
        guard let year = Int(cursor.text(digits)) else { return nil }
        switch cursor.digitCount(digits) {
        case 4: return year
        case 2 where i < n && p[i] == UInt8(ascii: "/"): return year + (year < 50 ? 2000 : 1900)
        default: return nil
        }
    }

    mutating func readSessionSeparator() -> Bool {
        if i < n, p[i] == UInt8(ascii: "/") {
            i += 1
            return true
        }
        return readDash()
    }
}
