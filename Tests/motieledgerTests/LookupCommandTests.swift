import Foundation
import Testing
import TestSupport
@testable import MotieLedger

/// `status`, `history` and `record` find a motion by the forms people write, on a ledger of the
/// January and March answers. Expectations read from the documents by hand: 2026D03887 names
/// `motie Van der Burg en Piri` (kst-21501-02-3000), `motie Van der Burg c.s.` (kst-36600-V-27),
/// `motie Piri c.s.` (kst-32735-406), `motie Klaver` and `motie inzake Radio Dabanga`.
@Suite(.enabled(if: toolPath != nil)) struct LookupCommandTests {
    private func readJanuaryAndMarch(_ workspace: Workspace) throws {
        let ingest = try workspace.run(["ingest", fixture("2026D03887.txt"), fixture("2026D07412.txt")])
        #expect(ingest.status == 0, "\(ingest.err)")
    }

    /// The keys `status QUERY --format json` prints, one a motion.
    private func keys(_ workspace: Workspace, _ query: String, command: String = "status") throws -> [String] {
        let result = try workspace.run([command, query, "--format", "json"])
        #expect(result.status == 0, "\(query): \(result.err)")
        let objects = try result.out.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
        return objects.compactMap { $0["key"]?.stringValue ?? $0["motion"]?.stringValue }
    }

    @Test("a slash, a hyphen after motie, tussenvoegsels as they come, a first name, a subject: each finds its motions")
    func formsPeopleWrite() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try readJanuaryAndMarch(workspace)
        let burgAndPiri = "kst-21501-02-3000"
        let burgCS = "kst-36600-V-27"
        let piriCS = "kst-32735-406"
        #expect(try keys(workspace, "motie Van der Burg/Piri") == [burgAndPiri])
        #expect(try keys(workspace, "motie Van der Burg en Piri") == [burgAndPiri])
        #expect(try keys(workspace, "motie-Van der Burg") == [burgAndPiri, burgCS])
        #expect(try keys(workspace, "van den Burg") == [burgAndPiri, burgCS])
        #expect(try keys(workspace, "motie van den Burg/Piri") == [burgAndPiri])
        #expect(try keys(workspace, "Kati Piri") == [burgAndPiri, piriCS])
        #expect(try keys(workspace, "motie-Kati Piri c.s.") == [burgAndPiri, piriCS])
        // The March answers give motie inzake Radio Dabanga its Kamerstuk (footnote: kst-36600-V-61),
        // and motie Erkens c.s. its title ("… over een evenredige lastenverdeling", kst-21501-20-2310).
        #expect(try keys(workspace, "Radio Dabanga") == ["kst-36600-V-61"])
        #expect(try keys(workspace, "dabanga radio") == ["kst-36600-V-61"])
        #expect(try keys(workspace, "evenredige lastenverdeling") == ["kst-21501-20-2310"])
        #expect(Set(try keys(workspace, "Van der Burg/Piri", command: "history")) == [burgAndPiri])
    }

    @Test("nothing matches: exit 1, the nearest names said; the ledger untouched")
    func nearestNames() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try readJanuaryAndMarch(workspace)
        let before = workspace.bytes
        let status = try workspace.run(["status", "motie Klavr"])
        #expect(status.status == 1)
        #expect(status.err.hasPrefix("motieledger: ledger/moties.jsonl: error: no motion matches 'motie Klavr'; nearest: 'Klaver'"), "\(status.err)")
        let history = try workspace.run(["history", "Paternote"])
        #expect(history.status == 1)
        #expect(history.err.contains("nearest: 'Paternotte c.s.'"), "\(history.err)")
        let record = try workspace.run(["record", "motie Klavr", "uitgevoerd", "--source", "Kamerbrief"])
        #expect(record.status == 1)
        #expect(record.err.contains("no motion 'motie Klavr' in the ledger; give --new if it is a motion the ledger has not read yet; nearest: 'Klaver'"), "\(record.err)")
        #expect(workspace.bytes == before)
    }

    @Test("nothing near: no names that are not, but that none is near, from status, history and record alike")
    func nothingNear() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try readJanuaryAndMarch(workspace)
        let before = workspace.bytes
        // No submitter of the two documents is called Jansen or Wilders, and no title speaks of stikstof.
        let nothing = "no motion in the ledger has a name near it ('motieledger table' lists them)\n"
        let status = try workspace.run(["status", "motie Jansen"])
        #expect(status.status == 1)
        #expect(status.err == "motieledger: ledger/moties.jsonl: error: no motion matches 'motie Jansen'; " + nothing, "\(status.err)")
        let history = try workspace.run(["history", "Wilders"])
        #expect(history.status == 1)
        #expect(history.err.hasSuffix("'Wilders'; " + nothing), "\(history.err)")
        let record = try workspace.run(["record", "stikstof", "uitgevoerd", "--source", "Kamerbrief"])
        #expect(record.status == 1)
        #expect(record.err.hasSuffix("give --new if it is a motion the ledger has not read yet; " + nothing), "\(record.err)")
        // A slip of one letter in three is still near: `Patrenotte` (two letters swapped, two slips in ten).
        #expect(try workspace.run(["status", "Patrenotte"]).err.contains("nearest: 'Paternotte c.s.'"))
        #expect(workspace.bytes == before)
    }

    @Test("record takes what status takes: a name as people write it, a status as shown or as in JSON")
    func recordByName() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try readJanuaryAndMarch(workspace)
        let shown = try workspace.run(["record", "motie Van der Burg/Piri", "in behandeling", "--source", "Kamerbrief", "--date", "2026-03-10", "--format", "json"])
        #expect(shown.status == 0, "\(shown.err)")
        let event = try JSONParser.parse(Array(shown.out.utf8))
        #expect(event["motion"] == "kst-21501-02-3000")
        #expect(event["status"] == "in-behandeling")
        for written in ["in-behandeling", "In Behandeling", "under consideration", "in_behandeling"] {
            let again = try workspace.run(["record", "kst-21501-02-3000", written, "--source", "Kamerbrief", "--date", "2026-03-11", "--format", "json"])
            #expect(try JSONParser.parse(Array(again.out.utf8))["status"] == "in-behandeling", "\(written): \(again.err)")
        }
        let before = workspace.bytes
        let typo = try workspace.run(["record", "kst-21501-02-3000", "in behandelin", "--source", "Kamerbrief"])
        #expect(typo.status == 64)
        #expect(typo.err.contains("did you mean 'in-behandeling'?"), "\(typo.err)")
        let unsourced = try workspace.run(["record", "kst-21501-02-3000", "klaar"])
        #expect(unsourced.status == 64)
        #expect(unsourced.err.contains("unknown status 'klaar'; (one of uitgevoerd,"), "a bad STATUS is refused while parsing, before what is missing: \(unsourced.err)")
        let two = try workspace.run(["record", "motie-Van der Burg", "uitgevoerd", "--source", "Kamerbrief"])
        #expect(two.status == 64)
        #expect(two.err.contains("'motie-Van der Burg' names 2 motions (kst-21501-02-3000, kst-36600-V-27)"), "\(two.err)")
        #expect(workspace.bytes == before)
    }
}
