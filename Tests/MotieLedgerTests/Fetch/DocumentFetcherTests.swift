import Foundation
import Testing
import TestSupport
@testable import MotieLedger

/// Fetching against a local server on 127.0.0.1 that misbehaves on purpose: every failure
/// gives its kind and leaves no file behind. No test reaches the internet.
@Suite("Fetching documents")
struct DocumentFetcherTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-fetch-\(UUID().uuidString)").path
    var store: DocumentStore { DocumentStore(directory: folder + "/documents") }
    static let id = PublicationID("kst-36725-11")!

    func fetcher(_ server: LocalHTTPServer, timeout: Double = 5, attempts: Int = 3) -> DocumentFetcher {
        DocumentFetcher(base: server.base, userAgent: "motieledger/0.1.0", timeout: timeout, attempts: attempts, backoff: 0.05, maxWait: 0.2)
    }

    /// The files in the documents folder, temporary ones included.
    func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/documents")) ?? []).sorted()
    }

    func failure(_ body: () throws -> Void) -> FetchError? {
        do {
            try body()
            return nil
        } catch {
            return error as? FetchError
        }
    }

    @Test("the XML is fetched, named by its ID, with a User-Agent; a second fetch asks nothing; --refresh asks again")
    func fetchXML() throws {
        let xml = try Fixture.bytes("corpus/xml/kst-36725-11.xml")
        let server = try LocalHTTPServer(["/kst-36725-11.xml": [.status(200, xml)]])
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        let fetcher = fetcher(server)
        #expect(try fetcher.fetch(Self.id, into: store) == .fetched(folder + "/documents/kst-36725-11.xml"))
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/documents/kst-36725-11.xml"))) == xml)
        #expect(server.requests.map(\.userAgent) == ["motieledger/0.1.0"])
        #expect(try fetcher.fetch(Self.id, into: store) == .present(folder + "/documents/kst-36725-11.xml"))
        #expect(server.requests.count == 1)
        _ = try fetcher.fetch(Self.id, into: store, refresh: true)
        #expect(server.requests.count == 2)
        #expect(files() == ["kst-36725-11.xml"])
    }

    @Test("no XML (404): the PDF")
    func pdfWhenNoXML() throws {
        let pdf = try Fixture.bytes("corpus/aanhangsel-pdf/ah-tk-20232024-1432.pdf")
        let server = try LocalHTTPServer(["/ah-tk-20232024-1432.pdf": [.status(200, pdf)]])
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try fetcher(server).fetch(PublicationID("ah-tk-20232024-1432")!, into: store)
        #expect(outcome == .fetched(folder + "/documents/ah-tk-20232024-1432.pdf"))
        #expect(server.requests.map(\.path) == ["/ah-tk-20232024-1432.xml", "/ah-tk-20232024-1432.pdf"])
        #expect(files() == ["ah-tk-20232024-1432.pdf"])
    }

    @Test("404 for both: no such document, and no file")
    func notFound() throws {
        let server = try LocalHTTPServer([:])
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        let error = failure { _ = try fetcher(server).fetch(Self.id, into: store) }
        #expect(error?.kind == .notFound)
        #expect(files().isEmpty)
    }

    @Test("500, then 429 with Retry-After, then success: fetched on the third try")
    func retries() throws {
        let xml = try Fixture.bytes("corpus/xml/kst-36725-11.xml")
        let server = try LocalHTTPServer(["/kst-36725-11.xml": [
            .status(500, Array("boom".utf8)), .status(429, [], headers: [("Retry-After", "0")]), .status(200, xml),
        ]])
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        _ = try fetcher(server).fetch(Self.id, into: store)
        #expect(server.requests.count == 3)
        #expect(files() == ["kst-36725-11.xml"])
    }

    @Test("a server that keeps failing: given up after the bounded tries, no file")
    func keepsFailing() throws {
        let server = try LocalHTTPServer(["/kst-36725-11.xml": [.status(503, [])]])
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        let error = failure { _ = try fetcher(server, attempts: 3).fetch(Self.id, into: store) }
        #expect(error?.kind == .unavailable)
        #expect(error?.message.contains("HTTP 503") == true)
        #expect(server.requests.count == 3)
        #expect(files().isEmpty)
    }

    @Test("an answer slower than the timeout: unavailable, no file")
    func slow() throws {
        let xml = try Fixture.bytes("corpus/xml/kst-36725-11.xml")
        let server = try LocalHTTPServer(["/kst-36725-11.xml": [.slow(2, 200, xml)]])
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        let error = failure { _ = try fetcher(server, timeout: 0.5, attempts: 1).fetch(Self.id, into: store) }
        #expect(error?.kind == .unavailable)
        #expect(files().isEmpty)
    }

    @Test("a body cut short: tried again, then given up; no partial file", arguments: ["xml", "pdf"])
    func truncated(format: String) throws {
        let body = try Fixture.bytes(format == "xml" ? "corpus/xml/kst-36725-11.xml" : "corpus/aanhangsel-pdf/ah-tk-20232024-1432.pdf")
        var script: [String: [LocalHTTPServer.Answer]] = ["/kst-36725-11.\(format)": [.truncated(body)]]
        if format == "pdf" { script["/kst-36725-11.xml"] = [.status(404, [])] }
        let server = try LocalHTTPServer(script)
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        let error = failure { _ = try fetcher(server, attempts: 2).fetch(Self.id, into: store) }
        #expect(error?.kind == .unavailable)
        #expect(files().isEmpty)
    }

    @Test("a redirect is followed")
    func redirect() throws {
        let xml = try Fixture.bytes("corpus/xml/kst-36725-11.xml")
        let server = try LocalHTTPServer([
            "/kst-36725-11.xml": [.status(302, [], headers: [("Location", "/elders/kst-36725-11.xml")])],
            "/elders/kst-36725-11.xml": [.status(200, xml)],
        ])
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        _ = try fetcher(server).fetch(Self.id, into: store)
        #expect(server.requests.map(\.path) == ["/kst-36725-11.xml", "/elders/kst-36725-11.xml"])
        #expect(files() == ["kst-36725-11.xml"])
    }

    @Test("an HTML page where XML was expected: bad data, no file")
    func htmlForXML() throws {
        let server = try LocalHTTPServer(["/kst-36725-11.xml": [.status(200, Array("<!DOCTYPE html><html><body>Niet gevonden</body></html>".utf8))]])
        defer { server.stop(); try? FileManager.default.removeItem(atPath: folder) }
        let error = failure { _ = try fetcher(server).fetch(Self.id, into: store) }
        #expect(error?.kind == .badData)
        #expect(error?.message.contains("HTML page") == true)
        #expect(files().isEmpty)
    }

    @Test("nothing listening: unavailable")
    func noServer() throws {
        let server = try LocalHTTPServer([:])
        let base = server.base
        server.stop()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fetcher = DocumentFetcher(base: base, userAgent: "motieledger/0.1.0", timeout: 2, attempts: 2, backoff: 0.05)
        let error = failure { _ = try fetcher.fetch(Self.id, into: store) }
        #expect(error?.kind == .unavailable)
        #expect(files().isEmpty)
    }
}

/// What a user may type for a document.
@Suite("Publication IDs")
struct PublicationIDTests {
    @Test("IDs, citations and URLs", arguments: [
        ("kst-36410-31", "kst-36410-31", nil),
        ("KST-36800-v-27", "kst-36800-V-27", nil),
        ("ah-tk-20232024-1432", "ah-tk-20232024-1432", nil),
        ("Kamerstuk 21 501-02, nr. 3236", "kst-21501-02-3236", nil),
        ("https://zoek.officielebekendmakingen.nl/kst-36410-31.html", "kst-36410-31", "https://zoek.officielebekendmakingen.nl"),
        ("http://127.0.0.1:8080/docs/ah-tk-20232024-1432.pdf", "ah-tk-20232024-1432", "http://127.0.0.1:8080/docs"),
    ] as [(String, String, String?)])
    func read(argument: String, id: String, base: String?) throws {
        let read = try #require(PublicationID(argument))
        #expect(read.value == id)
        #expect(read.base == base)
    }

    @Test("no document: a file name, a dossier alone, two documents, plain words", arguments: [
        "brief.pdf", "Kamerstuk 21501-02", "Kamerstuk 21501-02, nrs. 3196 en 3236", "de motie", "ah-", "",
    ])
    func none(argument: String) {
        #expect(PublicationID(argument) == nil)
    }
}
