import Foundation
import Testing
import TestSupport

/// A ledger written by `motieledger` before motion facts (schema version 1, as `main` wrote it
/// on 2026-12-07), kept as it was: it must read and verify as it did, forever after. Its hash
/// chain cannot be rewritten, so no later version may need it to be.
@Suite("Ledger versions", .enabled(if: toolPath != nil))
struct LedgerVersionTests {
    static let v1 = Fixture.directory.appendingPathComponent("ledger-v1/moties.jsonl")

    /// A workspace whose ledger is a copy of the version-1 fixture.
    static func workspace() throws -> Workspace {
        let workspace = Workspace()
        try FileManager.default.createDirectory(atPath: workspace.directory + "/ledger", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: v1.path, toPath: workspace.ledger)
        return workspace
    }

    @Test("a version-1 ledger verifies with its head unchanged, and reads: status and table")
    func versionOne() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let verify = try workspace.run(["verify", "--head", "19:c9ee4203895d08f60cf33dfe6a13c315d5c6b3548c95e949ef32ea64ff7ff145"])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("19 records (1 document, 18 gebeurtenissen, 0 aliassen)"))
        let head = try workspace.run(["head"])
        #expect(head.out == "19:c9ee4203895d08f60cf33dfe6a13c315d5c6b3548c95e949ef32ea64ff7ff145\n")
        // Line 12: the motion known only by name, read as carried out on 28 January 2026.
        let status = try workspace.run(["status", "motie-erkens", "--format", "json"])
        #expect(status.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.out.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "uitgevoerd")
        #expect(object["since"] as? String == "2026-01-28")
        #expect(object["source"] as? String == "2026D03887")
        let table = try workspace.run(["table", "--format", "json"])
        #expect(table.status == 0)
        #expect(table.out.split(separator: "\n").count == 18)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: workspace.ledger))) == Array(try Data(contentsOf: Self.v1)))
    }
}
