/// A citation's body: the dossier, a Rijkswet number, a toevoeging or chapter, and what decides
/// between toevoeging and document number.
extension CitationGrammar {
    /// Dossier, Rijkswet number, toevoeging and number(s), and a page reference.
    mutating func readBody(bare: Bool) -> Body? {
        let start = i
        bodyStart = start
        guard let (dossier, glued) = readDossier(bare: bare) else { return nil }
        var body = Body(dossier: dossier)
        if glued == nil { readJointDossier() }
        let afterDossier = i
        body.rijkswet = readRijkswet()
        let tailStart = i
        var tail: Tail?
        let dashedSegment = glued == nil && readDash() ? readSegment() ?? readSpacedChapter() : nil
        if dashedSegment == nil { i = tailStart }
        if let glued {
            // A toevoeging glued on (`36 200A, nr. 12`) is one only where a number follows.
            body.hasTail = true
            guard let numbers = readNumberPart(body: &body) else { i = start; return nil }
            tail = Tail(toevoeging: glued, numbers: numbers.documents, explicit: true, doubt: numbers.doubt)
        } else if let segment = dashedSegment {
            body.hasTail = true
            tail = readTail(after: segment, dossier: dossier, dashed: true, bare: bare, body: &body)
        } else if let letters = readChapterToken(bare: bare) ?? readCommaChapter() {
            body.hasTail = true
            tail = readTail(after: letters, dossier: dossier, dashed: false, bare: bare, body: &body)
        } else if let numbers = readNumberPart(body: &body) {
            body.hasTail = true
            tail = Tail(toevoeging: nil, numbers: numbers.documents, explicit: true, doubt: numbers.doubt)
        } else if let letters = readCommaLetters(), bare ? closesBrackets(from: start, letters) : closesCitation(at: i) {
            // An Eerste Kamer letter straight after the dossier: `Kamerstukken I 2025/26, 36 500, AB`
            // — where the citation ends with it, not `36 725, CDA en VVD` — or letters: `36 500, A,
            // B en C`.
            body.hasTail = true
            let numbers = bare ? [letters] : readList(ListItem(documents: [letters]), body: &body) { $0.readLetterListItem() }.documents
            tail = Tail(toevoeging: nil, numbers: numbers, explicit: bare)
        } else if let cut = readColumnCut(from: i, dossier: dossier, toevoeging: nil) {
            body.hasTail = true
            tail = cut
        } else {
            i = afterDossier
            body.finding = Finding.Note(.incompleteCitation, "dossier \(dossier) is cited without a document number")
        }

        if let doubt = tail?.doubt, body.finding == nil { body.finding = Finding.Note(.ambiguousCitation, doubt) }
        if bare, tail?.explicit != true {
            i = start
            return nil
        }
        if let tail, body.finding == nil {
            body.ids = tail.numbers.compactMap { KamerstukID(dossier: dossier, toevoeging: tail.toevoeging, number: $0) }
            guard body.ids.count == tail.numbers.count else {
                body.ids = []
                body.finding = Finding.Note(.incompleteCitation, "'\(cursor.text(start..<i))' does not form a valid Kamerstuk ID")
                return body
            }
            body.page = readPage()
        }
        return body
    }

    /// Toevoeging and numbers after the dossier. `explicit` tells whether the form is one a bare
    /// citation may have (`…, nr. N`, or three dashed parts with a trustworthy toevoeging).
    struct Tail {
        var toevoeging: String?
        var numbers: [String]
        var explicit: Bool
        /// Why a number read may be no document number (see ``Numbers/doubt``): once the body is
        /// read, its finding.
        var doubt: String?
    }

    /// After the dossier and a first segment (`-02`, `-V`, ` V`, `-406`): decides toevoeging
    /// versus document number. Returns nil, with `body.finding` set, when the form stays open.
    mutating func readTail(after segment: Segment, dossier: String, dashed: Bool, bare: Bool,
                           body: inout Body) -> Tail? {
        let afterSegment = i
        // Segment, dash, segment: `21501-08-692`, `36600-V-27`, `36600-B-K`.
        if dashed, readDash(), let second = readSegment(), !second.leadingZero {
            guard segment.isToevoeging else {
                body.finding = Finding.Note(.ambiguousCitation,
                                "'\(dossier)-\(segment.text)-\(second.text)' does not read as dossier-toevoeging-number")
                return nil
            }
            // Bare in running text, `12345-67-890` could be any code: a series is trusted when
            // written with its leading zero (`21501-02-3236`) or in a known series dossier.
            let trusted = segment.isLetters || segment.leadingZero || KnownSeries.dossiers.contains(dossier)
            return Tail(toevoeging: segment.text, numbers: [second.text], explicit: !bare || (trusted && !cursor.atDash))
        }
        i = afterSegment
        if let numbers = readNumberPart(body: &body) {
            guard segment.isToevoeging else {
                body.finding = Finding.Note(.ambiguousCitation,
                                "'\(segment.text)' in dossier \(dossier) is neither a toevoeging nor a document number")
                return nil
            }
            return Tail(toevoeging: segment.text, numbers: numbers.documents, explicit: true, doubt: numbers.doubt)
        }
        // A chapter and an Eerste Kamer letter: `36200 V, J`, or letters: `36200 V, J, K en L`.
        if segment.isLetters, segment.isToevoeging, let letters = readCommaLetters() {
            // Alone in brackets, `(36.600 XVII, M)` cannot be anything else.
            if bare, closesBrackets(from: bodyStart, letters) { return Tail(toevoeging: segment.text, numbers: [letters], explicit: true) }
            let numbers = readList(ListItem(documents: [letters]), body: &body) { $0.readLetterListItem() }.documents
            return Tail(toevoeging: segment.text, numbers: numbers, explicit: false)
        }
        if segment.isLetters, segment.isToevoeging, let cut = readColumnCut(from: i, dossier: dossier, toevoeging: segment.text) {
            return cut
        }
        guard var tail = loneSegment(segment, dossier: dossier, bare: bare, body: &body) else { return nil }
        if dashed, !segment.isLetters {
            tail.numbers = readList(ListItem(documents: tail.numbers), body: &body) { $0.readDashedListItem() }.documents
        }
        return tail
    }

    /// A segment with nothing behind it: `32735-406` (a document), `21501-02` (a series, no
    /// document), `35300-F` (an Eerste Kamer document), `36800-V` (chapter V or document V?).
    /// Bare, it names a document only alone in brackets (`(31288-947)`, `(36 471-64)`), two
    /// digits only in a dossier not known to be split into series.
    func loneSegment(_ segment: Segment, dossier: String, bare: Bool, body: inout Body) -> Tail? {
        let text = segment.text
        if bare, !segment.isLetters, !segment.leadingZero, standsAloneInBrackets(from: bodyStart),
           segment.digitCount > 2 || segment.hasLetterSuffix || !KnownSeries.dossiers.contains(dossier) {
            return Tail(toevoeging: nil, numbers: [text], explicit: true)
        }
        if segment.isLetters {
            if text.utf8.count == 1, Roman.value(text.utf8) != nil {
                body.finding = Finding.Note(.ambiguousCitation,
                                "'\(dossier)-\(text)' may be budget chapter \(text), naming no document, or Eerste Kamer document \(text)")
                return nil
            }
            if segment.isToevoeging, text.utf8.count > 1 {
                body.finding = Finding.Note(.incompleteCitation, "'\(dossier)-\(text)' names chapter \(text) but no document in it")
                return nil
            }
            return Tail(toevoeging: nil, numbers: [text], explicit: false)
        }
        if segment.leadingZero {
            body.finding = Finding.Note(.incompleteCitation, "'\(dossier)-\(text)' names series \(text) but no document in it")
            return nil
        }
        if segment.digitCount == 2, !segment.hasLetterSuffix {
            if KnownSeries.dossiers.contains(dossier) {
                body.finding = Finding.Note(.incompleteCitation, "'\(dossier)-\(text)' names series \(text) but no document in it")
            } else {
                body.finding = Finding.Note(.ambiguousCitation,
                                "'\(dossier)-\(text)' may be document \(text) of dossier \(dossier), or series \(text) without a document number")
            }
            return nil
        }
        return Tail(toevoeging: nil, numbers: [text], explicit: false)
    }

    /// A dossier number: five digits, written `21501`, `21 501` or `31.700`. After `Kamerstuk`
    /// the two groups may also stand on two lines (`21 ⏎501`), and the digits may be spaced
    /// out as some extractors write them (`3 5 925`); bare, neither. A toevoeging may be glued
    /// on (`36 200A`): it comes back beside the dossier.
    mutating func readDossier(bare: Bool) -> (dossier: String, glued: String?)? {
        let start = i
        if !bare, let spaced = readSpacedDigits(count: 5) {
            spacedOut = true
            return (spaced, nil)
        }
        guard let first = cursor.readDigits(max: 6) else { return nil }
        let count = cursor.digitCount(first)
        if count == 5 {
            if !cursor.atAlnum { return (cursor.text(first), nil) }
            if let glued = readGluedToevoeging() { return (cursor.text(first), glued) }
        }
        if count == 2, i < n {
            if p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: " ") {
                i += 1
            } else if let width = cursor.spaceWidth(at: i), width > 1 {
                i += width
            }
            if !bare, i > first.upperBound {
                let afterSeparator = i
                cursor.skipHorizontalSpace()
                if i < n, p[i] == 0x0A {
                    i += 1
                    cursor.skipHorizontalSpace()
                } else {
                    i = afterSeparator
                }
            }
            if i > first.upperBound, let second = cursor.readDigits(max: 3), cursor.digitCount(second) == 3 {
                if !cursor.atAlnum { return (cursor.text(first) + cursor.text(second), nil) }
                if let glued = readGluedToevoeging() { return (cursor.text(first) + cursor.text(second), glued) }
            }
        }
        i = start
        return nil
    }

    /// Capitals glued to a dossier that form a toevoeging (`A` in `36 200A`, `VIII` in
    /// `36200VIII`), and nothing else glued behind them.
    mutating func readGluedToevoeging() -> String? {
        let start = i
        while i < n, ASCII.isUpper(p[i]), i - start <= 5 { i += 1 }
        let text = cursor.text(start..<i)
        guard i > start, !cursor.atAlnum, KamerstukID.normalizedToevoeging(text) != nil else { i = start; return nil }
        return text
    }

    /// `count` digits each alone, one space apart (`3 5 9 2 5`, `3 5 925`: an extractor spacing
    /// out the letters of a line), as one number. At least two single digits must open it, so
    /// that `21 501` stays the ordinary form.
    mutating func readSpacedDigits(count: Int) -> String? {
        // Most dossiers open with two digits together: not spaced out.
        guard i + 2 < n, ASCII.isDigit(p[i]), p[i + 1] == 0x20, ASCII.isDigit(p[i + 2]) else { return nil }
        let start = i
        var digits = ""
        var singles = 0
        while i < n, ASCII.isDigit(p[i]), digits.utf8.count < count {
            var end = i
            while end < n, ASCII.isDigit(p[end]) { end += 1 }
            if end - i == 1 { singles += 1 }
            digits += cursor.text(i..<end)
            i = end
            guard digits.utf8.count < count else { break }
            guard i + 1 < n, p[i] == 0x20, ASCII.isDigit(p[i + 1]) else { break }
            i += 1
        }
        guard digits.utf8.count == count, singles >= 2, !cursor.atAlnum else { i = start; return nil }
        return digits
    }

    /// A second dossier the document was published in jointly, after the first: `29 282 en
    /// 31 288, nr. 501`, `33 037/35 334, nr. 77`. officielebekendmakingen publishes it under
    /// the first, so the second is read over — only where a document number follows it.
    mutating func readJointDossier() {
        let start = i
        cursor.skipHorizontalSpace()
        guard i < n, p[i] == UInt8(ascii: "/") || p[i] == UInt8(ascii: "&") || p[i] | 0x20 == UInt8(ascii: "e") else {
            i = start
            return
        }
        if p[i] == UInt8(ascii: "/") || p[i] == UInt8(ascii: "&") {
            i += 1
        } else if !(cursor.matchWord("en") && !cursor.atLetter) {
            i = start
            return
        }
        skipSpace()
        guard let (_, glued) = readDossier(bare: true), glued == nil else { i = start; return }
        var look = self
        var scratch = Body(dossier: "")
        guard look.readNumberPart(body: &scratch) != nil else { i = start; return }
    }

    /// Whether the body that starts at `start` stands alone in brackets: `(` before it, and
    /// after spaces `)` at `i`.
    func standsAloneInBrackets(from start: Int) -> Bool {
        guard start > 0, p[start - 1] == UInt8(ascii: "(") else { return false }
        var k = i
        while k < n, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        return k < n && p[k] == UInt8(ascii: ")")
    }

    /// `(R1519)` after the dossier.
    mutating func readRijkswet() -> String? {
        let start = i
        cursor.skipHorizontalSpace()
        if i + 2 < n, p[i] == UInt8(ascii: "("), p[i + 1] == UInt8(ascii: "R") {
            i += 2
            if let digits = cursor.readDigits(max: 6), i < n, p[i] == UInt8(ascii: ")") {
                i += 1
                return "R" + cursor.text(digits)
            }
        }
        i = start
        return nil
    }

    /// What follows a dash or stands after a space: digits with at most one lowercase letter,
    /// or letters (upper-cased).
    struct Segment {
        let text: String
        let isLetters: Bool
        let digitCount: Int
        let leadingZero: Bool
        let hasLetterSuffix: Bool
        /// A two-digit series (`02`, `20`), a Roman chapter (`V`, `IXB`) or a fund letter (`B`).
        let isToevoeging: Bool

        init(text: String, isLetters: Bool, digitCount: Int = 0, leadingZero: Bool = false, hasLetterSuffix: Bool = false) {
            self.text = text
            self.isLetters = isLetters
            self.digitCount = digitCount
            self.leadingZero = leadingZero
            self.hasLetterSuffix = hasLetterSuffix
            isToevoeging = isLetters ? KamerstukID.normalizedToevoeging(text) != nil : digitCount == 2 && !hasLetterSuffix
        }
    }

    mutating func readSegment() -> Segment? {
        let start = i
        if let digits = cursor.readDigits(max: 6) {
            let suffix = cursor.atLetterSuffix
            if suffix { i += 1 }
            guard !cursor.atAlnum else { i = start; return nil }
            return Segment(text: cursor.text(start..<i), isLetters: false, digitCount: cursor.digitCount(digits),
                           leadingZero: p[digits.lowerBound] == UInt8(ascii: "0"), hasLetterSuffix: suffix)
        }
        while i < n, ASCII.isLetter(p[i]), i - start <= 5 { i += 1 }
        guard i > start, i - start <= 5, !cursor.atAlnum else { i = start; return nil }
        return Segment(text: cursor.text(start..<i, uppercased: true), isLetters: true)
    }

    /// A chapter or Eerste Kamer letter written after a space: `36200 V`, `34 550 XIII`; after
    /// `Kamerstuk` also on a next line or page. Capitals only, so that an ordinary next word is
    /// never taken for one.
    mutating func readChapterToken(bare: Bool) -> Segment? {
        let start = i
        guard bare ? cursor.skipHorizontalSpace() : skipSpace() else { return nil }
        // `30 800 hoofdstuk VII, nr. 4`.
        let beforeWord = i
        if !(cursor.matchWord("hoofdstuk") && cursor.skipHorizontalSpace()) { i = beforeWord }
        let lettersStart = i
        while i < n, ASCII.isUpper(p[i]), i - lettersStart <= 5 { i += 1 }
        let segment = Segment(text: cursor.text(lettersStart..<i), isLetters: true)
        guard i > lettersStart, !cursor.atAlnum, !cursor.atDash, segment.isToevoeging else { i = start; return nil }
        return segment
    }

    /// A chapter set off from its dash by spaces, `36 200- VIII, nr. 136`, where a number
    /// follows it.
    mutating func readSpacedChapter() -> Segment? {
        let start = i
        guard cursor.skipHorizontalSpace(), let segment = readSegment(), segment.isLetters, segment.isToevoeging else {
            i = start
            return nil
        }
        var look = self
        var scratch = Body(dossier: "")
        guard look.readNumberPart(body: &scratch) != nil else { i = start; return nil }
        return segment
    }

    /// A chapter after a comma, `35 300, XIII, nr. 141`: a Roman numeral of two letters or
    /// more (one letter there is an Eerste Kamer document, `35 300, F`), where a number follows.
    mutating func readCommaChapter() -> Segment? {
        let start = i
        cursor.skipHorizontalSpace()
        guard i < n, p[i] == UInt8(ascii: ",") else { i = start; return nil }
        i += 1
        cursor.skipHorizontalSpace()
        let lettersStart = i
        while i < n, ASCII.isUpper(p[i]), i - lettersStart <= 5 { i += 1 }
        guard i - lettersStart >= 2, !cursor.atAlnum else { i = start; return nil }
        let segment = Segment(text: cursor.text(lettersStart..<i), isLetters: true)
        var look = self
        var scratch = Body(dossier: "")
        guard segment.isToevoeging, look.readNumberPart(body: &scratch) != nil else {
            i = start
            return nil
        }
        return segment
    }

    /// Whether a bare dossier and Eerste Kamer letter stand alone in brackets, `(36 450, F)`: a
    /// letter alone after the dossier, and in running text no more than two, so that `AB` reads
    /// as a document and `CDA` or `SGP` as no citation.
    func closesBrackets(from start: Int, _ letters: String) -> Bool {
        letters.utf8.count <= 2 && standsAloneInBrackets(from: start)
    }

    /// `, J` after a chapter or a dossier: an Eerste Kamer document letter.
    mutating func readCommaLetters() -> String? {
        let start = i
        cursor.skipHorizontalSpace()
        if i < n, p[i] == UInt8(ascii: ",") {
            i += 1
            skipSpace()
            let lettersStart = i
            while i < n, ASCII.isUpper(p[i]), i - lettersStart <= 3 { i += 1 }
            if (1...3).contains(i - lettersStart), !cursor.atAlnum, !cursor.atDash { return cursor.text(lettersStart..<i) }
        }
        i = start
        return nil
    }
}

/// Dossiers known to be split into numbered series, where `-20` is a series, not a document.
enum KnownSeries {
    static let dossiers: Set<String> = ["21501"]
}
