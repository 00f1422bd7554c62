import Foundation
import Testing
@testable import MotieLedger

/// `verify --repair` mends only the end of the ledger: a last line that is a whole record and
/// chains, and lacks only its line break (an editor dropped it), gets the break back; any
/// other last line without one is torn, and is moved aside. Nothing acknowledged is lost.
@Suite struct RepairTests {
    /// An append cut at every byte, then repaired: a cut just before a line break leaves a whole
    /// record, which keeps its place; any other cut is moved aside, to the byte.
    @Test func anAppendCutAtEveryByteIsRepairedToItsWholeLines() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (before, after) = try scratch.appendingMarchToJanuary()
        for size in before.count..<after.count where after[size - 1] != 0x0A {
            let cut = Array(after[..<size])
            scratch.write(cut)
            let backups = try FileManager.default.contentsOfDirectory(atPath: scratch.directory + "/ledger").filter { $0.contains(".torn-") }
            for backup in backups { try FileManager.default.removeItem(atPath: scratch.directory + "/ledger/" + backup) }
            let whole = cut.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let lineNumber = cut[..<whole].count { $0 == 0x0A } + 1
            let repair = try #require(try scratch.ledger().repair(now: Readings.now), "cut at \(size)")
            #expect(repair.line == lineNumber, "cut at \(size)")
            #expect(repair.bytes == size - whole, "cut at \(size)")
            if after[size] == 0x0A {
                #expect(repair.backup == nil, "cut at \(size)")
                #expect(scratch.bytes() == cut + [0x0A], "cut at \(size)")
                #expect(repair.head.count == lineNumber, "cut at \(size)")
            } else {
                #expect(scratch.bytes() == Array(cut[..<whole]), "cut at \(size)")
                #expect(scratch.bytes(repair.backup) == Array(cut[whole...]), "cut at \(size)")
                #expect(repair.head.count == lineNumber - 1, "cut at \(size)")
            }
            #expect(try scratch.ledger().verify().head == repair.head, "cut at \(size)")
        }
    }

    /// A last line that reads as a record but is not the one the chain expects (its `prev`,
    /// its `hash` or its `seq` wrong) is no whole line: it is moved aside.
    @Test func aLastLineThatDoesNotChainIsMovedAside() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        let sound = scratch.bytes()
        let last = lines(sound).count
        let entry = LedgerEntry.document(DocumentRecord(number: "2026D11111", date: Readings.day("2026-03-10"), debate: nil,
                                                        debateDate: nil, sha256: String(repeating: "ab", count: 32), motions: []))
        let chained = LedgerRecord(entry, seq: last + 1, recorded: Readings.now.timestamp, prev: SHA256.hash(Array(lines(sound)[last - 1].utf8)).hex)
        let variants: [(String, [UInt8])] = [
            ("prev", LedgerRecord(entry, seq: last + 1, recorded: Readings.now.timestamp, prev: LedgerRecord.zeroHash).line),
            ("seq", LedgerRecord(entry, seq: last + 2, recorded: Readings.now.timestamp, prev: chained.prev).line),
            ("hash", Array(String(decoding: chained.line, as: UTF8.self).replacingOccurrences(of: "2026D11111", with: "2026D11112").utf8)),
        ]
        for (fault, line) in variants {
            scratch.write(sound + line)
            let repair = try #require(try scratch.ledger().repair(now: Readings.now), "\(fault)")
            #expect(repair.backup != nil, "\(fault)")
            #expect(scratch.bytes() == sound, "\(fault)")
            #expect(scratch.bytes(repair.backup) == line, "\(fault)")
            try FileManager.default.removeItem(atPath: repair.backup!)
        }
        scratch.write(sound + chained.line)
        #expect(try scratch.ledger().repair(now: Readings.now)?.backup == nil)
        #expect(scratch.bytes() == sound + chained.line + [0x0A])
    }

    /// Two repairs in the same second of a torn line at the same place: the second backup gets
    /// a name of its own, and the first is kept.
    @Test func aSecondRepairInTheSameSecondKeepsBothBackups() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        let sound = scratch.bytes()
        var backups: [String] = []
        for torn in ["{\"v\":1,", "{\"v\":1,\"seq\""] {
            scratch.write(sound + Array(torn.utf8))
            let repair = try #require(try scratch.ledger().repair(now: Readings.now))
            backups.append(try #require(repair.backup))
            #expect(scratch.bytes() == sound)
        }
        #expect(backups[0] != backups[1])
        #expect(backups[1] == backups[0] + "-2")
        #expect(scratch.bytes(backups[0]) == Array("{\"v\":1,".utf8))
        #expect(scratch.bytes(backups[1]) == Array("{\"v\":1,\"seq\"".utf8))
    }
}
