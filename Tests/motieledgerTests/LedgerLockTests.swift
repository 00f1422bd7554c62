import Foundation
import Glibc
import Testing
import TestSupport
@testable import MotieLedger

/// One ledger, many paths: the path itself, a symbolic link to it, a hard link, a path through
/// a linked directory. Writers through any of them take turns, as writers through one path do,
/// and a writer that finds a fork in the ledger refuses before it appends.
@Suite(.enabled(if: toolPath != nil, "the built motieledger is needed"))
struct LedgerLockTests {
    /// Eight writers at a time, each through another path to the same file, round after round:
    /// every record acknowledged is there once and the chain holds. With a lock per path the
    /// chain forked in most rounds (two records with one `seq`, both acknowledged).
    @Test func writersThroughEveryPathToOneLedgerTakeTurns() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let directory = workspace.directory
        #expect(symlink("ledger/moties.jsonl", directory + "/symlink.jsonl") == 0)
        #expect(link(workspace.ledger, directory + "/hardlink.jsonl") == 0)
        #expect(symlink("ledger", directory + "/linked-directory") == 0)
        let paths = ["ledger/moties.jsonl", "symlink.jsonl", "hardlink.jsonl", "linked-directory/moties.jsonl", directory + "/symlink.jsonl"]
        let rounds = 12, writers = 8
        var acknowledged: [String] = []
        for round in 0..<rounds {
            let started = try (0..<writers).map { writer in
                let note = "round \(round) writer \(writer)"
                let path = paths[(round + writer) % paths.count]
                return (note, try workspace.start(["record", "kst-21501-02-3236", "uitgevoerd", "--source", "brief", "--note", note,
                                                   "--ledger", path, "--wait", "60"]))
            }
            for (note, (process, out, err)) in started {
                let printed = out.fileHandleForReading.readDataToEndOfFile()
                let errors = err.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(note): \(String(decoding: errors, as: UTF8.self))")
                if process.terminationStatus == 0, !printed.isEmpty { acknowledged.append(note) }
            }
        }
        #expect(acknowledged.count == rounds * writers)
        try expectSoundWithNotesOnce(acknowledged, in: workspace)
    }

    /// Writers that find no ledger create it, through a dangling symbolic link or the path it
    /// names, at the same moment: one file, one chain, every document read once.
    @Test func writersCreatingTheLedgerThroughTwoPathsMakeOneLedger() throws {
        let letter = try Data(contentsOf: URL(fileURLWithPath: fixture("2026D11873.txt")))
        for round in 0..<8 {
            let workspace = Workspace()
            defer { workspace.remove() }
            try FileManager.default.createDirectory(atPath: workspace.directory + "/ledger", withIntermediateDirectories: true)
            #expect(symlink("ledger/moties.jsonl", workspace.directory + "/symlink.jsonl") == 0)
            // The same letter with other bytes: read again each time, at its own date.
            let started = try (0..<4).map { writer in
                let document = workspace.directory + "/letter-\(writer).txt"
                #expect(FileManager.default.createFile(atPath: document, contents: letter + Data(String(repeating: "\n", count: writer + 1).utf8)))
                let path = writer.isMultiple(of: 2) ? "ledger/moties.jsonl" : "symlink.jsonl"
                return try workspace.start(["ingest", document, "--ledger", path, "--wait", "60"])
            }
            for (process, out, err) in started {
                _ = out.fileHandleForReading.readDataToEndOfFile()
                let errors = err.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "round \(round): \(String(decoding: errors, as: UTF8.self))")
            }
            let verify = try workspace.run(["verify"])
            #expect(verify.status == 0, "round \(round): \(verify.err)")
            #expect(verify.out.contains("(4 documenten, 20 gebeurtenissen"), "round \(round): \(verify.out)")
        }
    }

    /// A ledger forked before this writer came (two records with one `seq`, or a last line whose
    /// `prev` is not the hash of the line before it) is refused before anything is appended.
    @Test func aWriterRefusesAForkedLedgerBeforeAppending() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let sound = workspace.bytes
        let lines = sound.split(separator: 0x0A).map(Array.init)
        let manual = LedgerEntry.status(StatusEvent(
            motion: "motie-erkens", id: nil, nameKey: "motie-erkens", name: "Erkens c.s.", status: .vervallen,
            date: Day(iso: "2026-03-02")!, source: "e-mail", debate: nil, answers: [], evidence: nil, evidenceLine: nil, expected: nil,
            uncertain: false, by: .manual, who: "griffier", note: nil, corrects: false))
        let recorded = Timestamp(iso: "2026-03-20T09:30:00Z")!
        // Two writers that each saw three lines: two lines 4, each chained to line 3.
        let first = LedgerRecord(manual, seq: 4, recorded: recorded, prev: SHA256.hash(lines[2]).hex)
        let twin = LedgerRecord(manual, seq: 4, recorded: Timestamp(iso: "2026-03-20T09:30:01Z")!, prev: SHA256.hash(lines[2]).hex)
        // A line 5 whose own hash is right but whose `prev` is not line 4's.
        let unchained = LedgerRecord(manual, seq: 5, recorded: recorded, prev: SHA256.hash(lines[2]).hex)
        for (name, forked, place) in [("two lines 4", sound + first.line + [0x0A] + twin.line + [0x0A], "ledger/moties.jsonl:5:"),
                                      ("a broken chain at the end", sound + first.line + [0x0A] + unchained.line + [0x0A], "ledger/moties.jsonl:5:")] {
            #expect(FileManager.default.createFile(atPath: workspace.ledger, contents: Data(forked)))
            for arguments in [["record", "motie-erkens", "uitgevoerd", "--source", "brief"], ["ingest", fixture("2026D07412.txt")]] {
                let result = try workspace.run(arguments)
                #expect(result.status == 65, "\(name), \(arguments[0]): \(result.err)")
                #expect(result.err.hasPrefix("motieledger: \(place)"), "\(name), \(arguments[0]): \(result.err)")
                #expect(result.err.contains("nothing was appended"), "\(name), \(arguments[0]): \(result.err)")
                #expect(Data(workspace.bytes) == Data(forked), "\(name), \(arguments[0])")
            }
            #expect(try workspace.run(["verify"]).status == 65)
        }
    }
}

/// The ledger verifies, each acknowledged note is in it exactly once, and no note twice.
func expectSoundWithNotesOnce(_ acknowledged: [String], in workspace: Workspace, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let verify = try workspace.run(["verify"])
    #expect(verify.status == 0, "\(verify.err)", sourceLocation: sourceLocation)
    var notes: [String: Int] = [:]
    for line in workspace.bytes.split(separator: 0x0A) {
        if let note = try JSONParser.parse(Array(line))["note"]?.stringValue { notes[note, default: 0] += 1 }
    }
    for note in acknowledged { #expect(notes[note] == 1, "\(note)", sourceLocation: sourceLocation) }
    #expect(notes.values.allSatisfy { $0 == 1 }, sourceLocation: sourceLocation)
}
