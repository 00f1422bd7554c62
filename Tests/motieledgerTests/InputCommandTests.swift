import Foundation
import Glibc
import Testing
import TestSupport
@testable import MotieLedger

private let pdftotextHere = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") } ?? false

/// `refs`, `motions` and `ingest` on PDF and XML, and `fetch`, through the built binary: the
/// places and `origin` they print, and the exit status of every failure.
@Suite(.enabled(if: toolPath != nil)) struct InputCommandTests {
    let workspace = Workspace()

    @Test("refs on officielebekendmakingen XML: places in the XML file, origin xml; from standard input too")
    func refsXML() throws {
        defer { workspace.remove() }
        let result = try workspace.run(["refs", fixture("corpus/xml/kst-36800-IX-29.xml")])
        #expect(result.status == 0)
        #expect(result.out == """
            \(fixture("corpus/xml/kst-36800-IX-29.xml")):59:271: kst-36725-VIII-11  36\u{A0}725-VIII, nr. 11
            \(fixture("corpus/xml/kst-36800-IX-29.xml")):62:293: kst-31865-173  31\u{A0}865, nr. 173

            """)
        let json = try workspace.run(["refs", "--format", "json", "-"], input: fixture("corpus/xml/kst-36725-XXIII-13.xml"))
        let object = try JSONParser.parse(Array(json.out.split(separator: "\n")[0].utf8))
        #expect(object["origin"]?.stringValue == "xml")
        #expect(object["file"]?.stringValue == "-")
        #expect(object["line"]?.intValue == 53)
        #expect(object["column"]?.intValue == 261)
        #expect(object["id"]?.stringValue == "kst-36725-11")
        #expect(object["raw"]?.stringValue == "36\u{A0}725, nr. 11")
    }

    @Test("refs --format json on text says origin text")
    func refsTextOrigin() throws {
        defer { workspace.remove() }
        let result = try workspace.run(["refs", "--format", "json", fixture("2026D11873.txt")])
        let first = try JSONParser.parse(Array(result.out.split(separator: "\n")[0].utf8))
        #expect(first["origin"]?.stringValue == "text")
    }

    @Test("refs and motions on a PDF: pdftotext's lines, said in origin; --pdf-layout switches", .enabled(if: pdftotextHere))
    func pdf() throws {
        defer { workspace.remove() }
        let refs = try workspace.run(["refs", fixture("corpus/aanhangsel-pdf/ah-tk-20232024-2168.pdf")])
        #expect(refs.status == 0)
        #expect(refs.out.hasPrefix("\(fixture("corpus/aanhangsel-pdf/ah-tk-20232024-2168.pdf")):116:55: kst-36197-15  Kamerstuk 36 197, nr. 15\n"))
        let layout = try workspace.run(["refs", "--format", "json", "--pdf-layout", fixture("corpus/aanhangsel-pdf/ah-tk-20232024-2168.pdf")])
        #expect(try JSONParser.parse(Array(layout.out.split(separator: "\n")[0].utf8))["origin"]?.stringValue == "pdftotext -layout")
        let motions = try workspace.run(["motions", "--format", "json", fixture("corpus/aanhangsel-pdf/ah-tk-20232024-2168.pdf")])
        let motion = try JSONParser.parse(Array(motions.out.split(separator: "\n")[0].utf8))
        #expect(motion["id"]?.stringValue == "kst-36197-15")
        #expect(motion["origin"]?.stringValue == "pdftotext")
    }

    @Test("no pdftotext: exit 69, one line naming poppler-utils")
    func noPdftotext() throws {
        defer { workspace.remove() }
        for command in [["refs"], ["motions"], ["ingest", "--dry-run"]] {
            let result = try workspace.run(command + [fixture("corpus/aanhangsel-pdf/ah-tk-20232024-2168.pdf")], environment: ["PATH": "/nonexistent"])
            #expect(result.status == 69)
            #expect(result.err == "motieledger: \(fixture("corpus/aanhangsel-pdf/ah-tk-20232024-2168.pdf")): error: a PDF needs pdftotext, which is not installed: install poppler-utils (apt-get install poppler-utils)\n")
        }
    }

    @Test("an encrypted, damaged or image-only PDF: exit 65 with what it is", .enabled(if: pdftotextHere), arguments: [
        ("encrypted-user-password.pdf", "encrypted PDF"), ("damaged-truncated.pdf", "damaged PDF"), ("no-text-image-only.pdf", "the PDF holds no text"),
    ])
    func badPDF(name: String, message: String) throws {
        defer { workspace.remove() }
        let result = try workspace.run(["refs", fixture("pdf/" + name)])
        #expect(result.status == 65)
        #expect(result.err.hasPrefix("motieledger: \(fixture("pdf/" + name)): error: \(message)"))
        #expect(result.out.isEmpty)
    }

    @Test("motions on XML: the number and date of its metadata head the report")
    func motionsXML() throws {
        defer { workspace.remove() }
        let result = try workspace.run(["motions", fixture("corpus/xml/kst-36725-XXIII-13.xml")])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("kst-36725-XXIII-13 — 2025-07-02\n"))
    }

    @Test("fetch: XML into ledger/documents/, named by ID, with the tool's User-Agent; a second fetch asks nothing")
    func fetch() throws {
        let server = try LocalHTTPServer(["/kst-36725-XXIII-13.xml": [.status(200, try Fixture.bytes("corpus/xml/kst-36725-XXIII-13.xml"))]])
        defer { server.stop(); workspace.remove() }
        let environment = ["MOTIELEDGER_SOURCE_URL": server.base]
        let first = try workspace.run(["fetch", "Kamerstuk 36 725-XXIII, nr. 13"], environment: environment)
        #expect(first.status == 0)
        #expect(first.out == "kst-36725-XXIII-13: opgehaald ledger/documents/kst-36725-XXIII-13.xml\n")
        #expect(FileManager.default.contents(atPath: workspace.directory + "/ledger/documents/kst-36725-XXIII-13.xml")
            == FileManager.default.contents(atPath: fixture("corpus/xml/kst-36725-XXIII-13.xml")))
        #expect(server.requests.map(\.userAgent) == ["motieledger/0.1.0"])
        let second = try workspace.run(["fetch", "kst-36725-XXIII-13"], environment: environment)
        #expect(second.status == 0)
        #expect(second.out == "kst-36725-XXIII-13: al opgehaald, ledger/documents/kst-36725-XXIII-13.xml (--refresh haalt het opnieuw op)\n")
        let english = try workspace.run(["fetch", "--lang", "en", "kst-36725-XXIII-13"], environment: environment)
        #expect(english.out == "kst-36725-XXIII-13: already fetched, ledger/documents/kst-36725-XXIII-13.xml (--refresh fetches it again)\n")
        #expect(server.requests.count == 1)
        let elsewhere = try workspace.run(["fetch", "--into", "stukken", "--lang", "en", "kst-36725-XXIII-13"], environment: environment)
        #expect(elsewhere.out == "kst-36725-XXIII-13: fetched stukken/kst-36725-XXIII-13.xml\n")
    }

    @Test("fetch failures: each its exit status, and no file left", arguments: [
        ([:] as [String: [LocalHTTPServer.Answer]], Int32(66), "no such document"),
        (["/kst-36725-11.xml": [LocalHTTPServer.Answer.status(503, [])]], Int32(69), "HTTP 503"),
        (["/kst-36725-11.xml": [LocalHTTPServer.Answer.status(200, Array("<!DOCTYPE html><html></html>".utf8))]], Int32(65), "HTML page"),
    ])
    func fetchFailures(script: [String: [LocalHTTPServer.Answer]], status: Int32, message: String) throws {
        let server = try LocalHTTPServer(script)
        defer { server.stop(); workspace.remove() }
        let result = try workspace.run(["fetch", "--timeout", "2", "kst-36725-11"], environment: ["MOTIELEDGER_SOURCE_URL": server.base])
        #expect(result.status == status)
        #expect(result.err.hasPrefix("motieledger: error: kst-36725-11: "))
        #expect(result.err.contains(message))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: workspace.directory + "/ledger/documents")) ?? []).isEmpty)
    }

    @Test("fetch: no network is 69, an argument that names no document 64")
    func fetchUnreachableAndUsage() throws {
        let server = try LocalHTTPServer([:])
        let base = server.base
        server.stop()
        defer { workspace.remove() }
        let unreachable = try workspace.run(["fetch", "--timeout", "1", "kst-36725-11"], environment: ["MOTIELEDGER_SOURCE_URL": base])
        #expect(unreachable.status == 69)
        let usage = try workspace.run(["fetch", "brief.pdf"])
        #expect(usage.status == 64)
    }

    @Test("ingest by number and by URL: fetched, read with the XML's own number and date, appended")
    func ingestByNumber() throws {
        let server = try LocalHTTPServer([
            "/kst-36725-XXIII-13.xml": [.status(200, try Fixture.bytes("corpus/xml/kst-36725-XXIII-13.xml"))],
            "/kst-36800-IX-29.xml": [.status(200, try Fixture.bytes("corpus/xml/kst-36800-IX-29.xml"))],
        ])
        defer { server.stop(); workspace.remove() }
        let dry = try workspace.run(["ingest", "--dry-run", "kst-36725-XXIII-13"], environment: ["MOTIELEDGER_SOURCE_URL": server.base])
        #expect(dry.status == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.directory + "/ledger"))
        let result = try workspace.run(["ingest", "--format", "json", "kst-36725-XXIII-13", server.base + "/kst-36800-IX-29.html"],
                                       environment: ["MOTIELEDGER_SOURCE_URL": server.base])
        #expect(result.status == 0)
        let documents = try result.out.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }.filter { $0["type"]?.stringValue == "document" }
        #expect(documents.map { $0["document"]?.stringValue } == ["kst-36725-XXIII-13", "kst-36800-IX-29"])
        #expect(documents.map { $0["date"]?.stringValue } == ["2025-07-02", "2025-10-02"])
        #expect(FileManager.default.fileExists(atPath: workspace.directory + "/ledger/documents/kst-36800-IX-29.xml"))
    }
}

extension Workspace {
    /// Runs `motieledger` with the file at `input` on standard input.
    func run(_ arguments: [String], input: String) throws -> (status: Int32, out: String, err: String) {
        let (process, out, err) = try start(arguments, input: FileHandle(forReadingAtPath: input))
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}
