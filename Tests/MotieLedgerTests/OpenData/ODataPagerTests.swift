import Foundation
import Testing
import TestSupport
@testable import MotieLedger

/// `fetch --motions` against a local server on 127.0.0.1 serving pages shaped like the API's,
/// made of the corpus records: queries, paging, and the network rules every fetch shares.
@Suite("Open data: queries and pages")
struct ODataPagerTests {
    static let since = Day(iso: "2025-09-01")!

    static func object(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try Fixture.bytes("corpus/opendata/\(name)")))
    }

    static func page(_ records: [Any], context: String, next: String?) throws -> [UInt8] {
        var page: [String: Any] = ["@odata.context": context, "value": records]
        if let next { page["@odata.nextLink"] = next }
        return Array(try JSONSerialization.data(withJSONObject: page, options: [.sortedKeys]))
    }

    func pager(_ server: LocalHTTPServer, attempts: Int = 3) -> ODataPager {
        ODataPager(base: server.base, userAgent: "motieledger/0.1.0", timeout: 5, attempts: attempts, backoff: 0.05, maxWait: 0.2)
    }

    @Test("the queries ask for motions' Zaken with their Documents and submitters, and votes expanded to Besluit → Agendapunt → Zaak")
    func queries() {
        #expect(ODataQuery.motions(since: Self.since).url(base: ODataQuery.defaultBase)
                == "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?$filter=Soort%20eq%20%27Motie%27%20and%20Verwijderd%20eq%20false%20and%20GewijzigdOp%20ge%202025-09-01T00:00:00Z&$expand=Document($expand%3DHuidigeDocumentVersie),ZaakActor&$orderby=GewijzigdOp")
        #expect(ODataQuery.votes(since: Self.since).url(base: "http://127.0.0.1:8080/")
                == "http://127.0.0.1:8080/Stemming?$filter=Verwijderd%20eq%20false%20and%20GewijzigdOp%20ge%202025-09-01T00:00:00Z%20and%20Besluit/Agendapunt/Zaak/any(z:%20z/Soort%20eq%20%27Motie%27)&$expand=Besluit($expand%3DAgendapunt($expand%3DZaak))&$orderby=GewijzigdOp")
    }

    @Test("pages followed to the end through @odata.nextLink, the API's own host replaced by the configured one")
    func paging() throws {
        let first = ODataQuery.motions(since: Self.since).url(base: "")
        let second = "/Zaak?$skip=1"
        let server = try LocalHTTPServer([
            first: [.status(200, try Self.page([try Self.object("2025Z15877.zaak.json")], context: "$metadata#Zaak(Document)",
                                               next: ODataQuery.defaultBase + second))],
            second: [.status(200, try Self.page([try Self.object("2024Z21511.zaak.json")], context: "$metadata#Zaak(Document)", next: nil))],
        ])
        defer { server.stop() }
        var batch = OpenDataBatch()
        #expect(try pager(server).fetch(.motions(since: Self.since), into: &batch) == 2)
        #expect(server.requests.map(\.path) == [first, second])
        #expect(server.requests.allSatisfy { $0.userAgent == "motieledger/0.1.0" })
        #expect(batch.facts.facts.compactMap(\.facts.id?.canonical) == ["kst-21501-33-1148", "kst-28165-433"])
    }

    @Test("a busy server and a page cut short are asked again; the votes arrive whole")
    func retries() throws {
        let path = ODataQuery.votes(since: Self.since).url(base: "")
        let body = try Self.page(try Self.object("2025Z15877.stemming.json") as! [Any], context: "$metadata#Stemming(Besluit)", next: nil)
        let server = try LocalHTTPServer([path: [.status(503, []), .truncated(body), .status(200, body)]])
        defer { server.stop() }
        var batch = OpenDataBatch()
        #expect(try pager(server).fetch(.votes(since: Self.since), into: &batch) == 1)
        #expect(server.requests.count == 3)
        #expect(batch.count == 10)
        #expect(batch.facts.facts.first?.facts.vote?.outcome == .aangenomen)
    }

    @Test("a malformed record ends the fetch at once with its name; nothing of the page is kept")
    func malformed() throws {
        var zaak = try Self.object("2025Z15877.zaak.json") as! [String: Any]
        zaak["Soort"] = 7
        let path = ODataQuery.motions(since: Self.since).url(base: "")
        let server = try LocalHTTPServer([path: [.status(200, try Self.page([zaak], context: "$metadata#Zaak", next: nil))]])
        defer { server.stop() }
        var batch = OpenDataBatch()
        do {
            try pager(server).fetch(.motions(since: Self.since), into: &batch)
            Issue.record("a malformed record was accepted")
        } catch {
            #expect(error.kind == .badData)
            #expect(error.message.contains("Zaak 2025Z15877: field 'Soort' is not a string"))
        }
        #expect(server.requests.count == 1)
        #expect(batch.count == 0)
    }

    @Test("a server that keeps failing, one that is not there, a next link that loops: clear errors")
    func failures() throws {
        let path = ODataQuery.motions(since: Self.since).url(base: "")
        let busy = try LocalHTTPServer([path: [.status(500, [])]])
        var batch = OpenDataBatch()
        do {
            try pager(busy, attempts: 2).fetch(.motions(since: Self.since), into: &batch)
            Issue.record("no error")
        } catch {
            #expect(error.kind == .unavailable)
            #expect(error.message.hasSuffix("HTTP 500 (gave up after 2 tries)"))
        }
        busy.stop()
        let looping = try LocalHTTPServer([path: [.status(200, try Self.page([], context: "$metadata#Zaak", next: path))]])
        do {
            try pager(looping).fetch(.motions(since: Self.since), into: &batch)
            Issue.record("no error")
        } catch {
            #expect(error.kind == .badData)
            #expect(error.message.contains("one already read"))
        }
        looping.stop()
        let closed = ODataPager(base: "http://127.0.0.1:9", userAgent: "motieledger/0.1.0", timeout: 2, attempts: 1, backoff: 0.05)
        do {
            try closed.fetch(.motions(since: Self.since), into: &batch)
            Issue.record("no error")
        } catch {
            #expect(error.kind == .unavailable)
        }
    }
}
