import Testing
import Kamerstuk
@testable import MotieLedger

/// What is page furniture and what only stands where furniture stands, in text of our own.
@Suite("Page furniture against the text at a page's edge")
struct PageFurnitureTests {
    static func document(_ text: String) throws -> AnswerDocument {
        AnswerDocument(try SourceText(validating: Array(text.utf8)))
    }

    @Test("a heading that tops every page after a form feed (`\\fAntwoord`, as pdftotext writes it) is no letterhead")
    func headingAfterFormFeed() throws {
        let document = try Self.document("""
        Vragen van het lid Dobbe (SP)

        Vraag
        Hoe staat het met de uitvoering van de motie over huisartsenzorg in de regio?
        \u{0C}Antwoord
        De motie wordt uitgevoerd. Ik informeer uw Kamer voor de zomer over de voortgang.

        Vraag
        Wanneer ontvangt de Kamer de evaluatie van de regionale zorgakkoorden?
        \u{0C}Antwoord
        De evaluatie ontvangt uw Kamer in het najaar van 2026.
        """)
        #expect(document.pairs.map { document.bodyText($0.answer) }
            == ["De motie wordt uitgevoerd. Ik informeer uw Kamer voor de zomer over de voortgang.",
                "De evaluatie ontvangt uw Kamer in het najaar van 2026."])
    }

    @Test("with the form feed on a line of its own, a `Vraag` that tops two pages keeps its pair")
    func headingAfterFormFeedLine() throws {
        let document = try Self.document("""
        Vragen van het lid Bikker (ChristenUnie)

        Vraag
        Hoe staat het met de uitvoering van de motie over schuldhulpverlening?

        Antwoord
        De motie is uitgevoerd.
        \u{0C}
        Vraag
        Is de minister bereid de gemeenten hierover te informeren?

        Antwoord
        Ja. De gemeenten ontvangen voor de zomer een brief.
        \u{0C}
        Vraag
        Wanneer volgt de evaluatie van de Wet gemeentelijke schuldhulpverlening?

        Antwoord
        De evaluatie volgt in het najaar van 2026.
        """)
        #expect(document.pairs.map { document.bodyText($0.question) }
            == ["Hoe staat het met de uitvoering van de motie over schuldhulpverlening?",
                "Is de minister bereid de gemeenten hierover te informeren?",
                "Wanneer volgt de evaluatie van de Wet gemeentelijke schuldhulpverlening?"])
        #expect(document.pairs.map { document.bodyText($0.answer) }
            == ["De motie is uitgevoerd.", "Ja. De gemeenten ontvangen voor de zomer een brief.",
                "De evaluatie volgt in het najaar van 2026."])
    }

    @Test("the letterhead atop three pages leaves the running text; the `Vraag` right under it stays")
    func letterheadOverHeading() throws {
        var text = "Vragen van het lid Tielen (VVD)\n"
        for (n, subject) in ["apotheekbereidingen", "de ijzeren voorraad", "de meldplicht"].enumerated() {
            text += """
            \u{0C}Directie Geneesmiddelen en
            Medische Technologie

            Kenmerk
            4187654-1082345-GMT

            Vraag
            Hoe staat het met de motie over \(subject)?

            Antwoord
            De motie is uitgevoerd (\(n + 1)).

            """
        }
        let document = try Self.document(text)
        let body = String(decoding: document.body, as: UTF8.self)
        #expect(!body.contains("Directie") && !body.contains("Kenmerk") && !body.contains("GMT"))
        #expect(document.pairs.map { document.bodyText($0.question) }
            == ["Hoe staat het met de motie over apotheekbereidingen?", "Hoe staat het met de motie over de ijzeren voorraad?",
                "Hoe staat het met de motie over de meldplicht?"])
        #expect(document.pairs.map { document.bodyText($0.answer) }
            == ["De motie is uitgevoerd (1).", "De motie is uitgevoerd (2).", "De motie is uitgevoerd (3)."])
    }

    @Test("a footnote's citation in its formal form (`Tweede Kamer, vergaderjaar …, nr. 45`) is no running head")
    func citationInFootnote() throws {
        let document = try Self.document("""
        Vragen van het lid Dobbe (SP)

        Vraag
        Hoe staat het met de uitvoering van de motie Dobbe1 over de zorg in de regio?

        Antwoord
        De motie wordt uitgevoerd. De eerste regionale zorgakkoorden zijn in maart gesloten.

        1 Motie van het lid Dobbe over zorg in de regio,
        Tweede Kamer, vergaderjaar 2023–2024, 36 410 V, nr. 45

        Vraag
        Wanneer ontvangt de Kamer de evaluatie?

        Antwoord
        In het najaar van 2026.
        """)
        #expect(document.footnotes.map(\.text)
            == ["Motie van het lid Dobbe over zorg in de regio, Tweede Kamer, vergaderjaar 2023–2024, 36 410 V, nr. 45"])
        #expect(MotionReader(document).motions.map(\.key) == ["kst-36410-V-45"])
    }

    @Test("the running foot right under a page's footnotes, its page number after its own (`nr. 2 147`), is furniture")
    func footUnderFootnotes() throws {
        let document = try Self.document("""
        In 2026 is EUR 1,3 miljard vrijgemaakt voor aanvullende steun aan Oekraïne.1

        1 Zie ook de brief van 14 april 2026 over de stand van zaken van moties (Kamerstuk 21 501-02,
        nr. 3342).
        Tweede Kamer, vergaderjaar 2026–2027, 36 900 V, nr. 2 147

        De motie van het lid Boswijk over de wederopbouw is uitgevoerd.
        """)
        #expect(document.footnotes.map(\.text)
            == ["Zie ook de brief van 14 april 2026 over de stand van zaken van moties (Kamerstuk 21 501-02, nr. 3342)."])
        #expect(!String(decoding: document.body, as: UTF8.self).contains("vergaderjaar"))
    }

    // The document reader and the citation scanner each had their own reading of page furniture
    // and month names, and the two had drifted apart; they share ``PageFurniture`` now. Each
    // test below names a place where the reader's own reading was wrong.

    @Test("a document dated `3 mrt. 2026` has that date: `mrt` is March")
    func abbreviatedMonthInDate() throws {
        let document = try Self.document("""
        Den Haag, 3 mrt. 2026

        Geachte voorzitter,

        Hierbij informeer ik uw Kamer over de uitvoering van de motie van het lid Bikker (Kamerstuk 36 410 XV, nr. 45).
        """)
        #expect(document.date == Day(year: 2026, month: 3, day: 3))
    }

    @Test("`in maar twee gemeenten` promises no time: `maar` is a word, not March")
    func maarIsNoMonth() throws {
        let document = try Self.document("""
        Den Haag, 12 januari 2026

        Geachte voorzitter,

        Hierbij informeer ik uw Kamer over de uitvoering van de motie van het lid Bikker over schuldhulp (Kamerstuk 36 410 XV, nr. 45).

        De motie wordt uitgevoerd: de nieuwe werkwijze is in maar twee gemeenten ingevoerd en volgt in de andere gemeenten.
        """)
        let motions = MotionReader(document).motions
        #expect(motions.map(\.key) == ["kst-36410-XV-45"])
        #expect(motions.first?.status == .inUitvoering)
        #expect(motions.first?.expected == nil)
    }

    static let answerWithFurniture = """
    Vragen van het lid Dobbe (SP)

    Vraag 1
    Hoe verdeelt u de middelen voor de uitvoering van de motie Dobbe (Kamerstuk 36 410 XVI, nr. 45)?

    Antwoord 1
    De motie wordt uitgevoerd. De middelen gaan in twee delen naar de regio's:
    (1/2)
    voor de gemeenten en de rest voor de provincies.
                                                                                         Pagina 1 van 2
    De verdeling volgt in het najaar.
    """

    @Test("a bracketed fraction alone on its line, `(1/2)`, is text; a page number set far right by `pdftotext -layout` is furniture")
    func fractionAndFarRightPageNumber() throws {
        let document = try Self.document(Self.answerWithFurniture)
        #expect(document.pairs.map { document.bodyText($0.answer) }
            == ["De motie wordt uitgevoerd. De middelen gaan in twee delen naar de regio's: (1/2) voor de gemeenten en de rest "
                + "voor de provincies. De verdeling volgt in het najaar."])
    }
}
