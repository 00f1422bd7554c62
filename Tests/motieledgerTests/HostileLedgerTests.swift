import Foundation
import Testing
@testable import MotieLedger

/// The ledger's commands under hostile conditions: extreme clocks, damaged ledgers read on all
/// cores, lines at the length limit. Each ends in a clear error with its exit status, never a
/// crash, and leaves the ledger as it was.
/// A fixture of the repository.
private func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/\(name)").path
}

@Suite(.enabled(if: toolPath != nil, "the built motieledger is needed"))
struct HostileLedgerTests {
    /// A clock whose UTC moment falls outside the years 0001–9999 is a usage error for every
    /// command that writes, and nothing is appended: the writer never writes a `recorded` its
    /// own reader refuses.
    @Test(arguments: ["0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+00:01"])
    func aClockOutsideTheYearsOfTheLedgerIsAUsageError(clock: String) throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let before = workspace.bytes
        for arguments in [["record", "motie-erkens", "vervallen", "--source", "e-mail"], ["ingest", fixture("2026D07412.txt")]] {
            let result = try workspace.run(arguments, environment: ["MOTIELEDGER_NOW": clock])
            #expect(result.status == 64, "\(arguments[0]): \(result.err)")
            #expect(result.err.contains("MOTIELEDGER_NOW='\(clock)'"), "\(result.err)")
            #expect(workspace.bytes == before)
        }
        #expect(try workspace.run(["verify"]).status == 0)
        // The first and last moments of the range are a ledger's.
        for edge in ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"] {
            let result = try workspace.run(["record", "motie-erkens", "vervallen", "--source", "e-mail"], environment: ["MOTIELEDGER_NOW": edge])
            #expect(result.status == 0, "\(edge): \(result.err)")
        }
        #expect(try workspace.run(["verify"]).status == 0)
    }
}
