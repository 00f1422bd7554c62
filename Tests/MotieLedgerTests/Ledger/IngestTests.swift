import Glibc
import Testing
import Kamerstuk
@testable import MotieLedger

@Suite struct IngestTests {
    @Test func ingestAppendsEventsThenTheDocumentRecord() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let report = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        let types = report.records.map(\.entry.type)
        #expect(types == ["status", "status", "status", "status", "document"])
        #expect(report.records.map(\.seq) == [1, 2, 3, 4, 5])
        guard case .document(let document) = report.records.last?.entry else { Issue.record("no document record"); return }
        #expect(document.motions == ["kst-21501-02-3236", "kst-36800-V-27", "kst-21501-02-3000", "motie-erkens"])
        #expect(document.debate == "begrotingsbehandeling Buitenlandse Zaken 2026-01-27")
        #expect(document.debateDate == Readings.day("2026-01-27"))
        let timeline = try scratch.ledger().timeline()
        #expect(timeline.count == 5)
        #expect(timeline.snapshot().map { "\($0.motion.key)=\($0.event.status.rawValue)" } == [
            "kst-21501-02-3000=in-behandeling", "kst-21501-02-3236=in-uitvoering", "kst-36800-V-27=in-uitvoering",
            "motie-erkens=uitgevoerd",
        ])
        let details = try timeline.details(of: timeline.snapshot()[0].event)
        #expect(details.expected?.text == "in het vierde kwartaal van 2026")
        #expect(details.uncertain)
        #expect(details.answers == [AnswerReference(index: 31, label: "31", askers: ["Eerdmans"], party: "JA21")])
    }

    /// A batch adds its records to its timeline as values; the timeline is the one a replay of
    /// the lines it wrote gives.
    @Test func aBatchSeesWhatAReplayOfItsLinesSees() throws {
        let scratch = try PartsTests.sample()
        defer { scratch.remove() }
        let before = lines(scratch.bytes()).count
        var seen: [String] = []
        let letter = DocumentReading(
            number: "2026D30000", date: Readings.day("2026-04-01"), debate: Readings.debate, sha256: SHA256.hash(Array("april".utf8)).hex,
            motions: Readings.january.motions + [Readings.boswijkA])
        let written = try scratch.ledger().append(now: Readings.now) { batch throws(LedgerError) in
            batch.read(letter)
            batch.append(.status(try batch.event(
                for: ManualRecord(motion: "motie-erkens", status: .vervallen, source: "2026D30000", note: nil, date: nil, by: "griffier"),
                today: Readings.day("2026-04-02"), path: scratch.ledgerPath)))
            seen = PartsTests.describe(batch.timeline)
        }
        #expect(written.count > 5)
        #expect(lines(scratch.bytes()).count == before + written.count)
        #expect(seen == PartsTests.describe(try scratch.ledger().timeline()))
    }

    /// The writer holds every record to the reader's rules before it writes: a record no
    /// reader would accept is refused with the batch, and nothing is appended.
    @Test func aRecordNoReaderAcceptsIsRefusedWhole() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january], now: Readings.now)
        let before = scratch.bytes()
        for text in ["0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+00:01", "0000-12-31"] {
            #expect(Now(iso8601: text) == nil, "\(text)")
        }
        for text in ["0001-01-01T00:00:00Z", "0001-01-01T01:00:00+01:00", "9999-12-31T23:59:59Z", "9999-12-31T12:00:00-11:59"] {
            #expect(Now(iso8601: text) != nil, "\(text)")
        }
        let range = Timestamp.range
        for seconds in [range.lowerBound - 1, range.upperBound, Int.min / 2, Int.max / 2] {
            let clock = Now(timestamp: Timestamp(secondsSinceEpoch: seconds), today: Readings.day("2026-04-01"))
            let error = ledgerError { () throws(LedgerError) in try ledger.ingest([Readings.march], now: clock) }
            #expect(error?.kind == .rejected, "\(seconds)")
            #expect(error?.message.hasPrefix("record 6 would hold what no reader accepts: \"recorded\" must be a UTC time") == true,
                    "\(String(describing: error))")
            #expect(scratch.bytes() == before)
            let dryRun = ledgerError { () throws(LedgerError) in try ledger.ingest([Readings.march], now: clock, dryRun: true) }
            #expect(dryRun == error)
        }
        let empty = ledgerError { () throws(LedgerError) in
            try ledger.record(ManualRecord(motion: "motie-erkens", status: .vervallen, source: "", note: nil, date: nil, by: "griffier"),
                              now: Readings.now)
        }
        #expect(empty?.kind == .rejected)
        #expect(empty?.message.contains("\"source\" must be a non-empty string") == true, "\(String(describing: empty))")
        #expect(scratch.bytes() == before)
        #expect(try ledger.verify().head.count == 5)
    }

    @Test func withAFixedClockTheBytesAreTheSameEveryTime() throws {
        let first = Scratch(), second = Scratch()
        defer { first.remove(); second.remove() }
        _ = try first.ledger().ingest([Readings.january, Readings.march], now: Readings.now)
        _ = try second.ledger().ingest([Readings.january], now: Readings.now)
        _ = try second.ledger().ingest([Readings.march], now: Readings.now)
        #expect(first.bytes() == second.bytes())
        for line in lines(first.bytes()) {
            #expect(try JSONParser.parse(Array(line.utf8)).encoded(canonical: true) == Array(line.utf8))
        }
        let dryRun = Scratch()
        defer { dryRun.remove() }
        let would = try dryRun.ledger().ingest([Readings.january, Readings.march], now: Readings.now, dryRun: true)
        #expect(dryRun.bytes().isEmpty)
        #expect(would.records.flatMap { $0.line + [0x0A] } == first.bytes())
    }

    @Test func theSameDocumentTwiceAppendsNothing() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january], now: Readings.now)
        let before = scratch.bytes()
        let again = try ledger.ingest([Readings.january], now: Readings.now)
        #expect(again.records.isEmpty)
        #expect(again.skipped.map(\.existing.seq) == [5])
        #expect(IngestSummary(again, ledger: "L").text(.en).contains("2026D03887: already in the ledger as 2026D03887 (line 5, same SHA-256); nothing appended"))
        #expect(scratch.bytes() == before)
        let twiceInOneBatch = Scratch()
        defer { twiceInOneBatch.remove() }
        let report = try twiceInOneBatch.ledger().ingest([Readings.january, Readings.january], now: Readings.now)
        #expect(report.records.count == 5)
        #expect(report.skipped.count == 1)
    }

    @Test func aJanuaryDocumentReadAfterAMarchLetterDoesNotUndoTheMarchNews() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.march], now: Readings.now)
        let january = try ledger.ingest([Readings.january], now: Readings.now)
        // At 28 January the ledger held nothing for the motion, so January's reading is news there.
        #expect(january.records.contains { if case .status(let e) = $0.entry { e.motion == "kst-21501-02-3236" } else { false } })
        let timeline = try ledger.timeline()
        let motion = try #require(timeline.motion(key: "kst-21501-02-3236"))
        #expect(timeline.state(of: motion)?.event.status == .uitgevoerd)
        #expect(timeline.state(of: motion)?.since == Readings.day("2026-03-10"))
        #expect(timeline.history(of: motion).map { "\($0.date.iso) \($0.status.rawValue)" } == [
            "2026-01-28 in-uitvoering", "2026-03-10 uitgevoerd",
        ])
        #expect(timeline.state(of: motion, at: .endOf(Readings.day("2026-02-01")))?.event.status == .inUitvoering)
    }

    @Test func everyReadingIsAppendedButOnlyNewsChangesTheStatus() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january], now: Readings.now)
        func letter(_ number: String, _ motions: [MotionReading]) -> DocumentReading {
            DocumentReading(number: number, date: Readings.day("2026-02-05"), debate: nil,
                            sha256: SHA256.hash(Array(number.utf8)).hex, motions: motions)
        }
        let same = MotionReading(id: Readings.vanBaarle.id, nameKey: "motie-van-baarle", name: "Van Baarle", status: .inUitvoering,
                                 evidence: "…", evidenceLine: 1, answers: [], expected: nil, uncertain: false)
        let silent = MotionReading(id: Readings.paternotte.id, nameKey: "motie-paternotte", name: "Paternotte c.s.", status: .onbekend,
                                   evidence: "…", evidenceLine: 2, answers: [], expected: nil, uncertain: false)
        let newPromise = MotionReading(id: Readings.burgPiri.id, nameKey: "motie-burg-piri", name: "Van der Burg en Piri",
                                       status: .inBehandeling, evidence: "… voor de zomer …", evidenceLine: 3, answers: [],
                                       expected: ExpectedTime(from: Readings.day("2026-02-05"), to: Readings.day("2026-06-20"), text: "voor de zomer"),
                                       uncertain: false)
        let report = try ledger.ingest([letter("2026D05555", [same, silent, newPromise])], now: Readings.now)
        let events = report.records.compactMap { record -> String? in
            if case .status(let e) = record.entry { e.motion } else { nil }
        }
        #expect(events == ["kst-36800-V-27", "kst-21501-02-3236", "kst-21501-02-3000"])
        // Only the new promise is news: the restatement and the reading without a status leave
        // the January news standing.
        let timeline = try ledger.timeline()
        #expect(timeline.snapshot().map { "\($0.motion.key) \($0.event.status.rawValue) \($0.event.source) \($0.since.iso)" } == [
            "kst-21501-02-3000 in-behandeling 2026D05555 2026-01-28", "kst-21501-02-3236 in-uitvoering 2026D03887 2026-01-28",
            "kst-36800-V-27 in-uitvoering 2026D03887 2026-01-28", "motie-erkens uitgevoerd 2026D03887 2026-01-28",
        ])
    }

    @Test func aBatchIsAppendedWholeOrNotAtAll() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        let before = scratch.bytes()
        var failing = FileSystem.system
        let calls = Calls()
        failing.write = { descriptor, bytes throws(SystemError) in
            // The first call writes part of the batch, the second finds the disk full.
            if calls.next() == 1 { return try FileSystem.system.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(700))) }
            throw SystemError(ENOSPC)
        }
        let error = ledgerError { () throws(LedgerError) in try scratch.ledger(failing).ingest([Readings.march, Readings.march], now: Readings.now) }
        #expect(error?.kind == .io)
        #expect(error?.message == "cannot append to the ledger: No space left on device; nothing was appended")
        #expect(scratch.bytes() == before)
        #expect(try scratch.ledger().verify().head.count == 5)
    }

    @Test func aManualRecordNamingAReadDocumentCorrectsIt() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january], now: Readings.now)
        let correction = try ledger.record(
            ManualRecord(motion: "Kamerstuk 36 800-V, nr. 27", status: .inBehandeling, source: "2026d03887", note: "misgelezen", date: nil, by: "griffier"),
            now: Readings.now)
        guard case .status(let event) = correction.entry else { Issue.record("not a status record"); return }
        #expect(event.corrects)
        #expect(event.date == Readings.day("2026-01-28"))
        #expect(event.source == "2026D03887")
        #expect(event.name == "Van Baarle")
        #expect(event.nameKey == "motie-van-baarle")
        var timeline = try ledger.timeline()
        var motion = try #require(timeline.motion(key: "kst-36800-V-27"))
        #expect(timeline.state(of: motion)?.event.status == .inBehandeling)
        #expect(timeline.history(of: motion).map(\.isCorrected) == [true, false])

        // Another document of the same day, read after the corrected one, still comes after it.
        let sameDay = DocumentReading(
            number: "2026D03900", date: Readings.day("2026-01-28"), debate: nil, sha256: SHA256.hash(Array("x".utf8)).hex,
            motions: [MotionReading(id: Readings.vanBaarle.id, nameKey: "motie-van-baarle", name: "Van Baarle", status: .uitgevoerd,
                                    evidence: "…", evidenceLine: 4, answers: [], expected: nil, uncertain: false)])
        _ = try ledger.ingest([sameDay], now: Readings.now)
        _ = try ledger.record(
            ManualRecord(motion: "kst-36800-V-27", status: .vervallen, source: "2026D03887", note: nil, date: nil, by: "griffier"),
            now: Readings.now)
        timeline = try ledger.timeline()
        motion = try #require(timeline.motion(key: "kst-36800-V-27"))
        #expect(timeline.state(of: motion)?.event.status == .uitgevoerd)
        #expect(timeline.state(of: motion, at: try CutoffQuery("2026D03887").resolve(in: timeline))?.event.status == .vervallen)
    }

    @Test func aManualRecordNamingAnythingElseIsNewsAtItsDate() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january], now: Readings.now)
        _ = try ledger.record(
            ManualRecord(motion: "motie-erkens", status: .vervallen, source: "e-mail van de griffie", note: nil, date: Readings.day("2026-01-10"), by: "griffier"),
            now: Readings.now)
        _ = try ledger.record(
            ManualRecord(motion: "kst-21501-02-3000", status: .uitgevoerd, source: "Kamerbrief", note: nil, date: nil, by: "griffier"),
            now: Readings.now)
        let timeline = try ledger.timeline()
        // News dated before the January answers is history, not the current status.
        let erkens = try #require(timeline.motion(key: "motie-erkens"))
        #expect(timeline.state(of: erkens)?.event.status == .uitgevoerd)
        #expect(timeline.history(of: erkens).map(\.status) == [.vervallen, .uitgevoerd])
        let burgPiri = try #require(timeline.motion(key: "kst-21501-02-3000"))
        #expect(timeline.state(of: burgPiri)?.event.date == Readings.now.today)
        #expect(timeline.state(of: burgPiri)?.event.status == .uitgevoerd)

        let conflicting = ledgerError { () throws(LedgerError) in
            try ledger.record(ManualRecord(motion: "motie-erkens", status: .vervallen, source: "2026D03887", note: nil,
                                           date: Readings.day("2026-02-01"), by: "x"), now: Readings.now)
        }
        #expect(conflicting?.kind == .rejected)
        let unknown = ledgerError { () throws(LedgerError) in
            try ledger.record(ManualRecord(motion: "motie-onbekend", status: .vervallen, source: "x", note: nil, date: nil, by: "x"), now: Readings.now)
        }
        #expect(unknown?.kind == .noMatch)
    }

    @Test func aCorrectionKeepsTheDateOfTheReadingItReplaces() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january], now: Readings.now)
        // The same number read again, with other bytes and another date, mentioning Van Baarle only.
        let vanBaarle = MotionReading(id: Readings.vanBaarle.id, nameKey: "motie-van-baarle", name: "Van Baarle", status: .uitgevoerd,
                                      evidence: "De motie Van Baarle is uitgevoerd.", evidenceLine: 4, answers: [], expected: nil, uncertain: false)
        let again = DocumentReading(number: "2026D03887", date: Readings.day("2026-03-10"), debate: nil,
                                    sha256: SHA256.hash(Array("other bytes".utf8)).hex, motions: [vanBaarle])
        let report = try ledger.ingest([again], now: Readings.now)
        #expect(report.reread.map { "\($0.number) \($0.earlier.seq)" } == ["2026D03887 5"])
        #expect(IngestSummary(report, ledger: "L").text(.en).contains("2026D03887: read again with other bytes"))
        func record(_ motion: String, _ status: MotionStatus) throws -> StatusEvent {
            let record = try ledger.record(ManualRecord(motion: motion, status: status, source: "2026D03887", note: nil, date: nil, by: "x"),
                                           now: Readings.now)
            guard case .status(let event) = record.entry else { throw LedgerError(.damaged, "not an event", path: "") }
            return event
        }
        // Paternotte was read in January only: the correction replaces that reading, at its date.
        #expect(try record("kst-21501-02-3236", .uitgevoerd).date == Readings.day("2026-01-28"))
        // Van Baarle was read in both: the correction replaces the latest, and the January one stands before it.
        #expect(try record("kst-36800-V-27", .vervallen).date == Readings.day("2026-03-10"))
        let timeline = try ledger.timeline()
        func status(_ key: String, at day: String) -> String? {
            timeline.state(of: timeline.motion(key: key)!, at: .endOf(Readings.day(day))).map { "\($0.event.status.rawValue) \($0.event.source)" }
        }
        #expect(status("kst-21501-02-3236", at: "2026-02-15") == "uitgevoerd 2026D03887")
        #expect(status("kst-36800-V-27", at: "2026-02-15") == "in-uitvoering 2026D03887")
        #expect(status("kst-36800-V-27", at: "2026-03-31") == "vervallen 2026D03887")
        #expect(timeline.history(of: timeline.motion(key: "kst-36800-V-27")!).map(\.isCorrected) == [false, true, false])
    }

    @Test func aCorrectionMustNameADocumentThatReadTheMotion() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january, Readings.march], now: Readings.now)
        let before = scratch.bytes().count
        for (motion, source) in [("kst-36800-V-27", "2026D11111"), ("kst-36800-V-41", "2026D03887")] {
            let error = ledgerError { () throws(LedgerError) in
                // kst-36800-V-41 is new to the ledger: --new, so that only the source is wrong.
                try ledger.record(ManualRecord(motion: motion, status: .uitgevoerd, source: source, note: nil, date: nil, by: "x",
                                               isNew: motion == "kst-36800-V-41"), now: Readings.now)
            }
            #expect(error?.kind == .rejected)
            #expect(error?.message.hasPrefix("\(source) does not mention \(motion): a correction") == true, "\(error?.message ?? "")")
        }
        #expect(scratch.bytes().count == before)
        // A motion the document read under a key, joined to an ID since, is one it mentions.
        #expect(throws: Never.self) {
            try ledger.record(ManualRecord(motion: "kst-21501-20-2190", status: .vervallen, source: "2026D03887", note: nil, date: nil, by: "x"),
                              now: Readings.now)
        }
    }

    @Test func aLaterReadingWithTheIDOfAKeylessMotionJoinsThem() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january], now: Readings.now)
        let march = try ledger.ingest([Readings.march], now: Readings.now)
        let aliases = march.records.compactMap { record -> AliasRecord? in if case .alias(let a) = record.entry { a } else { nil } }
        #expect(aliases == [AliasRecord(key: "motie-erkens", id: Readings.id("kst-21501-20-2190"), source: "2026D11111", date: Readings.day("2026-03-10"))])
        // The March letter restates what the ledger holds for the motion, now that key and ID are one.
        #expect(march.records.contains { if case .status(let e) = $0.entry { e.motion == "kst-21501-20-2190" } else { false } })
        for timeline in [try ledger.timeline(), try ledger.timeline(for: "motie-erkens"), try ledger.timeline(for: "kst-21501-20-2190")] {
            let motion = try #require(timeline.motions(matching: "motie-erkens").first)
            #expect(motion.key == "kst-21501-20-2190")
            #expect(motion.aliases == ["motie-erkens"])
            #expect(timeline.history(of: motion).map(\.key) == ["motie-erkens", "kst-21501-20-2190"])
            #expect(timeline.state(of: motion)?.event.source == "2026D03887")
            #expect(timeline.motions(matching: "Kamerstuk 21 501-20, nr. 2190") == [motion])
        }
        // A second reading of the key gives no second alias.
        let again = DocumentReading(number: "2026D20000", date: Readings.day("2026-04-01"), debate: nil,
                                    sha256: SHA256.hash(Array("again".utf8)).hex, motions: Readings.march.motions)
        #expect(!(try ledger.ingest([again], now: Readings.now)).records.contains { $0.entry.type == "alias" })
    }

    @Test func cutoffsByDateDocumentAndDebate() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january, Readings.march], now: Readings.now)
        let timeline = try ledger.timeline()
        let motion = try #require(timeline.motion(key: "kst-21501-02-3236"))
        func status(at text: String) throws -> MotionStatus? {
            timeline.state(of: motion, at: try CutoffQuery(text).resolve(in: timeline))?.event.status
        }
        #expect(try status(at: "2026-01-27") == nil)
        #expect(try status(at: "2026-01-28") == .inUitvoering)
        #expect(try status(at: "2026D03887") == .inUitvoering)
        #expect(try status(at: "2026d11111") == .uitgevoerd)
        #expect(try status(at: "begrotingsbehandeling Buitenlandse Zaken 2026-01-27") == .inUitvoering)
        #expect(try status(at: "Begrotingsbehandeling-buitenlandse zaken") == .inUitvoering)
        #expect(try status(at: "commissiedebat raad buitenlandse zaken") == .uitgevoerd)
        let queryBuitenlandseZaken = try CutoffQuery("buitenlandse zaken")
        #expect(ledgerError { () throws(LedgerError) in try queryBuitenlandseZaken.resolve(in: timeline) }?.kind == .rejected)
        let queryDefensie = try CutoffQuery("Defensie")
        #expect(ledgerError { () throws(LedgerError) in try queryDefensie.resolve(in: timeline) }?.kind == .noMatch)
    }

    @Test func queriesByCitationIDKeyAndName() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        let letter = DocumentReading(number: "2026D04000", date: Readings.day("2026-02-02"), debate: nil,
                                     sha256: SHA256.hash(Array("boswijk".utf8)).hex, motions: [Readings.boswijkA, Readings.boswijkB])
        _ = try ledger.ingest([Readings.january, letter], now: Readings.now)
        let cases: [(String, [String])] = [
            ("Kamerstuk 21 501-02, nr. 3236", ["kst-21501-02-3236"]),
            ("Kamerstukken II 2024/25, 21 501-02, nr. 3236", ["kst-21501-02-3236"]),
            ("kst-21501-02-3236", ["kst-21501-02-3236"]),
            ("KST-21501-02-3236", ["kst-21501-02-3236"]),
            ("36800-V-27", ["kst-36800-V-27"]),
            ("motie-erkens", ["motie-erkens"]),
            ("motie Paternotte", ["kst-21501-02-3236"]),
            ("paternotte c.s.", ["kst-21501-02-3236"]),
            ("de motie van de leden Van der Burg en Piri", ["kst-21501-02-3000"]),
            ("ERKENS", ["motie-erkens"]),
            ("Boswijk", ["kst-36180-88", "kst-36600-V-12"]),
            ("Van Baärle", ["kst-36800-V-27"]),
            ("Burg", ["kst-21501-02-3000"]),
            ("Klaver", []),
            ("Kamerstuk 36 800-V, nr. 28", []),
        ]
        let full = try ledger.timeline()
        for (query, keys) in cases {
            #expect(full.motions(matching: query).map(\.key) == keys, "\(query)")
            let narrow = try ledger.timeline(for: query)
            #expect(narrow.motions(matching: query).map(\.key) == keys, "\(query), read for the query")
            for motion in narrow.motions(matching: query) {
                #expect(narrow.history(of: motion) == full.history(of: full.motion(key: motion.key)!))
            }
        }
    }
}
