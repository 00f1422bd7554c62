import Testing
import Kamerstuk
@testable import MotieLedger

/// A motion known first by a key and later by its Kamerstuk is one motion, whichever is read
/// first; a key that may name more than one motion joins none.
@Suite struct AliasTests {
    private static func reading(_ id: String?, _ nameKey: String, otherKeys: [String] = [], name: String,
                                _ status: MotionStatus) -> MotionReading {
        MotionReading(id: id.map { KamerstukID(canonical: $0)! }, nameKey: nameKey, otherKeys: otherKeys, name: name,
                      status: status, evidence: "… \(name) …", evidenceLine: 1, answers: [], expected: nil, uncertain: false)
    }

    private static func document(_ number: String, _ date: String, _ motions: [MotionReading]) -> DocumentReading {
        DocumentReading(number: number, date: Readings.day(date), debate: nil, sha256: SHA256.hash(Array(number.utf8)).hex,
                        motions: motions)
    }

    /// A March letter: `motie Dobbe` (kst-36600-V-61), which other mentions call the motion on Radio Dabanga.
    private static let march = document("2026D07412", "2026-03-03", [
        reading("kst-36600-V-61", "motie-dobbe", otherKeys: ["motie-inzake-radio-dabanga"], name: "Dobbe", .uitgevoerd),
    ])
    /// The January answers: the same motion by its subject only.
    private static let january = document("2026D03887", "2026-01-28", [
        reading(nil, "motie-inzake-radio-dabanga", name: "inzake Radio Dabanga", .inBehandeling),
    ])

    private func aliases(_ report: IngestReport) -> [AliasRecord] {
        report.records.compactMap { if case .alias(let alias) = $0.entry { alias } else { nil } }
    }

    @Test func theOtherKeysAreKeptInTheStatusRecord() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let report = try scratch.ledger().ingest([AliasTests.march], now: Readings.now)
        guard case .status(let event) = report.records.first?.entry else { Issue.record("no status record"); return }
        #expect(event.otherKeys == ["motie-inzake-radio-dabanga"])
        let line = String(decoding: report.records[0].line, as: UTF8.self)
        #expect(line.contains("\"note\":null,\"otherKeys\":[\"motie-inzake-radio-dabanga\"],\"prev\":"))
        #expect(try LedgerRecord.read(line: report.records[0].line).entry == report.records[0].entry)
        let timeline = try scratch.ledger().timeline()
        let motion = try #require(timeline.motion(key: "kst-36600-V-61"))
        #expect(motion.nameKey == "motie-dobbe")
        #expect(motion.otherKeys == ["motie-inzake-radio-dabanga"])
        #expect(timeline.motions(carrying: "motie-inzake-radio-dabanga") == [motion])
        #expect(timeline.motions(carrying: "motie-dobbe") == [motion])
        #expect(timeline.motions(carrying: "motie-erkens").isEmpty)
        // A key its events give it finds the motion, in a full replay and in one read for the query.
        #expect(timeline.motions(matching: "motie-inzake-radio-dabanga") == [motion])
        let narrow = try scratch.ledger().timeline(for: "motie-inzake-radio-dabanga")
        #expect(narrow.motions(matching: "motie-inzake-radio-dabanga").map(\.key) == ["kst-36600-V-61"])
    }

    @Test func theKeylessMotionReadSecondIsJoinedBeforeItsEvent() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([AliasTests.march], now: Readings.now)
        let report = try ledger.ingest([AliasTests.january], now: Readings.now)
        #expect(report.records.map(\.entry.type) == ["alias", "status", "document"])
        #expect(aliases(report) == [AliasRecord(key: "motie-inzake-radio-dabanga", id: KamerstukID(canonical: "kst-36600-V-61")!,
                                                source: "2026D03887", date: Readings.day("2026-01-28"))])
        #expect(report.unjoined.isEmpty)
        for timeline in [try ledger.timeline(), try ledger.timeline(for: "motie-inzake-radio-dabanga"),
                         try ledger.timeline(for: "kst-36600-V-61")] {
            let motion = try #require(timeline.motion(key: "motie-inzake-radio-dabanga"))
            #expect(motion.key == "kst-36600-V-61")
            #expect(motion.aliases == ["motie-inzake-radio-dabanga"])
            #expect(timeline.history(of: motion).map { "\($0.date.iso) \($0.status.rawValue) \($0.key)" } == [
                "2026-01-28 in-behandeling motie-inzake-radio-dabanga", "2026-03-03 uitgevoerd kst-36600-V-61",
            ])
            #expect(timeline.state(of: motion)?.event.status == .uitgevoerd)
        }
    }

    @Test func eitherOrderGivesTheSameMotion() throws {
        func history(_ order: [DocumentReading]) throws -> [String] {
            let scratch = Scratch()
            defer { scratch.remove() }
            for document in order { _ = try scratch.ledger().ingest([document], now: Readings.now) }
            let timeline = try scratch.ledger().timeline()
            #expect(timeline.motions.map(\.key) == ["kst-36600-V-61"])
            return timeline.history(of: timeline.motions[0]).map { "\($0.date.iso) \($0.status.rawValue)" }
        }
        #expect(try history([AliasTests.january, AliasTests.march]) == history([AliasTests.march, AliasTests.january]))
        // In one batch too.
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([AliasTests.march, AliasTests.january], now: Readings.now)
        #expect(try scratch.ledger().timeline().motions.map(\.key) == ["kst-36600-V-61"])
    }

    @Test func aKeyTwoMotionsWithAnIDCarryJoinsNeither() throws {
        // Two `motie Dobbe` in one document, each with its Kamerstuk; a later document names a
        // `motie Dobbe` without one. Which of the two it is, the ledger cannot tell.
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([AliasTests.document("2026D03887", "2026-01-28", [
            AliasTests.reading("kst-21501-02-3305", "motie-dobbe", name: "Dobbe", .inBehandeling),
            AliasTests.reading("kst-32735-386", "motie-dobbe", name: "Dobbe", .uitgevoerd),
        ])], now: Readings.now)
        let later = try ledger.ingest([AliasTests.document("2026D09999", "2026-04-01", [
            AliasTests.reading(nil, "motie-dobbe", name: "Dobbe", .uitgevoerd),
        ])], now: Readings.now)
        #expect(aliases(later).isEmpty)
        #expect(later.unjoined == [UnjoinedKey(key: "motie-dobbe", document: "2026D09999",
                                               candidates: ["kst-21501-02-3305", "kst-32735-386"])])
        #expect(IngestSummary(later, ledger: "L").text(.en).contains("? motie-dobbe may be kst-21501-02-3305 or kst-32735-386: not joined"))
        #expect(String(decoding: IngestSummary(later, ledger: "L").jsonLines, as: UTF8.self).contains(
            "{\"type\":\"unjoined\",\"key\":\"motie-dobbe\",\"document\":\"2026D09999\",\"candidates\":[\"kst-21501-02-3305\",\"kst-32735-386\"]}"))
        let timeline = try ledger.timeline()
        #expect(timeline.motions.map(\.key) == ["kst-21501-02-3305", "kst-32735-386", "motie-dobbe"])
        // The key itself now names the motion read without an ID; the others still carry it.
        #expect(timeline.motions(matching: "motie-dobbe").map(\.key) == ["motie-dobbe"])
        #expect(timeline.motions(carrying: "motie-dobbe").map(\.key) == ["kst-21501-02-3305", "kst-32735-386", "motie-dobbe"])
    }

    @Test func aDocumentWithTwoMotionsWithAnIDOfTheKeyJoinsNeitherToTheKeylessOne() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([AliasTests.document("2026D01000", "2026-01-10", [
            AliasTests.reading(nil, "motie-dobbe", name: "Dobbe", .inBehandeling),
        ])], now: Readings.now)
        let report = try ledger.ingest([AliasTests.document("2026D03887", "2026-01-28", [
            AliasTests.reading("kst-21501-02-3305", "motie-dobbe", name: "Dobbe", .inBehandeling),
            AliasTests.reading("kst-32735-386", "motie-dobbe", name: "Dobbe", .uitgevoerd),
        ])], now: Readings.now)
        #expect(aliases(report).isEmpty)
        #expect(report.unjoined.map(\.candidates) == [["kst-21501-02-3305", "kst-32735-386"]])
        #expect(try ledger.timeline().motions.count == 3)
    }

    @Test func aDocumentThatReadsAKeyWithAndWithoutAnIDSpeaksOfTwoMotions() throws {
        // The existing rule, in both orders: no alias between a document's own motions.
        let both = AliasTests.document("2026D03887", "2026-01-28", [
            AliasTests.reading(nil, "motie-dobbe", name: "Dobbe", .inBehandeling),
            AliasTests.reading("kst-32735-386", "motie-dobbe", name: "Dobbe", .uitgevoerd),
        ])
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        #expect(aliases(try ledger.ingest([both], now: Readings.now)).isEmpty)
        // A later document with the ID again does not join them either: the key's own motion
        // is known to be another one.
        let again = AliasTests.document("2026D05000", "2026-02-10", [
            AliasTests.reading("kst-32735-386", "motie-dobbe", name: "Dobbe", .vervallen),
        ])
        let report = try ledger.ingest([again], now: Readings.now)
        #expect(aliases(report).isEmpty)
        #expect(report.unjoined.isEmpty)
        // And a document that reads the only candidate as another motion does not join it to
        // its keyless one.
        let fresh = Scratch()
        defer { fresh.remove() }
        _ = try fresh.ledger().ingest([AliasTests.march], now: Readings.now)
        let other = AliasTests.document("2026D06000", "2026-03-10", [
            AliasTests.reading(nil, "motie-inzake-radio-dabanga", name: "inzake Radio Dabanga", .inBehandeling),
            AliasTests.reading("kst-36600-V-61", "motie-dobbe", name: "Dobbe", .uitgevoerd),
        ])
        #expect(aliases(try fresh.ledger().ingest([other], now: Readings.now)).isEmpty)
        #expect(try fresh.ledger().timeline().motions.map(\.key) == ["kst-36600-V-61", "motie-inzake-radio-dabanga"])
    }

    @Test func aQueryByAKeyManyMotionsCarryFindsEachWithItsWholeHistory() throws {
        // More motions than a query looks for line by line; only some of their events give the key.
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        let ids = (1...(Ledger.maximumNeedles + 4)).map { "kst-36800-V-\($0)" }
        _ = try ledger.ingest([AliasTests.document("2026D01000", "2026-01-10", ids.map {
            AliasTests.reading($0, "motie-erkens", name: "Erkens", .inBehandeling)
        })], now: Readings.now)
        _ = try ledger.ingest([AliasTests.document("2026D02000", "2026-02-10", ids.map {
            AliasTests.reading($0, "motie-other", name: "Erkens c.s.", .uitgevoerd)
        })], now: Readings.now)
        let full = try ledger.timeline()
        let narrow = try ledger.timeline(for: "motie-erkens")
        #expect(narrow.motions(matching: "motie-erkens").map(\.key) == full.motions(matching: "motie-erkens").map(\.key))
        #expect(narrow.motions(matching: "motie-erkens").count == ids.count)
        for motion in narrow.motions(matching: "motie-erkens") {
            #expect(narrow.history(of: motion).map(\.status) == [.inBehandeling, .uitgevoerd])
        }
    }

    @Test func aKeyWithItsOwnHistoryKeepsIt() throws {
        // The key's motion was read without an ID before any motion with an ID carried the key
        // (and its document kept them apart): later readings of the key go on with its history.
        let scratch = Scratch()
        defer { scratch.remove() }
        let ledger = scratch.ledger()
        _ = try ledger.ingest([AliasTests.document("2026D03887", "2026-01-28", [
            AliasTests.reading(nil, "motie-dobbe", name: "Dobbe", .inBehandeling),
            AliasTests.reading("kst-32735-386", "motie-dobbe", name: "Dobbe", .uitgevoerd),
        ])], now: Readings.now)
        let report = try ledger.ingest([AliasTests.document("2026D07000", "2026-03-20", [
            AliasTests.reading(nil, "motie-dobbe", name: "Dobbe", .uitgevoerd),
        ])], now: Readings.now)
        #expect(aliases(report).isEmpty)
        let timeline = try ledger.timeline()
        let motion = try #require(timeline.motion(key: "motie-dobbe"))
        #expect(motion.id == nil)
        #expect(timeline.history(of: motion).map(\.status) == [.inBehandeling, .uitgevoerd])
    }
}
