import Testing
@testable import Kamerstuk

/// A citation read across a page break: what is skipped between its halves, what is kept as a
/// gap, and the footnotes found on their own.
@Suite("Page breaks inside citations")
struct PageBreakTests {
    /// Skips the space at the start of `text`: the page break crossed, and where the cursor stops.
    static func skip(_ text: String) -> (PageBreak?, Int) {
        var copy = text
        return copy.withUTF8 { buffer in
            var cursor = ByteCursor(buffer.baseAddress!, count: buffer.count)
            return (cursor.skipSpaceAcrossPages(), cursor.i)
        }
    }

    @Test("a page's footnotes and page number: the footnote block, and the gap up to the next page's text")
    func footnotesAndPageNumber() {
        let (pageBreak, end) = Self.skip(" \n\n1 Kamerstuk 21501-02, nr. 3301\nPagina 1 van 2\n\n63")
        #expect(pageBreak == PageBreak(footnotes: 3..<34, gap: 3..<50))
        #expect(end == 50)
    }

    @Test("a page number alone is a gap without footnotes")
    func pageNumberAlone() {
        let (pageBreak, end) = Self.skip(" \n\nPagina 2 van 5\n\nnr. 243")
        #expect(pageBreak == PageBreak(footnotes: nil, gap: 3..<19))
        #expect(end == 19)
    }

    @Test("blank lines alone, or one line break before a number, are space and no page break")
    func spaceOnly() {
        #expect(Self.skip(" \n\nwoord") == (nil, 3))
        #expect(Self.skip(" \n3236") == (nil, 2))
        #expect(Self.skip("3236") == (nil, 0))
    }

    // The scanner and the document reader each had their own idea of a footnote's opening; the
    // scanner's missed these two, which the reader took for footnotes (``PageFurniture``).
    @Test("a footnote that is a link, or numbered in superscript, is skipped inside a citation broken over a page", arguments: [
        "(Kamerstuk 36 800-V, nr. \n[1] https://www.tweedekamer.nl/kamerstukken/moties\nPagina 1 van 2\n63) wordt bezien.",
        "(Kamerstuk 36 800-V, nr. \n\n\u{B9} Kamerstuk 21501-02, nr. 3301\nPagina 1 van 2\n\n63) wordt bezien.",
    ])
    func footnotesTheReaderKnew(text: String) {
        let matches = CitationScanner.scan(text)
        #expect(matches.first?.id?.canonical == "kst-36800-V-63")
        #expect(matches.first?.gaps.count == 1)
    }

    @Test("a citation broken over a page: the footnotes, page number, blank lines and form feed between the halves are gaps")
    func pageBreaks() {
        let forms: [(String, String)] = [
            ("(Kamerstuk 36 800-V, nr. \n\n1 Kamerstuk 21501-02, nr. 3301\nPagina 1 van 2\n\n63) wordt bezien.", "kst-36800-V-63"),
            ("(Kamerstuk 36 800-V, nr. \n\n1 Kamerstuk 21501-02, nr. 3301\n\u{0C}63) wordt bezien.", "kst-36800-V-63"),
            ("(Kamerstuk 36 800-V, nr.\n\n1 Kamerstuk 21501-02, nr. 3301\n\n \n\n \n\n63) wordt bezien.", "kst-36800-V-63"),
            ("(Kamerstuk 36 800-\n\n \n1 Kamerstuk 21501-02, nr. 3301 \n\n\n\n \n\n \n\nV, nr. 63) wordt bezien.", "kst-36800-V-63"),
            ("(Kamerstuk 36 800-V, nr. \n[1] Kamerstuk 21501-02, nr. 3301\nPagina 1 van 2\n63) wordt bezien.", "kst-36800-V-63"),
        ]
        for (text, id) in forms {
            let matches = CitationScanner.scan(text)
            #expect(matches.map { $0.id?.canonical ?? "unresolved" } == [id, "kst-21501-02-3301"], "\(text.debugDescription)")
            // The footnote inside is a gap of the outer citation, and found on its own.
            let outer = matches.first { $0.id?.canonical == id }
            let footnote = matches.first { $0.id?.canonical == "kst-21501-02-3301" }
            if let outer, let footnote {
                #expect(outer.gaps.contains { $0.contains(footnote.range.lowerBound) })
            }
        }
    }

    @Test("a number past a line break after `nr.` that may be a footnote's or the page's is a finding, not a guess")
    func doubtfulNumbers() {
        for text in [
            "(Kamerstuk 21 501-02, nr.\n\n1 Kamerstuk 36 045, nr. 243\n\n3236) heeft",  // a footnote, one blank line
            "(Kamerstuk 21 501-02, nr.\n1 Kamerstuk 36 045, nr. 243\n3\n3236) heeft",     // a footnote, no blank line
            "(Kamerstuk 21 501-02, nr.\n\n\n2\n\n3236) heeft",                           // a bare page number
        ] {
            let first = CitationScanner.scan(text).first
            guard case .unresolved(let note)? = first?.reading else {
                Issue.record("\(text.debugDescription): \(String(describing: first?.reading))")
                continue
            }
            #expect(note.category == .ambiguousCitation)
        }
        // A page number written `2/5` or `Blad 2 van 5`, also with CRLF, is page furniture.
        for text in ["(Kamerstuk 21 501-02, nr.\n\n2/5\n\n3236)", "(Kamerstuk 21 501-02, nr.\r\n\r\nBlad 2 van 5\r\n\r\n3236)",
                     "(Kamerstuk 21 501-02, nr.\r\n\r\n1 Kamerstuk 36 045, nr. 243\r\nPagina 2 van 5\r\n3236)"] {
            #expect(CitationScanner.scan(text).first?.id?.canonical == "kst-21501-02-3236", "\(text.debugDescription)")
        }
        // The number broken onto the next line, with a page break and an amount after it, is the
        // document's.
        #expect(CitationScanner.scan("39 Kamerstuk 23 145-V, nr. \n1320 \n\n\n \n\n750.000 ondersteund").first?.id?.canonical
                == "kst-23145-V-1320")
        // The next line opening with a number, after a whole citation, is left alone.
        #expect(CitationScanner.scan("Kamerstuk 36 800-V, nr. 63\n2 moties zijn aangenomen.").map { $0.id?.canonical } == ["kst-36800-V-63"])
    }

    @Test("a parse that backs up over a page break records it once; the footnote inside is found once")
    func backingUpOverAPageBreak() {
        let paged = CitationScanner.scan("Zie Kamerstuk 36 045\n\n\nPagina 2 van 5\n\nnr. 243 voor de motie.")
        #expect(paged.map { $0.id?.canonical } == ["kst-36045-243"])
        #expect(paged.first?.gaps.count == 1)
        let footnoted = CitationScanner.scan("Zie Kamerstuk 36 045\n\n1 Kamerstuk 32735, nr. 406\n\n\nnr. 243 voor de motie.")
        #expect(footnoted.map { $0.id?.canonical } == ["kst-36045-243", "kst-32735-406"])
    }
}
