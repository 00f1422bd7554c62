import Foundation
import Kamerstuk
import Testing
import TestSupport
@testable import MotieLedger

/// Motion facts read from documents: a motion's own text (the 20 motion XMLs of the corpus,
/// against their hand-read labels' `self`), the same text without the publisher's metadata (as
/// PDF text gives it), and footnotes that name a motion.
@Suite("Motion facts from documents")
struct MotionFactsReadingTests {
    struct Label: Decodable {
        struct Submitter: Decodable { let name: String }
        struct Own: Decodable {
            let id: String
            let title: String
            let submitters: [Submitter]
            let date: String
            let dateText: String
            let dossierTitle: String
            let dictum: String
            let replaces: String?
        }
        let file: String
        let own: Own
        enum CodingKeys: String, CodingKey { case file, own = "self" }
    }

    static func labels() throws -> [Label] {
        let folder = Fixture.directory.appendingPathComponent("corpus/labels")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("kst-") }.sorted().map {
            try JSONDecoder().decode(Label.self, from: Data(try Fixture.bytes("corpus/labels/" + $0)))
        }
    }

    static func normalised(_ text: String?) -> String? {
        text.map { MotionTitle.collapse($0) }
    }

    @Test("each motion XML: Kamerstuk, title with subject, signatories in order, the proposal's day, dossier, dictum, the motion it replaces")
    func motionXML() throws {
        let labels = try Self.labels()
        #expect(labels.count == 20)
        for label in labels {
            let document = try SourceDocument.read(try Fixture.bytes("corpus/" + label.file))
            let read = try #require(MotionDocumentFacts.read(document), "\(label.file)")
            let facts = read.facts
            let own = label.own
            #expect(facts.id?.canonical == own.id, "\(label.file)")
            #expect(facts.title == own.title, "\(label.file)")
            #expect(facts.submitters?.map(\.name) == own.submitters.map(\.name), "\(label.file)")
            #expect(facts.submitters?.allSatisfy { $0.party == nil } == true, "\(label.file)")
            #expect(facts.submitted?.iso == own.date, "\(label.file)")
            #expect(Self.normalised(facts.dossier) == Self.normalised(own.dossierTitle), "\(label.file)")
            #expect(Self.normalised(facts.dictum) == Self.normalised(own.dictum), "\(label.file)")
            #expect(facts.replaces?.canonical == own.replaces, "\(label.file)")
            #expect(read.source == FactsSource(kind: .motion, reference: own.id, date: Day(iso: own.date)))
        }
    }

    @Test("a motion proposed during a meeting names it as the debate")
    func debate() throws {
        let notaoverleg = try #require(MotionDocumentFacts.read(try SourceDocument.read(try Fixture.bytes("corpus/xml/kst-20361-226.xml"))))
        #expect(notaoverleg.facts.debate == "Notaoverleg van 2 juni 2025")
        let wetgevingsoverleg = try #require(MotionDocumentFacts.read(try SourceDocument.read(try Fixture.bytes("corpus/xml/kst-36734-4.xml"))))
        #expect(wetgevingsoverleg.facts.debate == "wetgevingsoverleg van 15 mei 2025")
        let plain = try #require(MotionDocumentFacts.read(try SourceDocument.read(try Fixture.bytes("corpus/xml/kst-28165-452.xml"))))
        #expect(plain.facts.debate == nil)
    }

    /// The XML with its `<metadata>` removed: what is left is what a PDF's text gives.
    static func withoutMetadata(_ name: String) throws -> SourceDocument {
        var text = String(decoding: try Fixture.bytes("corpus/xml/" + name), as: UTF8.self)
        let start = try #require(text.range(of: "<metadata>")), end = try #require(text.range(of: "</metadata>"))
        text.replaceSubrange(start.lowerBound..<end.upperBound, with: "")
        return try SourceDocument.read(Array(text.utf8))
    }

    @Test("without metadata the text alone gives the Kamerstuk, a title from the printed one with the names as signed, the day")
    func textAlone() throws {
        let changed = try #require(MotionDocumentFacts.read(try Self.withoutMetadata("kst-36725-XVII-52.xml"))).facts
        #expect(changed.id == KamerstukID(canonical: "kst-36725-XVII-52"))
        #expect(changed.title == "Nader gewijzigde motie van het lid Hirsch c.s.")
        #expect(changed.replaces == KamerstukID(canonical: "kst-36725-XVII-51"))
        #expect(changed.submitted == Day(iso: "2025-07-03"))
        let two = try #require(MotionDocumentFacts.read(try Self.withoutMetadata("kst-25883-536.xml"))).facts
        #expect(two.id == KamerstukID(canonical: "kst-25883-536"))
        #expect(two.title == "Motie van de leden Kisteman en Flach")
        #expect(two.submitters?.map(\.name) == ["Kisteman", "Flach"])
        let council = try #require(MotionDocumentFacts.read(try Self.withoutMetadata("kst-21501-33-1148.xml"))).facts
        #expect(council.id == KamerstukID(canonical: "kst-21501-33-1148"))
    }

    @Test("PDF text of a motion: title after the number on one line, paragraphs over lines, a footer after the signatures")
    func pdfText() throws {
        // kst-28165-452 laid out as pdftotext lays out a Kamerstuk page.
        let text = """
        Tweede Kamer der Staten-Generaal
        Vergaderjaar 2024–2025

        28 165 Deelnemingenbeleid rijksoverheid

        Nr. 452 MOTIE VAN HET LID INGE VAN DIJK
        Voorgesteld 11 juni 2025

        De Kamer,

        gehoord de beraadslaging,

        verzoekt de regering om vanuit de ministeries van Volkshuisvesting en Ruimtelijke
        Ordening en Financiën te verkennen hoe deelname van de Staat aan actieve
        grondpolitiek kan bijdragen,

        en gaat over tot de orde van de dag.

        Inge van Dijk

        kst-28165-452
        ISSN 0921 - 7371
        's-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, 28 165, nr. 452 1
        """
        let facts = try #require(MotionDocumentFacts.read(try SourceDocument.read(Array(text.utf8)))).facts
        #expect(facts.id == KamerstukID(canonical: "kst-28165-452"))
        #expect(facts.title == "Motie van het lid Inge van Dijk")
        #expect(facts.submitters == [Submitter(name: "Inge van Dijk")])
        #expect(facts.submitted == Day(iso: "2025-06-11"))
        #expect(facts.dossier == "Deelnemingenbeleid rijksoverheid")
        #expect(facts.dictum == "verzoekt de regering om vanuit de ministeries van Volkshuisvesting en Ruimtelijke Ordening en Financiën te verkennen hoe deelname van de Staat aan actieve grondpolitiek kan bijdragen,")
    }

    @Test("a document that is no motion gives no facts")
    func notAMotion() throws {
        let answers = try SourceDocument.read(try Fixture.bytes("2026D07412.txt"))
        #expect(MotionDocumentFacts.read(answers) == nil)
        let letter = try SourceDocument.read(try Fixture.bytes("family-letter-uitvoering-motie.txt"))
        #expect(MotionDocumentFacts.read(letter) == nil)
    }

    @Test("footnotes that name a motion and its Kamerstuk give its title and submitters, dated by the document")
    func footnotes() throws {
        let document = try Fixture.document("2026D07412.txt")
        let facts = FootnoteFacts.read(document, reference: "2026D07412")
        #expect(facts.map(\.facts) == [
            MotionFacts(id: KamerstukID(canonical: "kst-36600-V-61"), title: "Motie van het lid Dobbe over steun aan Radio Dabanga",
                        submitters: [Submitter(name: "Dobbe")]),
            MotionFacts(id: KamerstukID(canonical: "kst-21501-02-3000"), title: "Motie van de leden Van der Burg en Piri",
                        submitters: [Submitter(name: "Van der Burg"), Submitter(name: "Piri")]),
            MotionFacts(id: KamerstukID(canonical: "kst-21501-20-2310"), title: "Motie van het lid Erkens c.s. over een evenredige lastenverdeling",
                        submitters: [Submitter(name: "Erkens")]),
        ])
        #expect(facts.allSatisfy { $0.source == FactsSource(kind: .footnote, reference: "2026D07412", date: document.date) })
    }

    @Test("a footnote part is read alone; a title over two Kamerstukken or none gives nothing")
    func footnoteParts() {
        #expect(FootnoteFacts.facts("Motie van het lid Dobbe, Kamerstuk 36600-V, nrs. 61 en 62") == nil)
        #expect(FootnoteFacts.facts("Motie van het lid Dobbe over Radio Dabanga") == nil)
        #expect(FootnoteFacts.facts("Kamerbrief over Sudan, Kamerstuk 36600-V, nr. 61") == nil)
        #expect(FootnoteFacts.facts(" 7 Gewijzigde motie van het lid Ceder c.s. over X (t.v.v. 19637-3482), Kamerstuk 19637, nr. 3488")
                == MotionFacts(id: KamerstukID(canonical: "kst-19637-3488"), title: "Gewijzigde motie van het lid Ceder c.s. over X (t.v.v. 19637-3482)",
                               submitters: [Submitter(name: "Ceder")], replaces: KamerstukID(canonical: "kst-19637-3482")))
    }

    @Test("titles as parliament words them: names, c.s., subject, a changed motion and what it replaces")
    func titles() throws {
        let cases: [(String, String?, [String], Bool, String?, String?)] = [
            ("Motie van het lid Van der Lee c.s. over de Volksbank niet privatiseren ", nil, ["Van der Lee"], true, "de Volksbank niet privatiseren", nil),
            ("Motie van de leden Idsinga en Van der Lee over bewerkstelligen dat …", nil, ["Idsinga", "Van der Lee"], false, "bewerkstelligen dat …", nil),
            ("Motie van de leden Bikker, Ceder en Stoffer inzake de SGP", nil, ["Bikker", "Ceder", "Stoffer"], false, "de SGP", nil),
            ("GEWIJZIGDE MOTIE VAN HET LID IDSINGA C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 12", "36725", ["IDSINGA"], true, nil, "kst-36725-12"),
            ("Motie van het lid Inge van Dijk", nil, ["Inge van Dijk"], false, nil, nil),
        ]
        for (text, dossier, names, cosigned, subject, replaces) in cases {
            let title = try #require(MotionTitle(text, dossier: dossier), "\(text)")
            #expect(title.names == names, "\(text)")
            #expect(title.cosigned == cosigned, "\(text)")
            #expect(title.subject == subject, "\(text)")
            #expect(title.replaces?.canonical == replaces, "\(text)")
        }
        #expect(MotionTitle("Amendement van het lid Dobbe over Sudan") == nil)
        #expect(MotionTitle("Motie Dobbe") == nil)
    }
}
