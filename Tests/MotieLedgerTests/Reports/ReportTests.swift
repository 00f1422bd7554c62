import Kamerstuk
import Testing
@testable import MotieLedger

/// Readings made for the reports: motions whose order, status and promises are known by heart.
private enum Made {
    static func motion(_ key: String, _ status: MotionStatus, evidence: String = "Zo staat het ervoor.",
                       expected: (String, String)? = nil, uncertain: Bool = false) -> MotionReading {
        let id = KamerstukID(canonical: key)
        return MotionReading(
            id: id, nameKey: id == nil ? key : "motie-\(key)", name: "Motie \(key)", status: status, evidence: evidence,
            evidenceLine: 7, answers: [],
            expected: expected.map { ExpectedTime(from: Day(iso: $0.0)!, to: Day(iso: $0.1)!, text: "tegen \($0.1)") },
            uncertain: uncertain)
    }

    static func document(_ number: String, _ date: String, debate: String? = nil, _ motions: [MotionReading]) -> DocumentReading {
        DocumentReading(
            number: number, date: Day(iso: date)!, debate: debate.map { Debate(label: $0, date: nil) },
            sha256: SHA256.hash(Array(number.utf8)).hex, motions: motions)
    }

    /// A ledger holding `documents`, read in the order given.
    static func timeline(_ scratch: Scratch, _ documents: [DocumentReading]) throws -> Timeline {
        _ = try scratch.ledger().ingest(documents, now: Readings.now)
        return try scratch.ledger().timeline()
    }
}

@Suite struct ReportTests {
    @Test("the table: by dossier, toevoeging and number, keyless motions after by key; totals and groups in status order")
    func tableOrderTotalsAndGroups() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let timeline = try Made.timeline(scratch, [Made.document("2026D00001", "2026-01-28", [
            Made.motion("kst-36800-V-27", .inUitvoering), Made.motion("kst-36800-V-9", .uitgevoerd),
            Made.motion("motie-b", .inBehandeling), Made.motion("motie-a", .uitgevoerd),
            Made.motion("kst-21501-02-3000", .nietUitgevoerd), Made.motion("kst-36800-IV-3", .inUitvoering, uncertain: true),
        ])])
        let table = try StatusTable(timeline: timeline)
        #expect(table.rows.map(\.motion.key) == [
            "kst-21501-02-3000", "kst-36800-IV-3", "kst-36800-V-9", "kst-36800-V-27", "motie-a", "motie-b",
        ])
        #expect(table.totals.map { "\($0.count) \($0.status.rawValue)" } == [
            "2 uitgevoerd", "2 in-uitvoering", "1 in-behandeling", "1 niet-uitgevoerd",
        ])
        #expect(table.totalsLine(.nl) == "Totaal: 6 moties — 2 uitgevoerd, 2 in uitvoering, 1 in behandeling, 1 niet uitgevoerd")
        #expect(table.totalsLine(.en) == "Total: 6 motions — 2 carried out, 2 being carried out, 1 under consideration, 1 not carried out")

        let grouped = try StatusTable(timeline: timeline, grouping: .status)
        #expect(grouped.rows.map(\.motion.key) == [
            "kst-36800-V-9", "motie-a", "kst-36800-IV-3", "kst-36800-V-27", "motie-b", "kst-21501-02-3000",
        ])
        let markdown = grouped.markdown(.nl)
        #expect(markdown.hasPrefix("### uitgevoerd (2)\n\n| Motie | Titel | Kamerstuk | Status |"))
        #expect(markdown.contains("\n\n### in uitvoering (2)\n\n"))
        #expect(markdown.contains("| in uitvoering (onzeker) |"))
        #expect(markdown.hasSuffix("|\n\nTotaal: 6 moties — 2 uitgevoerd, 2 in uitvoering, 1 in behandeling, 1 niet uitgevoerd\n"))
        #expect(try StatusTable(timeline: timeline).markdown(.en).contains("| Motie motie-a | | motie-a | carried out | 2026-01-28 |"))
    }

    @Test("an empty ledger gives a table of heads and a total of none")
    func emptyTable() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let table = try StatusTable(timeline: try scratch.ledger().timeline())
        #expect(table.markdown(.nl) == """
            | Motie | Titel | Kamerstuk | Status | Sinds | Bron | Passage | Verwacht |
            | --- | --- | --- | --- | --- | --- | --- | --- |

            Totaal: 0 moties

            """)
        #expect(table.csv(.en) == Array("Motion,Title,Kamerstuk,Link,Status,Uncertain,Since,Date,Source,Manual,Debate,Evidence,Expected,Expected from,Expected to,Vote,Vote date,Advice\r\n".utf8))
        #expect(table.jsonLines.isEmpty)
    }

    @Test("a table written in chunks is the table written whole, wherever chunks, parts and groups end")
    func chunks() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // Enough rows for a chunk to be written in parts on more than one core, in groups of
        // uneven sizes, some motions without a Kamerstuk.
        let statuses = MotionStatus.allCases
        let motions = (1...600).map { n in
            Made.motion(n % 9 == 0 ? "motie-\(n)" : "kst-36800-V-\(n)", statuses[n * n / 5 % statuses.count],
                        expected: n % 4 == 0 ? ("2026-10-01", "2026-12-31") : nil)
        }
        let timeline = try Made.timeline(scratch, [
            Made.document("2026D00001", "2026-01-28", debate: "begrotingsbehandeling X 2026-01-27", motions),
            Made.document("2026D00002", "2026-03-03", [Made.motion("kst-36800-V-1", .uitgevoerd), Made.motion("kst-36800-V-601", .inBehandeling)]),
        ])
        for cutoff in [nil, try CutoffQuery("begrotingsbehandeling X").resolve(in: timeline)] {
            for grouping in [StatusTable.Grouping.none, .status] {
                let table = try StatusTable(timeline: timeline, at: cutoff, grouping: grouping)
                // Markdown has the most text around and between rows (each group's heading), so
                // it is cut at every kind of place; the other formats at one.
                let wholes: [(StatusTable.Format, Language, [UInt8], [Int])] = [
                    (.markdown, .nl, Array(table.markdown(.nl).utf8), [1, 37, 512, table.rows.count, table.rows.count + 1]),
                    (.markdown, .en, Array(table.markdown(.en).utf8), [37]), (.csv, .en, table.csv(.en), [37]),
                    (.json, .nl, table.jsonLines, [37]),
                ]
                for (format, language, whole, sizes) in wholes {
                    for rowsPerChunk in sizes {
                        var chunks = StatusTable.Chunks(timeline: timeline, at: cutoff, grouping: grouping, format: format,
                                                        language: language, rowsPerChunk: rowsPerChunk)
                        var text: [UInt8] = []
                        var count = 0
                        while let chunk = try chunks.next() {
                            text += chunk
                            count += 1
                        }
                        #expect(text == whole, "\(format) \(language) \(grouping) at \(cutoff.map { ReportWords.cutoff($0, .en) } ?? "now"), \(rowsPerChunk) rows a chunk")
                        #expect(count == (table.rows.count + rowsPerChunk - 1) / rowsPerChunk)
                        #expect(try chunks.next() == nil)
                    }
                }
            }
        }

        let empty = Scratch()
        defer { empty.remove() }
        var chunks = StatusTable.Chunks(timeline: try empty.ledger().timeline(), grouping: .status, format: .markdown, language: .nl)
        #expect(try chunks.next().map { String(decoding: $0, as: UTF8.self) } == "Totaal: 0 moties\n")
        #expect(try chunks.next() == nil)
    }

    @Test("a cutoff is named as what the words named: a debate after its latest document, a document, a date")
    func cutoffs() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let timeline = try Made.timeline(scratch, [
            Made.document("2026D00001", "2026-01-28", debate: "begrotingsbehandeling X 2026-01-27", [Made.motion("kst-1-1", .inBehandeling)]),
            Made.document("2026D00002", "2026-02-02", debate: "begrotingsbehandeling X 2026-01-27", [Made.motion("kst-1-1", .inUitvoering)]),
        ])
        let debate = try CutoffQuery("begrotingsbehandeling x").resolve(in: timeline)
        #expect(ReportWords.cutoff(debate, .nl) == "begrotingsbehandeling X 2026-01-27 (na 2026D00002, 2026-02-02)")
        #expect(ReportWords.cutoff(debate, .en) == "begrotingsbehandeling X 2026-01-27 (after 2026D00002, 2026-02-02)")
        #expect(ReportWords.cutoff(try CutoffQuery(" 2026d00001 ").resolve(in: timeline), .nl) == "2026D00001 (2026-01-28)")
        #expect(ReportWords.cutoff(try CutoffQuery("2026-01-31").resolve(in: timeline), .en) == "2026-01-31")
        let queryDefensie = try CutoffQuery("Defensie")
        #expect(ledgerError { () throws(LedgerError) in try queryDefensie.resolve(in: timeline) }?.kind == .noMatch)
        let query2026D99999 = try CutoffQuery("2026D99999")
        #expect(ledgerError { () throws(LedgerError) in try query2026D99999.resolve(in: timeline) }?.kind == .noMatch)
    }

    @Test("diff: new and changed motions, unchanged ones only when asked, and a TO before FROM")
    func diff() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let timeline = try Made.timeline(scratch, [
            Made.document("2026D00001", "2026-01-28", [Made.motion("kst-1-1", .inBehandeling), Made.motion("kst-1-2", .uitgevoerd)]),
            Made.document("2026D00002", "2026-03-03", [
                Made.motion("kst-1-1", .uitgevoerd, evidence: "Hiermee is de motie afgedaan."), Made.motion("kst-1-3", .inUitvoering),
            ]),
        ])
        let january = try CutoffQuery("2026D00001").resolve(in: timeline), march = try CutoffQuery("2026D00002").resolve(in: timeline)
        let diff = try StatusDiff(timeline: timeline, from: january, to: march)
        #expect(diff.entries.map { "\($0.motion.key) \($0.from?.event.status.rawValue ?? "-") \($0.to?.event.status.rawValue ?? "-") \($0.change)" } == [
            "kst-1-1 in-behandeling uitgevoerd changed", "kst-1-3 - in-uitvoering new",
        ])
        #expect(diff.entries[0].to?.evidence == "Hiermee is de motie afgedaan.")
        #expect(diff.summary(.nl) == "1 gewijzigd, 1 nieuw")

        let all = try StatusDiff(timeline: timeline, from: january, to: march, includeUnchanged: true)
        #expect(all.entries.map(\.change) == [.changed, .unchanged, .new])
        #expect(all.summary(.en) == "1 changed, 1 new, 1 unchanged")

        let backwards = try StatusDiff(timeline: timeline, from: march, to: january)
        #expect(backwards.entries.map(\.change) == [.changed, .absent])
        #expect(backwards.entries[1].to == nil)
        #expect(backwards.text(.en).contains("  status:       being carried out (since 2026-03-03) → no status\n"))

        let same = try StatusDiff(timeline: timeline, from: march, to: march)
        #expect(same.entries.isEmpty)
        #expect(same.summary(.nl) == "geen wijzigingen")
        #expect(same.markdown(.nl) == "Van 2026D00002 (2026-03-03) tot 2026D00002 (2026-03-03): geen wijzigingen.\n")
    }

    @Test("overdue: the promised time passed on the day, with no newer status; longest overdue first")
    func overdue() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let timeline = try Made.timeline(scratch, [
            Made.document("2026D00001", "2026-01-28", [
                Made.motion("kst-1-1", .inUitvoering, expected: ("2026-01-01", "2026-06-30")),
                // Done is done, whatever it promised.
                Made.motion("kst-1-2", .uitgevoerd, expected: ("2026-01-01", "2026-06-30")),
                Made.motion("kst-1-3", .inBehandeling, expected: ("2026-03-01", "2026-06-01")),
                Made.motion("kst-1-4", .deelsUitgevoerd, expected: ("2026-10-01", "2026-12-31")),
                Made.motion("kst-1-5", .nietUitgevoerd),
            ]),
            // News on kst-1-3 before its promise ran out: nothing to ask any more.
            Made.document("2026D00002", "2026-05-01", [Made.motion("kst-1-3", .inUitvoering)]),
        ])
        func overdue(_ day: String) throws -> [String] {
            try OverdueReport(timeline: timeline, on: Day(iso: day)!).entries.map { "\($0.row.motion.key) \($0.daysOverdue)" }
        }
        #expect(try overdue("2026-04-30") == [])
        #expect(try overdue("2026-06-30") == [])
        #expect(try overdue("2026-07-01") == ["kst-1-1 1"])
        #expect(try overdue("2027-01-01") == ["kst-1-1 185", "kst-1-4 1"])

        // A promise judged by what was known on the day: before the May news, kst-1-3 was overdue.
        let scratchBefore = Scratch()
        defer { scratchBefore.remove() }
        let januaryOnly = try Made.timeline(scratchBefore, [Made.document("2026D00001", "2026-01-28", [
            Made.motion("kst-1-3", .inBehandeling, expected: ("2026-03-01", "2026-06-01")),
        ])])
        #expect(try OverdueReport(timeline: januaryOnly, on: Day(iso: "2026-06-02")!).entries.map(\.daysOverdue) == [1])

        // A person's record is news too, whatever status it gives.
        _ = try scratch.ledger().record(
            ManualRecord(motion: "kst-1-1", status: .inUitvoering, source: "telefoon | griffie", note: "Toezegging: na de zomer.",
                         date: Day(iso: "2026-07-15")!, by: "griffier"), now: Readings.now)
        let later = try scratch.ledger().timeline()
        #expect(try OverdueReport(timeline: later, on: Day(iso: "2026-08-01")!).entries.isEmpty)
        let row = try StatusTable(timeline: later).rows[0]
        #expect(row.evidence == "Toezegging: na de zomer.")
        #expect(row.sourceText(.nl) == "telefoon | griffie (handmatig)")
        #expect(try StatusTable(timeline: later).markdown(.nl).contains("| telefoon \\| griffie (handmatig) | Toezegging: na de zomer. |"))

        let report = try OverdueReport(timeline: timeline, on: Day(iso: "2027-01-01")!)
        #expect(report.text(.nl).hasPrefix("Termijn verstreken op 2027-01-01: 2 moties\n\nkst-1-1 — Motie kst-1-1\n"))
        #expect(report.text(.en).contains("  overdue:      185 days\n  status:       being carried out (since 2026-01-28)\n"))
        #expect(try OverdueReport(timeline: timeline, on: Day(iso: "2026-01-01")!).markdown(.en) == "Overdue on 2026-01-01: no motions.\n")
    }
}
