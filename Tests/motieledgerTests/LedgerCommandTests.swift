import Foundation
import Glibc
import Testing
import TestSupport
@testable import MotieLedger

@Suite(.enabled(if: toolPath != nil)) struct LedgerCommandTests {
    @Test func statusHistoryHeadAndVerify() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let status = try workspace.run(["status", "Kamerstuk 21 501-02, nr. 3236"])
        #expect(status.status == 0)
        #expect(status.out == """
            kst-21501-02-3236 — Paternotte c.s.
              https://zoek.officielebekendmakingen.nl/kst-21501-02-3236.html
              status:       in uitvoering (sinds 2026-01-28)
              bron:         2026D03887, 2026-01-28 (begrotingsbehandeling Buitenlandse Zaken 2026-01-27)
              passage:      “… in lijn met de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) … toegezegd nationale maatregelen voor te bereiden.” (regel 152)
              geschiedenis:
                2026-01-28  in uitvoering     2026D03887  “… in lijn met de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) … toegezegd nationale maatregelen voor te bereiden.”

            """)
        let english = try workspace.run(["status", "motie Erkens", "--lang", "en", "--format", "json"])
        let object = try JSONParser.parse(Array(english.out.utf8))
        #expect(object["key"] == "motie-erkens")
        #expect(object["status"] == "uitgevoerd")
        #expect(object["since"] == "2026-01-28")
        #expect(object["source"] == "2026D03887")
        #expect(object["history"]?.arrayValue?.count == 1)

        let record = try workspace.run(["record", "kst-21501-02-3236", "uitgevoerd", "--source", "Kamerbrief", "--date", "2026-03-02", "--by", "griffier"])
        #expect(record.status == 0)
        #expect(record.out.hasPrefix("+ kst-21501-02-3236  uitgevoerd  2026-03-02  Paternotte c.s.  [handmatig door griffier; bron Kamerbrief]\n1 record toegevoegd aan ledger/moties.jsonl (regel 4); head 4:"))
        let history = try workspace.run(["history", "kst-21501-02-3236", "--format", "json"])
        #expect(history.out.split(separator: "\n").map { try! JSONParser.parse(Array($0.utf8))["status"]!.stringValue! } == ["in-uitvoering", "uitgevoerd"])
        let at = try workspace.run(["status", "kst-21501-02-3236", "--at", "begrotingsbehandeling buitenlandse zaken", "--format", "json"])
        #expect(try JSONParser.parse(Array(at.out.utf8))["status"] == "in-uitvoering")

        let head = try workspace.run(["head"]).out.trimmingCharacters(in: .newlines)
        #expect(head.hasPrefix("4:"))
        let verify = try workspace.run(["verify", "--head", head])
        #expect(verify.status == 0)
        #expect(verify.out == "in orde: ledger/moties.jsonl: 4 records (1 document, 3 gebeurtenissen, 0 aliassen), head \(head); bouwt voort op \(head)\n")
        let verifyEnglish = try workspace.run(["verify", "--head", head, "--lang", "en"])
        #expect(verifyEnglish.out == "ok: ledger/moties.jsonl: 4 records (1 document, 3 events, 0 aliases), head \(head); extends \(head)\n")
    }

    @Test("status --at names the moment in the report's language, as table and diff do")
    func cutoffInTheReportsLanguage() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let debate = ["status", "kst-21501-02-3236", "--at", "begrotingsbehandeling"]
        #expect(try workspace.run(debate).out.contains(
            "\n  stand per: begrotingsbehandeling Buitenlandse Zaken 2026-01-27 (na 2026D03887, 2026-01-28)\n"))
        #expect(try workspace.run(debate + ["--lang", "en"]).out.contains(
            "\n  as of: begrotingsbehandeling Buitenlandse Zaken 2026-01-27 (after 2026D03887, 2026-01-28)\n"))
        #expect(try workspace.run(["status", "kst-21501-02-3236", "--at", "2026d03887"]).out.contains("\n  stand per: 2026D03887 (2026-01-28)\n"))
        #expect(try workspace.run(["status", "kst-21501-02-3236", "--at", "2025-12-31"]).out.hasSuffix(
            "\n  stand per: 2025-12-31\n  status: geen status vastgelegd tot 2025-12-31\n"))
    }

    @Test("every date an option or argument takes is read one way, in one range: outside it, 64 everywhere, nothing written")
    func oneDateRangeForEveryOption() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let before = workspace.bytes
        let document = fixture("2026D03887.txt")
        let reason = "there is no year 0000; years run from 0001 to 9999"
        let calls: [(arguments: [String], environment: [String: String], named: String)] = [
            (["record", "kst-21501-02-3236", "uitgevoerd", "--source", "Kamerbrief", "--date", "0000-01-01"], [:], "--date"),
            (["ingest", "--ledger", workspace.directory + "/other.jsonl", "--date", "0000-01-01", document], [:], "--date"),
            (["overdue", "--on", "0000-06-15"], [:], "--on"),
            (["status", "kst-21501-02-3236", "--at", "0000-01-01"], [:], "--at"),
            (["history", "kst-21501-02-3236", "--at", "0000-12-31"], [:], "--at"),
            (["table", "--at", "0000-01-01"], [:], "--at"),
            (["diff", "0000-01-01", "2026-03-01"], [:], "FROM"),
            (["diff", "2026-03-01", "0000-02-29"], [:], "TO"),
        ]
        for (arguments, environment, named) in calls {
            let result = try workspace.run(arguments, environment: environment)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.err.hasSuffix("error: invalid date '\(arguments.first { $0.hasPrefix("0000") }!)' for '\(named)'; \(reason)\n"),
                    "\(arguments): \(result.err)")
            #expect(result.out.isEmpty, "\(arguments)")
        }
        let clock = try workspace.run(["record", "kst-21501-02-3236", "uitgevoerd", "--source", "x"],
                                      environment: ["MOTIELEDGER_NOW": "0000-06-15"])
        #expect(clock.status == 64)
        #expect(workspace.bytes == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.directory + "/other.jsonl"))
        // The first and the last day of the range are days like any other.
        #expect(try workspace.run(["overdue", "--on", "0001-01-01"]).status == 0)
        #expect(try workspace.run(["table", "--at", "9999-12-31"]).status == 0)
    }

    @Test("motions, ingest and history show what a document holds as status and table do: no control, terminal escape or bidi override gets through")
    func oneEscapingForEveryText() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        func steers(_ text: String) -> Bool {
            text.unicodeScalars.contains { scalar in
                switch scalar.value {
                case 0x0A: false
                case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
                default: false
                }
            }
        }
        let fixture = Fixture.directory.appendingPathComponent("2026D11873.txt")
        let letter = try String(contentsOf: fixture, encoding: .utf8).replacingOccurrences(
            of: "Daarmee heeft het kabinet uitvoering", with: "Daarmee\u{1B}]0;titel\u{7} heeft\u{202E} het\u{8} kabinet uitvoering")
        let document = workspace.directory + "/brief.txt"
        #expect(FileManager.default.createFile(atPath: document, contents: Data(letter.utf8)))
        for language in ["nl", "en"] {
            let motions = try workspace.run(["motions", "--lang", language, document])
            #expect(motions.status == 0)
            #expect(!steers(motions.out), "motions --lang \(language)")
            #expect(motions.out.contains("Daarmee\u{FFFD}]0;titel\u{FFFD} heeft\u{FFFD} het\u{FFFD} kabinet uitvoering gegeven"))
        }
        let ingest = try workspace.run(["ingest", "--debate", "debat \u{1B}[2J\u{202E}x 2026-04-20", document])
        #expect(ingest.status == 0)
        #expect(!steers(ingest.out))
        #expect(ingest.out.contains("\n2026D11873 (2026-04-14, debat \u{FFFD}[2J\u{FFFD}x 2026-04-20): 5 moties genoemd"))

        let named = MotionReading(
            id: nil, nameKey: "motie-vreemd", name: "Vreemd\u{1B}[2J c.s.\u{202E}", status: .inBehandeling, evidence: "Zo staat het.",
            evidenceLine: 3, answers: [], expected: nil, uncertain: false)
        _ = try Ledger(path: workspace.ledger).ingest(
            [DocumentReading(number: "2026D09999", date: Day(iso: "2026-05-01")!, debate: nil, sha256: String(repeating: "ab", count: 32),
                             motions: [named])],
            now: Now(iso8601: "2026-05-01T09:00:00Z")!)
        for command in [["history", "motie-vreemd"], ["status", "motie-vreemd"]] {
            let out = try workspace.run(command).out
            #expect(!steers(out), "\(command)")
            #expect(out.hasPrefix("motie-vreemd — Vreemd\u{FFFD}[2J c.s.\u{FFFD}\n"), "\(command)")
        }
    }

    @Test("status, history and record print what a record holds on one line, and nothing that steers a terminal")
    func hostileTextStaysInert() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let record = try workspace.run(["record", "motie-erkens", "vervallen", "--source", "brief\n\u{1B}[2Jvan maart",
                                        "--note", "zie \u{202E}lanoitan\u{202C} en\r\nverder", "--by", "griffier\u{7}", "--date", "2026-03-02"])
        #expect(record.status == 0)
        #expect(record.out.hasPrefix("+ motie-erkens  vervallen  2026-03-02  Erkens c.s.  [handmatig door griffier\u{FFFD}; bron brief \u{FFFD}[2Jvan maart]\n"))
        for command in [["status", "motie-erkens"], ["history", "motie-erkens"]] {
            let out = try workspace.run(command).out
            #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x202E || $0.value == 0x7 }, "\(command)")
        }
        #expect(try workspace.run(["status", "motie-erkens"]).out.contains("zie \u{FFFD}lanoitan\u{FFFD} en verder"))
    }

    @Test func exitCodes() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["verify"]).status == 66)
        let noLedger = try workspace.run(["head"])
        #expect(noLedger.status == 66)
        #expect(noLedger.out.isEmpty)
        #expect(noLedger.err == "motieledger: ledger/moties.jsonl: error: no ledger here (no head to print); give its path with --ledger PATH\n")
        let empty = try workspace.run(["status", "motie Klaver"])
        #expect(empty.status == 1)
        #expect(empty.err == "motieledger: ledger/moties.jsonl: error: no motion matches 'motie Klaver' (the ledger is empty)\n")
        try workspace.ingestJanuary()
        #expect(try workspace.run(["status", "motie Klaver"]).status == 1)
        #expect(try workspace.run(["status", "Paternotte", "--at", "Defensie"]).status == 1)
        #expect(try workspace.run(["record", "kst-21501-02-3236", "klaar", "--source", "x"]).status == 64)
        #expect(try workspace.run(["record", "motie-klaver", "uitgevoerd", "--source", "x"]).status == 1)
        #expect(try workspace.run(["verify", "--head", "4:abc"]).status == 64)
        #expect(try workspace.run(["status", "Paternotte"], environment: ["MOTIELEDGER_NOW": "gisteren"]).status == 0)
        #expect(try workspace.run(["record", "motie-erkens", "vervallen", "--source", "x"], environment: ["MOTIELEDGER_NOW": "gisteren"]).status == 64)

        // Another path through the environment, and through --ledger.
        let elsewhere = workspace.directory + "/other.jsonl"
        #expect(try workspace.run(["record", "kst-36800-V-27", "vervallen", "--source", "x", "--new"], environment: ["MOTIELEDGER_LEDGER": elsewhere]).status == 0)
        #expect(try workspace.run(["status", "kst-36800-V-27", "--ledger", elsewhere]).status == 0)
        #expect(try workspace.run(["status", "kst-36800-V-27"]).status == 1)

        // Damage: 65 with the place.
        #expect(FileManager.default.createFile(atPath: workspace.ledger, contents: Data(workspace.bytes + Array("{\"v\":".utf8))))
        let torn = try workspace.run(["status", "Paternotte"])
        #expect(torn.status == 65)
        #expect(torn.err.hasPrefix("motieledger: ledger/moties.jsonl:4:1: error: torn last line: 5 bytes"))
        #expect(try workspace.run(["record", "motie-erkens", "vervallen", "--source", "x"]).status == 65)
        let repair = try workspace.run(["verify", "--repair", "--lang", "en"])
        #expect(repair.status == 0)
        #expect(repair.out.hasPrefix("moved the torn last line (line 4, 5 bytes) to ledger/moties.jsonl.torn-line4-20260320T093000Z"))

        // A lock held past --wait: 75.
        let holder = open(workspace.ledger, O_RDONLY)
        #expect(flock(holder, LOCK_EX) == 0)
        let locked = try workspace.run(["record", "motie-erkens", "vervallen", "--source", "x", "--wait", "1"])
        close(holder)
        #expect(locked.status == 75)
        #expect(locked.err == "motieledger: ledger/moties.jsonl: error: the ledger is locked by another writer; gave up after 1 s (--wait SECONDS waits longer)\n")
    }

    @Test("verify --repair gives a whole last line its line break back, moves a torn one aside, and twice in one second keeps both")
    func repairKeepsAWholeLastLine() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let sound = workspace.bytes
        // An editor saved the file without its final line break.
        #expect(FileManager.default.createFile(atPath: workspace.ledger, contents: Data(sound.dropLast())))
        let restored = try workspace.run(["verify", "--repair"])
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.hasPrefix(
            "regel 3 heeft zijn regeleinde terug (een heel record dat aansluit; alleen het regeleinde ontbrak); de ledger heeft nu 3 records\nin orde: "))
        #expect(Data(workspace.bytes) == Data(sound))
        #expect(try workspace.run(["verify", "--repair"]).out.hasPrefix("geen gescheurde laatste regel: niets te herstellen\n"))
        #expect(try workspace.run(["verify", "--repair", "--lang", "en"]).out.hasPrefix("no torn last line: nothing to repair\nok: "))
        // Torn twice at the same line within one second (the clock is fixed): two backups.
        for (torn, backup) in [("{\"v\":1", "ledger/moties.jsonl.torn-line4-20260320T093000Z"), ("{\"v\"", "ledger/moties.jsonl.torn-line4-20260320T093000Z-2")] {
            #expect(FileManager.default.createFile(atPath: workspace.ledger, contents: Data(sound + Array(torn.utf8))))
            let repair = try workspace.run(["verify", "--repair"])
            #expect(repair.status == 0, "\(repair.err)")
            #expect(repair.out.hasPrefix(
                "de gescheurde laatste regel (regel 4, \(torn.utf8.count) bytes) is verplaatst naar \(backup); de ledger heeft nu 3 records\n"))
            #expect(FileManager.default.contents(atPath: workspace.directory + "/" + backup) == Data(torn.utf8))
            #expect(Data(workspace.bytes) == Data(sound))
        }
    }

    @Test("verify --head refuses a head no ledger can have: 64")
    func aHeadNoLedgerCanHaveIsAUsageError() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let ones = String(repeating: "f", count: 64)
        for head in ["0:" + ones, "2147483648:" + ones, "9223372036854775807:" + ones] {
            let result = try workspace.run(["verify", "--head", head])
            #expect(result.status == 64, "\(head): \(result.err)")
            #expect(result.err.hasPrefix("motieledger: error: invalid value '\(head)' for '--head'; "), "\(head): \(result.err)")
        }
        // The empty ledger's head is one every ledger extends, and a line number up to seq's limit is a head.
        #expect(try workspace.run(["verify", "--head", "0:" + String(repeating: "0", count: 64)]).status == 0)
        #expect(try workspace.run(["verify", "--head", "2147483647:" + ones]).status == 65)
    }

    @Test func standardOutputOnAFullDeviceExitsWith74() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
            print("note: /dev/full cannot be opened here; skipping")
            return
        }
        for arguments in [["status", "Paternotte"], ["history", "Paternotte"], ["head"], ["verify"]] {
            let result = try workspace.run(arguments, output: full)
            #expect(result.status == 74, "\(arguments)")
            #expect(result.err == "motieledger: error: cannot write to standard output: No space left on device\n")
        }
        // The record is appended and synced before its report fails: the error says so, lest it be recorded twice.
        for format in ["text", "json"] {
            let record = try workspace.run(["record", "motie-erkens", "vervallen", "--source", "brief \(format)", "--format", format], output: full)
            let head = try workspace.run(["head"]).out.trimmingCharacters(in: .newlines)
            #expect(record.status == 74)
            #expect(record.err == "motieledger: error: cannot write to standard output: No space left on device; the ledger ledger/moties.jsonl was appended to all the same (line \(head.prefix { $0 != ":" }), synced; head \(head)), only not reported: do not append it again\n")
        }
        #expect(try workspace.run(["verify"]).out.contains("5 records"))
        let fixtures = Fixture.directory
        let ingest = try workspace.run(["ingest", fixtures.appendingPathComponent("2026D07412.txt").path], output: full)
        #expect(ingest.status == 74)
        #expect(ingest.err.contains("was appended to all the same (lines 6–"))
    }

    @Test func eightProcessesAppendingAtOnce() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        var acknowledged: [String] = []
        for round in 0..<3 {
            let writers = try (0..<8).map { writer in
                let note = "round \(round) writer \(writer)"
                return (note, try workspace.start(["record", "kst-21501-02-3236", "uitgevoerd", "--source", "brief \(writer)", "--note", note, "--wait", "60"]))
            }
            for (note, (process, out, _)) in writers {
                let printed = out.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                if process.terminationStatus == 0, !printed.isEmpty { acknowledged.append(note) }
            }
        }
        #expect(acknowledged.count == 24)
        try expectSoundWithNotesOnce(acknowledged, in: workspace)
    }

    @Test func killedWritersLoseNothingAcknowledged() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        var acknowledged: [String] = []
        var killed = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<6 {
            let writers = try (0..<8).map { writer in
                let note = "round \(round) writer \(writer)"
                return (note, try workspace.start(["record", "kst-21501-02-3236", "in-uitvoering", "--source", "brief", "--note", note, "--wait", "60"]))
            }
            for (index, (_, (process, _, _))) in writers.enumerated() where index.isMultiple(of: 2) {
                usleep(UInt32.random(in: 0...8_000, using: &generator))
                kill(process.processIdentifier, SIGKILL)
            }
            for (note, (process, out, _)) in writers {
                let printed = out.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                if process.terminationReason == .uncaughtSignal { killed += 1 }
                // Success is acknowledged only by status 0 with the record printed.
                if process.terminationReason == .exit, process.terminationStatus == 0, !printed.isEmpty { acknowledged.append(note) }
                #expect(process.terminationReason == .uncaughtSignal || [0, 65].contains(process.terminationStatus))
            }
            // A writer killed in the middle of its write leaves a torn line, which is moved aside.
            #expect(try workspace.run(["verify", "--repair"]).status == 0)
        }
        print("note: \(killed) of 48 writers killed, \(acknowledged.count) acknowledged")
        #expect(acknowledged.count >= 24)
        try expectSoundWithNotesOnce(acknowledged, in: workspace)
    }
}
