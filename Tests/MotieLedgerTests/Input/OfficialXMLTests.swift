import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// officielebekendmakingen XML, read with XMLParser: metadata, text with every place in the XML
/// file, and the publisher's links as citations. Places were counted in the XML files by hand
/// (the first character of each link's text).
@Suite("officielebekendmakingen XML")
struct OfficialXMLTests {
    static func read(_ name: String) throws -> SourceDocument {
        try SourceDocument.read(try Fixture.bytes("corpus/xml/" + name))
    }

    static func citations(_ document: SourceDocument) -> [String] {
        document.citations().citations.map { "\($0.location) \($0.id?.canonical ?? "?")" }
    }

    @Test("metadata from <meta>: identifier, date (DCTERMS.issued), type, dossier")
    func metadata() throws {
        let document = try Self.read("kst-36725-11.xml")
        #expect(document.origin == .xml)
        let metadata = try #require(document.metadata)
        #expect(metadata.identifier == "kst-36725-11")
        #expect(metadata.date == Day(iso: "2025-06-18"))
        #expect(metadata.type == "Motie")
        #expect(metadata.dossier == "36725")
        #expect(metadata.session == "2024-2025")
    }

    @Test("without <meta>: the ID from dossiernr + begrotingshoofdstuk or raadnr + ondernummer, the date from datum isodatum",
          arguments: [("kst-36725-XVII-52.xml", "kst-36725-XVII-52", "2025-07-03"),
                      ("kst-21501-33-1148.xml", "kst-21501-33-1148", "2025-09-03"),
                      ("kst-28973-273.xml", "kst-28973-273", "2025-06-19")])
    func bodyMetadata(name: String, id: String, date: String) throws {
        var text = String(decoding: try Fixture.bytes("corpus/xml/" + name), as: UTF8.self)
        let start = try #require(text.range(of: "<metadata>")), end = try #require(text.range(of: "</metadata>"))
        text.replaceSubrange(start.lowerBound..<end.upperBound,
                             with: "<metadata><meta name=\"OVERHEIDop.externMetadataRecord\" content=\"https://example.invalid/x.xml\"/></metadata>")
        let metadata = try #require(try SourceDocument.read(Array(text.utf8)).metadata)
        #expect(metadata.identifier == id)
        #expect(metadata.date == Day(iso: date))
    }

    @Test("extref: the publisher's citations at their places in the XML, the scanner's reading where it agrees")
    func links() throws {
        #expect(Self.citations(try Self.read("kst-28973-273.xml"))
            == ["52:202 kst-35334-383", "52:202 kst-35334-348", "52:202 kst-35334-309", "52:486 kst-30252-184"])
        // `de motie op stuk nr. 214 (26 150)`: the number before the dossier, read by the scanner
        // from `nr.` on, and the link agrees.
        #expect(Self.citations(try Self.read("kst-26150-227.xml")).contains("61:191 kst-26150-214"))
        #expect(Self.citations(try Self.read("kst-36800-IX-29.xml")) == ["59:271 kst-36725-VIII-11", "62:293 kst-31865-173"])
        #expect(Self.citations(try Self.read("kst-20361-226.xml")).contains("62:194 kst-20361-190"))
        #expect(Self.citations(try Self.read("kst-36725-XXIII-13.xml")) == ["53:261 kst-36725-11"])
        // An en dash in the number: `21501–02, nr. 3151`.
        #expect(Self.citations(try Self.read("kst-36725-11.xml")) == ["54:241 kst-21501-02-3151"])
        // Links to the Tractatenblad are no Kamerstukken.
        #expect(Self.citations(try Self.read("kst-36455-11.xml")).isEmpty)
    }

    /// A publication of the shape the family shares, written for the test: entities, a
    /// character reference, CDATA, CRLF line ends, a footnote, a list, a table, an element the
    /// reader does not know, and a link whose text names another document than its target.
    static let written = """
        <?xml version="1.0" encoding="UTF-8"?>\r
        <officiele-publicatie>\r
          <metadata><meta name="DC.identifier" content="ah-tk-20232024-9999"/><meta name="OVERHEIDop.datumOndertekening" content="2024-05-02"/></metadata>\r
          <kamervragen>\r
            <tussenkop>Vraag 1</tussenkop>\r
            <al>Kent u de motie Van Zanten c.s.<noot id="n1"><noot.nr>1</noot.nr><noot.al>Kamerstuk 36&#160;410 VIII, nr. 82</noot.al></noot> &amp; de brief (<extref doc="kst-36410-VIII-106">Kamerstuk 36 410 VIII, nr. 160</extref>)?</al>\r
            <lijst><li><li.nr>a.</li.nr><al>Zie <![CDATA[Kamerstuk 21501-02, nr. 3236 & <meer>]]>.</al></li></lijst>\r
            <table><tgroup><tbody><row><entry>Motie Dobbe</entry><entry>Kamerstuk 36600-V, nr. 61</entry><entry>Afgedaan.</entry></row></tbody></tgroup></table>\r
            <nieuw-element soort="x">Onbekend maar gelezen: Kamerstuk 32735-406</nieuw-element>\r
          </kamervragen>\r
        </officiele-publicatie>\r

        """

    @Test("places through entities, CDATA, CRLF and footnotes; a link that disagrees with its text is a finding")
    func written() throws {
        let document = try SourceDocument.read(Array(Self.written.utf8))
        #expect(document.metadata?.identifier == "ah-tk-20232024-9999")
        #expect(document.metadata?.date == Day(iso: "2024-05-02"))
        let text = String(decoding: document.text.bytes, as: UTF8.self)
        #expect(text.contains("Kent u de motie Van Zanten c.s.1 & de brief (Kamerstuk 36 410 VIII, nr. 160)?"))
        #expect(text.contains("a. Zie Kamerstuk 21501-02, nr. 3236 & <meer>."))
        #expect(text.contains("Motie Dobbe\nKamerstuk 36600-V, nr. 61\nAfgedaan."))
        #expect(text.contains("Onbekend maar gelezen: Kamerstuk 32735-406"))
        #expect(text.hasSuffix("Noten\n\n1 Kamerstuk 36\u{A0}410 VIII, nr. 82\n"))
        let (citations, findings) = document.citations()
        // Counted in the XML above: the link's `Kamerstuk` at line 6 column 184, the CDATA's at
        // 7:50, the table's second cell at 8:65, the unknown element's at 9:53, and the
        // footnote's (written at the end, under `Noten`) at 6:83.
        #expect(citations.map { "\($0.location) \($0.id!.canonical)" } == [
            "6:184 kst-36410-VIII-106", "7:50 kst-21501-02-3236", "8:65 kst-36600-V-61", "9:53 kst-32735-406", "6:83 kst-36410-VIII-82",
        ])
        #expect(findings.map(\.description) == ["6:184: link-mismatch: the text reads kst-36410-VIII-160, the publisher's link says kst-36410-VIII-106"])
    }

    @Test("dossierref links a dossier: a citation of another dossier inside it is a finding, one of its own is not")
    func dossierLinks() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kamerstuk><al>Zie <dossierref dossier="36725">Kamerstuk 36 725, nr. 11</dossierref> en <dossierref dossier="36800-IX">Kamerstuk 36 725, nr. 12</dossierref>.</al></kamerstuk>

            """
        let (citations, findings) = try SourceDocument.read(Array(xml.utf8)).citations()
        // Both stay as read (a dossier link names no document); columns counted by hand.
        #expect(citations.map { "\($0.location) \($0.id!.canonical)" } == ["2:48 kst-36725-11", "2:120 kst-36725-12"])
        #expect(findings.map(\.description) == ["2:120: link-mismatch: the text reads kst-36725-12, the publisher's link names dossier 36800-IX"])
    }

    @Test("XML that does not parse is an error at its place")
    func malformed() {
        let xml = "<?xml version=\"1.0\"?>\n<officiele-publicatie>\n  <al>open\n</officiele-publicatie>\n"
        #expect {
            try SourceDocument.read(Array(xml.utf8))
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.kind == .badData && error.message.hasPrefix("XML that does not parse") && error.location?.line == 4
        }
    }

    @Test("an HTML page is refused, saying what to give instead")
    func html() {
        #expect {
            try SourceDocument.read(Array("<!DOCTYPE html><html><body>kst-36410-31</body></html>".utf8))
        } throws: { error in
            (error as? InputError)?.message.contains("motieledger fetch") == true
        }
    }

    @Test("a motion's text read as a document: the motion it cites, at its place in the XML")
    func motionText() throws {
        let document = AnswerDocument(try Self.read("kst-36725-XXIII-13.xml"))
        #expect(document.number == "kst-36725-XXIII-13")
        #expect(document.date == Day(iso: "2025-07-02"))
        let reader = MotionReader(document)
        // Its title, `MOTIE VAN DE LEDEN FLACH EN VERMEER` (line 45 of the XML), is the motion
        // itself, no mention of another; `de motie-Inge van Dijk c.s. (36 725, nr. 11)` on line
        // 53 is one, what the Kamer finds of it no status.
        #expect(reader.motions.map { $0.mentions.map(\.line) } == [[53]])
        let cited = try #require(reader.motions.last)
        #expect(cited.id == KamerstukID(canonical: "kst-36725-11"))
        #expect(cited.name == "Inge van Dijk c.s.")
        #expect(cited.status == .onbekend)
        #expect(cited.findings.map(\.category) == [.statusUnknown])
    }
}
