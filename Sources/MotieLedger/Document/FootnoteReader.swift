import Kamerstuk

extension Finding.Category {
    /// A footnote marker whose footnote text was lost in extraction.
    package static let missingFootnote = Finding.Category(rawValue: "missing-footnote")
    /// A footnote without a marker in the running text.
    package static let unmarkedFootnote = Finding.Category(rawValue: "unmarked-footnote")
}

/// Finds the footnote blocks at the foot of pages (and endnotes at the end) and their markers in the text.
///
/// Footnotes are numbered through the document, so the reader walks it in order, expecting the
/// next number: a line after a blank line that opens with that number (or a few more, when
/// footnotes were lost) starts a footnote block when its marker stands in the text before it,
/// or when it reads like a footnote (`Kamerstuk …`, a URL). That keeps an ordinary line such
/// as `2025 toegezegd, …` out, and amounts and years are never taken for markers.
struct FootnoteReader {
    /// Where a footnote opens on a line: its number, and where its text starts.
    struct Opening {
        let number: Int
        let textStart: Int
    }

    /// One footnote of a block: its number and its text (clean-text offsets).
    struct Entry {
        let number: Int
        let range: Range<Int>
    }

    /// The clean text, which places the findings in the user's input.
    let clean: CleanText
    /// The clean text's bytes.
    let text: [UInt8]
    let lines: [TextLine]
    /// Ranges no marker can stand in (citations: the digits of `nr. 3196`).
    let excluded: [Range<Int>]

    var footnotes: [Footnote] = []
    var markers: [FootnoteMarker] = []
    var blockLines: Set<Int> = []
    var findings: [Finding] = []

    init(text: CleanText, lines: [TextLine], excluded: [Range<Int>]) {
        clean = text
        self.text = text.bytes
        self.lines = lines
        self.excluded = excluded
    }

    mutating func read() {
        var expected = 1
        var searchFrom = 0
        var index = 0
        while index < lines.count {
            let line = lines[index]
            // Numbers on lines of their own, apart from their texts.
            if index > 0, let number = bareNumber(line), number >= expected, number <= expected + 8,
               findMarker(number, in: searchFrom..<line.range.lowerBound) != nil,
               let block = stackedBlock(at: index, number: number) {
                var position = searchFrom
                var found: [Int: FootnoteMarker] = [:]
                let numbers = block.paired ? block.footnotes.map(\.number) : Array(number...number)
                for k in expected...(numbers.max() ?? number) {
                    if let marker = findMarker(k, in: position..<line.range.lowerBound) {
                        found[k] = marker
                        position = marker.range.upperBound
                    }
                }
                for blockLine in index...block.last { blockLines.insert(blockLine) }
                if block.paired {
                    record(block.footnotes, found: found, expected: expected)
                    expected = (numbers.max() ?? number) + 1
                    searchFrom = position
                } else {
                    findings.append(FindingText.unpairedFootnotes.finding(at: clean.location(of: line.range.lowerBound)))
                }
                index = block.last + 1
                continue
            }
            // A footnote block follows a blank line, a page number or a form feed — or, when its
            // first line reads like a footnote (a citation, a link) and its marker stands in the
            // text before, the text directly (not so a numbered list: `1 Motie van het lid …`).
            guard index > 0, let opening = footnoteStart(line),
                  opening.number >= expected && opening.number <= expected + 8 || opening.number == 1,
                  lines[index - 1].isBlank(in: text) || AnswerDocument.isPageFurniture(at: index - 1, in: lines, text: text)
                      || isNotesHeading(lines[index - 1])
                      || (!line.range.isEmpty && text[line.range.lowerBound] == 0x0C)
                      || ((looksLikeFootnote(at: opening.textStart) || opensWithSuperscript(line) || gluedToCapital(at: trimmedStart(line)) != nil)
                          && findMarker(opening.number, in: max(searchFrom, line.range.lowerBound - 20_000)..<line.range.lowerBound) != nil)
            else {
                index += 1
                continue
            }
            let number = opening.number
            // Numbering that starts again at 1 (an annex, documents bound together) counts only
            // when the new footnote 1 has its marker.
            let restart = number < expected
            let first = restart ? 1 : expected
            // Markers of the expected numbers up to this one, in order, before the block.
            var position = searchFrom
            var found: [Int: FootnoteMarker] = [:]
            for k in first...number {
                if let marker = findMarker(k, in: position..<line.range.lowerBound) {
                    found[k] = marker
                    position = marker.range.upperBound
                }
            }
            guard found[number] != nil || (!restart && looksLikeFootnote(line)) else {
                index += 1
                continue
            }
            if restart { expected = 1 }
            // The block: this footnote, the next ones and their continuation lines, up to a blank line.
            var blockEnd = index
            var current = (number: number, start: line.range.lowerBound + 0)
            var blockFootnotes: [Entry] = []
            var k = index
            while k < lines.count, !lines[k].isBlank(in: text), !AnswerDocument.isPageFurniture(at: k, in: lines, text: text),
                  k == index || lines[k].range.isEmpty || text[lines[k].range.lowerBound] != 0x0C {
                if k > index, let next = footnoteStart(lines[k])?.number, next > current.number, next <= current.number + 3 {
                    blockFootnotes.append(Entry(number: current.number, range: current.start..<lines[k - 1].range.upperBound))
                    current = (next, lines[k].range.lowerBound)
                }
                blockEnd = k
                k += 1
            }
            blockFootnotes.append(Entry(number: current.number, range: current.start..<lines[blockEnd].range.upperBound))
            for footnoteLine in index...blockEnd { blockLines.insert(footnoteLine) }
            // The heading of endnotes gathered at the document's end (`Noten`) goes with them.
            if let heading = (max(0, index - 2)..<index).last(where: { !lines[$0].isBlank(in: text) }),
               isNotesHeading(lines[heading]) {
                blockLines.insert(heading)
            }

            // Markers of the block's later footnotes stand before the block too.
            for n in blockFootnotes.map(\.number) where n > number {
                if let marker = findMarker(n, in: position..<line.range.lowerBound) {
                    found[n] = marker
                    position = marker.range.upperBound
                }
            }
            record(blockFootnotes.map { Entry(number: $0.number, range: numberEnd($0.range.lowerBound)..<$0.range.upperBound) },
                   found: found, expected: expected)
            expected = blockFootnotes.last!.number + 1
            searchFrom = position
            index = blockEnd + 1
        }
    }

    /// A block's footnotes (number and text) and the markers found for them, each pointing at
    /// the other; markers come in text order. Numbers from `expected` on without a footnote or
    /// a marker are findings.
    mutating func record(_ blockFootnotes: [Entry], found: [Int: FootnoteMarker], expected: Int) {
        var footnoteIndex: [Int: Int] = [:]
        for entry in blockFootnotes {
            footnoteIndex[entry.number] = footnotes.count
            footnotes.append(Footnote(number: entry.number, range: entry.range, text: TextBytes.collapsed(text[entry.range]), marker: nil))
        }
        for k in expected...(blockFootnotes.map(\.number).max()!) {
            if let marker = found[k] {
                if let f = footnoteIndex[k] { footnotes[f].marker = markers.count }
                markers.append(FootnoteMarker(number: k, range: marker.range, footnote: footnoteIndex[k], apart: marker.apart))
                if footnoteIndex[k] == nil {
                    findings.append(FindingText.missingFootnote.finding([String(k)], at: clean.location(of: marker.range.lowerBound)))
                }
            } else if let f = footnoteIndex[k] {
                findings.append(FindingText.unmarkedFootnote.finding([String(k)], at: clean.location(of: footnotes[f].range.lowerBound)))
            }
        }
    }

    /// The footnote number that opens a line, after its spaces and form feed
    /// (``PageFurniture/footnoteOpener(at:in:)``: `7 Kamerstuk …`, `[7] …`, `⁷ …`, `7Kamerstukken
    /// II …`).
    func footnoteStart(_ line: TextLine) -> Opening? {
        var i = line.range.lowerBound
        while i < line.range.upperBound, text[i] == 0x20 || text[i] == 0x0C { i += 1 }
        guard i < line.range.upperBound else { return nil }
        if let opener = text.withUnsafeBufferPointer({ PageFurniture.footnoteOpener(at: i, in: $0) }) {
            return Opening(number: opener.number, textStart: opener.textStart)
        }
        return gluedToCapital(at: i)
    }

    /// A number glued to a capital or `«` (`1Kinderrechten.nl, …`, `2De korting …`), as PyPDF
    /// gives a footnote. It counts only where the footnote's marker stands in the text before
    /// (see ``read()``).
    func gluedToCapital(at start: Int) -> Opening? {
        var k = start
        while k < text.count, TextBytes.isDigit(text[k]), k - start < 4 { k += 1 }
        guard (1...3).contains(k - start), text[start] != UInt8(ascii: "0"), k + 1 < text.count,
              TextBytes.isUpper(text[k]) || (text[k] == 0xC2 && text[k + 1] == 0xAB),
              let number = Int(String(decoding: text[start..<k], as: UTF8.self))
        else { return nil }
        return Opening(number: number, textStart: k)
    }

    /// Where a line's text starts, after its spaces and form feed.
    func trimmedStart(_ line: TextLine) -> Int {
        var i = line.range.lowerBound
        while i < line.range.upperBound, text[i] == 0x20 || text[i] == 0x0C { i += 1 }
        return i
    }

    func numberEnd(_ start: Int) -> Int {
        var i = start
        while i < text.count {
            if text[i] == 0x20 || text[i] == 0x0C || text[i] == UInt8(ascii: "[") || text[i] == UInt8(ascii: "]")
                || (text[i] == UInt8(ascii: ")") && i > start && TextBytes.isDigit(text[i - 1])) || TextBytes.isDigit(text[i]) {
                i += 1
            } else if let (_, length) = superscriptDigit(at: i) {
                i += length
            } else {
                break
            }
        }
        return i
    }

    /// Whether a line opens with a superscript number (`¹ Kamerstuk …`), as endnotes do.
    func opensWithSuperscript(_ line: TextLine) -> Bool {
        var i = line.range.lowerBound
        while i < line.range.upperBound, text[i] == 0x20 || text[i] == 0x0C { i += 1 }
        return superscriptDigit(at: i) != nil
    }

    /// `Noten`, `Eindnoten`, `Voetnoten`: a line that heads endnotes.
    func isNotesHeading(_ line: TextLine) -> Bool {
        let words = Words.split(text, in: line.range)
        return words.count == 1 && ["noten", "eindnoten", "voetnoten"].contains(words[0].folded)
    }

    /// A superscript digit at `i` (``PageFurniture/superscriptDigit(at:in:)``).
    func superscriptDigit(at i: Int) -> (digit: Int, length: Int)? {
        text.withUnsafeBufferPointer { PageFurniture.superscriptDigit(at: i, in: $0) }
    }

    /// Whether a line reads like a footnote even without a marker: a citation or a link.
    func looksLikeFootnote(_ line: TextLine) -> Bool {
        guard let opening = footnoteStart(line) else { return false }
        return looksLikeFootnote(at: opening.textStart)
    }

    /// Whether text reads like a footnote's (``PageFurniture/readsLikeFootnote(at:in:)``).
    func looksLikeFootnote(at start: Int) -> Bool {
        text.withUnsafeBufferPointer { PageFurniture.readsLikeFootnote(at: start, in: $0) }
    }

    /// The first marker `n` in `range`: its digits glued to a word or closing punctuation
    /// (`c.s.7`, `Dobbe19`, `SGP?15`), after a space at a line end (`Iran? 18`), in brackets
    /// (`[4 ]`), or in superscript (`motie⁴`, `2025¹²`); never inside a number (`6.126`, `EUR
    /// 750.000`), a code (`MH17`, `G7`), a unit (`m²`) or a citation.
    func findMarker(_ n: Int, in range: Range<Int>) -> FootnoteMarker? {
        let digits = Array(String(n).utf8)
        guard range.count >= digits.count else { return nil }
        var i = range.lowerBound
        while i + digits.count <= range.upperBound {
            defer { i += 1 }
            if text[i] >= 0xC2, let marker = superscriptMarker(n, at: i, before: range.upperBound) { return marker }
            guard text[i] == digits[0], text[i..<(i + digits.count)].elementsEqual(digits) else { continue }
            let end = i + digits.count
            if end < text.count, TextBytes.isDigit(text[end]) || TextBytes.isLetter(at: end, in: text) { continue }
            if i > 0, TextBytes.isDigit(text[i - 1]) { continue }
            if excluded.contains(where: { $0.contains(i) }) { continue }
            if let marker = marker(n, digits: i..<end) { return marker }
        }
        return nil
    }

    /// A marker `n` in superscript digits at `i`: the whole run of them, not after a unit.
    func superscriptMarker(_ n: Int, at i: Int, before limit: Int) -> FootnoteMarker? {
        guard let (number, end) = text.withUnsafeBufferPointer({ PageFurniture.superscriptNumber(at: i, in: $0) }), number == n,
              end <= limit, !(i >= 2 && superscriptDigit(at: i - 2)?.length == 2), !(i >= 3 && superscriptDigit(at: i - 3)?.length == 3),
              !excluded.contains(where: { $0.contains(i) })
        else { return nil }
        // `m²`, `km²`, `m³`: a unit's power.
        var start = i
        while start > 0, TextBytes.isASCIILetter(text[start - 1]) { start -= 1 }
        let word = TextBytes.folded(ascii: text[start..<i])
        if ["m", "km", "cm", "mm", "dm"].contains(word) { return nil }
        return FootnoteMarker(number: n, range: i..<end, footnote: nil)
    }

    /// Whether the digits follow `2026.` and end their line or a word: a year (four digits,
    /// `19…` or `20…`, after a space) then a full stop, which no decimal or thousands take.
    func closesOnYear(_ digits: Range<Int>) -> Bool {
        let dot = digits.lowerBound - 1
        guard text[dot] == UInt8(ascii: "."), digits.count <= 2, dot >= 5, text[dot - 5] == 0x20 || text[dot - 5] == 0x0A,
              (dot - 4..<dot).allSatisfy({ TextBytes.isDigit(text[$0]) }),
              text[dot - 4] == UInt8(ascii: "1") && text[dot - 3] == UInt8(ascii: "9") || text[dot - 4] == UInt8(ascii: "2") && text[dot - 3] == UInt8(ascii: "0")
        else { return false }
        return digits.upperBound == text.count || TextBytes.isSpace(text[digits.upperBound])
    }

    /// Whether digits stand on a line of markers only (`1`, `2, 3 en 4`, `2 3`) with running
    /// text right above it — not a blank line or a page's foot, as above a page number — and
    /// the next heading right under it (`Vraag 2`, `Antwoord 1`, `Mededeling`): where PyPDF puts
    /// the markers of a question or an answer. A footnote's number in a page's foot has its
    /// text under it instead.
    func onMarkerLine(_ digits: Range<Int>) -> Bool {
        var start = digits.lowerBound, end = digits.upperBound
        while start > 0, text[start - 1] != 0x0A { start -= 1 }
        while end < text.count, text[end] != 0x0A { end += 1 }
        guard start >= 2, end - start <= 24,
              (start..<end).allSatisfy({ b in TextBytes.isDigit(text[b]) || text[b] == 0x20 || text[b] == UInt8(ascii: ",") || text[b] == UInt8(ascii: "e") || text[b] == UInt8(ascii: "n") }),
              Words.split(text, in: start..<end).allSatisfy({ $0.folded == "en" || ($0.folded.count <= 3 && $0.folded.allSatisfy(\.isNumber)) })
        else { return false }
        var belowEnd = end + 1
        while belowEnd < text.count, text[belowEnd] != 0x0A { belowEnd += 1 }
        guard end < text.count, let next = Words.split(text, in: (end + 1)..<belowEnd).first?.folded,
              ["vraag", "vragen", "antwoord", "mededeling"].contains(next)
        else { return false }
        var aboveStart = start - 1
        while aboveStart > 0, text[aboveStart - 1] != 0x0A { aboveStart -= 1 }
        let above = aboveStart..<(start - 1)
        return !above.allSatisfy({ TextBytes.isSpace(text[$0]) })
            && !text.withUnsafeBufferPointer { PageFurniture.isRunningHead(line: above, in: $0) || PageFurniture.isPublicationFurniture(line: above, in: $0) }
    }

    func marker(_ n: Int, digits: Range<Int>) -> FootnoteMarker? {
        let i = digits.lowerBound
        guard i > 0 else { return nil }
        let before = text[i - 1]
        // Markers an extractor moved to a line of their own under the sentence that bore them.
        if before == 0x0A || before == 0x20 || before == UInt8(ascii: ","), onMarkerLine(digits) {
            return FootnoteMarker(number: n, range: digits, footnote: nil, apart: true)
        }
        if TextBytes.isLetter(before: i, in: text) {
            // Glued to a word, unless the word is a code in capitals: MH17, G7, COVID19.
            var k = i
            var hasLower = false
            while k > 0, TextBytes.isLetter(before: k, in: text) {
                k -= 1
                while k > 0, text[k] & 0xC0 == 0x80 { k -= 1 }
                if !TextBytes.isUpper(text[k]) { hasLower = true }
            }
            return hasLower ? FootnoteMarker(number: n, range: digits, footnote: nil) : nil
        }
        switch before {
        case UInt8(ascii: "."), UInt8(ascii: ","):
            // Not the decimals of 2,5 or the thousands of 6.126 — but a year that closes a
            // sentence may carry one: `van 17 maart 2026.5`.
            guard i >= 2, TextBytes.isDigit(text[i - 2]) else { return FootnoteMarker(number: n, range: digits, footnote: nil) }
            return closesOnYear(digits) ? FootnoteMarker(number: n, range: digits, footnote: nil) : nil
        case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"),
             UInt8(ascii: "\""), 0x99, 0x9D:
            // 0x99 and 0x9D end the UTF-8 of ’ and ”.
            return FootnoteMarker(number: n, range: digits, footnote: nil)
        case UInt8(ascii: "["):
            var end = digits.upperBound
            while end < text.count, text[end] == 0x20 { end += 1 }
            return end < text.count && text[end] == UInt8(ascii: "]") ? FootnoteMarker(number: n, range: (i - 1)..<(end + 1), footnote: nil) : nil
        case 0x20:
            // `in Iran? 18` at the end of a line: a sentence's end, a space, the number, then
            // nothing — or Word's `ministerie? 1)`.
            var k = i - 1
            while k > 0, text[k] == 0x20 { k -= 1 }
            guard [UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: "'"), 0x99].contains(text[k]) else { return nil }
            var end = digits.upperBound
            if end < text.count, text[end] == UInt8(ascii: ")") { end += 1 }
            let marker = digits.lowerBound..<end
            while end < text.count, text[end] == 0x20 { end += 1 }
            return end == text.count || text[end] == 0x0A ? FootnoteMarker(number: n, range: marker, footnote: nil) : nil

        default:
            return nil
        }
    }
}
