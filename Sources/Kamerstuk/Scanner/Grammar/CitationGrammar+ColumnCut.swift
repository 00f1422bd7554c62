/// A citation cut by the columns of a table laid out as text, where every printed line gives a
/// piece of each column in turn: `(Kamerstukken II 2021/22, 35984, nr. gerekend, beter te
/// beschermen en de publieke                12)` — the `nr.` ends one line's piece of its column,
/// the `12)` opens the next line's piece, and the other columns' pieces stand between.
///
/// What is read with confidence: a citation that opens a bracket and stops where its next part
/// should stand (after `nr.`, after a dossier's or chapter's comma, after a dash before the
/// chapter), with words there that are no part of a citation, goes on at the first place that
/// holds exactly its missing part and closes the bracket, within a few printed lines, when no
/// other `nr.` hangs between them. Anything else stays a finding.
extension CitationGrammar {
    /// What the cut citation lacks.
    enum MissingPart {
        /// `nr.` was read: the number (`12)`).
        case number
        /// The dossier or chapter and its comma: `nr.` and the number (`nr. 22)`).
        case numberPart
        /// The dash after the dossier: the chapter, then `nr.` and the number (`VIII, nr. 19)`).
        case chapter
    }

    /// How far ahead the missing part may stand: a few printed lines of three columns.
    static let columnCutReach = 640

    /// The rest of a citation cut at `from` (just past what was read of it), or nil with the
    /// cursor where it was. The pieces of the other columns between become a gap of the
    /// citation, and are scanned for citations of their own.
    mutating func readColumnCut(from: Int, dossier: String, toevoeging: String?) -> Tail? {
        let start = i
        guard openingStart > 0, p[openingStart - 1] == UInt8(ascii: "(") else { return nil }
        i = from
        cursor.skipHorizontalSpace()
        let missing: MissingPart
        if toevoeging == nil, let width = cursor.dashWidth(at: i) {
            i += width
            missing = .chapter
        } else {
            if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
            let afterComma = i
            cursor.skipHorizontalSpace()
            if readNumberWord() != nil {
                missing = .number
            } else {
                i = afterComma
                missing = .numberPart
            }
        }
        let cut = i
        guard goesOnWithWords(at: cut, missing: missing), let rest = findRest(after: cut, missing: missing) else {
            i = start
            return nil
        }
        i = rest.end
        crossed.recordColumns(cut..<rest.start)
        return Tail(toevoeging: rest.toevoeging ?? toevoeging, numbers: rest.numbers, explicit: true)
    }

    /// Whether the text at `j` goes on with words that are no part of a citation, as another
    /// column's piece does: not a number (`nr. 2022 (Kamerstukken …` is a date's year and a
    /// citation after it, so a year there counts as none), not a closing bracket, not a token
    /// of letters and digits (`nr. AB1`: a misprinted number, not a cut).
    func goesOnWithWords(at j: Int, missing: MissingPart) -> Bool {
        var look = CitationGrammar(cursor.at(j))
        look.cursor.skipHorizontalSpace()
        let word = look.i
        guard word < n, p[word] != UInt8(ascii: ")"), p[word] != 0x0A else { return false }
        if missing != .chapter, let number = look.readNumber() {
            guard CitationGrammar.isYear(number.text) else { return false }
            look.cursor.skipHorizontalSpace()
            return look.i < n && p[look.i] == UInt8(ascii: "(")
        }
        var k = word
        var letters = false, digits = false
        while k < n, ASCII.isAlnum(p[k]) {
            if ASCII.isDigit(p[k]) { digits = true } else { letters = true }
            k += 1
        }
        return !(letters && digits)
    }

    /// The missing part after `cut`: the first place that holds it and a closing bracket.
    func findRest(after cut: Int, missing: MissingPart) -> (start: Int, end: Int, numbers: [String], toevoeging: String?)? {
        let limit = min(n, cut + CitationGrammar.columnCutReach)
        var spaces = 0
        var k = cut
        while k < limit {
            let b = p[k]
            if b == 0x0A {
                // A blank line ends the paragraph, and the table's row with it.
                var look = k + 1
                while look < limit, p[look] == 0x20 || p[look] == 0x09 || p[look] == 0x0D { look += 1 }
                if look < limit, p[look] == 0x0A { return nil }
            }
            if b == 0x20 {
                spaces += 1
                k += 1
                continue
            }
            defer { spaces = 0 }
            if spaces > 0, let rest = restOfCut(at: k, missing: missing) { return (k, rest.end, rest.numbers, rest.toevoeging) }
            if spaces > 0, hangsNumberWord(at: k) { return nil }
            k += 1
        }
        return nil
    }

    /// The missing part at `j`, closed by a bracket, where `j` opens a piece of a column: not
    /// where it would continue another citation — after a slash, a bracket, a `nr.`, a dash or
    /// comma after a number, or a number one space before (`35 920)` is a dossier). A word
    /// broken at a hyphen may end the piece before (`Sint- nr. 14)`).
    func restOfCut(at j: Int, missing: MissingPart) -> (end: Int, numbers: [String], toevoeging: String?)? {
        var before = j - 1
        while before > 0, p[before] == 0x20 { before -= 1 }
        let previous = p[before]
        let afterNumber = ASCII.isDigit(previous) && j - before <= 2
            || previous == UInt8(ascii: ",") && before > 0 && !ASCII.isLetter(p[before - 1])
        let afterDash = previous == UInt8(ascii: "-") && !(before > 0 && ASCII.isLetter(p[before - 1]))
        guard !afterNumber, !afterDash, previous != UInt8(ascii: "("), previous != UInt8(ascii: "/"),
              !(previous == UInt8(ascii: ".") && before >= 2 && p[before - 1] | 0x20 == UInt8(ascii: "r") && p[before - 2] | 0x20 == UInt8(ascii: "n"))
        else { return nil }
        var look = CitationGrammar(cursor.at(j))
        look.spacedOut = spacedOut
        var toevoeging: String?
        switch missing {
        case .chapter:
            guard let segment = look.readSegment(), segment.isLetters, segment.isToevoeging else { return nil }
            toevoeging = segment.text
            fallthrough
        case .numberPart:
            var scratch = Body(dossier: "")
            guard let numbers = look.readNumberPart(body: &scratch), (1...2).contains(numbers.documents.count), numbers.doubt == nil
            else { return nil }
            return look.closesBracket() ? (look.i, numbers.documents, toevoeging) : nil
        case .number:
            guard let number = look.readNumber(), number.doubt == nil else { return nil }
            var documents = [number.text]
            if let replaced = look.readReplacedNumber() { documents.append(replaced) }
            return look.closesBracket() ? (look.i, documents, nil) : nil
        }
    }

    /// Whether a `)` follows at the cursor, after spaces on the line — or after an aside that
    /// names what the document replaced (`448 (t.v.v. 31293, nr. 445))`, a citation of its own).
    func closesBracket() -> Bool {
        var k = i
        while k < n, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        if k + 1 < n, p[k] == UInt8(ascii: "("), p[k + 1] | 0x20 == UInt8(ascii: "t") {
            var look = cursor.at(k + 1)
            if look.matchWord("tvv") || look.matchExact("t.v.v.") {
                while k < n, k - look.i < 64, p[k] != UInt8(ascii: ")") { k += 1 }
                k += 1
                while k < n, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
            }
        }
        return k < n && p[k] == UInt8(ascii: ")")
    }

    /// Whether a `nr.` at `j` hangs without its number: another citation cut the same way,
    /// whose missing part could be the one looked for.
    func hangsNumberWord(at j: Int) -> Bool {
        guard p[j] | 0x20 == UInt8(ascii: "n") else { return false }
        var look = CitationGrammar(cursor.at(j))
        guard look.readNumberWord() != nil else { return false }
        return look.goesOnWithWords(at: look.i, missing: .number)
    }
}
