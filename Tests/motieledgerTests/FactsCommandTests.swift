import Foundation
import Testing
import TestSupport

private let opendata = repository.appendingPathComponent("Tests/Fixtures/corpus/opendata")
private let clock = ["MOTIELEDGER_NOW": "2026-03-20T09:30:00Z"]

/// The corpus's open-data files, in name order.
private func opendataFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: opendata.path).sorted().map { opendata.appendingPathComponent($0).path }
}

private func jsonObjects(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
}

/// `import`, `fetch --motions`, `unanswered`, and what `status` and `table` show of the facts,
/// by running the binary on the corpus's open-data records. Expectations are read from the
/// records (see `corpus/labels/opendata.json`).
@Suite("Facts commands", .enabled(if: toolPath != nil))
struct FactsCommandTests {
    @Test("record --title and --advice: a person's facts win over a document's, are kept with who gave them, and verify")
    func manualFacts() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest", fixture("2026D03887.txt")], environment: clock).status == 0)
        // The seed's own sentence gives the title "… over een zwart reisadvies"; the clerk has the
        // motion's printed title.
        let title = "Motie van de leden Van der Burg en Piri over een zwart reisadvies voor landen die zich schuldig maken aan gijzeldiplomatie"
        let recorded = try workspace.run(["record", "motie Van der Burg/Piri", "--title", title, "--advice", "Oordeel Kamer",
                                          "--source", "besluitenlijst 2024-02-13", "--by", "griffier"], environment: clock)
        #expect(recorded.status == 0, "\(recorded.err)")
        #expect(recorded.out.hasPrefix("* kst-21501-02-3000  titel, appreciatie  (handmatig besluitenlijst 2024-02-13)\n"), "\(recorded.out)")
        let status = try jsonObjects(try workspace.run(["status", "kst-21501-02-3000", "--format", "json"]).out)[0]
        #expect(status["title"] as? String == title)
        #expect(status["advice"] as? String == "Oordeel Kamer")
        let last = try jsonObjects(String(decoding: workspace.bytes, as: UTF8.self)).last
        #expect(last?["kind"] as? String == "manual" && last?["who"] as? String == "griffier" && last?["date"] as? String == "2026-03-20")
        #expect(try workspace.run(["verify"]).status == 0)
        // Facts and a status are recorded apart; a motion the ledger does not know is refused.
        let before = workspace.bytes
        #expect(try workspace.run(["record", "kst-21501-02-3000", "uitgevoerd", "--title", "X", "--source", "s"], environment: clock).status == 64)
        #expect(try workspace.run(["record", "kst-21501-02-3000", "--title", "X"], environment: clock).status == 64)
        let unknown = try workspace.run(["record", "motie Klavr", "--title", "X", "--source", "s"], environment: clock)
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("no motion 'motie Klavr' in the ledger; nearest: 'Klaver'"), "\(unknown.err)")
        #expect(workspace.bytes == before)
    }

    @Test("import: every record, once; again adds nothing; the ledger verifies")
    func importTwice() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let first = try workspace.run(["import"] + opendataFiles(), environment: clock)
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("* kst-21501-33-1148  titel, indieners, ingediend, dossier, appreciatie  (open data 2025Z15877)\n"))
        #expect(first.out.contains("7 records toegevoegd"))
        let again = try workspace.run(["import"] + opendataFiles(), environment: clock)
        #expect(again.out.hasPrefix("7 feitenrecords al in de ledger: niet opnieuw toegevoegd\nniets toegevoegd"))
        let verify = try workspace.run(["verify"])
        #expect(verify.out.contains("7 feitenrecords"))
    }

    @Test("a malformed record among good ones: exit 65 with its place and name, and nothing imported")
    func malformed() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let bad = workspace.directory + "/bad.jsonl"
        let zaak = try String(contentsOfFile: opendataFiles()[0], encoding: .utf8)
        let line = String(decoding: try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(zaak.utf8))), as: UTF8.self)
        try (line + "\n" + #"{"Id":"x","Nummer":"2025Z1","Soort":"Amendement"}"# + "\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try workspace.run(["import", opendataFiles()[1], bad], environment: clock)
        #expect(result.status == 65)
        #expect(result.err == "motieledger: \(bad):2:1: error: Zaak 2025Z1: unknown Soort 'Amendement': a motion's Zaak has Soort 'Motie'; nothing was imported\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.ledger))
        #expect(try workspace.run(["import", workspace.directory + "/absent.json"]).status == 66)
    }

    @Test("table: adopted motions known only from facts by default, all with --all; the limits")
    func table() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        _ = try workspace.run(["import"] + opendataFiles(), environment: clock)
        func ids(_ arguments: [String]) throws -> [String] {
            try jsonObjects(try workspace.run(["table", "--format", "json"] + arguments).out).map { $0["id"] as! String }
        }
        #expect(try ids([]) == ["kst-21501-33-1148", "kst-28165-452"])
        #expect(try ids(["--all"]) == ["kst-21501-33-1148", "kst-28165-433", "kst-28165-452", "kst-36734-4"])
        #expect(try ids(["--all", "--adopted"]) == ["kst-21501-33-1148", "kst-28165-452"])
        #expect(try ids(["--all", "--dossier", "28165"]) == ["kst-28165-433", "kst-28165-452"])
        #expect(try ids(["--dossier", "21501-33"]) == ["kst-21501-33-1148"])
        #expect(try ids(["--since", "2025-08-01"]) == ["kst-21501-33-1148"])
        #expect(try ids(["--party", "VVD"]).isEmpty)
        let rejected = try jsonObjects(try workspace.run(["table", "--format", "json", "--all", "--dossier", "36734"]).out)[0]
        let vote = try #require(rejected["vote"] as? [String: Any])
        #expect(vote["outcome"] as? String == "verworpen")
        #expect((vote["against"] as? [[String: Any]])?.first?["party"] as? String == "PVV")
        #expect(rejected["advice"] as? String == "Ontraden")
        #expect(rejected["status"] is NSNull)
    }

    @Test("unanswered: adopted motions without a reading since the vote, oldest first, days to --on; a reading answers one")
    func unanswered() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        _ = try workspace.run(["import"] + opendataFiles(), environment: clock)
        let all = try jsonObjects(try workspace.run(["unanswered", "--on", "2026-03-20", "--format", "json"]).out)
        #expect(all.map { $0["id"] as! String } == ["kst-28165-452", "kst-21501-33-1148"])
        #expect(all.map { $0["days"] as! Int } == [260, 198])
        #expect(all.map { $0["adopted"] as! String } == ["2025-07-03", "2025-09-03"])
        let older = try jsonObjects(try workspace.run(["unanswered", "--on", "2026-03-20", "--format", "json", "--older-than", "200"]).out)
        #expect(older.map { $0["id"] as! String } == ["kst-28165-452"])
        let text = try workspace.run(["unanswered", "--on", "2026-03-20"])
        #expect(text.out.hasPrefix("Aangenomen moties zonder reactie op 2026-03-20: 2 moties\n"))
        let csv = try workspace.run(["unanswered", "--on", "2026-03-20", "--format", "csv", "--lang", "en"])
        #expect(csv.out.hasPrefix("Kamerstuk,Link,Title,Adopted,Days,Submitters,Advice\r\nkst-28165-452,"))
        // A reading before the vote answers nothing; `onbekend` answers nothing; a status after the vote does.
        _ = try workspace.run(["record", "kst-21501-33-1148", "onbekend", "--source", "brief", "--date", "2025-10-01", "--by", "t"], environment: clock)
        #expect(try jsonObjects(try workspace.run(["unanswered", "--on", "2026-03-20", "--format", "json"]).out).count == 1)
        _ = try workspace.run(["record", "kst-28165-452", "in-uitvoering", "--source", "brief", "--date", "2025-06-30", "--by", "t"], environment: clock)
        _ = try workspace.run(["record", "kst-21501-33-1148", "in-behandeling", "--source", "2026D01234", "--date", "2026-01-15", "--by", "t"], environment: clock)
        let left = try jsonObjects(try workspace.run(["unanswered", "--on", "2026-03-20", "--format", "json"]).out)
        #expect(left.map { $0["id"] as! String } == ["kst-28165-452"])
    }

    @Test("status shows the title, the submitters, the vote with the parties for and against, and the advice")
    func status() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        _ = try workspace.run(["import"] + opendataFiles(), environment: clock)
        _ = try workspace.run(["record", "kst-36734-4", "niet-uitgevoerd", "--source", "brief", "--date", "2025-06-01", "--by", "t"], environment: clock)
        let json = try #require(try jsonObjects(try workspace.run(["status", "kst-36734-4", "--format", "json"]).out).first)
        #expect(json["title"] as? String == "Motie van het lid Thijssen over als voorwaarde aan de garantstelling verbinden dat werknemers meeprofiteren als het weer goed gaat met Royal IHC")
        #expect((json["submitters"] as? [[String: Any]])?.map { $0["name"] as! String } == ["Thijssen"])
        let vote = try #require(json["vote"] as? [String: Any])
        #expect(vote["outcome"] as? String == "verworpen")
        #expect(vote["date"] as? String == "2025-05-15")
        #expect((vote["for"] as? [[String: Any]])?.map { $0["seats"] as! Int }.reduce(0, +) == 50)
        #expect((vote["against"] as? [[String: Any]])?.first?["seats"] as? Int == 37)
        #expect(json["advice"] as? String == "Ontraden")
        let text = try workspace.run(["status", "kst-36734-4"]).out
        #expect(text.contains("  stemming:     verworpen op 2025-05-15 — voor 50: GroenLinks-PvdA 25, D66 9, SP 5, DENK 3, FVD 3, PvdD 3, Volt 2; tegen 100: PVV 37,"))
        #expect(text.contains("  appreciatie:  Ontraden\n"))
    }

    @Test("fetch --motions --since: the open data's pages from a local server, imported; a failing server is exit 69 and nothing written")
    func fetchMotions() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        func page(_ records: [Any], next: String?, entity: String = "Zaak") throws -> [UInt8] {
            var page: [String: Any] = ["@odata.context": "$metadata#\(entity)", "value": records]
            if let next { page["@odata.nextLink"] = next }
            return Array(try JSONSerialization.data(withJSONObject: page))
        }
        func records(_ name: String) throws -> Any {
            try JSONSerialization.jsonObject(with: Data(contentsOf: opendata.appendingPathComponent(name)))
        }
        let zaken = "/Zaak?$filter=Soort%20eq%20%27Motie%27%20and%20Verwijderd%20eq%20false%20and%20GewijzigdOp%20ge%202025-09-01T00:00:00Z&$expand=Document($expand%3DHuidigeDocumentVersie),ZaakActor&$orderby=GewijzigdOp"
        let votes = "/Stemming?$filter=Verwijderd%20eq%20false%20and%20GewijzigdOp%20ge%202025-09-01T00:00:00Z%20and%20Besluit/Agendapunt/Zaak/any(z:%20z/Soort%20eq%20%27Motie%27)&$expand=Besluit($expand%3DAgendapunt($expand%3DZaak))&$orderby=GewijzigdOp"
        let server = try LocalHTTPServer([
            zaken: [.status(200, try page([try records("2025Z15877.zaak.json")], next: "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?$skip=250"))],
            "/Zaak?$skip=250": [.status(200, try page([], next: nil))],
            votes: [.status(200, try page(try records("2025Z15877.stemming.json") as! [Any], next: nil, entity: "Stemming"))],
        ])
        defer { server.stop() }
        let environment = clock.merging(["MOTIELEDGER_ODATA_URL": server.base]) { $1 }
        let result = try workspace.run(["fetch", "--motions", "--since", "2025-09-01"], environment: environment)
        #expect(result.status == 0, "\(result.err)")
        #expect(server.requests.map(\.path) == [zaken, "/Zaak?$skip=250", votes])
        #expect(result.out.contains("2 records toegevoegd"))
        let unanswered = try jsonObjects(try workspace.run(["unanswered", "--on", "2026-03-20", "--format", "json"]).out)
        #expect(unanswered.map { $0["id"] as! String } == ["kst-21501-33-1148"])

        let failing = try LocalHTTPServer([zaken: [.status(503, [])]])
        defer { failing.stop() }
        let other = Workspace()
        defer { other.remove() }
        let down = try other.run(["fetch", "--motions", "--since", "2025-09-01", "--timeout", "2"],
                                 environment: clock.merging(["MOTIELEDGER_ODATA_URL": failing.base]) { $1 })
        #expect(down.status == 69)
        #expect(down.err.contains("HTTP 503"))
        #expect(!FileManager.default.fileExists(atPath: other.ledger))
        #expect(try other.run(["fetch", "--motions"]).status == 64)
        #expect(try other.run(["fetch", "--motions", "--since", "2025-09-01", "kst-36725-11"]).status == 64)
    }

    @Test("the README's open-data examples (import, table --all, unanswered) print what the README shows")
    func readmeExample() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```").filter { $0.contains("--ledger /tmp/opendata.jsonl\n") }
        #expect(blocks.first?.contains("\n$ motieledger import Tests/Fixtures/corpus/opendata/") == true)
        let steps = blocks.flatMap { $0.components(separatedBy: "\n$ ").dropFirst() }
        #expect(steps.count == 3)
        for step in steps {
            let lines = step.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var arguments: [String] = []
            for word in lines[0].split(separator: " ").dropFirst() {
                if word.hasSuffix("/*.json") {
                    arguments += try opendataFiles()
                } else if word.hasPrefix("/tmp/") {
                    arguments.append(workspace.ledger)
                } else {
                    arguments.append(String(word))
                }
            }
            let result = try workspace.run(arguments, environment: clock)
            #expect(result.status == 0, "\(lines[0]): \(result.err)")
            let shown = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            let printed = result.out.replacingOccurrences(of: workspace.ledger, with: "/tmp/opendata.jsonl").trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(shown == printed, "README: `\(lines[0])` shows other than it prints:\n\(result.out)")
        }
    }
}
