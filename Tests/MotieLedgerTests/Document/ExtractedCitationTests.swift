import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// What other extractors do to citations needs no repair of the document stage: the scanner
/// reads digits spaced out letter by letter and `Kamerstuk` glued to its number as they stand,
/// so a document's citations, and the motions they name, come out whole.
@Suite("Citations as other extractors leave them, through the document")
struct ExtractedCitationTests {
    @Test("letter-spaced digits (`3 5 925 XVI, nr. 1 1 2`) and a word glued to its number (`Kamerstuk35 925`): the document's citations and its motions' Kamerstukken")
    func madeUp() {
        let text = """
        Den Haag, 3 maart 2026

        Met de motie van het lid Dobbe (Kamerstuk 3 5 925 XVI, nr. 1 1 2) is gevraagd de wachttijden te verkorten. Het kabinet heeft de motie uitgevoerd.

        De motie van het lid Bikker (Kamerstuk35 925, nr. 40) is in uitvoering.

        """
        let document = AnswerDocument(SourceText(text))
        #expect(document.citations.compactMap { $0.id?.canonical } == ["kst-35925-XVI-112", "kst-35925-40"])
        let ids = Set(MotionReader(document).motions.compactMap { $0.id?.canonical })
        #expect(ids == ["kst-35925-XVI-112", "kst-35925-40"])
    }

    @Test("as PyPDF glued it in the corpus: `(Kamerstuk36 600 XII, nr. 42)` is the motion Pierik/Olger van Dijk's (ah-2024z18435 line 17)")
    func corpus() throws {
        let document = try Fixture.document("corpus/aanhangsel-text/ah-2024z18435-lelylijn-nedersaksenlijn.txt")
        #expect(document.citations.contains { $0.id?.canonical == "kst-36600-XII-42" && document.location(of: $0.range.lowerBound).line == 17 })
        #expect(MotionReader(document).motions.contains { $0.id?.canonical == "kst-36600-XII-42" })
    }
}
