import Foundation
import Kamerstuk

/// The members who asked a set of questions, as a section heading names them (`Vragen van de
/// leden van der Werf en Klos (D66)`, `Vragen en opmerkingen van de leden van de VVD-fractie`),
/// or as the opening of one question does (`Het lid Van Nispen (SP) vraagt …`, `De leden van de
/// VVD-fractie vragen …`). A fraction is a party without named members.
package struct AskerSection: Hashable, Sendable {
    package let askers: [String]
    package let party: String?
    /// The heading's line, or the question's.
    package let line: Int
}

extension Finding.Category {
    /// A document that gives no number of its own: it is known by its content's SHA-256.
    package static let noNumber = Finding.Category(rawValue: "no-number")
    /// A document that gives no date: ingest needs one given.
    package static let noDate = Finding.Category(rawValue: "no-date")
}

/// One question with its answer. Offsets are clean-text offsets.
package struct AnswerPair: Hashable, Sendable {
    /// 1-based position in the document.
    package let index: Int
    /// The number as written (`4 en 5`), for numbered questions.
    package let label: String?
    /// The section (asker) it belongs to, an index into `AnswerDocument.sections`.
    package let section: Int?
    package let question: Range<Int>
    package let answer: Range<Int>
    /// The line of the `Vraag` heading.
    package let line: Int
    /// Question and answer untrimmed: what lies between them belongs to the pair too (a
    /// marker after the question mark, `in Iran? 18`).
    let questionSpan: Range<Int>
    let answerSpan: Range<Int>
}

/// A government document as MotieLedger reads it: its header, its asker sections and
/// question/answer pairs, its footnotes and their markers, and the running text with the page
/// furniture taken out.
public struct AnswerDocument: Sendable {
    package let text: CleanText
    /// The running text: the clean text with footnote blocks, page numbers and footnote
    /// markers blanked to spaces. Same length and lines as `text.bytes`, so offsets carry over.
    package let body: [UInt8]
    /// The document's own number as it gives it: the Tweede Kamer document number
    /// (`2026D03887`), an Aanhangsel's (`ah-tk-20232024-1432`), the Zaak number of questions
    /// alone (`2024Z18435`), a publication's identifier from its metadata (`kst-36725-11`), or
    /// the Kamerstuk its running heads name (`kst-36360-VIII-1`). Nil when it gives none.
    public let number: String?
    /// What the document is: answers, a Mededeling, questions alone, a motion, an annual
    /// report or a letter.
    package let kind: DocumentKind
    /// The Zaak number of the questions an Aanhangsel answers (`2024Z17331`), if it gives one.
    package let zaak: String?
    /// The document's date (`Den Haag, 28 januari 2026`).
    public let date: Day?
    /// The debate it answers, named in the opening sentence.
    public let debate: Debate?
    /// The ministry's reference (`Ons kenmerk BZ2612877`), if the document gives one.
    package let reference: String?
    package let sections: [AskerSection]
    package let pairs: [AnswerPair]
    /// The rows of an annex table (`Overzicht moties en toezeggingen`): each opens with a line
    /// `Motie …` and runs to the next. Found only in documents without questions.
    package let rows: [Range<Int>]
    package let footnotes: [Footnote]
    package let markers: [FootnoteMarker]
    /// Citations in the running text and in the footnotes, with clean-text ranges.
    public let citations: [CitationMatch]
    public let findings: [Finding]

    public init(_ source: SourceText) {
        self.init(source, metadata: nil, links: [])
    }

    /// A document as the input stage read it: what its metadata says of its number and date
    /// wins over what the text says, and the publisher's links join the citations read.
    public init(_ document: SourceDocument) {
        self.init(document.text, metadata: document.metadata, links: document.links)
    }

    private init(_ source: SourceText, metadata: DocumentMetadata?, links: [OfficialXML.Link]) {
        let text = ExtractionRepair.repaired(CleanText(source).unfoldingColumns(rowStart: StructureReader.opensRow))
        self.text = text
        let bytes = text.bytes
        let lines = TextLine.lines(of: bytes)
        var findings: [Finding] = []

        let allCitations = bytes.withUnsafeBufferPointer { CitationScanner.scan($0) }
        var footnoteReader = FootnoteReader(text: bytes, lines: lines, excluded: allCitations.map(\.range))
        footnoteReader.read()
        footnotes = footnoteReader.footnotes
        markers = footnoteReader.markers
        for (category, message, offset) in footnoteReader.findings {
            findings.append(Finding(category, message, at: text.location(of: offset)))
        }

        var body = bytes
        for index in footnoteReader.blockLines { AnswerDocument.blank(lines[index].range, in: &body) }
        var afterColumnHead = false
        var afterFoot = false
        var afterMasthead = false
        for line in lines where !line.isBlank(in: bytes) {
            // `Stand van zaken` is a heading of its own, unless it closes a table's column heads.
            let words = line.range.count <= 48 ? Words.split(bytes, in: line.range).map(\.folded) : []
            let furniture = AnswerDocument.isPageFurniture(at: line.number - 1, in: lines, text: bytes)
            let masthead = bytes.withUnsafeBufferPointer { PageFurniture.isMasthead(line: line.range, in: $0) }
            // The page's number under its foot, on a line of its own (`pdftotext` without
            // `-layout`); under the masthead, the chamber's number and the publication's (`2`, `878`).
            let trimmed = line.trimmed(in: bytes)
            let digits = bytes[trimmed].allSatisfy(TextBytes.isDigit)
            let pageNumber = digits && (afterFoot && trimmed.count <= 3 || afterMasthead && trimmed.count <= 5)
            if furniture || masthead || pageNumber || (afterColumnHead && words == ["stand", "van", "zaken"]) {
                AnswerDocument.blank(line.range, in: &body)
            } else {
                let cells = bytes.withUnsafeBufferPointer { PageFurniture.furnitureCells(line: line.range, in: $0) }
                for cell in cells + [AnswerDocument.columnHeads(in: line, text: bytes)].compactMap({ $0 }) {
                    AnswerDocument.blank(cell, in: &body)
                }
            }
            afterFoot = furniture
            afterMasthead = masthead
            afterColumnHead = words.contains("omschrijving") || words.contains("vindplaats")
        }
        let headings = StructureReader(text: bytes, lines: lines, place: text)
        for index in AnswerDocument.repeatedPageTops(lines, in: bytes, isHeading: { headings.heading($0) != nil })
            + AnswerDocument.repeatedNavigation(lines, in: bytes) {
            AnswerDocument.blank(lines[index].range, in: &body)
        }
        for marker in markers { AnswerDocument.blank(marker.range, in: &body) }
        self.body = body
        // Citations read again from the running text, where a citation split by a page's
        // footnotes is whole again, and from each footnote.
        var citations = body.withUnsafeBufferPointer { CitationScanner.scan($0) }
        for footnote in footnotes {
            let slice = Array(bytes[footnote.range])
            for var match in slice.withUnsafeBufferPointer({ CitationScanner.scan($0) }) {
                match.range = (match.range.lowerBound + footnote.range.lowerBound)..<(match.range.upperBound + footnote.range.lowerBound)
                citations.append(match)
            }
        }
        citations.sort { $0.range.lowerBound < $1.range.lowerBound }
        let linked = LinkedCitations.join(citations, links: links.map { text.cleanLink($0) }, place: text.location(of:))
        self.citations = linked.citations
        findings += linked.findings

        let header = HeaderReader(text: body, lines: lines)
        let aanhangsel = AanhangselHeader(text: bytes, lines: lines)
        number = metadata?.identifier ?? aanhangsel?.number ?? header.documentNumber()
            ?? HeaderReader.ownKamerstuk(text: bytes, lines: lines)?.canonical
        zaak = aanhangsel?.zaak
        reference = header.reference()
        date = metadata?.date ?? aanhangsel?.date ?? header.documentDate()
        debate = aanhangsel == nil ? header.debate(reference: date) : nil

        var structure = StructureReader(text: body, lines: lines, place: text)
        structure.read(questionsOnly: aanhangsel.map { $0.kind != .answers } ?? false)
        sections = structure.sections
        pairs = structure.pairs
        rows = pairs.isEmpty ? structure.rows() : []
        kind = AnswerDocument.kind(metadata: metadata, aanhangsel: aanhangsel, pairs: pairs, header: header)
        if number == nil {
            findings.append(Finding(.noNumber, "the document gives no number of its own (a Tweede Kamer number such as 2026D03887, "
                + "an Aanhangsel's ah-tk-…, a Kamerstuk's running head): it is known by its content, sha256: and the first 12 hex digits of its SHA-256",
                at: nil))
        }
        if date == nil {
            findings.append(Finding(.noDate, "the document gives no date (such as 'Den Haag, 28 januari 2026' or '(ontvangen 5 april 2024)'); "
                + "ingest needs one with --date YYYY-MM-DD", at: nil))
        }
        self.findings = findings
    }

    /// The document's kind: an Aanhangsel's from its head; a motion by its metadata or its
    /// opening (`De Kamer,` / `gehoord de beraadslaging,`); answers when it pairs questions with
    /// answers; an annual report by its title (`Jaarverslag`); else a letter.
    static func kind(metadata: DocumentMetadata?, aanhangsel: AanhangselHeader?, pairs: [AnswerPair], header: HeaderReader) -> DocumentKind {
        if let aanhangsel { return aanhangsel.kind }
        if metadata?.type?.lowercased().hasSuffix("motie") == true { return .motion }
        if !pairs.isEmpty { return .answers }
        let words = Words.split(header.text, in: header.headerRange).prefix(400).map(\.folded)
        for k in words.indices.dropLast(2) where words[k] == "de" && words[k + 1] == "kamer" && words[k + 2] == "gehoord" {
            return .motion
        }
        if words.prefix(60).contains(where: { $0 == "jaarverslag" }) { return .annualReport }
        return .letter
    }

    /// The lines a letter repeats at the top of its pages after a form feed (the directorate, its
    /// reference): a page's first lines for as long as each is short letterhead text that tops
    /// at least three pages, and most of them. A heading is never one: pages of questions and
    /// answers often open with `Vraag` or `Antwoord`.
    static func repeatedPageTops(_ lines: [TextLine], in text: [UInt8], isHeading: (TextLine) -> Bool) -> [Int] {
        var tops: [[Int]] = []
        for (index, line) in lines.enumerated() where line.range.contains(where: { text[$0] == 0x0C }) {
            tops.append(Array(lines.indices[index...].lazy.filter { !lines[$0].isBlank(in: text) }.prefix(6)))
        }
        guard tops.count >= 3 else { return [] }
        func key(_ index: Int) -> String { String(decoding: text[lines[index].trimmed(in: text)], as: UTF8.self) }
        var pages: [String: Int] = [:]
        for top in tops {
            for line in Set(top.map(key)) { pages[line, default: 0] += 1 }
        }
        // Letterhead is a name, a label or a reference: no sentence's end, no clause's.
        func isLetterhead(_ index: Int) -> Bool {
            let trimmed = lines[index].trimmed(in: text)
            return trimmed.count <= 48 && ![UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ","),
                                             UInt8(ascii: ";"), UInt8(ascii: ":")].contains(text[trimmed.upperBound - 1])
                && !isHeading(lines[index])
        }
        return tops.flatMap { top in top.prefix { pages[key($0)]! >= 3 && pages[key($0)]! * 2 > tops.count && isLetterhead($0) } }
    }

    /// The bar of section names a report prints on every page (pdftools gives it a line of its
    /// own: `Verantwoording NPO Financiële Terugblik 2019   Algemene toelichting   Pro forma
    /// exploitatie   …   Bijlagen   5`): a short line of four cells of words or more between
    /// gutters, the same on three pages or more but for the page's number at its end. A heading
    /// that recurs (`A. Algemene doelstelling`) is one cell or two, a table's row of figures
    /// (`Ontvangsten   12   34   56`) one of words.
    static func repeatedNavigation(_ lines: [TextLine], in text: [UInt8]) -> [Int] {
        var keys: [Int: String] = [:]
        var pages: [String: Int] = [:]
        for (index, line) in lines.enumerated() where (24...320).contains(line.range.count) {
            let cells = text.withUnsafeBufferPointer { PageFurniture.gutteredCells(line.range, in: $0) }
            guard cells.lazy.filter({ cell in text[cell].contains(where: TextBytes.isASCIILetter) }).count >= 4 else { continue }
            var end = cells.last!.upperBound
            while end > cells.last!.lowerBound, TextBytes.isDigit(text[end - 1]) || text[end - 1] == 0x20 { end -= 1 }
            let key = TextBytes.collapsed(text[cells[0].lowerBound..<end])
            keys[index] = key
            pages[key, default: 0] += 1
        }
        return keys.filter { pages[$0.value]! >= 3 }.map(\.key).sorted()
    }

    /// The line and column in the user's input of a clean-text offset.
    package func location(of offset: Int) -> SourceLocation { text.location(of: offset) }

    /// The running text of a range, white space collapsed.
    package func bodyText(_ range: Range<Int>) -> String { TextBytes.collapsed(body[range]) }

    /// The pair whose question or answer holds `offset`, and whether it is in the answer.
    package func pair(containing offset: Int) -> (pair: AnswerPair, inAnswer: Bool)? {
        // Pairs follow each other through the text: the last one that starts at or before the offset.
        var lo = 0, hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairs[mid].questionSpan.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let pair = pairs[lo - 1]
        if pair.questionSpan.contains(offset) { return (pair, false) }
        if pair.answerSpan.contains(offset) { return (pair, true) }
        return nil
    }

    static func blank(_ range: Range<Int>, in body: inout [UInt8]) {
        for i in range where body[i] != 0x0A { body[i] = 0x20 }
    }

    /// The column heads an annex table repeats on every page, where they share a line with
    /// the page's first row or the table's caption (pdftools gives a page a line): `Tabel 129
    /// … afgerond Omschrijving van de motie   Vindplaats   Stand van zaken Motie van het lid …`,
    /// `Omschrijving van de toezegging …` — the range from `Omschrijving` through `zaken`.
    static func columnHeads(in line: TextLine, text: [UInt8]) -> Range<Int>? {
        let trimmed = line.trimmed(in: text)
        let words = Words.split(text, in: trimmed.lowerBound..<min(trimmed.upperBound, trimmed.lowerBound + 400))
        guard let first = words.firstIndex(where: { $0.folded == "omschrijving" }) else { return nil }
        let heads: Set<String> = ["omschrijving", "van", "de", "motie", "toezegging", "vindplaats", "stand", "zaken"]
        let run = words[first...].prefix { heads.contains($0.folded) }
        guard run.contains(where: { $0.folded == "vindplaats" }), let last = run.lastIndex(where: { $0.folded == "zaken" }),
              last - 2 >= first, run[last - 2].folded == "stand", run[last - 1].folded == "van"
        else { return nil }
        return words[first].range.lowerBound..<run[last].range.upperBound
    }

    /// A page number and the running head of a Kamerstuk (``PageFurniture``), and the column
    /// heads an annex table repeats on every page (`Omschrijving`, `Vindplaats`, `Stand van
    /// zaken`): not text.
    static func isPageFurniture(at index: Int, in lines: [TextLine], text: [UInt8]) -> Bool {
        let line = lines[index]
        let furniture = text.withUnsafeBufferPointer {
            PageFurniture.isPageNumber(line: line.range, in: $0) || PageFurniture.isRunningHead(line: line.range, in: $0)
                || PageFurniture.isPublicationFurniture(line: line.range, in: $0)
        }
        if furniture { return true }
        guard line.range.count <= 48 else { return false }
        let words = Words.split(text, in: line.range).map(\.folded)
        return !words.isEmpty && words.allSatisfy(["omschrijving", "vindplaats", "stand", "van", "zaken"].contains)
            && (words.contains("omschrijving") || words.contains("vindplaats"))
    }
}

/// The document's header: its number, date and the debate its opening sentence names.
struct HeaderReader {
    let text: [UInt8]
    let lines: [TextLine]

    /// The header region: up to the first section heading or question, at most 80 lines.
    var headerRange: Range<Int> {
        var end = lines[min(lines.count, 80) - 1].range.upperBound
        for line in lines.prefix(80) {
            let words = Words.split(text, in: line.range).prefix(2).map(\.folded)
            if words.first == "vraag" || words == ["vragen", "van"] {
                end = line.range.lowerBound
                break
            }
        }
        return 0..<end
    }

    /// `2026D03887`: a year, `D`, five digits.
    func documentNumber() -> String? {
        for word in Words.split(text, in: headerRange) {
            let w = Array(word.folded.utf8)
            if w.count == 10, w[4] == UInt8(ascii: "d"), w[..<4].allSatisfy(TextBytes.isDigit),
               w[5...].allSatisfy(TextBytes.isDigit), w[0] == UInt8(ascii: "1") || w[0] == UInt8(ascii: "2") {
                return String(decoding: text[word.range], as: UTF8.self)
            }
        }
        return nil
    }

    /// `Den Haag, 28 januari 2026`, `Datum 28 januari 2026`, `(ontvangen 2 februari 2026)`,
    /// `Vastgesteld 19 maart 2026` (a verslag), or else a date on a line of its own near the top;
    /// never a date in the running text of the header. `Datum` is the letterhead's label only
    /// where it opens its line: `de instructiebrief van datum 29 september 2011` names another
    /// document's date.
    func documentDate() -> Day? {
        let words = Words.split(text, in: headerRange)
        let labels: Set<String> = ["haag", "datum", "ontvangen", "s-gravenhage", "gravenhage", "vastgesteld"]
        var alone: Day?
        for k in words.indices {
            guard let (date, taken) = DutchDate.date(at: k, in: words, reference: nil) else { continue }
            let line = lines.first { $0.range.contains(words[k].range.lowerBound) }
            if let label = words[max(0, k - 2)..<k].last(where: { labels.contains($0.folded) }),
               label.folded != "datum" || lines.first(where: { $0.range.contains(label.range.lowerBound) })?.trimmed(in: text).lowerBound
                == label.range.lowerBound {
                return date
            }
            // A date on a line of its own, in the letterhead.
            if alone == nil, let line, line.number <= 40, words[k].range.lowerBound == line.trimmed(in: text).lowerBound,
               words[k + taken - 1].range.upperBound == line.trimmed(in: text).upperBound {
                alone = date
            }
        }
        return alone
    }

    /// `Ons kenmerk BZ2612877`, `Kenmerk 2026-0000012345`: the word after it, on its line or the next.
    func reference() -> String? {
        let words = Words.split(text, in: headerRange)
        for k in words.indices where words[k].folded == "kenmerk" && (k == 0 || words[k - 1].folded != "uw") {
            guard k + 1 < words.count, TextBytes.isDigit(text[words[k + 1].range.last!]) || words[k + 1].folded.count >= 6
            else { continue }
            return String(decoding: text[words[k + 1].range], as: UTF8.self)
        }
        return nil
    }

    static let debateKinds = ["begrotingsbehandeling", "commissiedebat", "notaoverleg", "wetgevingsoverleg",
                              "tweeminutendebat", "debat", "plenaire", "algemeen", "schriftelijk"]
    static let connectors: Set<String> = ["en", "van", "voor", "de", "het", "over", "inzake"]

    /// The debate of the opening sentence: `… tijdens de eerste termijn van de
    /// begrotingsbehandeling Buitenlandse Zaken op 27 januari jl.` gives `begrotingsbehandeling
    /// Buitenlandse Zaken 2026-01-27`.
    func debate(reference: Day?) -> Debate? {
        // Only the opening paragraph says what the document is: `Hierbij treft u de antwoorden
        // aan op vragen gesteld tijdens …`, `Ter voorbereiding op het commissiedebat …`. A debate
        // named further on is one the letter tells about (`… heeft deze motie tijdens het
        // commissiedebat Spoor ontraden`).
        guard let opening = openingParagraph() else { return nil }
        let openers: Set<String> = ["hierbij", "bijgaand", "ter", "in", "naar", "graag"]
        for sentence in Sentences.split(text, in: opening) {
            let words = Words.split(text, in: sentence)
            guard let first = words.first?.folded, openers.contains(first) || words.contains(where: { $0.folded == "tijdens" }),
                  let debate = debate(in: words, reference: reference)
            else { continue }
            return debate
        }
        return nil
    }

    /// The paragraph after the salutation (`Geachte voorzitter,`), or the rest of the salutation's
    /// when no blank line follows it; without one, the header's first paragraph of running text:
    /// a sentence of some length, ending in a full stop.
    func openingParagraph() -> Range<Int>? {
        var paragraphs: [Range<Int>] = []
        var start: Int?
        let header = headerRange
        for line in lines {
            guard line.range.upperBound <= header.upperBound else { break }
            if line.isBlank(in: text) {
                if let s = start { paragraphs.append(s..<line.range.lowerBound) }
                start = nil
            } else if start == nil {
                start = line.range.lowerBound
            }
        }
        if let s = start { paragraphs.append(s..<header.upperBound) }
        if let salutation = paragraphs.firstIndex(where: { Words.split(text, in: $0).first?.folded == "geachte" }) {
            let paragraph = paragraphs[salutation]
            if let lineEnd = text[paragraph].firstIndex(of: 0x0A),
               text[(lineEnd + 1)..<paragraph.upperBound].contains(where: { !TextBytes.isSpace($0) }) {
                return (lineEnd + 1)..<paragraph.upperBound
            }
            return paragraphs.indices.contains(salutation + 1) ? paragraphs[salutation + 1] : nil
        }
        return paragraphs.first { paragraph in
            let end = text[paragraph].lastIndex { !TextBytes.isSpace($0) }
            return end.map { text[$0] == UInt8(ascii: ".") } == true && Words.split(text, in: paragraph).count >= 8
        }
    }

    func debate(in words: [Word], reference: Day?) -> Debate? {
        for k in words.indices {
            let word = words[k].folded
            guard let kind = HeaderReader.debateKinds.first(where: { word.hasSuffix($0) }) else { continue }
            // `plenaire debat`, `algemeen overleg`, `schriftelijk overleg`: the kind is two words.
            var kindWords = [String(decoding: text[words[k].range], as: UTF8.self)]
            var j = k + 1
            if ["plenaire", "algemeen", "schriftelijk"].contains(kind) {
                guard j < words.count, ["debat", "overleg"].contains(words[j].folded) else { continue }
                kindWords.append(words[j].folded)
                j += 1
            }
            guard k > 0, ["de", "het", "een", "tijdens", "bij", "in"].contains(words[k - 1].folded) else { continue }
            var subject: [String] = []
            var date: Day?
            while j < words.count, subject.count < 8 {
                let w = words[j]
                if ["op", "van", "d.d"].contains(w.folded), let (day, _) = DutchDate.date(at: j + 1, in: words, reference: reference) {
                    date = day
                    break
                }
                if let (day, _) = DutchDate.date(at: j, in: words, reference: reference) {
                    date = day
                    break
                }
                // An aside in brackets: `(Kamerstuk 36 800 VI)`.
                if w.range.lowerBound > 0, text[w.range.lowerBound - 1] == UInt8(ascii: "(") {
                    while j < words.count, words[j].range.upperBound < text.count, text[words[j].range.upperBound] != UInt8(ascii: ")") { j += 1 }
                    j += 1
                    continue
                }
                let raw = String(decoding: text[w.range], as: UTF8.self)
                // The budget's year belongs to the name: `begrotingsbehandeling Justitie en Veiligheid 2026`.
                if !subject.isEmpty, raw.count == 4, let year = Int(raw), (1900...2100).contains(year) {
                    subject.append(raw)
                    j += 1
                    continue
                }
                let capitalised = raw.first.map { $0.isUppercase } ?? false
                guard capitalised || (HeaderReader.connectors.contains(w.folded) && !subject.isEmpty)
                        || (w.folded == "over" && subject.isEmpty) else { break }
                if !(w.folded == "over" && subject.isEmpty) { subject.append(raw) }
                if sentenceEnds(after: w.range) { break }
                j += 1
            }
            while let last = subject.last, HeaderReader.connectors.contains(TextBytes.folded(last)) { subject.removeLast() }
            guard !subject.isEmpty || date != nil else { continue }
            let label = (kindWords + subject + (date.map { [$0.iso] } ?? [])).joined(separator: " ")
            return Debate(label: label, date: date)
        }
        return nil
    }

    func sentenceEnds(after range: Range<Int>) -> Bool {
        var i = range.upperBound
        while i < text.count, text[i] == 0x20 { i += 1 }
        return i < text.count && (text[i] == UInt8(ascii: ".") || text[i] == UInt8(ascii: "?"))
    }
}

/// Asker sections and question/answer pairs.
struct StructureReader {
    let text: [UInt8]
    let lines: [TextLine]
    /// For the line numbers of the input, which a text unfolded from columns does not keep.
    let place: CleanText
    var sections: [AskerSection] = []
    var pairs: [AnswerPair] = []

    enum Heading {
        case section(AskerSection)
        /// `Vraag`, `Vraag 1`, `Vraag 4 en 5`; the offset where the question's text starts.
        case question(label: String?, textStart: Int)
        /// `Antwoord`, `Antwoord 1`, `Antwoord op de vragen 4 en 5`, `Reactie van de minister`.
        case answer(label: String?, textStart: Int)
        /// A paragraph that opens by naming the askers (`De leden van de VVD-fractie vragen
        /// voorts …`, `Tot slot vragen deze leden …`): where a question without a heading starts.
        case askers(textStart: Int)
        /// `Mededeling` alone on its line: the questions end, the postponement follows.
        case mededeling
    }

    /// Reads the sections and pairs. With `questionsOnly` (questions alone, a Mededeling) every
    /// question is a pair of its own with an empty answer; questions without headings (Word's
    /// Kamervragen) are the paragraphs after the title, numbered by their place.
    mutating func read(questionsOnly: Bool = false) {
        var headings: [(line: TextLine, heading: Heading)] = []
        for line in lines {
            if let heading = heading(line) { headings.append((line, heading)) }
        }
        var section: Int?
        // A question without a heading of its own (a verslag schriftelijk overleg): the text
        // from the section heading, or from a paragraph that names the askers, to the answer.
        var unheaded: (line: TextLine, start: Int)?
        var question: (line: TextLine, label: String?, start: Int, headed: Bool)?
        var answer: (line: TextLine, label: String?, start: Int)?
        let text = self.text
        func closePair(at end: Int) {
            guard let q = question, answer != nil || questionsOnly else { return }
            let a = answer
            let questionSpan = q.start..<max(q.start, a?.line.range.lowerBound ?? end)
            let answerSpan = a.map { $0.start..<max($0.start, end) } ?? questionSpan.upperBound..<questionSpan.upperBound
            var pairSection = section
            // A question that names its askers (`Het lid Van Nispen (SP) vraagt …`) has them,
            // unless they are the section's.
            if let (askers, party) = openingAskers(at: trim(questionSpan).lowerBound),
               section.map({ sections[$0].askers != askers || sections[$0].party != party }) ?? true {
                sections.append(AskerSection(askers: askers, party: party, line: place.location(of: trim(questionSpan).lowerBound).line))
                pairSection = sections.count - 1
            }
            pairs.append(AnswerPair(index: pairs.count + 1, label: q.label ?? a?.label, section: pairSection,
                                    question: trim(questionSpan), answer: trim(answerSpan),
                                    line: place.location(of: q.line.range.lowerBound).line,
                                    questionSpan: questionSpan, answerSpan: answerSpan))
            question = nil
            answer = nil
        }
        func trim(_ range: Range<Int>) -> Range<Int> {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi, TextBytes.isSpace(text[lo]) { lo += 1 }
            while hi > lo, TextBytes.isSpace(text[hi - 1]) { hi -= 1 }
            return lo..<hi
        }
        for (line, heading) in headings {
            switch heading {
            case .section(let s):
                closePair(at: line.range.lowerBound)
                question = nil
                sections.append(s)
                section = sections.count - 1
                if let next = lines[line.number...].first(where: { !$0.isBlank(in: text) }) {
                    unheaded = (next, next.trimmed(in: text).lowerBound)
                }
            case .mededeling:
                closePair(at: line.range.lowerBound)
                question = nil
            case .question(let label, let start):
                if answer != nil || questionsOnly { closePair(at: line.range.lowerBound) }
                unheaded = nil
                if let q = question {
                    // Consecutive questions answered together: one pair, labels joined.
                    let labels = [q.label, label].compactMap { $0 }
                    question = (q.line, labels.isEmpty ? nil : labels.joined(separator: " en "), q.start, true)
                } else {
                    question = (line, label, start, true)
                }
            case .askers(let start):
                // Only where questions go without headings: an answer may speak of its askers too.
                guard answer != nil, question?.headed == false else { continue }
                closePair(at: line.range.lowerBound)
                question = (line, nil, start, false)
            case .answer(let label, let start):
                if question == nil, let u = unheaded {
                    question = (u.line, nil, u.start, false)
                    unheaded = nil
                }
                if question != nil { answer = (line, label, start) }
            }
        }
        closePair(at: text.count)
        if questionsOnly, pairs.isEmpty, let title = sections.last { readUnheadedQuestions(after: title) }
    }

    /// Questions without headings, one paragraph each after the title that names the askers, up
    /// to the end or the notes: each a pair labelled by its place (`1`, `2`, …).
    mutating func readUnheadedQuestions(after title: AskerSection) {
        guard let titleLine = lines.first(where: { place.location(of: $0.range.lowerBound).line == title.line }) else { return }
        var start: Int?
        var paragraphs: [Range<Int>] = []
        for line in lines[titleLine.number...] {
            if line.isBlank(in: text) {
                if let s = start { paragraphs.append(s..<line.range.lowerBound) }
                start = nil
            } else if start == nil {
                start = line.trimmed(in: text).lowerBound
            }
        }
        if let s = start { paragraphs.append(s..<text.count) }
        for paragraph in paragraphs where Words.split(text, in: paragraph).count >= 4 {
            var end = paragraph.upperBound
            while end > paragraph.lowerBound, TextBytes.isSpace(text[end - 1]) { end -= 1 }
            let label = String(pairs.count + 1)
            pairs.append(AnswerPair(index: pairs.count + 1, label: label, section: sections.count - 1,
                                    question: paragraph.lowerBound..<end, answer: end..<end,
                                    line: place.location(of: paragraph.lowerBound).line,
                                    questionSpan: paragraph, answerSpan: paragraph.upperBound..<paragraph.upperBound))
        }
    }

    /// The askers a text opens by naming (``askerPhrase(_:)``), at `offset`.
    func openingAskers(at offset: Int) -> (askers: [String], party: String?)? {
        guard offset < text.count else { return nil }
        let end = text[offset...].prefix(240).firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") })
            ?? min(text.count, offset + 240)
        return StructureReader.askerPhrase(Substring(TextBytes.collapsed(text[offset..<end])))
    }

    /// `het lid Van Nispen (SP)`, `de leden Dobbe (SP) en Piri (GroenLinks-PvdA)`, `de leden van
    /// de VVD-fractie`, `de leden van de GroenLinks-PvdA-fractie en de SP-fractie`, `lid Erkens`:
    /// the members and their party, or the fractions as the party. Text after the phrase is
    /// left alone (`… vraagt of …`).
    static func askerPhrase(_ text: Substring) -> (askers: [String], party: String?)? {
        let words = text.split(separator: " ")
        var k = 0
        if let first = words.first, ["het", "de"].contains(first.lowercased()) { k = 1 }
        guard k < words.count, ["lid", "leden"].contains(words[k]) else { return nil }
        k += 1
        // Fractions: `van de VVD-fractie en de SP-fractie`, `van de fracties van GroenLinks-PvdA
        // en SP`, `van de fractie van de VVD`.
        let hyphenated = k + 2 < words.count && words[k + 2].hasSuffix("-fractie")
        if k + 2 < words.count, words[k] == "van", words[k + 1] == "de",
           hyphenated || (["fractie", "fracties"].contains(words[k + 2]) && k + 3 < words.count && words[k + 3] == "van") {
            var parties: [String] = []
            for word in words[(k + (hyphenated ? 2 : 4))...].map({ $0.trimmingCharacters(in: .punctuationCharacters) }) {
                if word.hasSuffix("-fractie") {
                    parties.append(String(word.dropLast("-fractie".count)))
                } else if !hyphenated, let first = word.first, first.isUppercase || first.isNumber {
                    parties.append(word)
                } else if !["en", "de", "het", "van"].contains(word) {
                    break
                }
            }
            return parties.isEmpty ? nil : ([], parties.joined(separator: "/"))
        }
        // Members: names (capitals and tussenvoegsels) with their parties in brackets, up to a
        // word in lower case: `Dobbe (SP) en Piri (GroenLinks-PvdA)`, `Van Nispen vraagt`.
        let tussenvoegsels: Set<Substring> = ["van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "en"]
        var taken: [Substring] = []
        var inBrackets = false
        for word in words[k...] {
            if inBrackets || word.hasPrefix("(") {
                inBrackets = !word.hasSuffix(")") && !word.hasSuffix("),")
            } else if word.first?.isUppercase != true && !tussenvoegsels.contains(word) {
                break
            }
            taken.append(word)
        }
        while let last = taken.last, tussenvoegsels.contains(last) { taken.removeLast() }
        let named = Substring(taken.joined(separator: " "))
        let askers = names(named)
        return askers.isEmpty ? nil : (askers, parties(named))
    }

    /// Whether text opens a row of an annex table: `Motie …`, `Motie-Klaver …`, `Gewijzigde
    /// motie …`, `Nader gewijzigde motie …`, with a capital.
    static func opensRow(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, TextBytes.isUpper(first) else { return false }
        let head = TextBytes.folded(String(decoding: text.prefix(24), as: UTF8.self))
        return ["motie ", "motie-", "gewijzigde motie", "nader gewijzigde motie"].contains { head.hasPrefix($0) }
    }

    /// The rows of an annex's tables: from a line that opens a row (``opensRow(_:)``) after a
    /// blank line, to the next one or to a line that opens another table (`Tabel 13 …`,
    /// `Toezeggingen`).
    func rows() -> [Range<Int>] {
        // Where rows start, and where a table (of motions or of toezeggingen) starts: a row
        // runs to whichever comes next. An annex may hold several tables of motions.
        var starts: [(offset: Int, isRow: Bool)] = []
        for (index, line) in lines.enumerated() where index > 0 && lines[index - 1].isBlank(in: text) {
            let trimmed = line.trimmed(in: text)
            guard !trimmed.isEmpty else { continue }
            if StructureReader.opensRow(text[trimmed]) || opensCitedRow(at: index) {
                starts.append((line.range.lowerBound, true))
                continue
            }
            guard TextBytes.isUpper(text[trimmed.lowerBound]), starts.last?.isRow == true else { continue }
            let head = TextBytes.folded(String(decoding: text[trimmed].prefix(12), as: UTF8.self))
            if head.hasPrefix("toezegging") || head.hasPrefix("tabel ") { starts.append((line.range.lowerBound, false)) }
        }
        return starts.indices.filter { starts[$0].isRow }.map { k in
            starts[k].offset..<(k + 1 < starts.count ? starts[k + 1].offset : text.count)
        }
    }

    /// A row of a table whose first column is the Kamerstuk (`36 600 VIII, nr. 45` or
    /// `Kamerstukken II⏎2025/26, 36 600⏎VIII, nr. 70`, unfolded above its `Motie …` cell): short
    /// lines that open with a digit or `Kamerstuk`, and a line that opens a row within four.
    func opensCitedRow(at index: Int) -> Bool {
        let first = lines[index].trimmed(in: text)
        let head = TextBytes.folded(String(decoding: text[first].prefix(10), as: UTF8.self))
        guard TextBytes.isDigit(text[first.lowerBound]) || head.hasPrefix("kamerstuk") else { return false }
        for next in (index + 1)..<min(index + 5, lines.count) {
            let trimmed = lines[next].trimmed(in: text)
            if trimmed.isEmpty || lines[next - 1].trimmed(in: text).count > 32 { return false }
            if StructureReader.opensRow(text[trimmed]) { return true }
        }
        return false
    }

    func heading(_ line: TextLine) -> Heading? {
        let trimmed = line.trimmed(in: text)
        guard trimmed.count >= 2 else { return nil }
        if trimmed.count == 10, TextBytes.folded(ascii: text[trimmed]) == "mededeling" { return .mededeling }
        if TextBytes.isDigit(text[trimmed.lowerBound]) { return numberedQuestion(trimmed) }
        if let heading = titledHeading(line, trimmed: trimmed) { return heading }
        if line.number >= 2, lines[line.number - 2].isBlank(in: text), TextBytes.isUpper(text[trimmed.lowerBound]),
           StructureReader.namesAskers(Words.split(text, in: trimmed).prefix(6).map(\.folded)) {
            return .askers(textStart: trimmed.lowerBound)
        }
        return nil
    }

    /// A heading that opens with `Vra…`, `Antw…` or `Reac…`.
    func titledHeading(_ line: TextLine, trimmed: Range<Int>) -> Heading? {
        guard trimmed.count >= 5, [UInt8(ascii: "V"), UInt8(ascii: "A"), UInt8(ascii: "R")].contains(text[trimmed.lowerBound])
        else { return nil }
        let words = Words.split(text, in: trimmed)
        guard let first = words.first?.folded else { return nil }
        if first == "vragen", words.count >= 3, ["van", "gesteld", "en"].contains(words[1].folded) {
            return sectionHeading(line, words: words)
        }
        if first == "reactie" || first == "antwoord", let role = words.dropFirst(3).first?.folded, words[1].folded == "van",
           ["de", "het"].contains(words[2].folded), StructureReader.answerers.contains(role), words.count <= 10,
           text[trimmed.upperBound - 1] == UInt8(ascii: ":") || TextBytes.isLetter(before: trimmed.upperBound, in: text) {
            return .answer(label: nil, textStart: min(line.range.upperBound + 1, text.count))
        }
        guard first == "vraag" || first == "antwoord" || (first == "vragen" && words.count > 1 && TextBytes.isDigit(text[words[1].range.lowerBound]))
        else { return nil }
        // The label: numbers joined by `en`, `,`, `t/m`, after an optional `op (de) vraag`.
        var k = 1
        if first == "antwoord", k + 1 < words.count, words[k].folded == "op" {
            let skip = words[k + 1].folded == "de" ? 3 : 2
            if k + skip - 1 < words.count, ["vraag", "vragen"].contains(words[k + skip - 1].folded) { k += skip }
        }
        var labelWords: [Word] = []
        while k < words.count, TextBytes.isDigit(text[words[k].range.lowerBound]) || (!labelWords.isEmpty && ["en", "t/m", "tot"].contains(words[k].folded)) {
            labelWords.append(words[k])
            k += 1
        }
        while let last = labelWords.last, !TextBytes.isDigit(text[last.range.lowerBound]) { labelWords.removeLast() }
        let headingEnd = labelWords.last?.range.upperBound ?? words[0].range.upperBound
        var rest = headingEnd
        while rest < trimmed.upperBound, text[rest] == 0x20 || text[rest] == UInt8(ascii: ":") || text[rest] == UInt8(ascii: ".") { rest += 1 }
        // A heading stands alone on its line, or ends with a colon and the text follows it.
        let alone = rest == trimmed.upperBound
        let colon = (headingEnd..<rest).contains { text[$0] == UInt8(ascii: ":") }
        guard alone || colon else { return nil }
        let label = labelWords.isEmpty ? nil
            : TextBytes.collapsed(text[labelWords.first!.range.lowerBound..<labelWords.last!.range.upperBound])
        let start = alone ? min(line.range.upperBound + 1, text.count) : rest
        return first == "antwoord" ? .answer(label: label, textStart: start) : .question(label: label, textStart: start)
    }

    /// Who answers under a heading `Reactie van de minister`, `Antwoord van het kabinet`.
    static let answerers: Set<String> = ["minister", "staatssecretaris", "kabinet", "regering", "bewindspersoon",
                                         "bewindspersonen", "minister-president"]

    /// Whether the opening words of a paragraph name the askers as who speaks: `De leden van de
    /// VVD-fractie vragen …`, `Deze leden vragen …`, `Het lid Bikker vraagt …`, `Tot slot vragen
    /// deze leden …`, `Ook vragen zij …` — not `Ik begrijp dat de leden …`.
    static func namesAskers(_ words: [String]) -> Bool {
        for j in 0..<min(4, words.count) {
            if ["ik", "wij", "we", "mij", "mijn", "kabinet", "minister", "staatssecretaris"].contains(words[j]) { return false }
            let next = j + 1 < words.count ? words[j + 1] : ""
            if ["de", "deze", "genoemde", "voornoemde"].contains(words[j]) && next == "leden" || words[j] == "het" && next == "lid"
                || words[j] == "zij" && (j == 0 || ["vragen", "willen", "wijzen", "merken"].contains(words[j - 1])) {
                return true
            }
        }
        return false
    }

    /// `12.` on its own line, or `12. Het lid Van Nispen (SP) vraagt …`: a numbered question,
    /// when the text after the number names who asks it (not `1. Verkeersveiligheid`).
    func numberedQuestion(_ trimmed: Range<Int>) -> Heading? {
        var i = trimmed.lowerBound
        while i < trimmed.upperBound, TextBytes.isDigit(text[i]) { i += 1 }
        guard i - trimmed.lowerBound <= 3, i < trimmed.upperBound, text[i] == UInt8(ascii: "."), text[trimmed.lowerBound] != UInt8(ascii: "0")
        else { return nil }
        let label = String(decoding: text[trimmed.lowerBound..<i], as: UTF8.self)
        var start = i + 1
        while start < trimmed.upperBound, text[start] == 0x20 { start += 1 }
        if start == trimmed.upperBound { return .question(label: label, textStart: min(trimmed.upperBound + 1, text.count)) }
        return openingAskers(at: start) != nil ? .question(label: label, textStart: start) : nil
    }

    /// `Vragen van het lid Erkens (VVD)`, `Vragen van de leden van der Werf en Klos (D66)`,
    /// `Vragen en opmerkingen van de leden van de VVD-fractie` — not the line of a table of
    /// contents that names it with its page (`… VVD-fractie    1`, `… (SP) ..... 12`): bare
    /// digits that end the line after a run of spaces or dots, which a party such as `(50PLUS)`
    /// is not.
    func sectionHeading(_ line: TextLine, words: [Word]) -> Heading? {
        let trimmed = line.trimmed(in: text)
        if let last = words.last, last.range.upperBound == trimmed.upperBound, last.range.lowerBound >= trimmed.lowerBound + 2,
           last.range.allSatisfy({ TextBytes.isDigit(text[$0]) }),
           (last.range.lowerBound - 2..<last.range.lowerBound).allSatisfy({ text[$0] == 0x20 || text[$0] == UInt8(ascii: ".") }) {
            return nil
        }
        let raw = TextBytes.collapsed(text[trimmed])
        var rest = Substring(raw)
        for prefix in ["Vragen van ", "Vragen gesteld door ", "Vragen en opmerkingen van "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            // `Vragen gesteld door de leden der Kamer`: the Aanhangsel's heading, no members.
            if rest.lowercased().hasPrefix("de leden der kamer") { return nil }
            // Written questions go on: `… (SP) aan de minister van … over …`.
            if let addressee = rest.range(of: " aan de ") ?? rest.range(of: " aan het ") { rest = rest[..<addressee.lowerBound] }
            guard let (askers, party) = StructureReader.askerPhrase(rest) else { return nil }
            return .section(AskerSection(askers: askers, party: party, line: place.location(of: line.range.lowerBound).line))
        }
        return nil
    }

    /// `van der Werf en Klos (D66)` → `van der Werf`, `Klos`.
    static func names(_ text: Substring) -> [String] {
        var plain = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { plain.append(character) }
        }
        return plain.replacingOccurrences(of: " en ", with: ",").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The parties in brackets: `(D66)`; several are joined with `/`.
    static func parties(_ text: Substring) -> String? {
        var parties: [String] = []
        var current: String?
        for character in text {
            if character == "(" {
                current = ""
            } else if character == ")", let party = current {
                if !party.isEmpty { parties.append(party) }
                current = nil
            } else if current != nil {
                current!.append(character)
            }
        }
        return parties.isEmpty ? nil : parties.joined(separator: "/")
    }
}
