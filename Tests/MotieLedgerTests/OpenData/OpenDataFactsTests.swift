import Foundation
import Kamerstuk
import Testing
import TestSupport
@testable import MotieLedger

/// The Tweede Kamer's open-data records of `corpus/opendata/`, read into motion facts. Every
/// expectation was read from the records by hand (see `corpus/labels/opendata.json`, checked
/// against the files): seats are `Stemming.FractieGrootte`, never the embedded
/// `Fractie.AantalZetels`; the vote's day is the day of `Besluit.GewijzigdOp`.
@Suite("Open data: motion facts")
struct OpenDataFactsTests {
    static func read(_ names: String...) throws -> OpenDataFacts {
        var batch = OpenDataBatch()
        for name in names {
            try batch.read(try Fixture.bytes("corpus/opendata/\(name)"), file: name)
        }
        return batch.facts
    }

    static func parties(_ list: [(String, Int)]) -> [PartyVote] {
        list.map { PartyVote(party: $0.0, seats: $0.1) }
    }

    /// The one facts record of a Zaak or a vote on it.
    static func only(_ facts: OpenDataFacts, zaak: String, vote: Bool) throws -> MotionFacts {
        let matching = facts.facts.filter { $0.facts.zaak == zaak && ($0.facts.vote != nil) == vote }
        try #require(matching.count == 1)
        return matching[0].facts
    }

    @Test("an adopted motion: its Kamerstuk, title, submitter, dossier, advice, and the parties for and against with their seats at the vote")
    func adopted() throws {
        let facts = try Self.read("2025Z15877.zaak.json", "2025Z15877.stemming.json")
        #expect(facts.findings.isEmpty)
        let zaak = try Self.only(facts, zaak: "2025Z15877", vote: false)
        #expect(zaak.id == KamerstukID(canonical: "kst-21501-33-1148"))
        #expect(zaak.title == "Motie van het lid Kröger over zich aansluiten bij het Global Initiative for Information Integrity on Climate Change")
        #expect(zaak.submitters == [Submitter(name: "Kröger")])
        #expect(zaak.submitted == Day(iso: "2025-09-03"))
        #expect(zaak.dossier == "Raad voor Vervoer, Telecommunicatie en Energie")
        #expect(zaak.advice == "Oordeel Kamer")
        #expect(zaak.vote == nil)
        let vote = try #require(try Self.only(facts, zaak: "2025Z15877", vote: true).vote)
        #expect(vote.outcome == .aangenomen)
        #expect(vote.date == Day(iso: "2025-09-03"))
        #expect(vote.votesFor == Self.parties([("GroenLinks-PvdA", 25), ("VVD", 24), ("NSC", 19), ("D66", 9), ("CDA", 5), ("ChristenUnie", 3)]))
        // FVD's FractieGrootte is 2 at the vote; its embedded Fractie.AantalZetels (3) is a later snapshot.
        #expect(vote.votesAgainst == Self.parties([("PVV", 37), ("BBB", 8), ("SGP", 3), ("FVD", 2)]))
        let debate = try Self.only(facts, zaak: "2025Z15877", vote: true).debate
        #expect(debate == "tweeminutendebat Energieraad (informeel) d.d. 4-5 september 2025")
    }

    @Test("a rejected motion is verworpen although its Zaak says Afgedaan; seats from FractieGrootte (NSC 20, BBB 7)")
    func rejected() throws {
        let facts = try Self.read("2025Z09397.stemming.json", "2025Z09397.zaak.json")
        let zaak = try Self.only(facts, zaak: "2025Z09397", vote: false)
        #expect(zaak.id == KamerstukID(canonical: "kst-36734-4"))
        #expect(zaak.advice == "Ontraden")
        #expect(zaak.submitters == [Submitter(name: "Thijssen")])
        let vote = try #require(try Self.only(facts, zaak: "2025Z09397", vote: true).vote)
        #expect(vote.outcome == .verworpen)
        #expect(vote.date == Day(iso: "2025-05-15"))
        #expect(vote.votesFor == Self.parties([("GroenLinks-PvdA", 25), ("D66", 9), ("SP", 5), ("DENK", 3), ("FVD", 3), ("PvdD", 3), ("Volt", 2)]))
        #expect(vote.votesAgainst == Self.parties([("PVV", 37), ("VVD", 24), ("NSC", 20), ("BBB", 7), ("CDA", 5), ("ChristenUnie", 3), ("SGP", 3), ("JA21", 1)]))
        #expect(vote.votesFor.compactMap(\.seats).reduce(0, +) == 50)
        #expect(vote.votesAgainst.compactMap(\.seats).reduce(0, +) == 100)
    }

    @Test("a held-over motion voted later: the advice asks to hold it, the vote adopted it 98–24 on 2025-07-03")
    func heldOverThenAdopted() throws {
        let facts = try Self.read("2025Z11876.zaak.json", "2025Z11876.stemming.json", "2025Z11876.besluit.json")
        let zaak = try Self.only(facts, zaak: "2025Z11876", vote: false)
        #expect(zaak.id == KamerstukID(canonical: "kst-28165-452"))
        #expect(zaak.advice == "Verzocht motie aan te houden")
        #expect(zaak.submitters == [Submitter(name: "Inge van Dijk")])
        let vote = try #require(try Self.only(facts, zaak: "2025Z11876", vote: true).vote)
        #expect(vote.outcome == .aangenomen)
        #expect(vote.date == Day(iso: "2025-07-03"))
        #expect(vote.votesFor.compactMap(\.seats).reduce(0, +) == 98)
        #expect(vote.votesAgainst == Self.parties([("VVD", 24)]))
        // The standalone Besluit is the same decision as the Stemming records': no second vote.
        #expect(facts.findings.isEmpty)
    }

    @Test("a Zaak whose first Document is a committee letter: the Kamerstuk is the motion's Document's; no vote in the records")
    func twoDocuments() throws {
        let facts = try Self.read("2024Z21511.zaak.json")
        #expect(facts.facts.count == 1)
        let zaak = facts.facts[0].facts
        #expect(zaak.id == KamerstukID(canonical: "kst-28165-433"))
        #expect(zaak.title == "Motie van het lid Van der Lee c.s. over de Volksbank niet privatiseren")
        #expect(zaak.submitters == [Submitter(name: "Van der Lee")])
        #expect(zaak.submitted == Day(iso: "2024-12-18"))
        #expect(zaak.advice == "Ontijdig")
        #expect(zaak.vote == nil)
        #expect(facts.facts[0].source == FactsSource(kind: .openData, reference: "2024Z21511", date: Day(iso: "2025-02-21")))
    }

    @Test("a standalone Besluit has no link to its Zaak: skipped with a finding, not an error")
    func standaloneBesluit() throws {
        let facts = try Self.read("2025Z15877.besluit.json")
        #expect(facts.facts.isEmpty)
        #expect(facts.findings.map(\.category) == [OpenDataFacts.unlinkedBesluit])
        #expect(facts.findings.first?.message.contains("6760bc47-c9d4-4fc4-9220-6fd29ca22b02") == true)
    }

    @Test("every corpus record read together: four motions, three votes; each standalone Besluit is its Stemming records' own")
    func wholeCorpus() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.directory.appendingPathComponent("corpus/opendata").path).sorted()
        var batch = OpenDataBatch()
        for name in names { try batch.read(try Fixture.bytes("corpus/opendata/\(name)"), file: name) }
        let facts = batch.facts
        #expect(Set(facts.facts.compactMap(\.facts.id?.canonical)) == ["kst-28165-433", "kst-36734-4", "kst-28165-452", "kst-21501-33-1148"])
        #expect(facts.facts.compactMap(\.facts.vote?.outcome).sorted { $0.rawValue < $1.rawValue } == [.aangenomen, .aangenomen, .verworpen])
        #expect(facts.findings.isEmpty)
    }
}

/// Open-data input in every shape it comes in, and malformed records refused with their name
/// and place.
@Suite("Open data: reading records")
struct ODataReaderTests {
    static func object(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try Fixture.bytes("corpus/opendata/\(name)")))
    }

    static func json(_ value: Any, pretty: Bool = true) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: value, options: pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]))
    }

    func error(_ bytes: [UInt8], file: String = "input.json") -> OpenDataError? {
        var batch = OpenDataBatch()
        do {
            try batch.read(bytes, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test("an OData page with value, @odata.context and @odata.nextLink; the next page's address is returned")
    func page() throws {
        let zaak = try Self.object("2025Z15877.zaak.json")
        let page: [String: Any] = [
            "@odata.context": "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Zaak(Document(HuidigeDocumentVersie(DocumentPublicatie)))",
            "value": [zaak, try Self.object("2024Z21511.zaak.json")],
            "@odata.nextLink": "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?$skip=250",
        ]
        var batch = OpenDataBatch()
        let next = try batch.read(try Self.json(page), file: "page.json")
        #expect(next == "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?$skip=250")
        #expect(batch.count == 2)
        #expect(batch.facts.facts.compactMap(\.facts.id?.canonical) == ["kst-21501-33-1148", "kst-28165-433"])
    }

    @Test("JSON Lines: one record a line, Zaken and Stemmingen mixed")
    func jsonLines() throws {
        var lines: [UInt8] = []
        lines += try Self.json(try Self.object("2025Z09397.zaak.json"), pretty: false) + [0x0A]
        for stemming in try Self.object("2025Z09397.stemming.json") as! [Any] {
            lines += try Self.json(stemming, pretty: false) + [0x0A]
        }
        var batch = OpenDataBatch()
        #expect(try batch.read(lines, file: "records.jsonl") == nil)
        #expect(batch.count == 16)
        #expect(batch.facts.facts.compactMap(\.facts.vote?.outcome) == [.verworpen])
    }

    @Test("a Zaak without its Nummer is refused, naming the record's place and the field")
    func missingField() throws {
        var zaak = try Self.object("2025Z15877.zaak.json") as! [String: Any]
        zaak["Nummer"] = nil
        let page: [String: Any] = ["@odata.context": "…/$metadata#Zaak(Document)", "value": [try Self.object("2024Z21511.zaak.json"), zaak]]
        let bytes = try Self.json(page)
        let failure = try #require(error(bytes, file: "page.json"))
        #expect(failure.file == "page.json")
        #expect(failure.message == "Zaak (record 2): missing field 'Nummer'")
        // The second record starts on the line where the pretty-printed second object opens.
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let opening = lines.indices.filter { lines[$0] == "    {" || lines[$0].hasSuffix("  {") && lines[$0].count == 5 }
        #expect(opening.count >= 2)
        #expect(failure.line == opening[1] + 1)
    }

    @Test("a field of the wrong type is refused, naming the record and the field's path")
    func wrongTypes() throws {
        var stemmingen = try Self.object("2025Z15877.stemming.json") as! [[String: Any]]
        stemmingen[3]["FractieGrootte"] = "37"
        let failure = try #require(error(try Self.json(stemmingen)))
        #expect(failure.message == "Stemming \(stemmingen[3]["Id"] as! String) (record 4): field 'FractieGrootte' is not a whole number (found a string)")

        var zaak = try Self.object("2024Z21511.zaak.json") as! [String: Any]
        var documents = zaak["Document"] as! [[String: Any]]
        var version = documents[1]["HuidigeDocumentVersie"] as! [String: Any]
        version["ExterneIdentifier"] = 28165
        documents[1]["HuidigeDocumentVersie"] = version
        zaak["Document"] = documents
        let nested = try #require(error(try Self.json(zaak)))
        #expect(nested.message == "Zaak 2024Z21511: field 'Document[1].HuidigeDocumentVersie.ExterneIdentifier' is not a string (found 28165)")
        #expect(nested.line == 1)
    }

    @Test("an unknown Soort: a Zaak that is no motion, a Stemming that is neither for nor against")
    func unknownSoort() throws {
        var zaak = try Self.object("2025Z15877.zaak.json") as! [String: Any]
        zaak["Soort"] = "Amendement"
        #expect(error(try Self.json(zaak))?.message == "Zaak 2025Z15877: unknown Soort 'Amendement': a motion's Zaak has Soort 'Motie'")
        var stemmingen = try Self.object("2025Z11876.stemming.json") as! [[String: Any]]
        stemmingen[0]["Soort"] = "Onthouden"
        let failure = try #require(error(try Self.json(stemmingen)))
        #expect(failure.message == "Stemming \(stemmingen[0]["Id"] as! String) (record 1): unknown Soort 'Onthouden': a Stemming is Voor, Tegen or Niet deelgenomen")
    }

    @Test("a record of no known kind, JSON that does not parse, a broken line of JSON Lines")
    func notRecords() throws {
        #expect(error(Array(#"{"Id": "x", "Naam": "Kamer"}"#.utf8))?.message.hasPrefix("record: not a Zaak, Besluit or Stemming") == true)
        let broken = try #require(error(Array(#"{"value": [ {"Nummer": "#.utf8)))
        #expect(broken.message.hasPrefix("not JSON"))
        let zaak = try Self.json(try Self.object("2025Z15877.zaak.json"), pretty: false)
        let lines = zaak + [0x0A] + zaak + [0x0A] + Array(#"{"Nummer": 5, "Soort": "Motie", "Id": "y"}"#.utf8) + [0x0A]
        let failure = try #require(error(lines))
        #expect(failure.line == 3)
        #expect(failure.message == "Zaak: field 'Nummer' is not a string (found 5)")
        let flag = try #require(error(Array(#"{"Nummer": true, "Soort": "Motie", "Id": "y"}"#.utf8)))
        #expect(flag.message == "Zaak: field 'Nummer' is not a string (found true)")
    }

    @Test("JSON that does not parse is refused at the place it stops parsing, in the file's own lines and columns")
    func syntaxErrorPlaces() throws {
        // Cut short after `"Nummer": `: the input ends at its 24th column.
        let cut = try #require(error(Array(#"{"value": [ {"Nummer": "#.utf8)))
        #expect((cut.line, cut.column, cut.message) == (1, 24, "not JSON: unexpected end of input"))
        // JSON Lines whose second line, indented by two spaces, has `tru` for `true` at its 28th column.
        let zaak = try Self.json(try Self.object("2025Z15877.zaak.json"), pretty: false)
        let lines = zaak + Array("\n  {\"Nummer\": \"x\", \"Soort\": tru}\n".utf8)
        let typo = try #require(error(lines, file: "records.jsonl"))
        #expect("\(typo)" == "records.jsonl:2:28: not JSON: invalid literal; expected 'true'")
        // A page whose `value` is no array: the page's own place, where it opens on line 2.
        let page = try #require(error(Array("\n  {\"value\": {\"Nummer\": \"x\"}}".utf8)))
        #expect("\(page)" == "input.json:2:3: not JSON: field 'value' is not an array")
    }

    @Test("a changed motion: the Zaak holds both versions; the later is the motion and replaces the earlier")
    func changedMotion() throws {
        var zaak = try Self.object("2024Z21511.zaak.json") as! [String: Any]
        var documents = zaak["Document"] as! [[String: Any]]
        var changed = documents[1]
        changed["Soort"] = "Motie (gewijzigd/nader)"
        changed["Datum"] = "2024-12-19T00:00:00+01:00"
        var version = changed["HuidigeDocumentVersie"] as! [String: Any]
        version["ExterneIdentifier"] = "kst-28165-440"
        changed["HuidigeDocumentVersie"] = version
        documents.append(changed)
        zaak["Document"] = documents
        var batch = OpenDataBatch()
        try batch.read(try Self.json(zaak), file: "zaak.json")
        let facts = batch.facts.facts
        #expect(facts.count == 1)
        #expect(facts[0].facts.id == KamerstukID(canonical: "kst-28165-440"))
        #expect(facts[0].facts.replaces == KamerstukID(canonical: "kst-28165-433"))
    }

    @Test("expanded ZaakActor records give submitter and co-signers with their parties, the Indiener first")
    func actors() throws {
        var zaak = try Self.object("2024Z21511.zaak.json") as! [String: Any]
        zaak["ZaakActor"] = [
            ["ActorNaam": "Idsinga", "ActorFractie": "NSC", "Relatie": "Medeindiener"],
            ["ActorNaam": "Van der Lee", "ActorFractie": "GroenLinks-PvdA", "Relatie": "Indiener"],
            ["ActorNaam": "Financiën", "ActorFractie": NSNull(), "Relatie": "Gericht aan"],
        ]
        var batch = OpenDataBatch()
        try batch.read(try Self.json(zaak), file: "zaak.json")
        #expect(batch.facts.facts[0].facts.submitters == [Submitter(name: "Van der Lee", party: "GroenLinks-PvdA"), Submitter(name: "Idsinga", party: "NSC")])
    }
}
