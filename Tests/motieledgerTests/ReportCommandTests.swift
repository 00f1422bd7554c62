import Foundation
import Kamerstuk
import Testing
import TestSupport
@testable import MotieLedger

/// The three fixture documents, in date order: the January answers to the budget debate, the
/// March answers to written questions, the April letter for the next committee debate.
private let fixtures = ["2026D03887.txt", "2026D07412.txt", "2026D11873.txt"].map {
    repository.appendingPathComponent("Tests/Fixtures/\($0)").path
}

/// The fixed clock of every report test: today is 2026-11-29.
private let clock = ["MOTIELEDGER_NOW": "2026-11-29T12:00:00Z"]

/// The tests' own copy of the ledger that comes with the repository (2026D03887 read): never
/// the working file, which an `ingest` in the repository changes.
private let bundledLedger = repository.appendingPathComponent("Tests/Fixtures/ledger-bundled/moties.jsonl").path

private let budgetDebate = "begrotingsbehandeling Buitenlandse Zaken 2026-01-27"
private let committeeDebate = "commissiedebat Raad Buitenlandse Zaken 2026-04-20"

extension Workspace {
    /// Reads `documents` into the ledger with `ingest`, as a clerk would.
    fileprivate func ingest(_ documents: [String]) throws {
        let result = try run(["ingest"] + documents, environment: clock)
        #expect(result.status == 0, "\(result.err)")
    }

    /// Runs a report with the fixed clock; it must succeed and warn of nothing.
    fileprivate func report(_ arguments: [String]) throws -> String {
        let result = try run(arguments, environment: clock)
        #expect(result.status == 0, "\(arguments): \(result.err)")
        #expect(result.err.isEmpty, "\(arguments)")
        return result.out
    }
}

/// Every JSON line of `output` as `ID FROM TO`, with `null` shown as `-`.
private func changes(_ output: String) throws -> [String] {
    try output.split(separator: "\n").map { line in
        let object = try JSONParser.parse(Array(line.utf8))
        return [object["id"]?.stringValue ?? "-", object["from"]?.stringValue ?? "-", object["to"]?.stringValue ?? "-"]
            .joined(separator: " ")
    }
}

@Suite(.enabled(if: toolPath != nil)) struct ReportCommandTests {
    /// Every format of every report, on the ledger of the three fixtures, byte for byte as the
    /// files in Tests/Fixtures/golden hold them. `MOTIELEDGER_UPDATE_GOLDEN=1` writes them anew.
    @Test func golden() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingest(fixtures)
        let cases: [(file: String, arguments: [String])] = [
            ("table.md", ["table"]),
            ("table-bundled.md", ["table", "--ledger", bundledLedger]),
            ("table.json", ["table", "--format", "json"]),
            ("table.csv", ["table", "--format", "csv"]),
            ("table-grouped-en.md", ["table", "--group-by", "status", "--lang", "en"]),
            ("table-at-budget-debate.md", ["table", "--at", budgetDebate]),
            ("diff.txt", ["diff", budgetDebate, committeeDebate]),
            ("diff.md", ["diff", "--format", "markdown", budgetDebate, committeeDebate]),
            ("diff.json", ["diff", "--format", "json", budgetDebate, committeeDebate]),
            ("diff-all-en.txt", ["diff", "--all", "--lang", "en", "2026-02-01", "2026-03-31"]),
            ("diff-backwards.json", ["diff", "--format", "json", committeeDebate, budgetDebate]),
            ("diff-excel.csv", ["diff", "--format", "csv", "--excel", budgetDebate, committeeDebate]),
            ("overdue.txt", ["overdue"]),
            ("overdue.md", ["overdue", "--format", "markdown"]),
            ("overdue.json", ["overdue", "--format", "json"]),
            ("overdue.csv", ["overdue", "--format", "csv"]),
            ("overdue-2027-en.md", ["overdue", "--on", "2027-01-01", "--format", "markdown", "--lang", "en"]),
        ]
        let update = ProcessInfo.processInfo.environment["MOTIELEDGER_UPDATE_GOLDEN"] == "1"
        let directory = repository.appendingPathComponent("Tests/Fixtures/golden")
        for (file, arguments) in cases {
            let result = try workspace.run(arguments, environment: clock)
            #expect(result.status == 0 && result.err.isEmpty, "\(arguments): \(result.err)")
            guard result.status == 0 else { continue }
            let output = Data(result.out.utf8)
            let path = directory.appendingPathComponent(file)
            if update {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try output.write(to: path)
                continue
            }
            let golden = try Data(contentsOf: path)
            #expect(output == golden, "\(file) differs from `motieledger \(arguments.joined(separator: " "))`; MOTIELEDGER_UPDATE_GOLDEN=1 writes it anew")
        }
        if update { print("note: wrote \(cases.count) golden files to \(directory.path)") }
    }

    @Test("the README shows the bundled ledger's table exactly as the tool prints it")
    func readmeTable() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let table = try workspace.report(["table", "--ledger", bundledLedger])
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(table), "README.md's table is not what `motieledger table` prints for the bundled ledger")
    }

    @Test("the README's documents, diff and overdue examples use a ledger of their own and print what the README shows")
    func readmeDiffAndOverdueExamples() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```").filter {
            $0.contains("\n$ motieledger diff ") || $0.contains("\n$ motieledger overdue ") || $0.contains("\n$ motieledger documents ")
        }
        let steps = blocks.flatMap { $0.components(separatedBy: "\n$ ").dropFirst() }
        #expect(steps.count == 4)
        for step in steps {
            let lines = textLines(step)
            var arguments = shellWords(lines[0]).dropFirst().map { $0.hasPrefix("Tests/") ? repository.appendingPathComponent($0).path : $0 }
            let option = try #require(arguments.firstIndex(of: "--ledger"), "README: `\(lines[0])` would use the bundled ledger")
            let shownLedger = arguments[option + 1]
            #expect(shownLedger.hasPrefix("/tmp/"))
            arguments[option + 1] = workspace.ledger
            let result = try workspace.run(arguments, environment: clock)
            #expect(result.status == 0, "\(lines[0]): \(result.err)")
            let printed = textLines(result.out.replacingOccurrences(of: workspace.ledger, with: shownLedger))
            #expect(shows(Array(lines.dropFirst()), printed), "README: `\(lines[0])` shows other than it prints:\n\(result.out)")
        }
    }

    @Test("diff between the two debates, by label, by document number and by date")
    func diffBetweenDebates() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingest(fixtures)
        // Read from the fixtures: the March answers settle Dobbe's two motions, move Piri c.s.
        // back to consideration and Erkens c.s. (done, said January) to an effort under way;
        // the April letter carries out Paternotte c.s., Van Baarle and Klaver, refuses the rest
        // of Piri c.s., and brings up Ceder c.s.
        let expected = [
            "kst-21501-02-3236 in-uitvoering uitgevoerd", "kst-21501-02-3305 in-behandeling uitgevoerd",
            "kst-21501-20-2310 uitgevoerd in-uitvoering", "kst-32735-406 deels-uitgevoerd niet-uitgevoerd", "kst-36045-243 deels-uitgevoerd uitgevoerd",
            "kst-36600-V-61 in-behandeling uitgevoerd", "kst-36800-V-27 in-uitvoering uitgevoerd", "kst-36800-V-41 - in-behandeling",
        ]
        let byLabel = try workspace.report(["diff", "--format", "json", budgetDebate, committeeDebate])
        #expect(try changes(byLabel) == expected)
        #expect(try workspace.report(["diff", "--format", "json", "2026D03887", "2026D11873"]) == byLabel)
        #expect(try workspace.report(["diff", "--format", "json", "2026-01-28", "2026-04-14"]) == byLabel)
        #expect(try workspace.report(["diff", "--format", "json", "begrotingsbehandeling", "commissiedebat"]) == byLabel)
        #expect(try workspace.report(["diff", "--format", "json", "2026-02-01", "2026-03-31"]).split(separator: "\n").count == 4)
        #expect(try changes(workspace.report(["diff", "--format", "json", "2026D07412", "2026D11873"])) == [
            "kst-21501-02-3236 in-uitvoering uitgevoerd", "kst-32735-406 in-behandeling niet-uitgevoerd",
            "kst-36045-243 deels-uitgevoerd uitgevoerd", "kst-36800-V-27 in-uitvoering uitgevoerd", "kst-36800-V-41 - in-behandeling",
        ])

        let text = try workspace.report(["diff", budgetDebate, committeeDebate])
        #expect(text.hasPrefix("""
            van: \(budgetDebate) (na 2026D03887, 2026-01-28)
            tot: \(committeeDebate) (na 2026D11873, 2026-04-14)
            7 gewijzigd, 1 nieuw

            kst-21501-02-3236 — Paternotte c.s.
              https://zoek.officielebekendmakingen.nl/kst-21501-02-3236.html
              status:       in uitvoering (sinds 2026-01-28) → uitgevoerd (sinds 2026-04-14)
              bron:         2026D11873, 2026-04-14 (\(committeeDebate))

            """))
        let english = try workspace.report(["diff", "--lang", "en", budgetDebate, committeeDebate])
        #expect(english.contains("\nkst-36800-V-41 — Ceder c.s.\n  https://zoek.officielebekendmakingen.nl/kst-36800-V-41.html\n  status:       new → under consideration (since 2026-04-14)\n"))
        #expect(english.contains("  expected:     in het tweede kwartaal van 2026 (2026-04-01 to 2026-06-30)\n"))
    }

    @Test("a date before the ledger's first document is an end like any other: the ledger held nothing then")
    func dateBeforeTheLedger() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingest(fixtures)
        let all = try changes(workspace.report(["diff", "--format", "json", "--all", "2026D03887", "2026D11873"]))
        #expect(all.count == 19)
        let fromNothing = try changes(workspace.report(["diff", "--format", "json", "2025-01-01", "2026D11873"]))
        // Every motion new: no status at FROM, its status at TO.
        #expect(fromNothing == all.map { $0.split(separator: " ") }.map { "\($0[0]) - \($0[2])" })
        #expect(try workspace.report(["diff", "2025-01-01", "2026D11873"]).hasPrefix("van: 2025-01-01\ntot: 2026D11873 (2026-04-14)\n19 nieuw\n"))
        #expect(try workspace.report(["diff", "2026D03887", "2025-01-01"]).hasPrefix("van: 2026D03887 (2026-01-28)\ntot: 2025-01-01\n18 zonder status\n"))
        #expect(try workspace.report(["diff", "2024-01-01", "2025-01-01"]).hasSuffix("\ngeen wijzigingen\n"))
    }

    @Test("diff --format json: every row carries every field, null where its end has no status")
    func diffJSONFields() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingest(fixtures)
        // Backwards, with the unchanged: Ceder c.s. had no status yet at the budget debate.
        let rows = try workspace.report(["diff", "--format", "json", "--all", committeeDebate, budgetDebate]).split(separator: "\n")
            .map { try JSONParser.parse(Array($0.utf8)) }
        let names = try #require(rows.first?.objectValue).map(\.0)
        #expect(names.count == 20)
        #expect(rows.allSatisfy { $0.objectValue?.map(\.0) == names })
        let absent = try #require(rows.first { $0["change"]?.stringValue == "absent" })
        #expect(absent["id"]?.stringValue == "kst-36800-V-41")
        #expect(absent["fromSource"]?.stringValue == "2026D11873")
        for name in ["to", "since", "date", "source", "debate", "evidence", "evidenceLine", "expected", "uncertain", "by", "who", "note"] {
            #expect(absent[name] == .null, "\(name)")
        }
        let new = try #require(try workspace.report(["diff", "--format", "json", budgetDebate, committeeDebate]).split(separator: "\n")
            .map { try JSONParser.parse(Array($0.utf8)) }.first { $0["change"]?.stringValue == "new" })
        #expect(new.objectValue?.map(\.0) == names)
        #expect(new["from"] == .null && new["fromSince"] == .null && new["fromSource"] == .null)
    }

    @Test("an end that names nothing in the ledger: exit 1 and which end it was; other mistakes: 64")
    func unknownEnds() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingest(fixtures)
        let from = try workspace.run(["diff", "Defensie", "2026D11873"], environment: clock)
        #expect(from.status == 1)
        #expect(from.out.isEmpty)
        // Nothing is near 'Defensie' (5 of its 8 letters differ from the nearest stretch of a debate), and that is said.
        #expect(from.err == "motieledger: ledger/moties.jsonl: error: FROM: 'Defensie' matched nothing: it is not a date (YYYY-MM-DD), "
            + "nor a document or a debate in the ledger; no debate or document in the ledger is near it ('motieledger documents' lists them all)\n")
        let to = try workspace.run(["diff", "2026D03887", "2026D99999"], environment: clock)
        #expect(to.status == 1)
        #expect(to.err.contains("error: TO: '2026D99999' matched nothing"))
        #expect(try workspace.run(["table", "--at", "notaoverleg"], environment: clock).status == 1)
        let ambiguous = try workspace.run(["diff", "Buitenlandse Zaken", "2026D11873"], environment: clock)
        #expect(ambiguous.status == 64)
        #expect(ambiguous.err.contains("names several debates"))
        #expect(try workspace.run(["diff", "2026D03887"], environment: clock).status == 64)
        #expect(try workspace.run(["diff", "--excel", "2026D03887", "2026D11873"], environment: clock).status == 64)
        #expect(try workspace.run(["overdue", "--on", "2026-02-30"], environment: clock).status == 64)
        // A date that does not exist is a mistake in the call, wherever a date goes.
        let impossible = try workspace.run(["diff", "2026-02-30", "2026D11873"], environment: clock)
        #expect(impossible.status == 64)
        #expect(impossible.err == "motieledger: error: invalid date '2026-02-30' for 'FROM'; February 2026 has 28 days\n")
        #expect(try workspace.run(["diff", "2026D03887", "2026-13-01"], environment: clock).status == 64)
        #expect(try workspace.run(["diff", "-f", "json", "2026-02-28", "2026-04-31"], environment: clock).status == 64)
        #expect(try workspace.run(["table", "--at", "2026-02-29"], environment: clock).status == 64)
        #expect(try workspace.run(["status", "--at", "2026-04-31", "kst-36045-243"], environment: clock).status == 64)
        #expect(try workspace.run(["table", "--group-by", "dossier"], environment: clock).status == 64)
        #expect(try workspace.run(["table", "--format", "text"], environment: clock).status == 64)
        for command in ["diff", "overdue", "table"] {
            let help = try workspace.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.out.hasPrefix("Usage: motieledger \(command) [options]"))
        }
    }

    @Test("a report of a ledger that is not there: exit 66 and a line that says so, as verify gives")
    func missingLedger() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let cases: [(arguments: [String], environment: [String: String], path: String)] = [
            (["table"], [:], "ledger/moties.jsonl"), (["table", "-f", "csv", "--at", "2026-03-01"], [:], "ledger/moties.jsonl"),
            (["overdue"], [:], "ledger/moties.jsonl"), (["overdue", "-f", "json", "--ledger", "elders.jsonl"], [:], "elders.jsonl"),
            (["diff", "2026-01-01", "2026-12-31"], ["MOTIELEDGER_LEDGER": "/nergens/l.jsonl"], "/nergens/l.jsonl"),
        ]
        for (arguments, environment, path) in cases {
            let result = try workspace.run(arguments, environment: clock.merging(environment) { $1 })
            #expect(result.status == 66, "\(arguments)")
            #expect(result.out.isEmpty, "\(arguments)")
            #expect(result.err == "motieledger: \(path): error: no ledger here (nothing to report on); give its path with --ledger PATH\n")
        }
        // A ledger that is there but holds nothing yet is an empty table, not a mistake.
        try FileManager.default.createDirectory(atPath: workspace.directory + "/ledger", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: workspace.ledger, contents: Data()))
        #expect(try workspace.report(["table"]).hasSuffix("\nTotaal: 0 moties\n"))
        #expect(try workspace.report(["overdue"]) == "Termijn verstreken op 2026-11-29: geen moties\n")
    }

    @Test("overdue on days before and after a promise, and once newer news came in")
    func overdueOnDays() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        func overdue(_ day: String) throws -> [String] {
            try workspace.report(["overdue", "--format", "json", "--on", day]).split(separator: "\n").map { line in
                let object = try JSONParser.parse(Array(line.utf8))
                return "\(object["key"]?.stringValue ?? "?") \(object["daysOverdue"]?.intValue ?? -1)"
            }
        }
        // January and March only: Klaver's rest and Piri c.s. were promised by the Voorjaarsnota.
        try workspace.ingest(Array(fixtures.prefix(2)))
        #expect(try overdue("2026-06-01") == [])
        #expect(try overdue("2026-06-02") == ["kst-32735-406 1", "kst-36045-243 1"])
        #expect(try overdue("2026-07-01") == ["kst-32735-406 30", "kst-36045-243 30", "kst-36600-V-27 1"])
        // The April letter settles both; Ceder c.s. comes due after the second quarter.
        try workspace.ingest([fixtures[2]])
        #expect(try overdue("2026-06-02") == [])
        #expect(try overdue("2026-07-01") == ["kst-36600-V-27 1", "kst-36800-V-41 1"])
        #expect(try overdue("2027-01-01") == ["kst-36600-V-27 185", "kst-36800-V-41 185", "kst-36800-V-30 1"])
        // Without --on: today, as MOTIELEDGER_NOW fixes it.
        #expect(try workspace.report(["overdue"]).hasPrefix("Termijn verstreken op 2026-11-29: 2 moties\n"))
        #expect(try workspace.report(["overdue", "--on", "2026-01-28"]) == "Termijn verstreken op 2026-01-28: geen moties\n")
    }

    @Test func standardOutputOnAFullDeviceExitsWith74() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingest(fixtures)
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
            print("note: /dev/full cannot be opened here; skipping")
            return
        }
        for arguments in [["table"], ["table", "-f", "csv"], ["table", "-f", "json"], ["diff", "2026D03887", "2026D11873"],
                          ["diff", "-f", "markdown", "2026D03887", "2026D11873"], ["overdue"], ["overdue", "-f", "json"]] {
            let result = try workspace.run(arguments, environment: clock, output: full)
            #expect(result.status == 74, "\(arguments)")
            #expect(result.err == "motieledger: error: cannot write to standard output: No space left on device\n")
        }
    }

    /// Motions whose names, evidence, sources and promises hold everything that could break a
    /// table: pipes, line breaks, backticks, HTML, Markdown, backslashes, spreadsheet formulas.
    private func hostileLedger(_ workspace: Workspace) throws {
        func motion(_ key: String, _ name: String, _ status: MotionStatus, _ evidence: String,
                    expected: ExpectedTime? = nil) -> MotionReading {
            let id = KamerstukID(canonical: key)
            return MotionReading(id: id, nameKey: id == nil ? key : "motie-\(key)", name: name, status: status, evidence: evidence,
                                 evidenceLine: 3, answers: [], expected: expected, uncertain: false)
        }
        let reading = DocumentReading(
            number: "2026D55555", date: Day(iso: "2026-05-01")!, debate: Debate(label: "debat <script>|x", date: nil),
            sha256: SHA256.hash(Array("2026D55555".utf8)).hex,
            motions: [
                motion("kst-36800-V-50", "Pipe | en `code`", .inBehandeling,
                       "Regel een\nregel | twee met `backticks` en <b>HTML</b> & al \\| ontsnapt",
                       expected: ExpectedTime(from: Day(iso: "2026-06-01")!, to: Day(iso: "2026-06-30")!, text: "vóór | de\nzomer")),
                motion("kst-36800-V-51", "+31 @home", .inUitvoering,
                       String(repeating: "Een lange zin met woorden | en pijpen. ", count: 8) + "Eindigt op \\"),
                motion("kst-36800-V-52", "*nadruk* _ook_ ~~weg~~ [link](javascript:alert(1))", .inUitvoering,
                       "-1 en \u{202E}omgekeerd\r\nmet <!-- commentaar --> en &lt; entiteit"),
                motion("kst-36800-V-53", "Lijst www.rijksoverheid.nl/moties_2026", .inBehandeling, Self.hostileURLs),
                motion("motie-<x>|y", "  Spaties rondom  ", .uitgevoerd, "=HYPERLINK(\"http://evil\",\"klik\")"),
            ])
        _ = try Ledger(path: workspace.ledger).ingest([reading], now: Now(iso8601: "2026-05-02T10:00:00Z")!)
        let record = try workspace.run(["record", "kst-36800-V-52", "uitgevoerd", "--source", "brief | 3", "--date", "2026-05-10",
                                        "--note", "notitie\nmet | pijp en `tick`", "--by", "griffier"], environment: clock)
        #expect(record.status == 0, "\(record.err)")
    }

    /// Evidence full of URLs, which GFM's autolinker reads before any escape is undone.
    private static let hostileURLs = "Zie https://www.rijksoverheid.nl/brief?a=1&b=<2> en (ftp://x.nl/a_b), *www.x.nl/~a~* of a_b@x.nl | HTTP://X.NL/a|b_."

    /// What a reader must see in each cell of the hostile table, in Kamerstuk order.
    private let hostileRows: [[String]] = [
        ["Pipe | en `code`", "kst-36800-V-50", "in behandeling", "2026-05-01", "2026D55555",
         "Regel een regel | twee met `backticks` en <b>HTML</b> & al \\| ontsnapt", "vóór | de zomer (2026-06-01 t/m 2026-06-30)"],
        ["+31 @home", "kst-36800-V-51", "in uitvoering", "2026-05-01", "2026D55555",
         ReportText.shortened(String(repeating: "Een lange zin met woorden | en pijpen. ", count: 8) + "Eindigt op \\"), ""],
        ["*nadruk* _ook_ ~~weg~~ [link](javascript:alert(1))", "kst-36800-V-52", "uitgevoerd", "2026-05-10", "brief | 3 (handmatig)",
         "notitie met | pijp en `tick`", ""],
        ["Lijst www.rijksoverheid.nl/moties_2026", "kst-36800-V-53", "in behandeling", "2026-05-01", "2026D55555", Self.hostileURLs, ""],
        ["Spaties rondom", "motie-<x>|y", "uitgevoerd", "2026-05-01", "2026D55555", "=HYPERLINK(\"http://evil\",\"klik\")", ""],
    ]

    @Test("the Markdown table through a real GFM renderer: every row keeps exactly its cells, every cell its text",
          .enabled(if: cmarkGFM != nil))
    func markdownThroughCmarkGFM() throws {
        let cmark = try #require(cmarkGFM)
        let workspace = Workspace()
        defer { workspace.remove() }
        try hostileLedger(workspace)
        let table = try render(try workspace.report(["table"]), with: cmark, in: workspace)
        #expect(table.heads == ["Motie", "Titel", "Kamerstuk", "Status", "Sinds", "Bron", "Passage", "Verwacht"])
        #expect(table.rows.count == hostileRows.count)
        // No title: the ledger holds no facts, and no name is a subject.
        for (row, expected) in zip(table.rows, hostileRows) {
            #expect(row.map(\.text) == [expected[0], ""] + expected[1...])
            #expect(row.allSatisfy { $0.tags.allSatisfy { $0 == "a" } }, "markup got into \(row.map(\.text))")
        }
        #expect(table.rows.map { $0[2].hrefs } == [
            ["https://zoek.officielebekendmakingen.nl/kst-36800-V-50.html"], ["https://zoek.officielebekendmakingen.nl/kst-36800-V-51.html"],
            ["https://zoek.officielebekendmakingen.nl/kst-36800-V-52.html"], ["https://zoek.officielebekendmakingen.nl/kst-36800-V-53.html"],
            [],
        ])
        #expect(table.rows[3][0].hrefs == ["http://www.rijksoverheid.nl/moties_2026"])
        #expect(table.rows[3][6].hrefs == [
            "https://www.rijksoverheid.nl/brief?a=1&b=%3C2%3E", "http://www.x.nl/~a", "mailto:a_b@x.nl", "HTTP://X.NL/a%7Cb",
        ])
        #expect(table.after.contains("<p>Totaal: 5 moties — 2 uitgevoerd, 1 in uitvoering, 2 in behandeling</p>"))

        // As it stood after the document: the evidence read from it, and the debate's label.
        let before = try render(try workspace.report(["table", "--at", "debat <script>|x"]), with: cmark, in: workspace)
        #expect(before.before == "<p>Stand per debat &lt;script&gt;|x (na 2026D55555, 2026-05-01)</p>\n")
        #expect(before.rows.count == 5 && before.rows.allSatisfy { $0.count == 8 })
        #expect(before.rows[2][6].text == "-1 en \u{FFFD}omgekeerd met <!-- commentaar --> en &lt; entiteit")
        #expect(before.rows[2][6].tags.isEmpty)

        // The grouped table, the diff and the overdue list are tables too.
        let grouped = try render(try workspace.report(["table", "--group-by", "status", "--lang", "en"]), with: cmark, in: workspace)
        #expect(grouped.rows.count == 5 && grouped.rows.allSatisfy { $0.count == 8 })
        let diff = try render(try workspace.report(["diff", "-f", "markdown", "2026-04-30", "2026-05-31"]), with: cmark, in: workspace)
        #expect(diff.heads == ["Motie", "Kamerstuk", "Oud", "Nieuw", "Sinds", "Bron", "Passage", "Verwacht"])
        #expect(diff.rows.map { $0.map(\.text) } == hostileRows.map { row in
            Array(row[0...1]) + ["—"] + Array(row[2...])
        })
        let overdue = try render(try workspace.report(["overdue", "-f", "markdown", "--on", "2026-07-01"]), with: cmark, in: workspace)
        #expect(overdue.rows.map { $0.map(\.text) } == [[
            "Pipe | en `code`", "kst-36800-V-50", "in behandeling", "vóór | de zomer", "2026-06-01 t/m 2026-06-30", "1 dag",
            "2026D55555", "Regel een regel | twee met `backticks` en <b>HTML</b> & al \\| ontsnapt",
        ]])
    }

    @Test("the CSV table: RFC 4180 records with CRLF, every field whole, formulas guarded")
    func csvThatSpreadsheetsCannotRun() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try hostileLedger(workspace)
        let output = try workspace.report(["table", "--format", "csv", "--at", "2026D55555"])
        let records = try #require(parseCSV(output), "not RFC 4180 CSV: \(output)")
        #expect(records.count == 6)
        #expect(records.allSatisfy { $0.count == 18 })
        #expect(records.map { $0[0] } == ["Motie", "Pipe | en `code`", "'+31 @home", "*nadruk* _ook_ ~~weg~~ [link](javascript:alert(1))",
                                         "Lijst www.rijksoverheid.nl/moties_2026", "Spaties rondom"])
        #expect(records[4][11] == Self.hostileURLs)
        #expect(records[5][2] == "motie-<x>|y")
        #expect(records[5][3] == "")
        #expect(records[5][11] == "'=HYPERLINK(\"http://evil\",\"klik\")")
        #expect(records[3][11] == "'-1 en \u{FFFD}omgekeerd met <!-- commentaar --> en &lt; entiteit")
        #expect(records[1][12...] == ["vóór | de zomer", "2026-06-01", "2026-06-30", "", "", ""])
        #expect(records[2][11].hasSuffix("Eindigt op \\"))
        let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
        #expect(records.joined().allSatisfy { $0.first.map { !formulaStarts.contains($0) } ?? true })
    }
}

// MARK: - Reading what the reports wrote

/// The words of a command line as a shell splits it: at spaces, but not inside double quotes.
private func shellWords(_ line: String) -> [String] {
    line.split(separator: "\"").enumerated().flatMap { index, part in
        index % 2 == 1 ? [String(part)] : part.split(separator: " ").map(String.init)
    }
}

/// The lines of `text`, blank ones too; a line break at the end ends the last line.
private func textLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
}

/// Whether `printed` is what the lines `shown` of an example show: each line as printed, or
/// its start where it ends in `…`; a line `…` alone stands for any lines, up to the next one
/// shown (or to the end).
private func shows(_ shown: [String], _ printed: [String]) -> Bool {
    var rest = printed[...]
    for (index, line) in shown.enumerated() {
        if line == "…" {
            guard index + 1 < shown.count else { return true }
            while let next = rest.first, !fits(shown[index + 1], next) { rest.removeFirst() }
        } else {
            guard let next = rest.popFirst(), fits(line, next) else { return false }
        }
    }
    return rest.isEmpty
}

/// Whether the printed `line` is what `shown` shows of it: the same, or its start.
private func fits(_ shown: String, _ line: String) -> Bool {
    shown.hasSuffix("…") ? line.hasPrefix(shown.dropLast()) : line == shown
}

/// `cmark-gfm` on the PATH, or `nil` with a note: the rendering test then has nothing to render with.
private let cmarkGFM: String? = {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    if let path = directories.map({ "\($0)/cmark-gfm" }).first(where: FileManager.default.isExecutableFile(atPath:)) {
        return path
    }
    print("note: cmark-gfm is not installed (Debian: apt-get install cmark-gfm); skipping the GFM rendering test")
    return nil
}()

/// A table cell as a browser shows it: its text, the tags in it, and the targets of its links.
private struct RenderedCell {
    var text: String
    var tags: [String]
    var hrefs: [String]
}

/// The tables of a rendered report: the first table's heads, every body row of every table,
/// and the HTML before the first table and after the last.
private struct RenderedTables {
    var heads: [String] = []
    var rows: [[RenderedCell]] = []
    var before = ""
    var after = ""
}

/// `markdown` rendered to HTML by `cmark-gfm` with GitHub's extensions, and its tables read back.
private func render(_ markdown: String, with cmark: String, in workspace: Workspace) throws -> RenderedTables {
    let input = workspace.directory + "/report.md"
    try Data(markdown.utf8).write(to: URL(fileURLWithPath: input))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: cmark)
    process.arguments = ["-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter", input]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let html = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)

    var tables = RenderedTables()
    let pieces = html.components(separatedBy: "<table>")
    tables.before = pieces[0]
    for piece in pieces.dropFirst() {
        let parts = piece.components(separatedBy: "</table>")
        tables.after = parts.dropFirst().joined()
        for row in parts[0].components(separatedBy: "<tr>").dropFirst() {
            let body = row.components(separatedBy: "</tr>")[0]
            let heads = cells(body, tag: "th")
            if heads.isEmpty {
                tables.rows.append(cells(body, tag: "td"))
            } else if tables.heads.isEmpty {
                tables.heads = heads.map(\.text)
            }
        }
    }
    return tables
}

/// The cells `<tag …>…</tag>` of a row's HTML.
private func cells(_ row: String, tag: String) -> [RenderedCell] {
    var cells: [RenderedCell] = []
    var rest = row[...]
    while let open = rest.range(of: "<\(tag)"), let start = rest[open.upperBound...].firstIndex(of: ">"),
          let close = rest[start...].range(of: "</\(tag)>") {
        cells.append(cell(rest[rest.index(after: start)..<close.lowerBound]))
        rest = rest[close.upperBound...]
    }
    return cells
}

/// A cell's inner HTML as its text (tags dropped, entities decoded), its tags and its link.
private func cell(_ html: Substring) -> RenderedCell {
    var cell = RenderedCell(text: "", tags: [], hrefs: [])
    var rest = html
    while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
        cell.text += rest[..<open]
        let tag = rest[rest.index(after: open)..<close]
        let name = String(tag.prefix { $0 != " " })
        if !name.hasPrefix("/") { cell.tags.append(name) }
        if name == "a", let href = tag.range(of: "href=\"") {
            cell.hrefs.append(decodeEntities(String(tag[href.upperBound...].prefix { $0 != "\"" })))
        }
        rest = rest[rest.index(after: close)...]
    }
    cell.text = decodeEntities(cell.text + rest)
    return cell
}

/// The five entities cmark writes, decoded; `&amp;` last, so that `&amp;lt;` stays `&lt;`.
private func decodeEntities(_ html: String) -> String {
    html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
}

/// Strict RFC 4180: fields plain or quoted (with `""` for a quote), records ended by CRLF, the
/// last one too. `nil` for anything else, such as a bare line feed outside quotes.
private func parseCSV(_ text: String) -> [[String]]? {
    var records: [[String]] = [], record: [String] = [], field = String.UnicodeScalarView()
    var quoted = false, fieldStarted = false, closed = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar?
    while let scalar = pending ?? scalars.next() {
        pending = nil
        if quoted {
            guard scalar == "\"" else {
                field.append(scalar)
                continue
            }
            let next = scalars.next()
            if next == "\"" {
                field.append("\"")
            } else {
                quoted = false
                closed = true
                pending = next
            }
            continue
        }
        if closed && scalar != "," && scalar != "\r" { return nil }
        closed = false
        switch scalar {
        case "\"":
            guard !fieldStarted else { return nil }
            quoted = true
            fieldStarted = true
        case ",":
            record.append(String(field))
            field = String.UnicodeScalarView()
            fieldStarted = false
        case "\r":
            guard scalars.next() == "\n" else { return nil }
            record.append(String(field))
            records.append(record)
            record = []
            field = String.UnicodeScalarView()
            fieldStarted = false
        case "\n":
            return nil
        default:
            field.append(scalar)
            fieldStarted = true
        }
    }
    return quoted || fieldStarted || !record.isEmpty ? nil : records
}
