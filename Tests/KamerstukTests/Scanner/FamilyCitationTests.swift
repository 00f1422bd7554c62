import Testing
import TestSupport
@testable import Kamerstuk

/// Citations in documents of the seed's family that are not the seed: a letter listing papers
/// in every form the domain knows, and a letter as a PDF conversion with CRLF line ends,
/// ligatures, no-break and soft hyphens, bracketed footnotes and page furniture. The
/// expectations are read off the documents by hand.
@Suite("Citations in other documents")
struct FamilyCitationTests {
    /// The resolved citations of a fixture.
    static func found(_ name: String) throws -> [(line: Int, column: Int, id: String)] {
        let source = try SourceText(validating: Fixture.bytes(name))
        return source.citations().compactMap { citation in
            citation.id.map { (citation.location.line, citation.location.column, $0.canonical) }
        }
    }

    static func check(_ found: [(line: Int, column: Int, id: String)], _ expected: [(line: Int, column: Int, id: String)]) {
        #expect(found.count == expected.count, "\(found.map(\.id))")
        for (got, want) in zip(found, expected) {
            #expect(got.line == want.line && got.column == want.column && got.id == want.id, "got \(got), want \(want)")
        }
    }

    @Test("every form of family-citation-forms.txt, and none of its amounts, phone numbers and codes")
    func citationForms() throws {
        Self.check(try Self.found("family-citation-forms.txt"), [
            (33, 45, "kst-35300-F"),         // Kamerstukken II 2019/20, 35 300, nr. F
            (34, 25, "kst-36089-3"),         // Kamerstuk 36 089 (R2170), nr. 3
            (35, 2, "kst-34550-XIII-14"),    // …, nr. 14, blz. 2
            (36, 7, "kst-21501-02-3196"),    // nrs. 3196, 3236 en 3305
            (36, 7, "kst-21501-02-3236"),
            (36, 7, "kst-21501-02-3305"),
            (37, 7, "kst-21501-02-3196"),    // nr. 3196 en nr. 3236
            (37, 7, "kst-21501-02-3236"),
            (38, 1, "kst-36410-V-12"),       // …; 36 410 V, nr. 15 en 36 410 V, nr. 19
            (38, 44, "kst-36410-V-15"),
            (38, 64, "kst-36410-V-19"),
            (39, 38, "kst-36200-V-J"),       // Kamerstukken 36200 V, J en 36200 V, M
            (39, 65, "kst-36200-V-M"),
            (40, 6, "kst-33328-AI"),         // Kamerstukken I 2022/23, 33 328, AI.1
            (63, 65, "kst-36600-V-45"),      // Kamerstuk 36 600- ⏎ footnote, page break ⏎ V, nr. 45
            (66, 3, "kst-33328-AI"),         // the footnote on the page break
            (74, 36, "kst-36600-B-4"),
            (75, 17, "kst-35300-V-23"),      // TK 2019/20, 35 300 V, nr. 23
            (75, 47, "kst-34775-5"),         // T.K. 34 775, nr. 5: from T.K., no session
            (75, 67, "kst-35300-A"),         // EK 2019/20, 35 300, ⏎ nr. A
            (76, 8, "kst-34300-V-10"),       // Tweede Kamer, vergaderjaar 2015–2016, …
            (76, 64, "kst-31700-V-5"),       // Kamerstuk 31.700 V, ⏎ nr. 5
            (77, 10, "kst-36600-B-K"),       // Kamerstukken I 2023/24, 36 600 B, K
            (78, 41, "kst-36800-V-27"),      // in a URL
            (79, 18, "kst-36800-V-41"),      // KST-36800-V-41
            (87, 12, "kst-21501-08-692"),
            (87, 36, "kst-36410-XVII-10"),   // no comma before nr.
            (87, 66, "kst-35925-XVII-5"),
            (88, 21, "kst-36410-42e"),
            (88, 48, "kst-21501-02-3310"),   // Kst. 21501-02, nr. 3310
            (88, 73, "kst-21501-20-2362"),   // nrs. 2362, 2366 en 2374
            (88, 73, "kst-21501-20-2366"),
            (88, 73, "kst-21501-20-2374"),
            (89, 37, "kst-36800-V-27"),      // Kamerstuk 36 800 V nr 27
            (89, 65, "kst-32317-850"),       // nummer 850
            (103, 2, "kst-21501-02-3236"),   // 2Kamerstukken II …: footnote 2, glued
        ])
    }

    @Test("what family-citation-forms.txt leaves open is a finding with its place")
    func citationFormFindings() throws {
        let source = try SourceText(validating: Fixture.bytes("family-citation-forms.txt"))
        let open = source.citations().filter { $0.id == nil }
        let findings = open.map { citation -> (Int, Finding.Category) in
            guard case .unresolved(let note) = citation.match.reading else { return (0, .incompleteCitation) }
            return (citation.location.line, note.category)
        }
        #expect(findings.map(\.0) == [90, 92])
        #expect(findings.map(\.1) == [.incompleteCitation, .ambiguousCitation])
    }

    @Test("a PDF conversion: CRLF, no-break spaces, en dashes, a soft hyphen inside `Kamerstuk`, and a citation broken by a page's footnote, page number and form feed")
    func pdfConversion() throws {
        Self.check(try Self.found("family-letter-crlf-ligatures.txt"), [
            (24, 67, "kst-21501-02-3310"),   // (Kamer\u{AD}⏎stuk 21\u{A0}501-02, nr.\u{A0}3310)
            (33, 23, "kst-36800-V-63"),      // Kamerstuk 36 800- ⏎ [1] … ⏎ Pagina 1 van 3 ⏎ \f V, nr. 63
            (35, 5, "kst-21501-02-3301"),    // [1] Kamerstukken II 2025/26, …
            (46, 33, "kst-21501-02-3320"),   // 21 501–02 with an en dash
            (56, 5, "kst-21501-02-3315"),
            (57, 5, "kst-36600-V-70"),
        ])
    }

    @Test("an Eerste Kamer letter straight after the dossier, and what is not one")
    func eersteKamerLetters() {
        #expect(CitationScanner.scan("Kamerstukken I 2025/26, 36 500, AB").map { $0.id?.canonical } == ["kst-36500-AB"])
        #expect(CitationScanner.scan("(Kamerstukken I 2025/26, 36 500, AB) aangenomen").map { $0.id?.canonical } == ["kst-36500-AB"])
        // A word, not a letter: `EU-landen`, `U ontvangt`, `CDA en VVD`; a bare `36 500, AB` is no
        // citation at all.
        #expect(CitationScanner.scan("Kamerstuk 36 500, EU-landen").map { $0.id } == [nil])
        #expect(CitationScanner.scan("Kamerstuk 32 735, U ontvangt de brief later").map { $0.id } == [nil])
        #expect(CitationScanner.scan("Kamerstuk 36 725, CDA en VVD stemden voor").map { $0.id } == [nil])
        #expect(CitationScanner.scan("in 36 500, AB zijn").isEmpty)
    }
}
