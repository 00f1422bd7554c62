import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// Where sentences end: at their punctuation, and at a paragraph's end — never at a page break,
/// which falls in the middle of a sentence as often as not.
@Suite("Sentences and paragraphs")
struct SentenceTests {
    static func sentences(_ document: AnswerDocument) -> [String] {
        Sentences.split(document.body, in: 0..<document.body.count).map { document.bodyText($0) }
    }

    static func sentences(_ text: String) -> [String] {
        sentences(AnswerDocument(SourceText(text)))
    }

    @Test("a motion read from officielebekendmakingen XML: each paragraph (`al`) a sentence, not the whole motion one")
    func xmlMotion() throws {
        let document = AnswerDocument(try SourceDocument.read(try Fixture.bytes("corpus/xml/kst-36725-11.xml")))
        let sentences = Self.sentences(document)
        // As the XML's `al` elements give them, by hand.
        for paragraph in ["De Kamer,", "gehoord de beraadslaging,",
                          "overwegende dat de Nederlandse nationale CO2-heffing niet tot extra CO2-reductie leidt op Europees niveau;",
                          "verzoekt de regering de CO2-heffing op de industrie zo snel mogelijk af te schaffen,",
                          "en gaat over tot de orde van de dag.", "Inge van Dijk", "Bontenbal"] {
            #expect(sentences.contains(paragraph), "\(paragraph)")
        }
        #expect(sentences.allSatisfy { $0.count < 400 })
    }

    @Test("the seed: a sentence broken by a page break over one blank line stays whole (2026D03887 lines 811–813)")
    func seedPageBreak() throws {
        let sentences = Self.sentences(try Fixture.document("2026D03887.txt"))
        #expect(sentences.contains("In algemene zin - losstaand van de DSA - geldt dat wanneer aanpassing van Europese wet- en regelgeving nodig is, bijvoorbeeld in het kader van de simplificatie- agenda, het kabinet dit doet om de Europese concurrentiepositie te versterken, en niet om concessies te doen aan derde landen."))
    }

    @Test("an annual report: a sentence cut by a page's foot goes on after it (jaarverslag OCW 2022 lines 325–329)")
    func annualReportPageBreak() throws {
        let sentences = Self.sentences(try Fixture.document("corpus/letters-text/jaarverslag-ocw-2022.txt"))
        #expect(sentences.contains("Voor studentenwelzijn zijn we samen met de Vereniging Hogescholen (VH), Universiteiten van Nederland (UNL), Interstedelijk Studenten Overleg (ISO) en Landelijke Studentenvakbond (LSVb) gestart met het ontwikkelen van een kader voor een integrale aanpak gericht op vroeg-signalering van problemen en de begeleiding van studenten."))
    }

    @Test("a sentence cut by a page's end goes on after it, whatever the page carries between: pdftotext's foot and page number (Aanhangsel 2168 lines 162–168), pdftools' `Pagina 1 van 2` (beslisnota lines 21–25)")
    func pageBreaks() throws {
        let aanhangsel = Self.sentences(try Fixture.document("corpus/pdftotext/ah-tk-20232024-2168.txt"))
        #expect(aanhangsel.contains("Met de analyse waarover ik uw Kamer eind dit jaar zal informeren wil ik hier invulling aan geven, zonder nu al te besluiten tot de daadwerkelijke inzet van een capaciteitsmechanismen."))
        let nota = Self.sentences(try Fixture.document("corpus/letters-text/beslisnota-evaluatie-tweetalig-po.txt"))
        #expect(nota.contains("Bij de start van de pilot tpo was het voor de Tweede Kamer een belangrijk aandachtspunt dat meertalig onderwijs in elk geval niet ten koste mocht gaan van de Nederlandse taalverwerving."))
    }

    @Test("made up: paragraphs that end without a full stop end their sentence; a page break or a lower-case going-on does not")
    func madeUp() {
        let list = "Den Haag, 3 maart 2026\n\nHet kabinet heeft drie moties uitgevoerd:\n\nde motie Klaver over de bouw;\n\nde motie Bikker over de zorg,\n\nen de motie Dobbe over de jeugd\n\nDe Kamer wordt voor de zomer geïnformeerd.\n"
        #expect(Self.sentences(list) == ["Den Haag, 3 maart 2026", "Het kabinet heeft drie moties uitgevoerd:", "de motie Klaver over de bouw;",
                                         "de motie Bikker over de zorg,", "en de motie Dobbe over de jeugd",
                                         "De Kamer wordt voor de zomer geïnformeerd."])
        // One blank line, then lower case: the sentence goes on (a page's end without footnotes).
        #expect(Self.sentences("Het kabinet heeft de motie van het lid\n\nvan der Burg uitgevoerd. Dat is gedaan.\n")
            == ["Het kabinet heeft de motie van het lid van der Burg uitgevoerd.", "Dat is gedaan."])
        // Two blank lines, a form feed: a page break, whatever follows.
        let long = "Het kabinet heeft na lang beraad en in overleg met alle betrokken partijen de motie van het lid"
        #expect(Self.sentences(long + "\n\n\nVan der Burg uitgevoerd.\n") == [long + " Van der Burg uitgevoerd."])
        #expect(Self.sentences(long + ",\n\n\u{0C}Van der Burg, uitgevoerd.\n") == [long + ", Van der Burg, uitgevoerd."])
    }
}
