import Foundation
import Kamerstuk

extension Finding.Category {
    /// A document that gives no number of its own: it is known by its content's SHA-256.
    package static let noNumber = Finding.Category(rawValue: "no-number")
    /// A document that gives no date: ingest needs one given.
    package static let noDate = Finding.Category(rawValue: "no-date")
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
        var footnoteReader = FootnoteReader(text: text, lines: lines, excluded: allCitations.map(\.range))
        footnoteReader.read()
        footnotes = footnoteReader.footnotes
        markers = footnoteReader.markers
        findings += footnoteReader.findings

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
            findings.append(FindingText.noNumber.finding(at: nil))
        }
        if date == nil {
            findings.append(FindingText.noDate.finding(at: nil))
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

    /// Where an offset stands among the pairs: in the question or in the answer of `pair`.
    package struct PlaceInPair {
        package let pair: AnswerPair
        package let inAnswer: Bool

        /// The question's or the answer's span, whichever holds the offset.
        package var span: Range<Int> { inAnswer ? pair.answerSpan : pair.questionSpan }
    }

    /// The pair whose question or answer holds `offset`.
    package func pair(containing offset: Int) -> PlaceInPair? {
        // Pairs follow each other through the text: the last one that starts at or before the offset.
        var lo = 0, hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairs[mid].questionSpan.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let pair = pairs[lo - 1]
        if pair.questionSpan.contains(offset) { return PlaceInPair(pair: pair, inAnswer: false) }
        if pair.answerSpan.contains(offset) { return PlaceInPair(pair: pair, inAnswer: true) }
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
