/// Document numbers: `nr.` and its kin, lists and ranges of numbers, Eerste Kamer letters, and
/// the page reference after them.
extension CitationGrammar {
    /// A document number as read, with why it may not be one (see ``Numbers/doubt``).
    struct DocumentNumber {
        var text: String
        var doubt: String?
    }

    /// The documents a list names, and any doubt about its numbers.
    struct Numbers {
        var documents: [String]
        /// Why the document number read may be no document number, or not the whole of one: it
        /// stands past a line break, or a letter follows it after a space (`42 e.v.`). The last
        /// doubt about a number the list took; one about a number not taken is none.
        var doubt: String?
    }

    /// What one item of a list names: documents, or why it names none; and any doubt about its
    /// numbers.
    struct ListItem {
        var documents: [String]
        var finding: Finding.Note?
        var doubt: String?
    }

    /// `, nr. 3236`, `nrs. 3196 en 3236`, `nummer 5`, `nr. F`, `nr. 3196 en nr. 3236`,
    /// `nrs. 3196-3198`, `letter E`. A range that does not read as a few documents adds to
    /// `body.itemFindings`; a list past `Body.maxDocuments`, `body.cut`.
    mutating func readNumberPart(body: inout Body) -> Numbers? {
        let start = i
        cursor.skipHorizontalSpace()
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        skipSpace()
        let letterWord = readLetterWord()
        guard let plural = letterWord ? false : readNumberWord() else { i = start; return nil }
        let afterWord = i
        skipSpace()
        guard let first = readNumber(), !letterWord || ASCII.isUpper(first.text.utf8.first!), !isDatesYear(first.text) else {
            i = start
            return nil
        }
        var doubt = first.doubt ?? yearBeforeColumn(first.text)
        let breaks = cursor.lineBreaks(in: afterWord..<i)
        if breaks >= 1, let pageDoubt = cursor.doubtAboutNumber(first.text, afterPageBreak: breaks >= 2) { doubt = pageDoubt }
        var item = readRange(from: first.text)
        item.doubt = item.doubt ?? doubt
        let lettered = !ASCII.isDigit(first.text.utf8.first!)
        var numbers = readList(item, body: &body) { $0.readNumberListItem(plural: plural, lettered: lettered) }
        if !lettered, let replaced = readReplacedNumber() { numbers.documents.append(replaced) }
        return numbers
    }

    /// Why a number after `nr.` may be no document's: a year with another number after a gap of
    /// spaces (`28760 nr.      2017      69`), as a table's year column stands between a
    /// citation cut over two printed lines and its number.
    func yearBeforeColumn(_ number: String) -> String? {
        guard i + 1 < n, p[i] == 0x20, p[i + 1] == 0x20 else { return nil }
        var k = i
        while k < n, p[k] == 0x20 { k += 1 }
        guard k < n, ASCII.isDigit(p[k]), CitationGrammar.isYear(number) else { return nil }
        return "'nr.' is followed by \(number), a year, and after a gap by another number: a table's columns may stand between the citation and its number"
    }

    /// Whether a number read after `nr.` inside a bracketed citation is the year of a date that
    /// a citation follows (`(Kamerstukken II 2022/23, 36200, nr. 2022 (Kamerstukken …`): the
    /// columns of a table cut the citation there, and the year is another column's.
    func isDatesYear(_ number: String) -> Bool {
        guard openingStart > 0, p[openingStart - 1] == UInt8(ascii: "("), CitationGrammar.isYear(number) else { return false }
        var k = i
        while k < n, p[k] == 0x20 { k += 1 }
        return k < n && p[k] == UInt8(ascii: "(")
    }

    /// The document a cited one replaced, in the same dossier: `nr. 136 tvv108`, `nr. 435 (tvv
    /// 432)`, `nr. 3 (t.v.v. nr. 2)`, `nr. 433 (was 431)` — ter vervanging van, "replacing" —
    /// where only a number follows; `(t.v.v. 31293, nr. 445)` is a citation of its own.
    mutating func readReplacedNumber() -> String? {
        let start = i
        cursor.skipHorizontalSpace()
        guard i < n, p[i] == UInt8(ascii: "(") || p[i] | 0x20 == UInt8(ascii: "t") else { i = start; return nil }
        let bracketed = i < n && p[i] == UInt8(ascii: "(")
        if bracketed {
            i += 1
            cursor.skipHorizontalSpace()
        }
        let word = i
        if !(cursor.matchWord("tvv") || cursor.matchExact("t.v.v.")) {
            i = word
            guard bracketed, cursor.matchWord("was"), cursor.skipHorizontalSpace() else { i = start; return nil }
        }
        cursor.skipHorizontalSpace()
        if readNumberWord() != nil { cursor.skipHorizontalSpace() }
        guard cursor.atDigit, let number = readNumber(), number.doubt == nil else { i = start; return nil }
        if bracketed {
            var k = i
            while k < n, p[k] == 0x20 { k += 1 }
            guard k < n, p[k] == UInt8(ascii: ")") else { i = start; return nil }
        }
        return number.text
    }

    /// The next item of a `nr.` list, after its separator: `nr.` repeated, or a number of the
    /// list's kind (`lettered` or not), so that `nrs. 23 en 24, T.K. 34 775` ends at 24. After a
    /// singular `nr.` a number without `nr.` of its own continues the list (`nr. 27 en 28`) only
    /// where it ends an item and is no year: in `nr. 189, 2026` and `nr. 189, 12 januari` the
    /// list has ended.
    mutating func readNumberListItem(plural: Bool, lettered: Bool) -> ListItem? {
        let saved = i
        cursor.skipHorizontalSpace()
        guard readListSeparator() else { i = saved; return nil }
        skipSpace()
        let repeated = readNumberWord() != nil
        if repeated { skipSpace() }
        guard i < n, repeated || ASCII.isDigit(p[i]) != lettered, let number = readNumber(),
              plural || repeated || endsListItem(at: i) && !CitationGrammar.isYear(number.text), !opensNumberPart(at: i)
        else {
            i = saved
            return nil
        }
        var item = readRange(from: number.text)
        item.doubt = item.doubt ?? number.doubt
        return item
    }

    /// Whether `nr.` follows at `j` (after a comma): the number before it was the next
    /// citation's dossier (`nr. 2, 29362, nr. 290`), not a document of this one.
    func opensNumberPart(at j: Int) -> Bool {
        var look = CitationGrammar(cursor.at(j))
        look.cursor.skipHorizontalSpace()
        if look.i < n, p[look.i] == UInt8(ascii: ",") { look.i += 1 }
        look.cursor.skipHorizontalSpace()
        return look.readNumberWord() != nil
    }

    /// Four digits that read as a year (`2026`): after a singular `nr.`, a date's, not a document's.
    static func isYear(_ number: String) -> Bool {
        number.utf8.count == 4 && Int(number).map { (1800...2200).contains($0) } == true
    }

    /// The next Eerste Kamer letter of a list after a chapter or dossier: `, K` and `en L` in
    /// `36200 V, J, K en L`. Only capitals that end an item, so that `J en U ontvangt` ends at J.
    mutating func readLetterListItem() -> ListItem? {
        let saved = i
        cursor.skipHorizontalSpace()
        guard readListSeparator() else { i = saved; return nil }
        skipSpace()
        let start = i
        while i < n, ASCII.isUpper(p[i]), i - start <= 3 { i += 1 }
        guard (1...3).contains(i - start), !cursor.atAlnum, !cursor.atDash, endsListItem(at: i) else { i = saved; return nil }
        return ListItem(documents: [cursor.text(start..<i)])
    }

    /// The next document of a dossier cited with a dashed number: `en -422` in
    /// `32735-406 en -422`. Only a number that cannot be a series or chapter and that ends the
    /// item: `32735-406 en -3 graden` ends at 406.
    mutating func readDashedListItem() -> ListItem? {
        let saved = i
        cursor.skipHorizontalSpace()
        guard readListSeparator() else { i = saved; return nil }
        skipSpace()
        guard readDash(), let segment = readSegment(), !segment.isLetters, !segment.isToevoeging, !segment.leadingZero,
              !cursor.atDash, endsListItem(at: i)
        else { i = saved; return nil }
        return ListItem(documents: [segment.text])
    }

    /// A list from its first item on, `next` reading each further one; an item's finding goes to
    /// `body.itemFindings`. Past `Body.maxDocuments` documents and findings the list is cut
    /// (`body.cut`): its rest is read over but not listed.
    mutating func readList(_ first: ListItem, body: inout Body, next: (inout CitationGrammar) -> ListItem?) -> Numbers {
        var documents = first.documents
        var findings = first.finding.map { [$0] } ?? []
        var doubt = first.doubt
        var end = i
        var cut: Int?
        while let item = next(&self) {
            doubt = item.doubt ?? doubt
            let listed = documents.count + findings.count + item.documents.count + (item.finding == nil ? 0 : 1)
            guard cut == nil, listed <= Body.maxDocuments else {
                cut = cut ?? end
                continue
            }
            if let finding = item.finding { findings.append(finding) }
            documents += item.documents
            end = i
        }
        body.cut = cut
        body.itemFindings = findings
        return Numbers(documents: documents, doubt: doubt)
    }

    /// A number and, when `-3198`, `t/m 3198` or `tot en met 3198` follows it, the range it
    /// opens. A range names each of its documents only when it is small and runs upwards; any
    /// other is a finding, for its first number alone would be a guess. What reads as a date
    /// after the number opens no range: a day before a month name (`nr. 12 – 15 januari`,
    /// `nr. 3236 - 2 maart 2026`), or a year after a spaced dash (`nr. 27 - 2025`); the
    /// citation ends before it.
    mutating func readRange(from first: String) -> ListItem {
        let afterFirst = i
        guard readRangeWord() else { return ListItem(documents: [first]) }
        let lastStart = i
        guard let last = readNumber(), !startsMonth(at: i),
              !(CitationGrammar.isYear(last.text) && isSpacedDash(afterFirst..<lastStart))
        else {
            i = afterFirst
            return ListItem(documents: [first])
        }
        let written = "\(first)-\(last.text)"
        guard let from = Int(first), let to = Int(last.text) else {
            return ListItem(documents: [], finding: Finding.Note(.ambiguousCitation, "'\(written)' is not a range of numbered documents"),
                            doubt: last.doubt)
        }
        guard from < to else {
            return ListItem(documents: [], finding: Finding.Note(.ambiguousCitation, "the range '\(written)' does not run upwards"),
                            doubt: last.doubt)
        }
        guard to - from < CitationGrammar.maxRange else {
            let message = "the range '\(written)' spans \(to - from + 1) documents; only ranges of up to \(CitationGrammar.maxRange) are listed"
            return ListItem(documents: [], finding: Finding.Note(.incompleteCitation, message), doubt: last.doubt)
        }
        return ListItem(documents: (from...to).map(String.init), doubt: last.doubt)
    }

    /// The most documents a range is read as: `nrs. 1-3` is three documents, `nrs. 1-400` more
    /// likely a typing error than a citation of each.
    static let maxRange = 50

    /// Whether the range word over `gap` is a dash with space around it (`27 - 2025`, as a date
    /// set off from a citation is), not one joining two numbers (`3196-3198`).
    func isSpacedDash(_ gap: Range<Int>) -> Bool {
        guard let dash = gap.lazy.compactMap({ cursor.dashWidth(at: $0) }).first else { return false }
        return gap.count > dash
    }

    /// Whether a month name follows at `j`, after spaces on the line: `januari`, `maart`, or
    /// abbreviated with a dot (`jan.`, `mrt.`; ``PageFurniture/monthName(at:in:)``). A number
    /// before one is a day, never a document.
    func startsMonth(at j: Int) -> Bool {
        var look = cursor.at(j)
        look.skipHorizontalSpace()
        return PageFurniture.monthName(at: look.i, in: cursor.buffer) != nil
    }

    /// `-`, `–`, `t/m` or `tot en met` between the two ends of a range.
    mutating func readRangeWord() -> Bool {
        let start = i
        cursor.skipHorizontalSpace()
        if let width = cursor.dashWidth(at: i) {
            i += width
        } else if !(cursor.matchExact("t/m") || cursor.matchWord("tot") && cursor.skipHorizontalSpace() && cursor.matchWord("en")
                    && cursor.skipHorizontalSpace() && cursor.matchWord("met")) || cursor.atLetter {
            i = start
            return false
        }
        skipSpace()
        return true
    }

    /// `letter`, as in `36 450, letter E`: an Eerste Kamer document follows.
    mutating func readLetterWord() -> Bool {
        let start = i
        if cursor.matchWord("letter"), !cursor.atLetter { return true }
        i = start
        return false
    }

    /// `nr`, `nr.`, `nrs.`, `nummer`, `nummers`, `no.`; returns whether it is plural.
    mutating func readNumberWord() -> Bool? {
        let start = i
        if cursor.matchWord("nummer") {
            let plural = cursor.matchWord("s")
            if !cursor.atLetter { return plural }
        } else if cursor.matchWord("nr") {
            let plural = cursor.matchWord("s")
            if !cursor.atLetter {
                if i < n, p[i] == UInt8(ascii: ".") { i += 1 }
                return plural
            }
        } else if cursor.matchWord("no"), i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            return false
        }
        i = start
        return nil
    }

    /// A document number: `3236`, `42e`, `42 e`, `F`, `AI`.
    mutating func readNumber() -> DocumentNumber? {
        let start = i
        if spacedOut, let spaced = readSpacedNumber() { return DocumentNumber(text: spaced) }
        if let digits = cursor.readDigits(max: 6) {
            // `2021/22`, `30/03`: a session or a date, no document.
            let slashed = i + 1 < n && p[i] == UInt8(ascii: "/") && ASCII.isDigit(p[i + 1])
            if p[digits.lowerBound] != UInt8(ascii: "0"), !slashed {
                if cursor.atLetterSuffix {
                    i += 1
                    if !cursor.atAlnum { return DocumentNumber(text: cursor.text(start..<i)) }
                } else if !cursor.atAlnum {
                    return readSpacedSuffix(of: cursor.text(start..<i))
                }
            }
        } else {
            while i < n, ASCII.isUpper(p[i]), i - start <= 3 { i += 1 }
            if (1...3).contains(i - start), !cursor.atAlnum { return DocumentNumber(text: cursor.text(start..<i)) }
        }
        i = start
        return nil
    }

    /// Single digits one space apart (`1 1 2`), in a citation whose dossier was spaced out too:
    /// one number. A digit run of more than one ends it (`1 1 2 en 3` is 112 and 3).
    mutating func readSpacedNumber() -> String? {
        let start = i
        var digits = ""
        while i < n, ASCII.isDigit(p[i]), i + 1 == n || !ASCII.isDigit(p[i + 1]) {
            digits += cursor.text(i..<i + 1)
            i += 1
            guard i + 1 < n, p[i] == 0x20, ASCII.isDigit(p[i + 1]) else { break }
            i += 1
        }
        guard digits.utf8.count >= 2, digits.utf8.first != UInt8(ascii: "0"), !cursor.atAlnum else { i = start; return nil }
        return digits
    }

    /// A number and the lowercase letter alone after a space behind it: the number's own letter
    /// where it ends the item (`nr. 42 e)`, `nr. 42 e en 43`). Where more follows (`nr. 42 e.v.`,
    /// `nr. 42 a b`) it may be a word: the number is in doubt, and the letter is not read.
    mutating func readSpacedSuffix(of number: String) -> DocumentNumber {
        guard i + 1 < n, p[i] == 0x20, ASCII.isLower(p[i + 1]), i + 2 == n || !ASCII.isAlnum(p[i + 2]) else {
            return DocumentNumber(text: number)
        }
        let after = i + 2
        // `t/m` opens a range; `p.` a page (`nr. 5 p. 12` is document 5, on page 12).
        if after < n, p[after] == UInt8(ascii: "/") { return DocumentNumber(text: number) }
        if after + 1 < n, p[i + 1] == UInt8(ascii: "p"), p[after] == UInt8(ascii: "."), !ASCII.isLetter(p[after + 1]) {
            return DocumentNumber(text: number)
        }
        let abbreviation = after + 1 < n && p[after] == UInt8(ascii: ".") && ASCII.isLetter(p[after + 1])
        let letter = cursor.text(i + 1..<after)
        guard endsListItem(at: after), !abbreviation else {
            return DocumentNumber(text: number,
                                  doubt: "'\(number) \(letter)' may be document \(number)\(letter), or document \(number) and a word after it")
        }
        i = after
        return DocumentNumber(text: number + letter)
    }

    /// `, blz. 2`, `, p. 5-7`, `, pag. 12`.
    mutating func readPage() -> String? {
        let start = i
        cursor.skipHorizontalSpace()
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        skipSpace()
        guard i < n, p[i] | 0x20 == UInt8(ascii: "b") || p[i] | 0x20 == UInt8(ascii: "p") else {
            i = start
            return nil
        }
        if cursor.matchWord("blz") || cursor.matchWord("pag") || cursor.matchWord("pp") || cursor.matchWord("p"), !cursor.atLetter {
            if i < n, p[i] == UInt8(ascii: ".") { i += 1 }
            skipSpace()
            if let from = cursor.readDigits(max: 5) {
                let afterFirst = i
                if readDash(), let to = cursor.readDigits(max: 5) { return cursor.text(from) + "-" + cursor.text(to) }
                i = afterFirst
                return cursor.text(from)
            }
        }
        i = start
        return nil
    }
}
