import Foundation
import Kamerstuk
import Testing
import TestSupport
@testable import MotieLedger

/// Facts as ledger records: appended at schema version 2 while status events stay at version
/// 1, verified and replayed like every record, imported twice adding nothing, merged whatever the
/// order; a changed motion joins its original's history; a name is matched to its Kamerstuk.
@Suite("Facts in the ledger")
struct FactsLedgerTests {
    static func corpusFacts(_ names: [String]) throws -> [SourcedFacts] {
        var batch = OpenDataBatch()
        for name in names { try batch.read(try Fixture.bytes("corpus/opendata/\(name)"), file: name) }
        return batch.facts.facts
    }

    static let files = ["2024Z21511.zaak.json", "2025Z09397.besluit.json", "2025Z09397.stemming.json", "2025Z09397.zaak.json",
                        "2025Z11876.besluit.json", "2025Z11876.stemming.json", "2025Z11876.zaak.json",
                        "2025Z15877.besluit.json", "2025Z15877.stemming.json", "2025Z15877.zaak.json"]

    @Test("the corpus's open data imported: facts records at version 2, verified; importing again adds nothing")
    func importTwice() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let facts = try Self.corpusFacts(Self.files)
        #expect(facts.count == 7)
        let first = try scratch.ledger().importFacts(facts, now: Readings.now)
        #expect(first.records.count == 7)
        #expect(first.records.allSatisfy { String(decoding: $0.line, as: UTF8.self).contains("\"type\":\"facts\",\"v\":2") })
        let verification = try scratch.ledger().verify()
        #expect(verification.facts == 7)
        let again = try scratch.ledger().importFacts(facts, now: Readings.now)
        #expect(again.records.isEmpty)
        #expect(again.known == 7)
        let profile = try #require(try scratch.ledger().timeline().facts().profile(for: KamerstukID(canonical: "kst-28165-452")!))
        #expect(profile.facts.vote?.outcome == .aangenomen)
        #expect(profile.facts.vote?.date == Day(iso: "2025-07-03"))
        #expect(profile.facts.advice == "Verzocht motie aan te houden")
    }

    @Test("the same records in the opposite order give the same motions")
    func orderOfReading() throws {
        let forward = Scratch(), backward = Scratch()
        defer { forward.remove(); backward.remove() }
        for name in Self.files { _ = try forward.ledger().importFacts(try Self.corpusFacts([name]), now: Readings.now) }
        for name in Self.files.reversed() { _ = try backward.ledger().importFacts(try Self.corpusFacts([name]), now: Readings.now) }
        let a = try forward.ledger().timeline().facts(), b = try backward.ledger().timeline().facts()
        #expect(a.profiles == b.profiles)
        #expect(a.profiles.count == 4)
        #expect(a.zaken.isEmpty)
    }

    func fault(_ line: [UInt8]) -> String? {
        do {
            _ = try LedgerRecord.read(line: line)
            return nil
        } catch {
            return (error as? LineFault)?.message
        }
    }

    @Test("a status event stays at version 1 beside facts; a line of a newer version, or facts at version 1, are refused by name")
    func versions() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        _ = try scratch.ledger().importFacts(try Self.corpusFacts(["2025Z15877.zaak.json"]), now: Readings.now)
        let lines = String(decoding: scratch.bytes(), as: UTF8.self).split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.contains("\"v\":1,") || $0.hasSuffix("\"v\":1}") })
        #expect(lines.last?.contains("\"type\":\"facts\",\"v\":2") == true)

        let newer = Array(lines.last!.replacingOccurrences(of: "\"v\":2", with: "\"v\":5").utf8)
        #expect(fault(newer) == "unknown schema version 5: this motieledger reads versions 1 to 4; a newer motieledger wrote this line")
        let older = Array(lines.last!.replacingOccurrences(of: "\"v\":2", with: "\"v\":1").utf8)
        #expect(fault(older) == "a facts record is schema version 2, not 1")
    }

    @Test("facts that name no motion, or a 'who' from no person, are refused before anything is written")
    func refused() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let nameless = SourcedFacts(MotionFacts(title: "Motie van het lid X"), source: FactsSource(kind: .motion, reference: "x", date: nil))
        #expect(throws: LedgerError.self) { _ = try scratch.ledger().importFacts([nameless], now: Readings.now) }
        let record = FactsRecord(facts: MotionFacts(id: Readings.id("kst-36600-V-61")), source: FactsSource(kind: .openData, reference: "x", date: nil),
                                 who: "someone")
        #expect(throws: LedgerError.self) {
            _ = try scratch.ledger().append(now: Readings.now) { batch throws(LedgerError) in batch.append(.facts(record)) }
        }
        #expect(scratch.bytes().isEmpty)
    }

    @Test("a changed motion's facts join its original: one motion, both histories")
    func changedMotionJoinsHistories() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        func reading(_ id: String, _ number: String, _ date: String, _ status: MotionStatus) -> DocumentReading {
            DocumentReading(number: number, date: Readings.day(date), debate: nil, sha256: SHA256.hash(Array(number.utf8)).hex, motions: [
                MotionReading(id: Readings.id(id), nameKey: "motie-idsinga", name: "Idsinga c.s.", status: status, evidence: "…",
                              evidenceLine: 1, answers: [], expected: nil, uncertain: false),
            ])
        }
        _ = try scratch.ledger().ingest([reading("kst-36725-12", "2025D30001", "2025-07-10", .inBehandeling)], now: Readings.now)
        _ = try scratch.ledger().ingest([reading("kst-36725-29", "2025D40001", "2025-10-01", .inUitvoering)], now: Readings.now)
        #expect(try scratch.ledger().timeline().motions.count == 2)
        let xml = try #require(MotionDocumentFacts.read(try SourceDocument.read(try Fixture.bytes("corpus/xml/kst-36725-29.xml"))))
        _ = try scratch.ledger().importFacts([xml], now: Readings.now)
        let timeline = try scratch.ledger().timeline()
        #expect(timeline.motions.map(\.key) == ["kst-36725-29"])
        let motion = try #require(timeline.motion(key: "kst-36725-12"))
        #expect(motion.key == "kst-36725-29")
        #expect(timeline.history(of: motion).map(\.source) == ["2025D30001", "2025D40001"])
        #expect(timeline.state(of: motion)?.event.status == .inUitvoering)
        let narrow = try scratch.ledger().timeline(for: "kst-36725-12")
        #expect(narrow.motions(matching: "kst-36725-12").map(\.key) == ["kst-36725-29"])
    }

    @Test("a motion known by name is joined to the one adopted motion its facts fit; two that fit join nothing")
    func nameMatched() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        let adopted = SourcedFacts(
            MotionFacts(id: Readings.id("kst-21501-20-2310"), title: "Motie van het lid Erkens c.s. over een evenredige lastenverdeling",
                        submitters: [Submitter(name: "Erkens")], vote: Vote(outcome: .aangenomen, date: Readings.day("2025-12-16"))),
            source: FactsSource(kind: .openData, reference: "2025Z25000", date: Readings.day("2025-12-17")))
        let report = try scratch.ledger().importFacts([adopted], now: Readings.now)
        #expect(report.matches.map(\.outcome) == [.unique(Readings.id("kst-21501-20-2310"))])
        #expect(report.records.map(\.entry.type) == ["facts", "alias"])
        let timeline = try scratch.ledger().timeline()
        #expect(timeline.motion(key: "motie-erkens")?.key == "kst-21501-20-2310")

        let other = Scratch()
        defer { other.remove() }
        _ = try other.ledger().ingest([Readings.january], now: Readings.now)
        var second = adopted
        second.facts.id = Readings.id("kst-21501-20-2290")
        second.source.reference = "2025Z24000"
        let twice = try other.ledger().importFacts([adopted, second], now: Readings.now)
        #expect(twice.matches.map(\.outcome) == [.ambiguous([Readings.id("kst-21501-20-2290"), Readings.id("kst-21501-20-2310")])])
        #expect(twice.records.map(\.entry.type) == ["facts", "facts"])
    }
}
