import Foundation
import Testing
import TestSupport
@testable import MotieLedger

/// The three fixtures by number, in date order.
private let fixtures = ["2026D03887", "2026D07412", "2026D11873"]

/// `documents`: what the ledger has read, under the names `diff` and `--at` take.
@Suite(.enabled(if: toolPath != nil)) struct DocumentsCommandTests {
    /// Each document's line of `documents --format json` as `NUMBER DATE MOTIONS NEWS RESTATED CORRECTED`.
    private func tallies(_ workspace: Workspace) throws -> [String] {
        let result = try workspace.run(["documents", "--format", "json"])
        #expect(result.status == 0, "\(result.err)")
        return try result.out.split(separator: "\n").map { line in
            let object = try JSONParser.parse(Array(line.utf8))
            let counts = ["news", "restated", "corrected"].map { String(object[$0]?.intValue ?? -1) }
            return ([object["number"]?.stringValue ?? "?", object["date"]?.stringValue ?? "?",
                     String(object["motions"]?.arrayValue?.count ?? -1)] + counts).joined(separator: " ")
        }
    }

    @Test("each document with its date, debate and motions; news and restatements the same in every order of reading")
    func documentsInEveryOrder() throws {
        // Read by hand: the January answers name 18 motions, all new; the March answers name 5,
        // of which Van der Burg en Piri (kst-21501-02-3000) is refused again, as in January;
        // the April letter names 5, each with news.
        let expected = ["2026D03887 2026-01-28 18 18 0 0", "2026D07412 2026-03-03 5 4 1 0", "2026D11873 2026-04-14 5 5 0 0"]
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
            let workspace = Workspace()
            defer { workspace.remove() }
            for index in order {
                #expect(try workspace.run(["ingest", fixture("\(fixtures[index]).txt")]).status == 0)
            }
            #expect(try tallies(workspace) == expected, "\(order)")
        }
        let workspace = Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest"] + fixtures.map { fixture("\($0).txt") }).status == 0)
        let text = try workspace.run(["documents"])
        #expect(text.out == """
            3 documenten

            Document    Datum       Moties  Nieuw  Herhaald  Gecorrigeerd  Debat
            2026D03887  2026-01-28      18     18         0             0  begrotingsbehandeling Buitenlandse Zaken 2026-01-27
            2026D07412  2026-03-03       5      4         1             0
            2026D11873  2026-04-14       5      5         0             0  commissiedebat Raad Buitenlandse Zaken 2026-04-20

            diff en --at nemen een documentnummer, een datum (JJJJ-MM-DD) of (een deel van) een debat.

            """)
        let english = try workspace.run(["documents", "--format", "markdown", "--lang", "en"])
        #expect(english.out.hasPrefix("3 documents.\n\n| Document | Date | Motions | News | Restated | Corrected | Debate |\n"))
        // What documents lists is what diff and --at take.
        #expect(try workspace.run(["diff", "2026D07412", "2026D11873"]).status == 0)
        #expect(try workspace.run(["table", "--at", "commissiedebat Raad Buitenlandse Zaken 2026-04-20"]).status == 0)
    }

    @Test("a correction and a document read again with other bytes show in the list")
    func correctionsAndRereading() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest", fixture("2026D03887.txt"), fixture("2026D07412.txt")]).status == 0)
        // The March reading of Van der Burg en Piri corrected by hand: no longer a restatement.
        let record = try workspace.run(["record", "kst-21501-02-3000", "in-behandeling", "--source", "2026D07412", "--by", "griffier"])
        #expect(record.status == 0, "\(record.err)")
        // The same answers with a line added: another SHA-256 under the same number.
        let copy = workspace.directory + "/2026D07412-herzien.txt"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: fixture("2026D07412.txt")))
        bytes.append(contentsOf: Array("\nHerziene versie.\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: copy))
        #expect(try workspace.run(["ingest", copy]).status == 0)
        let lines = try tallies(workspace)
        #expect(lines[0] == "2026D03887 2026-01-28 18 18 0 0")
        #expect(lines[1] == "2026D07412 2026-03-03 5 4 0 1")
        // The second reading restates four; the correction holds for the number's reading of
        // Van der Burg en Piri at its date, this one's too.
        #expect(lines[2] == "2026D07412 2026-03-03 5 0 4 1")
        let text = try workspace.run(["documents"]).out
        #expect(text.contains("\n2026D07412 (opnieuw gelezen)  2026-03-03  "))
        let csv = try workspace.run(["documents", "--format", "csv"]).out
        #expect(csv.hasPrefix("Document,Datum,Debat,Debatdatum,Moties,Nieuw,Herhaald,Gecorrigeerd,Opnieuw gelezen,SHA-256,Regel\r\n"))
        #expect(csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false)[8] } == ["Opnieuw gelezen", "nee", "nee", "ja"])
    }

    @Test("diff and --at with a name that matches nothing list the nearest debates and documents, those near enough only")
    func nearestNames() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest"] + fixtures.map { fixture("\($0).txt") }).status == 0)
        let typo = try workspace.run(["diff", "comissiedebat raad", "2026D11873"])
        #expect(typo.status == 1)
        #expect(typo.err.contains("error: FROM: 'comissiedebat raad' matched nothing"))
        // One slip in 17 letters is near; the budget debate, 12 slips from it, is not.
        #expect(typo.err.hasSuffix("; nearest debates: 'commissiedebat Raad Buitenlandse Zaken 2026-04-20' ('motieledger documents' lists them all)\n"),
                "\(typo.err)")
        // Two digits swapped are two slips in ten: near; the other numbers differ in four digits or more.
        let number = try workspace.run(["status", "--at", "2026D07421", "kst-36045-243"])
        #expect(number.status == 1)
        #expect(number.err.hasSuffix("; nearest documents: 2026D07412 ('motieledger documents' lists them all)\n"), "\(number.err)")
    }

    @Test("no ledger: exit 66, as for every report; an empty one: no documents")
    func missingOrEmpty() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let missing = try workspace.run(["documents"])
        #expect(missing.status == 66)
        #expect(try workspace.run(["init"]).status == 0)
        #expect(try workspace.run(["documents", "--format", "json"]).out.isEmpty)
        #expect(try workspace.run(["documents", "--excel"]).status == 64)
    }
}
