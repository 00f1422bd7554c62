import Testing
import Kamerstuk
@testable import MotieLedger

/// The structure of documents of the seed's family in other shapes, read off each document by hand.
@Suite("Structure of written answers to a budget debate: family-jenv-antwoorden-begroting")
struct BudgetAnswersStructureTests {
    let document: AnswerDocument

    init() throws {
        document = try Fixture.document("family-jenv-antwoorden-begroting.txt")
    }

    @Test("superscript markers (`wijkagent¹`, `2025⁶`) and the endnotes gathered under `Noten`, one a line")
    func endnotes() throws {
        #expect(document.footnotes.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.footnotes.map { document.location(of: $0.range.lowerBound).line } == [176, 177, 178, 179, 180, 181])
        #expect(document.footnotes[1].text == "Motie van het lid Michon-Derkzen c.s., Kamerstukken II 2024/25, 29 628, nr. 1260")
        #expect(document.markers.map { "\($0.number)@\(document.location(of: $0.range.lowerBound))" }
            == ["1@39:58", "2@59:6", "3@103:42", "4@135:70", "5@162:53", "6@169:44"])
        #expect(document.markers.allSatisfy { $0.footnote != nil })
        #expect(document.findings.isEmpty)
        // The last answer ends where the answer does: no `Noten`, no endnote text, no marker.
        let last = try #require(document.pairs.last)
        #expect(document.bodyText(last.answer).hasSuffix("geïnformeerd. De evaluatie ontvangt uw Kamer in het najaar van 2026."))
        #expect(document.bodyText(last.answer).hasPrefix("Zoals ik in mijn brief van 15 december 2025 heb gemeld"))
    }
}

/// Superscript markers against what only looks like one.
@Suite("Superscript footnote markers")
struct SuperscriptMarkerTests {
    static func document(_ text: String) throws -> AnswerDocument {
        AnswerDocument(try SourceText(validating: Array(text.utf8)))
    }

    @Test("a unit's power (`400 m²`) is no marker")
    func unit() throws {
        let document = try Self.document("""
        De motie¹ is uitgevoerd. De hal meet 400 m² en de motie² ook.

        ¹ Kamerstuk 36 800 VI, nr. 12
        ² Kamerstuk 36 800 VI, nr. 13
        """)
        #expect(document.markers.map { "\($0.number)@\(document.location(of: $0.range.lowerBound))" } == ["1@1:9", "2@1:56"])
        #expect(document.footnotes.map(\.text) == ["Kamerstuk 36 800 VI, nr. 12", "Kamerstuk 36 800 VI, nr. 13"])
    }

    @Test("a marker of two superscript digits")
    func twoDigits() throws {
        var text = ""
        for n in 1...11 { text += "Zin \(n) met een noot.\(n)\n\n\(n) Zie de brief \(n).\n\n" }
        let document = try Self.document(text + "De motie¹² is uitgevoerd.\n\n¹² Kamerstuk 36 800 VI, nr. 12\n")
        #expect(document.footnotes.map(\.number) == Array(1...12))
        #expect(document.markers.last.map { "\($0.number)@\(document.location(of: $0.range.lowerBound))" } == "12@45:9")
        #expect(document.footnotes.last?.text == "Kamerstuk 36 800 VI, nr. 12")
    }
}
