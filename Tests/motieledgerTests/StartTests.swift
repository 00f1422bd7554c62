import Foundation
import Testing
import TestSupport
@testable import MotieLedger

/// A new ledger made on purpose, and the first ingest that makes one saying so.
@Suite(.enabled(if: toolPath != nil)) struct StartTests {
    @Test("init makes an empty ledger that every command reads, and never one over another")
    func initMakesALedger() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let made = try workspace.run(["init"])
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out == "nieuwe, lege ledger: ledger/moties.jsonl\nlees er documenten in met: motieledger ingest DOCUMENT\n")
        #expect(FileManager.default.fileExists(atPath: workspace.ledger) && workspace.bytes.isEmpty)
        #expect(try workspace.run(["verify"]).out.hasPrefix("in orde: ledger/moties.jsonl: 0 records"))
        #expect(try workspace.run(["documents"]).out == "0 documenten\n")

        // A second init, and an init over a ledger that holds records: refused, nothing changed.
        let again = try workspace.run(["init"])
        #expect(again.status == 64)
        #expect(again.err == "motieledger: ledger/moties.jsonl: error: there is a ledger here already (init never makes one over another); give another PATH, or use this one\n")
        #expect(try workspace.run(["ingest", fixture("2026D07412.txt")]).status == 0)
        let before = workspace.bytes
        #expect(try workspace.run(["init", "ledger/moties.jsonl"]).status == 64)
        #expect(workspace.bytes == before)

        // A path elsewhere, in folders that are not there yet: the hint names it.
        let elsewhere = try workspace.run(["init", "griffie 2027/moties.jsonl", "--lang", "en"])
        #expect(elsewhere.status == 0, "\(elsewhere.err)")
        #expect(elsewhere.out == """
            made a new, empty ledger: griffie 2027/moties.jsonl
            read documents into it with: motieledger ingest --ledger 'griffie 2027/moties.jsonl' DOCUMENT
            or name it once for every command: export MOTIELEDGER_LEDGER='griffie 2027/moties.jsonl'

            """)
        // A folder: the ledger goes into it.
        try FileManager.default.createDirectory(atPath: workspace.directory + "/commissie", withIntermediateDirectories: true)
        #expect(try workspace.run(["init", "commissie"]).out.hasPrefix("nieuwe, lege ledger: commissie/moties.jsonl\n"))
        #expect(FileManager.default.fileExists(atPath: workspace.directory + "/commissie/moties.jsonl"))
        // MOTIELEDGER_LEDGER is where init makes it without a PATH, and then needs no hint.
        let byEnvironment = try workspace.run(["init"], environment: ["MOTIELEDGER_LEDGER": "eigen.jsonl"])
        #expect(byEnvironment.out == "nieuwe, lege ledger: eigen.jsonl\nlees er documenten in met: motieledger ingest DOCUMENT\n")
    }

    @Test("the first ingest says it made the ledger, and where; later ones do not")
    func firstIngestSaysSo() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let dryRun = try workspace.run(["ingest", "--dry-run", fixture("2026D07412.txt")])
        #expect(dryRun.out.hasPrefix("proefdraai: er is nog geen ledger in ledger/moties.jsonl; die zou worden gemaakt\n"))
        #expect(!FileManager.default.fileExists(atPath: workspace.ledger))
        let first = try workspace.run(["ingest", fixture("2026D07412.txt")])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.hasPrefix("nieuwe ledger gemaakt: ledger/moties.jsonl\n"))
        let second = try workspace.run(["ingest", "--format", "json", fixture("2026D11873.txt")])
        #expect(!second.out.contains("\"created\""))
        let other = try workspace.run(["ingest", "--format", "json", "--ledger", "ander.jsonl", fixture("2026D11873.txt")])
        let objects = try other.out.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
        #expect(objects.contains { $0["type"]?.stringValue == "created" && $0["ledger"]?.stringValue == "ander.jsonl" })
    }
}
