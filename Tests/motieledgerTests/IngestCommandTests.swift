import Foundation
import Glibc
import Testing
import TestSupport
@testable import MotieLedger

/// `ingest` through the built binary: documents read into the ledger, from the text on.
@Suite(.enabled(if: toolPath != nil)) struct IngestCommandTests {
    /// The bundled ledger was written before findings were coded (schema version 3): a fresh
    /// ingest writes the same 19 lines of events and document, then its findings as `found`
    /// records that say in English exactly what the bundled `findings` lines say, then the same
    /// facts (its chain, only, is another).
    @Test("the bundled ledger is what ingest makes of 2026D03887, its findings now coded, and it verifies")
    func committedLedger() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["ingest", fixture("2026D03887.txt")], environment: ["MOTIELEDGER_NOW": "2026-01-28T12:00:00Z"])
        #expect(result.status == 0, "\(result.err)")
        // The tests' own copy of what the repository ships in ledger/: the working file is the
        // user's, and an ingest in the repository must not be able to fail a test.
        let bundled = fixture("ledger-bundled/moties.jsonl")
        let committed = try [UInt8](Data(contentsOf: URL(fileURLWithPath: bundled))).split(separator: 0x0A).map(Array.init)
        let fresh = workspace.bytes.split(separator: 0x0A).map(Array.init)
        #expect(fresh.count == committed.count && committed.count == 22)
        #expect(fresh.prefix(19) == committed.prefix(19), "the events and the document record differ from a fresh ingest of 2026D03887")
        let timeline = try Ledger(path: workspace.ledger).timeline()
        let old = try Ledger(path: bundled).timeline()
        for target in [19, 13] {
            #expect(timeline.findings(of: target) == old.findings(of: target), "line \(target)")
            #expect(old.keptFindings(of: target).allSatisfy { if case .sentence = $0 { true } else { false } })
            #expect(timeline.keptFindings(of: target).allSatisfy { if case .coded = $0 { true } else { false } })
        }
        let facts = try [fresh[21], committed[21]].map { line in
            try JSONParser.parse(line).objectValue?.filter { !["prev", "hash"].contains($0.0) }.map { "\($0.0)=\(String(decoding: $0.1.encoded(canonical: true), as: UTF8.self))" }
        }
        #expect(facts[0] == facts[1])
        let verify = try workspace.run(["verify", "--ledger", bundled])
        #expect(verify.status == 0, "\(verify.err)")
    }

    @Test("documents read out of order: status follows the sources' dates, history keeps every one")
    func outOfOrder() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        // The April letter first, then the March answers, then the January answers.
        for name in ["2026D11873.txt", "2026D07412.txt", "2026D03887.txt"] {
            #expect(try workspace.run(["ingest", fixture(name)]).status == 0)
        }
        let status = try workspace.run(["status", "--format", "json", "Kamerstuk 32 735, nr. 406"])
        let motion = try JSONParser.parse(Array(status.out.utf8))
        #expect(motion["status"]?.stringValue == "niet-uitgevoerd")
        #expect(motion["since"]?.stringValue == "2026-04-14")
        #expect(motion["history"]?.arrayValue?.map { $0["status"]?.stringValue ?? "" }
            == ["deels-uitgevoerd", "in-behandeling", "niet-uitgevoerd"])
        // The January reading, read last, did not undo the April news for Paternotte.
        let paternotte = try JSONParser.parse(Array(try workspace.run(["status", "--format", "json", "kst-21501-02-3236"]).out.utf8))
        #expect(paternotte["status"]?.stringValue == "uitgevoerd")
    }

    @Test("the three fixtures in all six orders of reading: the same status, history and table")
    func everyOrderOfReading() throws {
        let names = ["2026D03887.txt", "2026D07412.txt", "2026D11873.txt"]
        let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
        var first: [String: String]?
        for order in orders {
            let workspace = Workspace()
            defer { workspace.remove() }
            for index in order {
                #expect(try workspace.run(["ingest", fixture(names[index])]).status == 0, "\(order)")
            }
            var seen: [String: String] = [:]
            for format in ["csv", "markdown", "json"] {
                seen["table \(format)"] = try workspace.run(["table", "--format", format]).out
            }
            for at in ["2026-01-31", "2026-03-31"] {
                seen["table at \(at)"] = try workspace.run(["table", "--format", "csv", "--at", at]).out
            }
            let keys = try workspace.run(["table", "--format", "json"]).out.split(separator: "\n").compactMap { line in
                try JSONParser.parse(Array(line.utf8))["key"]?.stringValue
            }
            #expect(keys.count > 10, "\(order)")
            for key in keys {
                seen["status \(key)"] = try workspace.run(["status", key]).out
                seen["status at \(key)"] = try workspace.run(["status", "--at", "2026-03-31", key]).out
                seen["history \(key)"] = try workspace.run(["history", key]).out
                // Line numbers follow the order of reading; everything else must not.
                let events = try workspace.run(["history", "--format", "json", key]).out.split(separator: "\n")
                seen["history json \(key)"] = try events.map { line in
                    guard case .object(let members) = try JSONParser.parse(Array(line.utf8)) else { return "" }
                    return String(decoding: JSONValue.object(members.filter { $0.0 != "seq" }).encoded(canonical: true), as: UTF8.self)
                }.joined(separator: "\n")
            }
            if let first {
                for (what, text) in first where seen[what] != text {
                    Issue.record("order \(order.map { names[$0] }): \(what) differs:\n\(seen[what] ?? "(missing)")\nfirst order:\n\(text)")
                }
                #expect(Set(seen.keys) == Set(first.keys), "\(order)")
            } else {
                first = seen
            }
        }
    }

    @Test("one letter re-dated January and April, and the March answers, in all six orders: the same statuses")
    func redatedCopiesInEveryOrder() throws {
        let letter = try String(contentsOfFile: fixture("2026D11873.txt"), encoding: .utf8)
        let documents = [("2026D11801", "2026-01-15"), ("2026D11802", "2026-04-14"), ("2026D07412", nil)]
        var first: String?
        for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            let workspace = Workspace()
            defer { workspace.remove() }
            for index in order {
                let (number, date) = documents[index]
                var arguments = ["ingest", fixture("2026D07412.txt")]
                if let date {
                    let path = workspace.directory + "/\(number).txt"
                    try letter.replacingOccurrences(of: "2026D11873", with: number).write(toFile: path, atomically: true, encoding: .utf8)
                    // The letter states its own date: --force-date overrides it, --force lets April (after
                    // the clock's today) be given.
                    arguments = ["ingest", "--date", date, "--force-date", "--force", path]
                }
                #expect(try workspace.run(arguments).status == 0, "\(order)")
            }
            var seen = try workspace.run(["table", "--format", "csv"]).out
            seen += try workspace.run(["table", "--format", "csv", "--at", "2026-03-31"]).out
            if let first {
                #expect(seen == first, "\(order)")
            } else {
                first = seen
            }
        }
    }

    @Test("a later document gives the Kamerstuk of a motion known by its subject: one motion from then on")
    func alias() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        for name in ["2026D03887.txt", "2026D07412.txt"] {
            #expect(try workspace.run(["ingest", fixture(name)]).status == 0)
        }
        let dabanga = try workspace.run(["status", "motie-inzake-radio-dabanga"])
        #expect(dabanga.status == 0)
        #expect(dabanga.out.hasPrefix("kst-36600-V-61"))
        #expect(dabanga.out.contains("in behandeling"))
        #expect(dabanga.out.contains("uitgevoerd"))
    }

    @Test("a motion known by its subject, read before or after the document with its Kamerstuk: one motion, both events")
    func aliasEitherOrder() throws {
        for order in [["2026D07412.txt", "2026D03887.txt"], ["2026D03887.txt", "2026D07412.txt"]] {
            let workspace = Workspace()
            defer { workspace.remove() }
            for name in order {
                #expect(try workspace.run(["ingest", fixture(name)]).status == 0, "\(order)")
            }
            let status = try workspace.run(["status", "--format", "json", "motie-inzake-radio-dabanga"])
            #expect(status.status == 0, "\(order): \(status.err)")
            let motion = try JSONParser.parse(Array(status.out.utf8))
            #expect(motion["key"]?.stringValue == "kst-36600-V-61", "\(order)")
            #expect(motion["aliases"]?.arrayValue?.compactMap(\.stringValue) == ["motie-inzake-radio-dabanga"], "\(order)")
            #expect(motion["status"]?.stringValue == "uitgevoerd", "\(order)")
            #expect(motion["history"]?.arrayValue?.map { event in
                ["date", "status", "source", "key"].map { event[$0]?.stringValue ?? "-" }.joined(separator: " ")
            } == [
                "2026-01-28 in-behandeling 2026D03887 motie-inzake-radio-dabanga",
                "2026-03-03 uitgevoerd 2026D07412 kst-36600-V-61",
            ], "\(order)")
            // By its Kamerstuk, the same motion and history.
            let byID = try JSONParser.parse(Array(try workspace.run(["status", "--format", "json", "kst-36600-V-61"]).out.utf8))
            #expect(byID["history"] == motion["history"], "\(order)")
        }
    }

    @Test("the same document twice appends nothing; a dry run shows the records and writes nothing")
    func idempotentAndDryRun() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let dry = try workspace.run(["ingest", "--dry-run", "--format", "json", fixture("2026D03887.txt")])
        #expect(dry.status == 0)
        #expect(workspace.bytes.isEmpty)
        #expect(try workspace.run(["ingest", fixture("2026D03887.txt")]).status == 0)
        // The events as they were then written, what the document brought, that the ledger would be
        // made, and after it the one facts record the running text gives (Van der Burg en Piri's title).
        let made = "{\"type\":\"created\",\"ledger\":\"ledger/moties.jsonl\"}\n"
        let parts = dry.out.components(separatedBy: made)
        #expect(parts.count == 2)
        #expect(parts[0].contains("{\"type\":\"reading\",\"document\":\"2026D03887\""))
        let records = parts[0].split(separator: "\n").filter { !$0.hasPrefix("{\"type\":\"reading\"") }.map { $0 + "\n" }.joined()
        let written = String(decoding: workspace.bytes, as: UTF8.self)
        #expect(written.hasPrefix(records))
        #expect(written.dropFirst(records.count).split(separator: "\n").count == 1)
        #expect(parts.last?.split(separator: "\n").count == 1)
        let before = workspace.bytes
        let again = try workspace.run(["ingest", fixture("2026D03887.txt")])
        #expect(again.status == 0)
        #expect(again.out.contains("staat al in de ledger"))
        #expect(workspace.bytes == before)
    }

    @Test("ingest --format json says per document what the text report's header says: news and restatements by line")
    func jsonTellsNewsFromRestatements() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest", fixture("2026D03887.txt")]).status == 0)
        let json = try workspace.run(["ingest", "--format", "json", "--dry-run", fixture("2026D07412.txt")])
        let objects = try json.out.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
        let reading = try #require(objects.first { $0["type"]?.stringValue == "reading" })
        // Read by hand: the March answers name 5 motions; Van der Burg en Piri (kst-21501-02-3000) is
        // refused again as in January — a restatement —, the other four are news; two keys get their Kamerstuk.
        #expect(reading["document"] == "2026D07412")
        #expect(reading["date"] == "2026-03-03")
        #expect(reading["motions"]?.intValue == 5)
        #expect(reading["news"]?.arrayValue?.count == 4)
        #expect(reading["aliases"]?.intValue == 2)
        let restated = (reading["restated"]?.arrayValue ?? []).compactMap { $0.intValue }
        #expect(restated.count == 1)
        #expect(objects.first { $0["seq"]?.intValue == restated.first }?["motion"] == "kst-21501-02-3000")
        let text = try workspace.run(["ingest", "--dry-run", fixture("2026D07412.txt")])
        #expect(text.out.contains("2026D07412 (2026-03-03): 5 moties genoemd, 5 gebeurtenissen (1 herhaalt wat de ledger al had), 2 aliassen\n"))
        #expect(text.out.contains("\n  · kst-21501-02-3000  niet uitgevoerd  2026-03-03  Van der Burg en Piri\n"))
        let english = try workspace.run(["ingest", "--dry-run", "--lang", "en", fixture("2026D07412.txt")])
        #expect(english.out.contains("2026D07412 (2026-03-03): 5 motions mentioned, 5 events (1 restating what the ledger held), 2 aliases\n"))
        #expect(english.out.contains("\n  · kst-21501-02-3000  not carried out  2026-03-03  Van der Burg en Piri\n"))
    }

    @Test("a document number read again with other bytes: read, and said so in the report, text and JSON")
    func sameNumberOtherBytes() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest", fixture("2026D03887.txt")]).status == 0)
        let changed = workspace.directory + "/2026D03887.txt"
        try (String(contentsOfFile: fixture("2026D03887.txt"), encoding: .utf8) + "\nEen regel meer.\n")
            .write(toFile: changed, atomically: true, encoding: .utf8)
        let again = try workspace.run(["ingest", changed])
        #expect(again.status == 0)
        #expect(again.out.contains("2026D03887: opnieuw gelezen met andere bytes"))
        // What the first reading said already is restated, not news.
        #expect(again.out.contains("herhalen wat de ledger al had"))
        #expect(again.out.contains("\n  · kst-21501-02-3236  in uitvoering  "))
        try (String(contentsOfFile: changed, encoding: .utf8) + "Nog een regel.\n").write(toFile: changed, atomically: true, encoding: .utf8)
        let json = try workspace.run(["ingest", "--format", "json", changed])
        #expect(json.out.split(separator: "\n").contains { $0.hasPrefix("{\"type\":\"reread\"") })
    }

    @Test("bad input fails whole: nothing of the batch is appended")
    func badInput() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let missing = try workspace.run(["ingest", fixture("2026D03887.txt"), "no-such-file.txt"])
        #expect(missing.status == 66)
        #expect(missing.err.contains("no-such-file.txt: error: no such file"))
        #expect(workspace.bytes.isEmpty)
        // A text without a date needs --date.
        let undated = workspace.directory + "/brief.txt"
        try Data("Hierbij informeer ik uw Kamer dat de motie Erkens c.s. is uitgevoerd.\n".utf8).write(to: URL(fileURLWithPath: undated))
        let noDate = try workspace.run(["ingest", undated])
        #expect(noDate.status == 65)
        #expect(noDate.err.contains("give it with --date"))
        let dated = try workspace.run(["ingest", "--date", "2026-05-01", "--force", "--debate", "notaoverleg 2026-04-30", undated])
        #expect(dated.status == 0, "\(dated.err)")
        // No number of its own: known by its content (`printf '…' | sha256sum`), not as `brief`.
        #expect(dated.out.contains("sha256:bf162944aa8d (2026-05-01, notaoverleg 2026-04-30)"), "\(dated.out)")
        #expect(try workspace.run(["ingest", "--date", "2026-02-30", undated]).status == 64)
    }

    @Test("a document without a number of its own is known by its content: the same bytes under another name, or on standard input, are the same document")
    func contentName() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let text = "Den Haag, 3 maart 2026\n\nHierbij informeer ik uw Kamer dat de motie Erkens c.s. is uitgevoerd.\n"
        let first = workspace.directory + "/brief.txt", second = workspace.directory + "/kopie van brief.txt"
        for path in [first, second] { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
        let ingest = try workspace.run(["ingest", first])
        #expect(ingest.status == 0, "\(ingest.err)")
        #expect(ingest.out.contains("\nsha256:053bab3e347e (2026-03-03): 1 motie genoemd"), "\(ingest.out)")
        let again = try workspace.run(["ingest", second])
        #expect(again.out.contains("sha256:053bab3e347e: staat al in de ledger"), "\(again.out)")
        let piped = try workspace.run(["ingest", "-"], input: second)
        #expect(piped.out.contains("sha256:053bab3e347e: staat al in de ledger"), "\(piped.out)")
    }

    @Test("a 1.3 MB sentence citing a motion: the evidence is shortened at a word, and the ledger stays readable")
    func hugeSentence() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let letter = workspace.directory + "/brief.txt"
        let sentence = "Hierbij informeer ik uw Kamer dat de motie Erkens c.s. is uitgevoerd, "
            + String(repeating: "en daarbij is zorgvuldig gekeken ", count: 40_000) + "naar alles.\n"
        try Data(sentence.utf8).write(to: URL(fileURLWithPath: letter))
        let ingest = try workspace.run(["ingest", "--date", "2026-05-01", "--force", letter])
        #expect(ingest.status == 0, "\(ingest.err)")
        #expect(try workspace.run(["verify"]).status == 0)
        let status = try workspace.run(["status", "--format", "json", "motie-erkens"])
        #expect(status.status == 0, "\(status.err)")
        let evidence = try JSONParser.parse(Array(status.out.utf8))["evidence"]?.stringValue ?? ""
        #expect(evidence.count <= StatusEvent.maximumEvidence)
        #expect(evidence.hasPrefix("Hierbij informeer ik uw Kamer dat de motie Erkens c.s. is uitgevoerd"))
        // Cut after a whole word: what is kept is the sentence up to a space.
        let kept = String(evidence.dropLast())
        #expect(evidence.last == "…")
        #expect(sentence.hasPrefix(kept))
        #expect(sentence.dropFirst(kept.count).first == " ")
        #expect(try workspace.run(["record", "motie-erkens", "vervallen", "--source", "nieuws"]).status == 0)
    }

    @Test("eight processes ingesting at once: every document present exactly once")
    func eightAtOnce() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let seed = try String(contentsOfFile: fixture("2026D03887.txt"), encoding: .utf8)
        let numbers = (0..<8).map { "2026D0390\($0)" }
        let processes = try numbers.map { number in
            let path = workspace.directory + "/\(number).txt"
            try seed.replacingOccurrences(of: "2026D03887", with: number).write(toFile: path, atomically: true, encoding: .utf8)
            return try workspace.start(["ingest", "--wait", "60", path])
        }
        for (process, out, _) in processes {
            _ = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        #expect(try workspace.run(["verify"]).status == 0)
        var documents: [String: Int] = [:]
        for line in workspace.bytes.split(separator: 0x0A) {
            let record = try JSONParser.parse(Array(line))
            if record["type"]?.stringValue == "document", let number = record["document"]?.stringValue { documents[number, default: 0] += 1 }
        }
        #expect(documents == Dictionary(uniqueKeysWithValues: numbers.map { ($0, 1) }))
    }

    @Test("ingest killed at random moments: whatever it acknowledged is there once, the rest can be read again")
    func killed() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let seed = try String(contentsOfFile: fixture("2026D03887.txt"), encoding: .utf8)
        var acknowledged: [String] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<4 {
            let runs = try (0..<4).map { writer in
                let number = "2026D1\(round)0\(writer)0"
                let path = workspace.directory + "/\(number).txt"
                try seed.replacingOccurrences(of: "2026D03887", with: number).write(toFile: path, atomically: true, encoding: .utf8)
                return (number, try workspace.start(["ingest", "--wait", "60", path]))
            }
            for (index, (_, (process, _, _))) in runs.enumerated() where index.isMultiple(of: 2) {
                usleep(UInt32.random(in: 0...40_000, using: &generator))
                kill(process.processIdentifier, SIGKILL)
            }
            for (number, (process, out, _)) in runs {
                let printed = out.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                if process.terminationReason == .exit, process.terminationStatus == 0, !printed.isEmpty { acknowledged.append(number) }
            }
            #expect(try workspace.run(["verify", "--repair"]).status == 0)
        }
        var documents: [String: Int] = [:]
        for line in workspace.bytes.split(separator: 0x0A) {
            let record = try JSONParser.parse(Array(line))
            if record["type"]?.stringValue == "document", let number = record["document"]?.stringValue { documents[number, default: 0] += 1 }
        }
        for number in acknowledged { #expect(documents[number] == 1, "\(number)") }
        #expect(documents.values.allSatisfy { $0 == 1 })
        #expect(try workspace.run(["verify"]).status == 0)
    }

    @Test("standard output on /dev/full: exit 74")
    func fullOutput() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
            print("note: /dev/full cannot be opened here; skipping")
            return
        }
        for arguments in [["ingest", "--dry-run", fixture("2026D03887.txt")], ["motions", fixture("2026D03887.txt")],
                          ["refs", fixture("2026D03887.txt")]] {
            #expect(try workspace.run(arguments, output: full).status == 74, "\(arguments)")
        }
    }
}
