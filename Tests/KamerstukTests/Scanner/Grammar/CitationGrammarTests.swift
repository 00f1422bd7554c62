import Testing
@testable import Kamerstuk

/// The grammar's results as values: what a citation's reading returns, and doubts that belong
/// to the numbers a citation took and to no other.
@Suite("Citation grammar")
struct CitationGrammarTests {
    /// The citation the grammar reads at `at` in `text`, and the ones a list goes on with.
    static func read(_ text: String, at: Int = 0) -> [ParsedCitation] {
        var copy = text
        return copy.withUTF8 { buffer in
            var grammar = CitationGrammar(ByteCursor(buffer.baseAddress!, count: buffer.count, at: at))
            guard let first = grammar.citation(at: at) else { return [] }
            var read = [first]
            while first.continuesList, let next = grammar.nextInList(from: read.last!.range.upperBound, prefix: first.prefix) {
                read.append(next)
            }
            return read
        }
    }

    @Test("an opening and a body: the range, the chamber and session, the documents and the page")
    func parsedCitation() {
        let text = "Kamerstukken II 2024/25, 21 501-02, nr. 3236, blz. 2 en verder"
        let read = Self.read(text)
        #expect(read.count == 1)
        guard let citation = read.first else { return }
        #expect(citation.range == 0..<52)
        #expect(citation.prefix.chamber == .tweede && citation.prefix.session == "2024-2025")
        #expect(citation.body.dossier == "21501" && citation.body.ids.map(\.canonical) == ["kst-21501-02-3236"])
        #expect(citation.body.page == "2" && citation.body.finding == nil && citation.continuesList)
    }

    @Test("a list of dossiers is a citation for each, under the first one's opening; a `kst-` ID opens no list")
    func lists() {
        let read = Self.read("TK 2019/20, 36200 V, J en 36200 V, M.", at: 1)
        #expect(read.map { $0.body.ids.map(\.canonical) } == [["kst-36200-V-J"], ["kst-36200-V-M"]])
        #expect(read.map(\.range) == [0..<22, 26..<36])
        #expect(read.map(\.prefix.session) == ["2019-2020", "2019-2020"])
        let canonical = Self.read("kst-21501-02-3236 en 36200 V, M")
        #expect(canonical.count == 1 && canonical.first?.continuesList == false)
    }

    @Test("a doubt about the number read is the citation's finding, in place of its documents")
    func doubtIsAFinding() {
        guard let citation = Self.read("Kamerstuk 21 501-02, nr. 42 e.v. hierover").first else {
            Issue.record("no citation")
            return
        }
        #expect(citation.body.ids.isEmpty)
        #expect(citation.body.finding?.category == .ambiguousCitation)
        #expect(citation.body.finding?.message == "'42 e' may be document 42e, or document 42 and a word after it")
    }

    // A number read and then given back — after `letter`, which wants a capital; after a spaced
    // dash, where a year ends the citation — takes its doubt with it.
    @Test("a doubt about a number the citation does not take is no finding of it", arguments: [
        ("Zie Kamerstuk 32735-406, letter 42 e.v. hierover.", "kst-32735-406"),   // `letter` names no digits
        ("Zie Kamerstuk 36 045, nr. 27 - 2025 a b", "kst-36045-27"),              // a date's year, no range's end
    ])
    func doubtNotTaken(text: String, id: String) {
        #expect(CitationScanner.scan(text).map { $0.reading } == [.kamerstuk(KamerstukID(canonical: id)!)])
    }

    // The scanner knew `mrt.`, the document reader `febr`: both know both now (``PageFurniture``).
    @Test("a day before an abbreviated month opens no range: `nrs. 12 - 15 febr. 2026` is document 12")
    func abbreviatedMonth() {
        for month in ["febr.", "mrt.", "sept."] {
            let text = "Zie Kamerstuk 36 045, nrs. 12 - 15 \(month) 2026 hierover."
            #expect(CitationScanner.scan(text).compactMap { $0.id?.canonical } == ["kst-36045-12"], "\(text)")
        }
    }
}
