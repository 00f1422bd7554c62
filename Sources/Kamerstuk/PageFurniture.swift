/// What a page carries besides its running text — its number, the running head of a Kamerstuk,
/// the numbers that open its footnotes — and the month names that tell a date from a document
/// number. One reading of each, for the two readers that meet them: the citation scanner skips
/// them inside a citation broken over a page, the document reader takes them out of the
/// running text.
///
/// Offsets are byte offsets into UTF-8 text; a line is its range without the line break.
package enum PageFurniture {
    // MARK: - Page numbers

    /// `Pagina 2 van 5`, `Blad 2 van 5` or `2/5` at `j`, alone on its line: returns where the
    /// line ends (its line break, a form feed or the text's end). Numbers have at most four
    /// digits, and only spaces stand between the words: `(1/2)` or `2/5.` is text.
    package static func pageNumberEnd(at j: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = text.baseAddress else { return nil }
        var look = ByteCursor(base, count: text.count, at: j)
        if look.readDigits(max: 4) != nil {
            guard look.i < text.count, text[look.i] == UInt8(ascii: "/") else { return nil }
            look.i += 1
            guard look.readDigits(max: 4) != nil else { return nil }
        } else {
            guard look.matchWord("pagina") || look.matchWord("blad"), look.skipHorizontalSpace(),
                  look.readDigits(max: 4) != nil, look.skipHorizontalSpace(), look.matchWord("van"),
                  look.skipHorizontalSpace(), look.readDigits(max: 4) != nil
            else { return nil }
        }
        look.skipHorizontalSpace()
        if look.i + 1 < text.count, text[look.i] == 0x0D, text[look.i + 1] == 0x0A { look.i += 1 }
        guard look.i == text.count || text[look.i] == 0x0A || text[look.i] == 0x0C else { return nil }
        return look.i
    }

    /// Whether `line` holds a page number (``pageNumberEnd(at:in:)``) and white space only.
    package static func isPageNumber(line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = trimmed(line, in: text)
        guard !trimmed.isEmpty, let end = pageNumberEnd(at: trimmed.lowerBound, in: text) else { return false }
        return (trimmed.upperBound...line.upperBound).contains(end)
    }

    // MARK: - Running heads

    /// `Tweede Kamer, vergaderjaar 2025–2026, 24 587, nr. 1012   2`: the head (or foot) of every
    /// page of a Kamerstuk but the first. The same words are the formal way to cite a Kamerstuk
    /// (`1 Motie van het lid Dobbe …,⏎Tweede Kamer, vergaderjaar 2023–2024, 36 410 V, nr. 45`),
    /// so the line must stand at a page's edge too: first on its page (the text's first line,
    /// after a form feed, a blank line or a page number), or last on it with the page's number
    /// after its own (`nr. 2 147`), which no citation has — the foot right under a page's
    /// footnotes.
    package static func isRunningHead(line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = trimmed(line, in: text)
        guard (40...120).contains(trimmed.count), text[trimmed.lowerBound] == UInt8(ascii: "T") || text[trimmed.lowerBound] == UInt8(ascii: "E"),
              opensWithChamberSession(trimmed, in: text)
        else { return false }
        let previous = line.lowerBound > 0 ? lineRange(endingAt: line.lowerBound - 1, in: text) : nil
        if previous == nil || text[line].contains(0x0C) || isBlank(previous!, in: text) || isPageNumber(line: previous!, in: text) {
            return true
        }
        let next = line.upperBound < text.count ? lineRange(startingAt: line.upperBound + 1, in: text) : nil
        let endsPage = next.map { isBlank($0, in: text) || (!$0.isEmpty && text[$0.lowerBound] == 0x0C) } ?? true
        return endsPage && endsWithNumberAndPage(trimmed, in: text)
    }

    /// The Kamerstuk a running head names as its own (`36 360 VIII, nr. 1` in `Tweede Kamer,
    /// vergaderjaar 2022–2023, 36 360 VIII, nr. 1    1`): the text from after the session to the
    /// document's number, without the page's. Only a head with its page's number after its own
    /// (``isRunningHead(line:in:)`` and `nr. 1  1`): a Kamerstuk's own number, never a citation
    /// that happens to stand at a page's edge.
    package static func runningHeadKamerstuk(line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let trimmed = trimmed(line, in: text)
        guard isRunningHead(line: line, in: text), endsWithNumberAndPage(trimmed, in: text), let base = text.baseAddress else { return nil }
        // After `vergaderjaar`: the session (`2022–2023`, `2022-2023`) and a comma.
        var look = ByteCursor(base, count: trimmed.upperBound, at: trimmed.lowerBound)
        for _ in 0..<3 {
            look.i = nextWord(from: look.i, in: text, before: trimmed.upperBound)
            while look.i < trimmed.upperBound, isWord(at: look.i, in: text) { look.i += 1 }
        }
        look.skipHorizontalSpace()
        guard look.readDigits(max: 4) != nil, let dash = look.dashWidth(at: look.i) ?? (look.i < trimmed.upperBound && text[look.i] == UInt8(ascii: "/") ? 1 : nil)
        else { return nil }
        look.i += dash
        guard look.readDigits(max: 4) != nil, look.i < trimmed.upperBound, text[look.i] == UInt8(ascii: ",") else { return nil }
        look.i += 1
        look.skipHorizontalSpace()
        // Up to the document's number: the page's follows it after spaces.
        var end = trimmed.upperBound
        while end > look.i, ASCII.isDigit(text[end - 1]) { end -= 1 }
        while end > look.i, text[end - 1] == 0x20 { end -= 1 }
        return look.i < end ? look.i..<end : nil
    }

    /// `Tweede Kamer, vergaderjaar` or `Eerste Kamer, vergaderjaar`, each a word of its own.
    static func opensWithChamberSession(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var look = ByteCursor(text.baseAddress!, count: range.upperBound, at: range.lowerBound)
        guard look.matchWord("tweede") || look.matchWord("eerste"), endsWord(at: look.i, in: text) else { return false }
        look.i = nextWord(from: look.i, in: text, before: range.upperBound)
        guard look.matchWord("kamer"), endsWord(at: look.i, in: text) else { return false }
        look.i = nextWord(from: look.i, in: text, before: range.upperBound)
        return look.matchWord("vergaderjaar") && endsWord(at: look.i, in: text)
    }

    /// Whether the last three words are `nr`, a number and another after spaces only: the
    /// document's number and the page's (`nr. 2 147`).
    static func endsWithNumberAndPage(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = range.upperBound
        while k > range.lowerBound, !isWord(before: k, in: text) { k -= 1 }
        guard let page = digitWord(endingAt: k, from: range.lowerBound, in: text) else { return false }
        k = page.lowerBound
        let gapEnd = k
        while k > range.lowerBound, text[k - 1] == 0x20 { k -= 1 }
        guard k < gapEnd, let number = digitWord(endingAt: k, from: range.lowerBound, in: text) else { return false }
        k = number.lowerBound
        while k > range.lowerBound, !isWord(before: k, in: text) { k -= 1 }
        guard k - range.lowerBound >= 2, text[k - 2] | 0x20 == UInt8(ascii: "n"), text[k - 1] | 0x20 == UInt8(ascii: "r") else {
            return false
        }
        return startsWord(at: k - 2, from: range.lowerBound, in: text)
    }

    /// The run of digits that ends at `end` and is a word of its own.
    static func digitWord(endingAt end: Int, from lowerBound: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = end
        while start > lowerBound, ASCII.isDigit(text[start - 1]) { start -= 1 }
        guard start < end, endsWord(at: end, in: text), startsWord(at: start, from: lowerBound, in: text) else { return nil }
        return start..<end
    }

    // MARK: - The furniture of a publication

    /// A line the publisher prints on Kamervragen and their answers and nowhere in running text:
    /// the publication's number alone (`ah-tk-20232024-1432`, `kv-tk-2024Z18435`), `ISSN 0921 -
    /// 7398` (an extractor may glue `’s-Gravenhage 2024` and the foot to it), `’s-Gravenhage
    /// 2024` (and the foot after it), and the foot `Tweede Kamer, vergaderjaar 2023–2024,
    /// Aanhangsel 2` or `…, Vragen 2` wherever it stands: a citation never ends on `Aanhangsel`
    /// or `Vragen` and a page number.
    package static func isPublicationFurniture(line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = trimmed(line, in: text)
        guard let base = text.baseAddress, (4...160).contains(trimmed.count) else { return false }
        var look = ByteCursor(base, count: trimmed.upperBound, at: trimmed.lowerBound)
        // `ah-tk-…`, `kv-tk-…`: one word, with digits.
        if look.matchWord("ah") || look.matchWord("kv"), look.i < trimmed.upperBound, text[look.i] == UInt8(ascii: "-") {
            look.i += 1
            guard look.matchWord("tk") || look.matchWord("ek"), look.i < trimmed.upperBound, text[look.i] == UInt8(ascii: "-") else { return false }
            let rest = text[(look.i + 1)..<trimmed.upperBound]
            return rest.contains(where: ASCII.isDigit) && !rest.contains(0x20)
        }
        look.i = trimmed.lowerBound
        if look.matchWord("issn"), look.skipHorizontalSpace(), look.i < trimmed.upperBound, ASCII.isDigit(text[look.i]) { return true }
        look.i = trimmed.lowerBound
        // `’s-Gravenhage 2024` with a typographic or a plain apostrophe.
        if look.i + 3 <= trimmed.upperBound, text[look.i] == 0xE2, text[look.i + 1] == 0x80, text[look.i + 2] == 0x99 {
            look.i += 3
        } else if text[look.i] == UInt8(ascii: "'") {
            look.i += 1
        }
        if look.i > trimmed.lowerBound {
            return look.matchWord("s") && look.matchExact("-") && look.matchWord("gravenhage") && look.skipHorizontalSpace()
                && look.readDigits(max: 4) != nil
        }
        return isAanhangselFoot(line: trimmed, in: text)
    }

    /// `Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2`, `…, Vragen 7`, `…, Aanhangsel`.
    package static func isAanhangselFoot(line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = trimmed(line, in: text)
        guard trimmed.count <= 70, text[trimmed.lowerBound] == UInt8(ascii: "T") || text[trimmed.lowerBound] == UInt8(ascii: "E"),
              opensWithChamberSession(trimmed, in: text)
        else { return false }
        var k = trimmed.upperBound
        while k > trimmed.lowerBound, ASCII.isDigit(text[k - 1]) || text[k - 1] == 0x20 { k -= 1 }
        var start = k
        while start > trimmed.lowerBound, ASCII.isLetter(text[start - 1]) { start -= 1 }
        guard start - trimmed.lowerBound >= 2, text[start - 1] == 0x20, text[start - 2] == UInt8(ascii: ",") else { return false }
        let word = String(decoding: text[start..<k], as: UTF8.self).lowercased()
        return word == "aanhangsel" || word == "vragen"
    }

    // MARK: - The masthead of the Handelingen

    /// A line of the masthead the Handelingen print above the title of Kamervragen and their
    /// answers, the whole line and nothing more: `Tweede Kamer der Staten-Generaal` (the
    /// chamber's number after it, spaced or glued: `Staten-Generaal2`), `Vergaderjaar 2023–2024`
    /// (alone, or with `Aanhangsel van de Handelingen` or `Vragen gesteld door de leden der Kamer`
    /// after it), `Aanhangsel van de Handelingen`, and the subtitle `Vragen gesteld door de leden
    /// der Kamer, met de daarop door de` ⏎ `regering gegeven antwoorden`. A sentence that names
    /// the chamber is text; so is a letter's address (`Aan de Voorzitter van de Tweede Kamer der
    /// Staten-Generaal`).
    package static func isMasthead(line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = trimmed(line, in: text)
        guard let base = text.baseAddress, (10...120).contains(trimmed.count) else { return false }
        let end = trimmed.upperBound
        var look = ByteCursor(base, count: end, at: trimmed.lowerBound)
        // Words one after the other, spaces between; `-` joins two without.
        func phrase(_ words: [StaticString]) -> Bool {
            let start = look.i
            for (k, word) in words.enumerated() {
                if word.utf8CodeUnitCount == 1, word.utf8Start.pointee == UInt8(ascii: "-") {
                    guard look.matchExact("-") else { look.i = start; return false }
                    continue
                }
                if k > 0, words[k - 1].utf8CodeUnitCount > 1 { look.skipHorizontalSpace() }
                guard look.matchWord(word), !look.atLetter else { look.i = start; return false }
            }
            return true
        }
        func atEnd() -> Bool {
            look.skipHorizontalSpace()
            return look.i == end
        }
        if phrase(["tweede", "kamer", "der", "staten", "-", "generaal"]) || phrase(["eerste", "kamer", "der", "staten", "-", "generaal"]) {
            look.skipHorizontalSpace()
            return look.readDigits(max: 2) == nil ? look.i == end : atEnd()
        }
        let asked: [StaticString] = ["vragen", "gesteld", "door", "de", "leden", "der", "kamer"]
        if phrase(["vergaderjaar"]) {
            look.skipHorizontalSpace()
            guard look.readDigits(max: 4) != nil, let dash = look.dashWidth(at: look.i) else { return false }
            look.i += dash
            guard look.readDigits(max: 4) != nil else { return false }
            look.skipHorizontalSpace()
            return look.i == end || (phrase(["aanhangsel", "van", "de", "handelingen"]) || phrase(asked)) && atEnd()
        }
        if phrase(["aanhangsel", "van", "de", "handelingen"]) || phrase(["regering", "gegeven", "antwoorden"]) { return atEnd() }
        guard phrase(asked) else { return false }
        if atEnd() { return true }
        guard look.matchExact(","), look.skipHorizontalSpace(), phrase(["met", "de", "daarop", "door", "de"]) else { return false }
        return atEnd() || (phrase(["regering", "gegeven", "antwoorden"]) && atEnd())
    }

    // MARK: - Furniture inside a line

    /// What pdftools leaves of a page's furniture inside a line of running text, where a page
    /// is a paragraph a line: `Pagina 1 van 2` after the paragraph's last words (`langs de
    /// MR.      Pagina 1 van 2`), and the letterhead's side column cut into the body's lines
    /// (`over het advies       Datum     van de Taalunie over … van het          28 november
    /// 2023     ontwikkelen`) — a label, `Datum`, `Referentie`, `Kenmerk` or `Bijlage(n)`, with
    /// its date or number two cells on. Each stands between gutters (three spaces or more, or
    /// the line's edge); the label never opens the line, where it is the letter's own header
    /// (`Datum      28 november 2023`). Returns the ranges to take out, in order.
    package static func furnitureCells(line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let cells = gutteredCells(line, in: text)
        guard cells.count > 1, let base = text.baseAddress else { return [] }
        var result: [Range<Int>] = []
        for (k, cell) in cells.enumerated() {
            if k > 0, isPageNumber(cell: cell, in: text) {
                result.append(cell)
            } else if k > 0, k + 2 < cells.count, isSideLabel(cell, base: base), isDateOrNumber(cells[k + 2], in: text) {
                result += [cell, cells[k + 2]]
            }
        }
        return result.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The cells of a line: its text between gutters of three spaces or more.
    package static func gutteredCells(_ line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var k = line.lowerBound
        while k < line.upperBound {
            while k < line.upperBound, isSpace(text[k]) { k += 1 }
            guard k < line.upperBound else { break }
            let start = k
            var spaces = 0
            while k < line.upperBound, spaces < 3 {
                spaces = text[k] == 0x20 || text[k] == 0x09 ? spaces + 1 : 0
                k += 1
            }
            var end = k
            while end > start, isSpace(text[end - 1]) { end -= 1 }
            cells.append(start..<end)
        }
        return cells
    }

    /// `Pagina 2 van 5` or `Blad 2 van 5` and nothing else in a cell.
    static func isPageNumber(cell: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, cell.count <= 24 else { return false }
        var look = ByteCursor(base, count: cell.upperBound, at: cell.lowerBound)
        return (look.matchWord("pagina") || look.matchWord("blad")) && look.skipHorizontalSpace() && look.readDigits(max: 4) != nil
            && look.skipHorizontalSpace() && look.matchWord("van") && look.skipHorizontalSpace() && look.readDigits(max: 4) != nil
            && look.i == cell.upperBound
    }

    /// A side column's label alone in its cell.
    static func isSideLabel(_ cell: Range<Int>, base: UnsafePointer<UInt8>) -> Bool {
        for label: StaticString in ["datum", "referentie", "kenmerk", "bijlagen", "bijlage"] {
            var look = ByteCursor(base, count: cell.upperBound, at: cell.lowerBound)
            if look.matchWord(label), look.i == cell.upperBound { return true }
        }
        return false
    }

    /// A cell that holds a date (`28 november 2023`) or a number (`42767181`) and nothing else.
    static func isDateOrNumber(_ cell: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        var look = ByteCursor(base, count: cell.upperBound, at: cell.lowerBound)
        guard look.readDigits(max: 12) != nil else { return false }
        if look.i == cell.upperBound { return true }
        guard look.skipHorizontalSpace(), let month = monthName(at: look.i, in: text) else { return false }
        look.i = month
        return look.skipHorizontalSpace() && look.readDigits(max: 4) != nil && look.i == cell.upperBound
    }

    // MARK: - Footnote openers
    // MARK: - Footnote openers

    /// The number that opens a footnote, and where the footnote's text starts.
    package struct FootnoteOpener: Equatable {
        package let number: Int
        package let textStart: Int
        /// Written as digits and a space (`7 Kamerstuk …`); not in brackets, in superscript or
        /// glued to the text, which say less that this is a footnote.
        package let plain: Bool
    }

    /// A footnote's opening at `j`: `7 `, `[7] `, `[7 ] `, `7) `, `¹ `, `¹`, or a number glued to text
    /// that reads like a footnote's (`7Kamerstuk`, `7https://…`). At most three digits, none
    /// leading `0`; the text must follow on the line.
    package static func footnoteOpener(at j: Int, in text: UnsafeBufferPointer<UInt8>) -> FootnoteOpener? {
        let n = text.count
        var k = j
        if let (number, end) = superscriptNumber(at: k, in: text) {
            k = end
            while k < n, text[k] == 0x20 { k += 1 }
            return k < n && text[k] > 0x20 ? FootnoteOpener(number: number, textStart: k, plain: false) : nil
        }
        let bracketed = k < n && text[k] == UInt8(ascii: "[")
        if bracketed { k += 1 }
        let digits = k
        var number = 0
        while k < n, ASCII.isDigit(text[k]), k - digits < 4 {
            number = number * 10 + Int(text[k] - 0x30)
            k += 1
        }
        guard k > digits, k - digits <= 3, text[digits] != UInt8(ascii: "0"), k < n else { return nil }
        if bracketed {
            while k < n, text[k] == 0x20 { k += 1 }
            guard k < n, text[k] == UInt8(ascii: "]") else { return nil }
            k += 1
        }
        // Word's endnotes: `1) Kamerstuk …`.
        let closed = !bracketed && k + 1 < n && text[k] == UInt8(ascii: ")") && text[k + 1] == 0x20
        if closed { k += 1 }
        let spaced = k < n && text[k] == 0x20
        if spaced {
            k += 1
        } else if bracketed || !readsLikeFootnote(at: k, in: text) {
            return nil
        }
        guard k < n, text[k] > 0x20 else { return nil }
        return FootnoteOpener(number: number, textStart: k, plain: spaced && !bracketed && !closed)
    }

    /// Whether text at `j` reads like a footnote's: it opens with a citation, a reference or a
    /// link — `Kamerstuk(ken)`, `Kst.`, `Handelingen`, `Aanhangsel`, `Motie(s)`, `Zie`,
    /// `(Kamer)brief`, `Stcrt.`, `Stb.`, `Bron`, `Tweede Kamer`, `Eerste Kamer`, `http(s)`,
    /// `www.` — each a whole word, in any case.
    package static func readsLikeFootnote(at j: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, j < text.count else { return false }
        var look = ByteCursor(base, count: text.count, at: j)
        for word: StaticString in ["kamerstukken", "kamerstuk", "kst", "handelingen", "aanhangsel", "moties", "motie", "zie",
                                   "kamerbrief", "brief", "stcrt", "stb", "bron", "https", "http"] {
            look.i = j
            if look.matchWord(word), !look.atLetter { return true }
        }
        for chamber: StaticString in ["tweede", "eerste"] {
            look.i = j
            if look.matchWord(chamber), look.skipHorizontalSpace(), look.matchWord("kamer"), !look.atLetter { return true }
        }
        look.i = j
        return look.matchWord("www") && look.i < text.count && text[look.i] == UInt8(ascii: ".")
    }

    /// A superscript digit (`¹²³⁴⁵⁶⁷⁸⁹⁰`) at `i`: its value and its length in UTF-8.
    package static func superscriptDigit(at i: Int, in text: UnsafeBufferPointer<UInt8>) -> (digit: Int, length: Int)? {
        guard i + 1 < text.count else { return nil }
        switch (text[i], text[i + 1]) {
        case (0xC2, 0xB9): return (1, 2)
        case (0xC2, 0xB2): return (2, 2)
        case (0xC2, 0xB3): return (3, 2)
        case (0xE2, 0x81):
            guard i + 2 < text.count else { return nil }
            let last = text[i + 2]
            return last == 0xB0 || (0xB4...0xB9).contains(last) ? (Int(last - 0xB0), 3) : nil
        default: return nil
        }
    }

    /// The number written in superscript digits at `i` (`¹²`), at most three of them and not
    /// opening with `⁰`, and where it ends.
    package static func superscriptNumber(at i: Int, in text: UnsafeBufferPointer<UInt8>) -> (number: Int, end: Int)? {
        var number = 0, end = i, count = 0
        while let (digit, length) = superscriptDigit(at: end, in: text) {
            number = number * 10 + digit
            end += length
            count += 1
        }
        guard count > 0, count <= 3, number > 0, superscriptDigit(at: i, in: text)?.digit != 0 else { return nil }
        return (number, end)
    }

    // MARK: - Months

    /// The months as Dutch writes them: in full, and abbreviated (`jan.`, `febr.`, `mrt.`,
    /// `sept.`). `mei` has no abbreviation; no other shortening is one (`maar` is a word).
    static let months: [(name: StaticString, abbreviations: [StaticString])] = [
        ("januari", ["jan"]), ("februari", ["febr", "feb"]), ("maart", ["mrt"]), ("april", ["apr"]), ("mei", []),
        ("juni", ["jun"]), ("juli", ["jul"]), ("augustus", ["aug"]), ("september", ["sept", "sep"]), ("oktober", ["okt"]),
        ("november", ["nov"]), ("december", ["dec"]),
    ]

    /// The month (1…12) a word names, in full or abbreviated, in any case: `maart`, `Mrt`.
    package static func month(named word: some StringProtocol) -> Int? {
        var word = String(word)
        return word.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return nil }
            for (index, month) in months.enumerated() {
                for name in [month.name] + month.abbreviations {
                    var look = ByteCursor(base, count: buffer.count)
                    if look.matchWord(name), look.i == buffer.count { return index + 1 }
                }
            }
            return nil
        }
    }

    /// A month name at `j` as a date in running text writes it: in full (not followed by a
    /// letter), or abbreviated with its dot (`jan.`, `mrt.`). Returns where it ends.
    package static func monthName(at j: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = text.baseAddress else { return nil }
        var look = ByteCursor(base, count: text.count, at: j)
        for month in months {
            look.i = j
            if look.matchWord(month.name), !look.atLetter { return look.i }
            for abbreviation in month.abbreviations {
                look.i = j
                if look.matchWord(abbreviation), look.i < text.count, text[look.i] == UInt8(ascii: ".") { return look.i + 1 }
            }
        }
        return nil
    }

    // MARK: - Lines and words

    /// `line` without the white space around it.
    static func trimmed(_ line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lo = line.lowerBound, hi = line.upperBound
        while lo < hi, isSpace(text[lo]) { lo += 1 }
        while hi > lo, isSpace(text[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    static func isBlank(_ line: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { isSpace(text[$0]) }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    /// The line whose line break is at `lineBreak`.
    static func lineRange(endingAt lineBreak: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = lineBreak
        while start > 0, text[start - 1] != 0x0A { start -= 1 }
        return start..<lineBreak
    }

    /// The line that starts at `start`.
    static func lineRange(startingAt start: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = start
        while end < text.count, text[end] != 0x0A { end += 1 }
        return start..<end
    }

    // Words as the document reader splits them: runs of letters (accented Latin ones too) and
    // digits, joined over an inner `-` or `/` (`EU-lidstaten`, `2024/25`).

    /// Whether the character at `j` is a word's: an ASCII letter or digit, or an accented Latin
    /// letter (`é`, `ł`; not `×` or `÷`).
    static func isWord(at j: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = text[j]
        if b < 0x80 { return ASCII.isAlnum(b) }
        if b == 0xC3 { return j + 1 < text.count && text[j + 1] != 0x97 && text[j + 1] != 0xB7 }
        return b == 0xC4 || b == 0xC5
    }

    /// Whether the character that ends just before `k` is a word's.
    static func isWord(before k: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k > 0 else { return false }
        var start = k - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return isWord(at: start, in: text)
    }

    /// Whether a `-` or `/` at `j` joins a word on to the one before it.
    static func joinsWords(at j: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        (text[j] == UInt8(ascii: "-") || text[j] == UInt8(ascii: "/")) && j + 1 < text.count && isWord(at: j + 1, in: text)
    }

    /// Whether a word ends at `j`.
    static func endsWord(at j: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        j == text.count || !isWord(at: j, in: text) && !joinsWords(at: j, in: text)
    }

    /// Whether a word starts at `j`, reading no further back than `lowerBound`.
    static func startsWord(at j: Int, from lowerBound: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard j > lowerBound else { return true }
        if isWord(before: j, in: text) { return false }
        return !(j - 1 > lowerBound && joinsWords(at: j - 1, in: text) && isWord(before: j - 1, in: text))
    }

    /// Where the next word starts from `j`, before `limit`.
    static func nextWord(from j: Int, in text: UnsafeBufferPointer<UInt8>, before limit: Int) -> Int {
        var k = j
        while k < limit, !isWord(at: k, in: text) { k += 1 }
        return k
    }
}
