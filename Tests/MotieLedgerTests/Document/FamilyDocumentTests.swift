import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// The structure of documents of the seed's family in other shapes, read off each document by hand.
@Suite("Structure of written answers to a budget debate: family-jenv-antwoorden-begroting")
struct BudgetAnswersStructureTests {
    let document: AnswerDocument

    init() throws {
        document = try Fixture.document("family-jenv-antwoorden-begroting.txt")
    }

    @Test("header: the debate of the opening paragraph, its budget year kept and its Kamerstuk in brackets left out")
    func header() {
        #expect(document.number == "2026D05214")
        #expect(document.date == Day(year: 2026, month: 2, day: 12))
        #expect(document.debate == Debate(label: "begrotingsbehandeling Justitie en Veiligheid 2026 2026-02-10",
                                          date: Day(year: 2026, month: 2, day: 10)))
    }

    @Test("`Vraag 8 en 9` answered under `Antwoord op de vragen 8 en 9`: one pair, between 7 and 10")
    func pairHeadings() {
        #expect(document.pairs.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8 en 9", "10", "11", "12", "13", "14", "15"])
        let pair = document.pairs[7]
        #expect(document.bodyText(pair.question).hasPrefix("De leden van de JA21-fractie vragen of de minister"))
        #expect(document.bodyText(pair.answer).hasPrefix("Bij de Voorjaarsnota 2026 besluit het kabinet"))
        #expect(document.bodyText(pair.answer).hasSuffix("Ik bezie hoe de motie daarbij het beste kan worden uitgevoerd."))
    }

    @Test("each question names its askers: a fraction (`De leden van de VVD-fractie vragen`) or a member (`Het lid Van Nispen (SP) vraagt`)")
    func askers() {
        let askers = document.pairs.map { pair in
            pair.section.map { document.sections[$0] }.map { ($0.askers.joined(separator: ", ")) + " (\($0.party ?? ""))" } ?? ""
        }
        #expect(askers == [
            " (VVD)", " (GroenLinks-PvdA)", " (PVV)", " (CDA)", "Van Nispen (SP)", " (SP)", " (D66)", " (JA21)",
            "Sneller (D66)", " (GroenLinks-PvdA/SP)", " (VVD)", "Bikker (ChristenUnie)", " (GroenLinks-PvdA)", "Ellian (VVD)",
        ])
        #expect(document.pairs[4].section.map { document.sections[$0].line } == 68)
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

/// A verslag schriftelijk overleg: questions without headings, by fraction, each followed by
/// `Reactie van de minister`.
@Suite("Structure of a verslag schriftelijk overleg: family-vso-justitiele-inrichtingen")
struct WrittenConsultationStructureTests {
    let document: AnswerDocument

    init() throws {
        document = try Fixture.document("family-vso-justitiele-inrichtingen.txt")
    }

    @Test("dated the day it was `Vastgesteld`, not a day the text names; no debate")
    func header() {
        #expect(document.date == Day(year: 2026, month: 3, day: 19))
        #expect(document.debate == nil)
    }

    @Test("the running head of page 2 is page furniture: out of the running text")
    func runningHead() {
        #expect(document.bodyText(document.pairs[2].answer) == "In lijn met de motie heb ik de capaciteit van het Penitentiair "
            + "Psychiatrisch Centrum Vught alvast uitgebreid met 40 plaatsen. De rest van de motie, die ziet op zorg op de reguliere "
            + "afdelingen, vraagt om extra personeel; ik informeer uw Kamer daarover bij de Voorjaarsnota 2026. De middelen uit het "
            + "amendement zijn toegevoegd aan artikel 34 en worden ingezet voor de werving van forensisch verpleegkundigen.")
    }

    @Test("a section a fraction; the table of contents that lists them is no section")
    func sections() {
        #expect(document.sections.map(\.party) == ["VVD", "GroenLinks-PvdA", "CDA", "SP", "ChristenUnie"])
        #expect(document.sections.allSatisfy { $0.askers.isEmpty })
        #expect(document.sections.map(\.line) == [39, 63, 84, 98, 113])
    }

    @Test("each question up to `Reactie van de minister`, each reaction up to the next question or section")
    func pairs() {
        #expect(document.pairs.count == 7)
        #expect(document.pairs.map(\.section) == [0, 0, 1, 2, 3, 4, 4])
        #expect(document.pairs.allSatisfy { $0.label == nil })
        let questions = document.pairs.map { document.bodyText($0.question) }
        #expect(questions[0].hasPrefix("De leden van de VVD-fractie hebben kennisgenomen van de voortgangsbrief."))
        #expect(questions[0].hasSuffix("Waarom wordt deze motie nog steeds niet uitgevoerd?"))
        #expect(questions[1].hasPrefix("De leden van de VVD-fractie vragen voorts"))
        #expect(questions[6].hasPrefix("Tot slot vragen deze leden"))
        let answers = document.pairs.map { document.bodyText($0.answer) }
        #expect(answers[0] == "De motie-Ellian/Van der Werf wordt uitgevoerd. De voorwaarden voor meerpersoonscelgebruik in de "
            + "gevangenissen worden op dit moment met de vakbonden en de ondernemingsraad van DJI uitgewerkt. Ik verwacht dit "
            + "overleg in het vierde kwartaal van 2026 af te ronden.")
        #expect(answers[1].hasPrefix("Ja. Met de werkinstructie"))
        #expect(answers[6].hasPrefix("Ja. Over die motie informeer ik uw Kamer"))
    }
}

/// The ways a fraction is named as asker.
@Suite("Askers named by fraction")
struct FractionAskerTests {
    @Test("`van de VVD-fractie`, `van de fracties van GroenLinks-PvdA en SP`, `van de fractie van de VVD`, `het lid van de BBB-fractie`; not a member `van de Werf`")
    func fractions() {
        let read = ["de leden van de VVD-fractie vragen", "De leden van de fracties van GroenLinks-PvdA en SP vragen",
                    "De leden van de fractie van de VVD hebben", "Het lid van de BBB-fractie vraagt", "Het lid van de Werf (D66) vraagt", "De leden van de commissie"]
            .map { StructureReader.askerPhrase(Substring($0)).map { "\($0.askers) \($0.party ?? "-")" } ?? "none" }
        #expect(read == ["[] VVD", "[] GroenLinks-PvdA/SP", "[] VVD", "[] BBB", "[\"van de Werf\"] D66", "none"])
    }
}

/// Pair headings in other shapes, in text of our own.
@Suite("Numbered questions and their headings")
struct PairHeadingTests {
    @Test("a verslag's questions without headings, answered under `Reactie van de staatssecretaris` and `Antwoord`")
    func reactions() throws {
        let document = AnswerDocument(try SourceText(validating: Array("""
        Vragen en opmerkingen van de leden van de SP-fractie

        Het lid Van Nispen (SP) vraagt hoe het staat met de motie.

        Reactie van de staatssecretaris

        De motie wordt uitgevoerd.

        Deze leden vragen ook naar de tweede motie.

        Antwoord

        De tweede motie is vervallen.

        Ik begrijp dat de leden hierover zorgen hebben.
        """.utf8)))
        #expect(document.pairs.map { document.bodyText($0.question) } == ["Het lid Van Nispen (SP) vraagt hoe het staat met de motie.",
                                                                          "Deze leden vragen ook naar de tweede motie."])
        #expect(document.pairs.map { document.bodyText($0.answer) } == ["De motie wordt uitgevoerd.",
                                                                        "De tweede motie is vervallen. Ik begrijp dat de leden hierover zorgen hebben."])
        let sections = document.pairs.map { $0.section.map { document.sections[$0] } }
        #expect(sections.map { $0?.askers } == [["Van Nispen"], []])
        #expect(sections.map { $0?.party } == ["SP", "SP"])
    }

    @Test("`Vragen 8 en 9`, `12.` and `13.` before a question that names its askers; `Antwoord op de vragen …`")
    func headings() throws {
        let document = AnswerDocument(try SourceText(validating: Array("""
        Vragen 8 en 9
        Het lid Van Nispen (SP) vraagt of de minister de motie uitvoert. Hoe staat het met de tweede motie?

        Antwoord op de vragen 8 en 9
        De motie wordt uitgevoerd.

        12. De leden van de CDA-fractie vragen naar de stand van zaken.

        Antwoord
        Deze motie is afgedaan.

        13.
        Het lid Bikker (ChristenUnie) vraagt of de minister de motie uitvoert.

        Antwoord op vraag 13
        Ja.

        1. Verkeersveiligheid

        Dit is geen vraag.
        """.utf8)))
        #expect(document.pairs.map(\.label) == ["8 en 9", "12", "13"])
        #expect(document.pairs.map { document.bodyText($0.answer) } == ["De motie wordt uitgevoerd.", "Deze motie is afgedaan.",
                                                                        "Ja. 1. Verkeersveiligheid Dit is geen vraag."])
        #expect(document.bodyText(document.pairs[1].question) == "De leden van de CDA-fractie vragen naar de stand van zaken.")
        let sections = document.pairs.map { $0.section.map { document.sections[$0] } }
        #expect(sections.map { $0?.askers } == [["Van Nispen"], [], ["Bikker"]])
        #expect(sections.map { $0?.party } == ["SP", "CDA", "ChristenUnie"])
    }
}

/// Section headings against the lines of a table of contents that list them.
@Suite("Section headings and a table of contents")
struct SectionHeadingTests {
    @Test("a heading may end in a party with a digit (`(50PLUS)`); a contents line ends in a bare page number")
    func partyWithDigit() throws {
        let document = AnswerDocument(try SourceText(validating: Array("""
        Inhoud
        Vragen van het lid Dobbe (SP) ........ 1
        Vragen van het lid Van Rooijen (50PLUS)    2

        Vragen van het lid Dobbe (SP)

        Vraag
        Hoe staat het met de uitvoering van de motie over huisartsenzorg in de regio?

        Antwoord
        De motie wordt uitgevoerd.

        Vragen van het lid Van Rooijen (50PLUS)

        Vraag
        Wanneer ontvangt de Kamer de verkenning naar de koppeling van de AOW-leeftijd?

        Antwoord
        De verkenning ontvangt uw Kamer voor de zomer.
        """.utf8)))
        #expect(document.sections.map(\.askers) == [["Dobbe"], ["Van Rooijen"]])
        #expect(document.sections.map(\.party) == ["SP", "50PLUS"])
        #expect(document.sections.map(\.line) == [5, 13])
        #expect(document.pairs.map(\.section) == [0, 1])
    }
}

/// A progress letter that tells of a debate in passing.
@Suite("Header of a progress letter: family-ienw-voortgang-moties")
struct ProgressLetterHeaderTests {
    @Test("the opening right under the salutation, with no blank line between, names the debate")
    func openingUnderSalutation() throws {
        let document = AnswerDocument(try SourceText(validating: Array("""
        Datum 2 juni 2026

        Geachte voorzitter,
        Ter voorbereiding op het commissiedebat Raad Algemene Zaken van 19 mei 2026 informeer ik
        uw Kamer over de uitvoering van twee moties.

        Tijdens het commissiedebat Europese Top van 3 juni 2026 is de motie ontraden.
        """.utf8)))
        #expect(document.date == Day(year: 2026, month: 6, day: 2))
        #expect(document.debate == Debate(label: "commissiedebat Raad Algemene Zaken 2026-05-19", date: Day(year: 2026, month: 5, day: 19)))
    }

    @Test("`Datum 20 mei 2026`; `tijdens het commissiedebat Spoor ontraden` deep in the letter names no debate it answers")
    func header() throws {
        let document = try Fixture.document("family-ienw-voortgang-moties.txt")
        #expect(document.date == Day(year: 2026, month: 5, day: 20))
        #expect(document.debate == nil)
        #expect(document.pairs.isEmpty)
    }
}

/// A letter as `pdftotext` gives it: form feeds, the directorate and reference at the top of
/// every page, `Pagina 2 van 5` at the foot.
@Suite("Page furniture of a PDF conversion: family-vws-pdftotext-brief")
struct PDFConversionFurnitureTests {
    let document: AnswerDocument

    init() throws {
        document = try Fixture.document("family-vws-pdftotext-brief.txt")
    }

    @Test("the lines repeated at the top of each page leave the running text, so a citation broken by a page break is whole")
    func repeatedHeads() {
        let body = String(decoding: document.body, as: UTF8.self)
        #expect(body.components(separatedBy: "Directie Geneesmiddelen en").count == 2)  // the letterhead's, on page 1
        #expect(body.components(separatedBy: "4187654-1082345-GMT").count == 2)        // the letterhead's
        #expect(!body.contains("Pagina"))
        let ids = document.citations.compactMap(\.id?.canonical)
        #expect(ids.contains("kst-32793-835"))
        #expect(ids.contains("kst-36800-XVI-12"))
        #expect(document.date == Day(year: 2026, month: 5, day: 28))
    }

    @Test("a marker after a year that closes the sentence (`van 17 maart 2026.5`) is a marker; no footnote goes unmarked")
    func markerAfterYear() {
        #expect(document.markers.map { "\($0.number)@\(document.location(of: $0.range.lowerBound))" }
            == ["1@43:56", "2@51:60", "3@65:38", "4@80:70", "5@118:29"])
        // A letter without a number of its own: that alone is found.
        #expect(document.findings.map(\.category) == [.noNumber])
    }
}
