import Foundation
import Testing
import TestSupport

/// Each line of `text` read as a JSON object.
private func objects(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
}

/// A workspace whose ledger holds what `ingest` makes of the January answers (2026D03887): its
/// 18 events are lines 1–18 in document order (line 1 Paternotte c.s., kst-21501-02-3236; line
/// 10 Van der Burg c.s., kst-36600-V-27, promised for the first half of 2026; line 13 Van Baarle
/// en Paternotte, kst-35207-89, whose answer sets a condition: "indien nieuwe informatie aan
/// het licht komt", line 1440 of the text), its document record line 19, then the findings (lines
/// 20 and 21) and the facts its sentences give (line 22).
private func january() throws -> Workspace {
    let workspace = Workspace()
    let ingest = try workspace.run(["ingest", fixture("2026D03887.txt")])
    #expect(ingest.status == 0, "\(ingest.err)")
    return workspace
}

/// `record`'s corrections through the built binary: a name the ledger does not know, voids,
/// confirmations, review, dates, and the ledgers written before them.
@Suite(.enabled(if: toolPath != nil)) struct CorrectionCommandTests {
    @Test("record: a motion the ledger does not know is refused with the nearest names unless --new; any name status takes is taken")
    func unknownMotion() throws {
        let workspace = try january()
        defer { workspace.remove() }
        let before = workspace.bytes
        let typo = try workspace.run(["record", "motie Paternote", "uitgevoerd", "--source", "brief", "--by", "griffier"])
        #expect(typo.status == 1)
        #expect(typo.err.contains("no motion 'motie Paternote' in the ledger; give --new"), "\(typo.err)")
        #expect(typo.err.contains("nearest: 'Paternotte c.s.'"), "\(typo.err)")
        let unknownID = try workspace.run(["record", "Kamerstuk 36 800-V, nr. 99", "uitgevoerd", "--source", "brief"])
        #expect(unknownID.status == 1)
        #expect(workspace.bytes == before, "a refused record wrote something")
        // Two motions carry the name Paternotte: which one is not guessed.
        #expect(try workspace.run(["record", "Paternotte", "uitgevoerd", "--source", "brief"]).status == 64)
        // The name as status finds it.
        let byName = try workspace.run(["record", "motie Van der Werf", "uitgevoerd", "--source", "brief", "--by", "griffier"])
        #expect(byName.status == 0, "\(byName.err)")
        #expect(byName.out.hasPrefix("+ kst-36800-V-30  uitgevoerd  2026-03-20  Van der Werf  [handmatig door griffier; bron brief]"))
        let new = try workspace.run(["record", "Kamerstuk 36 800-V, nr. 99", "uitgevoerd", "--source", "brief", "--new"])
        #expect(new.status == 0, "\(new.err)")
        #expect(try objects(try workspace.run(["status", "kst-36800-V-99", "--format", "json"]).out).first?["status"] as? String == "uitgevoerd")
        // --new for a motion the ledger knows, or a new motion named by neither a Kamerstuk nor a key.
        #expect(try workspace.run(["record", "kst-36800-V-30", "uitgevoerd", "--source", "brief", "--new"]).status == 64)
        #expect(try workspace.run(["record", "Motie Nieuw Lid", "uitgevoerd", "--source", "brief", "--new"]).status == 64)
        #expect(try workspace.run(["record", "kst-36800-V-30", "uitgevoerd"]).status == 64)
    }

    @Test("record --void SEQ: the event stays in history, marked, and status, table, diff and overdue leave it out")
    func voidEvent() throws {
        let workspace = try january()
        defer { workspace.remove() }
        let manual = try workspace.run(["record", "kst-21501-02-3236", "uitgevoerd", "--source", "brief", "--date", "2026-03-01", "--by", "griffier"])
        #expect(manual.out.contains("(regel 23)"), "\(manual.out)")
        let void = try workspace.run(["record", "--void", "23", "--note", "verkeerde motie", "--by", "griffier"])
        #expect(void.status == 0, "\(void.err)")
        #expect(void.out.hasPrefix("- ingetrokken regel 23  [door griffier; verkeerde motie]\n1 record toegevoegd aan ledger/moties.jsonl (regel 24)"))
        let status = try objects(try workspace.run(["status", "kst-21501-02-3236", "--format", "json"]).out)[0]
        #expect(status["status"] as? String == "in-uitvoering")
        #expect(status["seq"] as? Int == 1)
        let history = try objects(try workspace.run(["history", "kst-21501-02-3236", "--format", "json"]).out)
        #expect(history.map { $0["seq"] as? Int } == [1, 23])
        #expect(history.map { $0["voided"] as? Bool } == [false, true])
        #expect(history[1]["voidedBy"] as? Int == 24)
        let text = try workspace.run(["history", "kst-21501-02-3236"]).out
        #expect(text.contains("brief  [handmatig: griffier]  [ingetrokken: griffier, regel 24; verkeerde motie]"), "\(text)")

        // Refused: a void, a line voided already, a line that is not there, a document's line, one with a status.
        let again = try workspace.run(["record", "--void", "24"])
        #expect(again.status == 1)
        #expect(again.err.contains("line 24 is itself a void"))
        #expect(try workspace.run(["record", "--void", "23"]).err.contains("line 23 was already voided by line 24"))
        #expect(try workspace.run(["record", "--void", "99"]).status == 1)
        #expect(try workspace.run(["record", "--void", "19"]).err.contains("line 19 is not a status event"))
        #expect(try workspace.run(["record", "kst-21501-02-3236", "--void", "1"]).status == 64)
        #expect(try workspace.run(["record", "--void", "1", "--confirm", "13"]).status == 64)
        #expect(try workspace.run(["record", "--void", "0"]).status == 64)

        // The parser's own reading withdrawn: the motion has no status left; a promise withdrawn asks nothing.
        #expect(try workspace.run(["table", "--format", "json"]).out.split(separator: "\n").count == 18)
        #expect(try workspace.run(["overdue", "--on", "2026-11-29"]).out.contains("kst-36600-V-27"))
        #expect(try workspace.run(["record", "--void", "1", "--by", "griffier"]).status == 0)
        #expect(try workspace.run(["record", "--void", "10", "--by", "griffier"]).status == 0)
        let table = try objects(try workspace.run(["table", "--format", "json"]).out)
        #expect(table.count == 16)
        #expect(!table.contains { ["kst-21501-02-3236", "kst-36600-V-27"].contains($0["key"] as? String) })
        #expect(try workspace.run(["overdue", "--on", "2026-11-29"]).out.contains("kst-36600-V-27") == false)
        let diff = try objects(try workspace.run(["diff", "2025-01-01", "2026-03-20", "--format", "json"]).out)
        #expect(diff.count == 16)
        let paternotte = try workspace.run(["status", "kst-21501-02-3236"]).out
        #expect(paternotte.contains("status: geen status vastgelegd"), "\(paternotte)")
        #expect(try workspace.run(["verify"]).status == 0)
    }

    @Test("record --void-document: every reading of the document withdrawn, and the same bytes can be ingested again as a new reading")
    func voidDocument() throws {
        let workspace = try january()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest", fixture("2026D07412.txt")]).status == 0)
        let lines = workspace.bytes.split(separator: 0x0A).count
        let void = try workspace.run(["record", "--void-document", "2026d03887", "--note", "verkeerd document", "--by", "griffier"])
        #expect(void.status == 0, "\(void.err)")
        #expect(void.out.hasPrefix("- ingetrokken document 2026D03887  [door griffier; verkeerd document]"))
        // What remains is what the March answers read: five motions, one document.
        #expect(try objects(try workspace.run(["table", "--format", "json"]).out).count == 5)
        #expect(try objects(try workspace.run(["documents", "--format", "json"]).out).map { $0["number"] as? String } == ["2026D07412"])
        let history = try workspace.run(["history", "kst-36800-V-30"]).out
        #expect(history.contains("2026D03887  [document ingetrokken: griffier, regel \(lines + 1); verkeerd document]"), "\(history)")
        #expect(try workspace.run(["record", "--void-document", "2026D03887"]).err.contains("every reading of 2026D03887 was already voided"))
        #expect(try workspace.run(["record", "--void-document", "2026D0388"]).status == 1)
        // Read again: not "already in the ledger", but a new reading, and every motion is back.
        let again = try workspace.run(["ingest", fixture("2026D03887.txt")])
        #expect(again.status == 0, "\(again.err)")
        #expect(again.out.contains("2026D03887 (2026-01-28, begrotingsbehandeling Buitenlandse Zaken 2026-01-27): 18 moties genoemd, 18 gebeurtenissen"), "\(again.out)")
        #expect(again.out.contains("staat al in de ledger") == false)
        #expect(try objects(try workspace.run(["table", "--format", "json"]).out).count == 18)
        let documents = try objects(try workspace.run(["documents", "--format", "json"]).out)
        #expect(documents.map { $0["number"] as? String } == ["2026D03887", "2026D07412"])
        #expect(documents.map { $0["reread"] as? Bool } == [false, false])
        #expect(documents[0]["news"] as? Int == 18)
        let skipped = try workspace.run(["ingest", fixture("2026D03887.txt")])
        #expect(skipped.out.contains("2026D03887: staat al in de ledger"), "\(skipped.out)")
        #expect(try workspace.run(["verify"]).status == 0)
    }

    /// 2026D03887 names `motie Erkens c.s.` without a Kamerstuk (line 1113); 2026D07412 gives it
    /// in its footnote 4 (Kamerstuk 21501-20, nr. 2310, lines 148–149), and names the motion
    /// January called `motie inzake Radio Dabanga` by its Kamerstuk 36600-V, nr. 61 (footnote 2, line 64).
    @Test("record --void-document withdraws the aliases and facts the document proposed: reports pass them over, history and review say so; a new reading proposes them again")
    func voidDocumentWithdrawsItsAliases() throws {
        let workspace = try january()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest", fixture("2026D07412.txt")]).status == 0)
        let aliases = try objects(try workspace.run(["review", "--format", "json"]).out).filter { $0["kind"] as? String == "alias" }
        #expect(aliases.map { $0["motion"] as? String } == ["kst-21501-20-2310", "kst-36600-V-61"])
        // Review says which document proposed each alias, and when.
        #expect(aliases.map { $0["source"] as? String } == ["2026D07412", "2026D07412"])
        #expect(aliases.map { $0["date"] as? String } == ["2026-03-03", "2026-03-03"])
        let erkensLine = try #require(aliases[0]["seq"] as? Int)
        #expect(try workspace.run(["review"]).out.contains("regel \(erkensLine)  alias  kst-21501-20-2310 — Erkens c.s.  2026D07412 (2026-03-03)\n"))
        let joined = try objects(try workspace.run(["status", "motie-erkens", "--format", "json"]).out)
        #expect(joined.map { $0["key"] as? String } == ["kst-21501-20-2310"])
        #expect(joined.first?["aliases"] as? [String] == ["motie-erkens"])
        // Its footnote 4 gives the motion's title: a fact the March reading proposed too.
        let title = "Motie van het lid Erkens c.s. over een evenredige lastenverdeling"
        #expect(joined.first?["title"] as? String == title)

        let voidLine = workspace.bytes.split(separator: 0x0A).count + 1
        #expect(try workspace.run(["record", "--void-document", "2026D07412", "--by", "griffier"]).status == 0)
        // January's Erkens c.s. stands on its own again, with its own status; the Kamerstuk has none left.
        let erkens = try objects(try workspace.run(["status", "motie-erkens", "--format", "json"]).out)
        #expect(erkens.map { $0["key"] as? String } == ["motie-erkens"])
        #expect(erkens.first?["status"] as? String == "uitgevoerd")
        #expect(erkens.first?["aliases"] as? [String] == [])
        let kamerstuk = try objects(try workspace.run(["status", "kst-21501-20-2310", "--format", "json"]).out)
        #expect(kamerstuk.first?["status"] is NSNull)
        #expect(kamerstuk.first?["title"] is NSNull, "the title the withdrawn reading gave is withdrawn with it")
        #expect(try objects(try workspace.run(["table", "--format", "json"]).out).contains { $0["key"] as? String == "motie-inzake-radio-dabanga" })
        let history = try workspace.run(["history", "motie-erkens"]).out
        #expect(history.contains("  alias  motie-erkens = kst-21501-20-2310  (uit 2026D07412, 2026-03-03; regel \(erkensLine))  [ingetrokken met het document, regel \(voidLine)]\n"),
                "\(history)")
        #expect(try workspace.run(["history", "motie-erkens", "--lang", "en"]).out.contains("[withdrawn with its document, line \(voidLine)]"))
        let withdrawn = try objects(try workspace.run(["review", "--format", "json"]).out).filter { $0["kind"] as? String == "alias" }
        #expect(withdrawn.first?["reasons"] as? [String] == ["motie-erkens = kst-21501-20-2310 (ingetrokken met het document, regel \(voidLine))"])

        // Read again: a new reading proposes the aliases again, and they hold.
        let again = try workspace.run(["ingest", fixture("2026D07412.txt")])
        #expect(again.status == 0, "\(again.err)")
        #expect(again.out.contains("  = motie-erkens is kst-21501-20-2310 (uit 2026D07412)\n"), "\(again.out)")
        #expect(again.out.contains("  = motie-inzake-radio-dabanga is kst-36600-V-61 (uit 2026D07412)\n"), "\(again.out)")
        let rejoined = try objects(try workspace.run(["status", "motie-erkens", "--format", "json"]).out)
        #expect(rejoined.map { $0["key"] as? String } == ["kst-21501-20-2310"])
        #expect(rejoined.first?["status"] as? String == "in-uitvoering")
        #expect(rejoined.first?["title"] as? String == title)
        #expect(try workspace.run(["verify"]).status == 0)
    }

    @Test("record's report, of a status, a void and a confirmation: Dutch by default, English with --lang en")
    func recordInEitherLanguage() throws {
        let workspace = try january()
        defer { workspace.remove() }
        let english = try workspace.run(["record", "kst-36800-V-30", "uitgevoerd", "--source", "brief", "--by", "griffier", "--lang", "en"])
        #expect(english.out.hasPrefix("+ kst-36800-V-30  carried out  2026-03-20  Van der Werf  [manual by griffier; source brief]\n"
            + "appended 1 record to ledger/moties.jsonl (line 23); head 23:"), "\(english.out)")
        let void = try workspace.run(["record", "--void", "23", "--by", "griffier", "--lang", "en"])
        #expect(void.out.hasPrefix("- void line 23  [by griffier]\nappended 1 record to ledger/moties.jsonl (line 24)"), "\(void.out)")
        let confirm = try workspace.run(["record", "--confirm", "13", "--by", "griffier"])
        #expect(confirm.out.hasPrefix("✓ bevestigd: regel 13  [door griffier]\n1 record toegevoegd aan ledger/moties.jsonl (regel 25)"), "\(confirm.out)")
        let document = try workspace.run(["record", "--void-document", "2026D03887", "--by", "griffier", "--lang", "en"])
        #expect(document.out.hasPrefix("- void document 2026D03887  [by griffier]\nappended 1 record"), "\(document.out)")
    }

    @Test("the reason a reading is uncertain is kept with it; record --confirm accepts it; review lists what needs a person")
    func confirmAndReview() throws {
        let workspace = try january()
        defer { workspace.remove() }
        let reason = "1440:1: conditional: the status depends on a condition the answer sets"
        let reden = "de status hangt af van een voorwaarde die het antwoord stelt (regel 1440)"
        let status = try workspace.run(["status", "kst-35207-89"]).out
        #expect(status.contains("  onzeker:      ja — zie de bevinding; lees de passage na\n  bevinding:    \(reden)\n"), "\(status)")
        let english = try workspace.run(["status", "kst-35207-89", "--lang", "en"]).out
        #expect(english.contains("  uncertain:    yes — see the finding; read the passage\n  finding:      \(reason)\n"), "\(english)")
        #expect(try objects(try workspace.run(["history", "kst-35207-89", "--format", "json"]).out)[0]["findings"] as? [String] == [reason])
        #expect(try workspace.run(["table"]).out.contains("in uitvoering (onzeker: de passage stelt een voorwaarde)"))
        let review = try objects(try workspace.run(["review", "--format", "json"]).out)
        // Newest first: the document's missing footnotes (line 19), then the uncertain reading (line 13).
        #expect(review.map { $0["kind"] as? String } == ["finding", "uncertain"])
        #expect(review[0]["seq"] as? Int == 19)
        #expect((review[0]["reasons"] as? [String])?.first
            == "voetnoot 12 ontbreekt: de verwijzing staat in de tekst, de voetnoot zelf ging verloren (regel 975, kolom 40)")
        #expect(review[1]["seq"] as? Int == 13)
        #expect(review[1]["motion"] as? String == "kst-35207-89")
        #expect(review[1]["reasons"] as? [String] == [reden])
        let reviewEnglish = try objects(try workspace.run(["review", "--format", "json", "--lang", "en"]).out)
        #expect((reviewEnglish[0]["reasons"] as? [String])?.first == "975:40: missing-footnote: footnote 12 is missing: its marker is in the text, its footnote was lost")
        #expect(reviewEnglish[1]["reasons"] as? [String] == [reason])
        #expect(try workspace.run(["review"]).out.hasPrefix("Te beoordelen: 2 punten\n\nregel 19  bevinding  2026D03887 (2026-01-28)\n"))
        #expect(try workspace.run(["review", "--lang", "en", "--format", "markdown"]).out.hasPrefix("## To review: 2 items\n\n| Line | Kind |"))

        let confirm = try workspace.run(["record", "--confirm", "13", "--by", "griffier"])
        #expect(confirm.status == 0, "\(confirm.err)")
        let confirmed = try workspace.run(["status", "kst-35207-89"]).out
        #expect(!confirmed.contains("onzeker:"))
        #expect(confirmed.contains("  bevestigd:    griffier (regel 23)\n"), "\(confirmed)")
        #expect(confirmed.contains("2026D03887  [bevestigd: griffier]"))
        #expect(try workspace.run(["table"]).out.contains("(onzeker)") == false)
        #expect(try objects(try workspace.run(["status", "kst-35207-89", "--format", "json"]).out)[0]["uncertain"] as? Bool == false)
        #expect(try objects(try workspace.run(["review", "--format", "json"]).out).map { $0["kind"] as? String } == ["finding"])
        #expect(try workspace.run(["record", "--confirm", "13"]).err.contains("line 13 was already confirmed by line 23"))
        #expect(try workspace.run(["record", "--confirm", "19"]).status == 1)
    }

    @Test("one number, other bytes: a warning that names both, and review lists it")
    func numberReadTwice() throws {
        let workspace = try january()
        defer { workspace.remove() }
        let copy = workspace.directory + "/2026D03887-gewijzigd.txt"
        let text = try String(contentsOfFile: fixture("2026D03887.txt"), encoding: .utf8)
        try (text + "\nNagekomen: een regel meer.\n").write(toFile: copy, atomically: true, encoding: .utf8)
        let ingest = try workspace.run(["ingest", copy])
        #expect(ingest.status == 0)
        #expect(ingest.err.contains("2026D03887-gewijzigd.txt: warning: document 2026D03887 (SHA-256 "), "\(ingest.err)")
        #expect(ingest.err.contains("has other bytes than the 2026D03887 of line 19"), "\(ingest.err)")
        let review = try objects(try workspace.run(["review", "--format", "json"]).out)
        let reread = try #require(review.first { $0["kind"] as? String == "reread" })
        #expect((reread["reasons"] as? [String])?.count == 2)
        // Two files claiming one number in one batch: the second is warned of, naming the first.
        let fresh = Workspace()
        defer { fresh.remove() }
        let both = try fresh.run(["ingest", fixture("2026D03887.txt"), copy])
        #expect(both.err.contains("(\(fixture("2026D03887.txt")))"), "\(both.err)")
    }

    @Test("dates: after today 64 unless --force, outside 0001–9999 always 64; ingest --date only for documents without their own")
    func dates() throws {
        let workspace = try january()
        defer { workspace.remove() }
        let before = workspace.bytes
        let future = try workspace.run(["record", "kst-36800-V-30", "uitgevoerd", "--source", "brief", "--date", "2026-03-21"])
        #expect(future.status == 64)
        #expect(future.err == "motieledger: error: --date 2026-03-21 is after today (2026-03-20); give --force if it is meant\n")
        #expect(try workspace.run(["record", "kst-36800-V-30", "uitgevoerd", "--source", "brief", "--date", "2026-02-30", "--force"]).status == 64)
        #expect(try workspace.run(["record", "kst-36800-V-30", "uitgevoerd", "--source", "brief", "--date", "0000-12-31", "--force"]).status == 64)
        #expect(workspace.bytes == before)
        #expect(try workspace.run(["record", "kst-36800-V-30", "uitgevoerd", "--source", "brief", "--date", "2026-03-21", "--force"]).status == 0)

        let undated = workspace.directory + "/brief.txt"
        try Data("Hierbij informeer ik uw Kamer dat de motie Van der Werf is uitgevoerd.\n".utf8).write(to: URL(fileURLWithPath: undated))
        #expect(try workspace.run(["ingest", "--date", "2026-04-01", undated]).status == 64)
        #expect(try workspace.run(["ingest", "--force-date", undated]).status == 64)

        // 2026D07412 is dated 3 March 2026 by its own text.
        let fresh = Workspace()
        defer { fresh.remove() }
        let kept = try fresh.run(["ingest", "--date", "2026-03-10", fixture("2026D07412.txt")])
        #expect(kept.status == 0)
        #expect(kept.err.contains("warning: the document is dated 2026-03-03 by its own text; --date 2026-03-10 applies only to documents without a date"), "\(kept.err)")
        #expect(kept.out.contains("\n2026D07412 (2026-03-03)"), "\(kept.out)")
        let other = Workspace()
        defer { other.remove() }
        let forced = try other.run(["ingest", "--date", "2026-03-10", "--force-date", fixture("2026D07412.txt")])
        #expect(forced.err.isEmpty || !forced.err.contains("dated 2026-03-03"))
        #expect(forced.out.contains("\n2026D07412 (2026-03-10)"), "\(forced.out)")
    }

    @Test("findings are kept as codes, said in Dutch or English; a ledger that kept English sentences (version 3) shows them as written")
    func findingsInEitherLanguage() throws {
        // A fresh ingest of 2026D03887: ingest's report names the reasons in the report's language.
        let fresh = Workspace()
        defer { fresh.remove() }
        let dutch = try fresh.run(["ingest", "--dry-run", fixture("2026D03887.txt")]).out
        #expect(dutch.contains("  ! regel 13: de status hangt af van een voorwaarde die het antwoord stelt (regel 1440)\n"), "\(dutch)")
        #expect(dutch.contains("  ! regel 19: voetnoot 14 ontbreekt: de verwijzing staat in de tekst, de voetnoot zelf ging verloren (regel 1070, kolom 16)\n"))
        let english = try fresh.run(["ingest", "--dry-run", "--lang", "en", fixture("2026D03887.txt")]).out
        #expect(english.contains("  ! line 13: 1440:1: conditional: the status depends on a condition the answer sets\n"), "\(english)")
        #expect(fresh.bytes.isEmpty)
        #expect(try fresh.run(["ingest", fixture("2026D03887.txt")]).status == 0)
        let found = String(decoding: fresh.bytes, as: UTF8.self).split(separator: "\n").filter { $0.contains("\"type\":\"found\"") }
        #expect(found.count == 2)
        #expect(found.last?.hasPrefix("{\"found\":[{\"code\":\"conditional\",\"column\":1,\"line\":1440,\"values\":[]}],") == true, "\(found)")

        // The bundled ledger kept its findings as English sentences: they are shown as written, in either language.
        let old = Workspace()
        defer { old.remove() }
        try FileManager.default.createDirectory(atPath: old.directory + "/ledger", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture("ledger-bundled/moties.jsonl"), toPath: old.ledger)
        let sentence = "1440:1: conditional: the status depends on a condition the answer sets"
        #expect(try old.run(["status", "kst-35207-89"]).out.contains("  bevinding:    \(sentence)\n"))
        #expect(try old.run(["status", "kst-35207-89", "--lang", "en"]).out.contains("  finding:      \(sentence)\n"))
        #expect(try objects(try old.run(["review", "--format", "json"]).out).last?["reasons"] as? [String] == [sentence])
        #expect(try old.run(["verify"]).status == 0)
    }

    @Test("the ledgers written before voids (version 1, and version 2 with facts) still read and verify, and take the new records")
    func oldLedgers() throws {
        for (name, head) in [("ledger-v1", "19:c9ee4203895d08f60cf33dfe6a13c315d5c6b3548c95e949ef32ea64ff7ff145"),
                             ("ledger-v2", "30:5d4ce55f930e02ee152563833cce3451e7591b2e31a638cea42dda184df6cae5")] {
            let workspace = Workspace()
            defer { workspace.remove() }
            try FileManager.default.createDirectory(atPath: workspace.directory + "/ledger", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: fixture("\(name)/moties.jsonl"), toPath: workspace.ledger)
            let verify = try workspace.run(["verify", "--head", head])
            #expect(verify.status == 0, "\(name): \(verify.err)")
            #expect(try workspace.run(["head"]).out == head + "\n")
            #expect(try objects(try workspace.run(["status", "kst-21501-02-3236", "--format", "json"]).out)[0]["status"] as? String == "in-uitvoering")
            #expect(try workspace.run(["record", "--void", "1", "--by", "griffier"]).status == 0)
            #expect(try workspace.run(["record", "--confirm", "13", "--by", "griffier"]).status == 0)
            let extended = try workspace.run(["verify", "--head", head])
            #expect(extended.status == 0, "\(name): \(extended.err)")
            #expect(extended.out.contains("2 intrekkingen en bevestigingen"), "\(extended.out)")
            #expect(try workspace.run(["status", "kst-21501-02-3236", "--format", "json"]).out.contains("\"status\":null"))
            #expect(Array(workspace.bytes.prefix(try Data(contentsOf: URL(fileURLWithPath: fixture("\(name)/moties.jsonl"))).count))
                == Array(try Data(contentsOf: URL(fileURLWithPath: fixture("\(name)/moties.jsonl")))))
        }
    }

    @Test("a line of a newer version is refused by its number, never misread; a void at another version than 3 is damage")
    func versions() throws {
        let workspace = try january()
        defer { workspace.remove() }
        #expect(try workspace.run(["record", "--void", "1", "--by", "griffier"]).status == 0)
        let good = workspace.bytes
        let text = String(decoding: good, as: UTF8.self)
        for (version, message) in [("5", "unknown schema version 5: this motieledger reads versions 1 to 4; a newer motieledger wrote this line"),
                                   ("2", "a void record is schema version 3, not 2")] {
            let changed = text.replacingOccurrences(of: "\"type\":\"void\",\"v\":3", with: "\"type\":\"void\",\"v\":\(version)")
            #expect(changed != text)
            try Data(changed.utf8).write(to: URL(fileURLWithPath: workspace.ledger))
            let status = try workspace.run(["status", "kst-21501-02-3236"])
            #expect(status.status == 65)
            #expect(status.err.contains("ledger/moties.jsonl:23:"), "\(status.err)")
            #expect(status.err.contains(message), "\(status.err)")
            #expect(try workspace.run(["verify"]).status == 65)
        }
        // A void of a line not before its own is no record a reader takes.
        let forward = text.replacingOccurrences(of: "\"event\":1,", with: "\"event\":23,")
        try Data(forward.utf8).write(to: URL(fileURLWithPath: workspace.ledger))
        #expect(try workspace.run(["table"]).err.contains("\"event\" must name a line before this one"))
    }
}
