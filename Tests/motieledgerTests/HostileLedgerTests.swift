import Foundation
import Kamerstuk
import Testing
import TestSupport
@testable import MotieLedger

/// The ledger's commands under hostile conditions: extreme clocks, damaged ledgers read on all
/// cores, lines at the length limit. Each ends in a clear error with its exit status, never a
/// crash, and leaves the ledger as it was.

@Suite(.enabled(if: toolPath != nil, "the built motieledger is needed"))
struct HostileLedgerTests {
    /// A clock whose UTC moment falls outside the years 0001–9999 is a usage error for every
    /// command that writes, and nothing is appended: the writer never writes a `recorded` its
    /// own reader refuses.
    @Test(arguments: ["0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+00:01"])
    func aClockOutsideTheYearsOfTheLedgerIsAUsageError(clock: String) throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let before = workspace.bytes
        for arguments in [["record", "motie-erkens", "vervallen", "--source", "e-mail"], ["ingest", fixture("2026D07412.txt")]] {
            let result = try workspace.run(arguments, environment: ["MOTIELEDGER_NOW": clock])
            #expect(result.status == 64, "\(arguments[0]): \(result.err)")
            #expect(result.err.contains("MOTIELEDGER_NOW='\(clock)'"), "\(result.err)")
            #expect(workspace.bytes == before)
        }
        #expect(try workspace.run(["verify"]).status == 0)
        // The first and last moments of the range are a ledger's.
        for edge in ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"] {
            let result = try workspace.run(["record", "motie-erkens", "vervallen", "--source", "e-mail"], environment: ["MOTIELEDGER_NOW": edge])
            #expect(result.status == 0, "\(edge): \(result.err)")
        }
        #expect(try workspace.run(["verify"]).status == 0)
    }
}

extension HostileLedgerTests {
    /// A ledger of a little over 2 MiB, written through the library: status events of many
    /// motions (with and without IDs, promised times, answers) and a document record after
    /// every fifty. Read on two or more cores, it is cut in two parts.
    static func largeLedger(at path: String) throws -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var prev = LedgerRecord.zeroHash
        var keys: [String] = []
        let recorded = Timestamp(iso: "2026-03-20T09:30:00Z")!
        func append(_ entry: LedgerEntry) {
            let record = LedgerRecord(entry, seq: lines.count + 1, recorded: recorded, prev: prev)
            prev = record.lineHash
            lines.append(record.line)
        }
        var day = Day(iso: "2025-01-06")!
        while lines.reduce(0, { $0 + $1.count + 1 }) < (2 << 20) + 200_000 {
            let index = lines.count
            let id = index % 5 == 4 ? nil : KamerstukID(canonical: "kst-\(21501 + index % 400)-\(100 + index % 7)")
            let key = id?.canonical ?? "motie-lid-\(index % 400)"
            keys.append(key)
            append(.status(StatusEvent(
                motion: key, id: id, nameKey: "motie-lid-\(index % 400)", name: "Lid \(index % 400) c.s.",
                status: MotionStatus.allCases[index % MotionStatus.allCases.count], date: day, source: "2025D\(10_000 + index / 50)",
                debate: "commissiedebat \(day.iso)",
                answers: [AnswerReference(index: index % 40 + 1, label: nil, askers: ["Lid \(index % 13)"], party: "D66")],
                evidence: String(repeating: "Het kabinet voert de motie uit, zoals eerder toegezegd. ", count: 10), evidenceLine: index,
                expected: index % 3 == 0 ? ExpectedTime(from: day.adding(days: 30), to: day.adding(days: 90), text: "voor de zomer") : nil,
                uncertain: index % 2 == 0, by: .parser, who: nil, note: nil, corrects: false)))
            if keys.count == 50 {
                append(.document(DocumentRecord(number: "2025D\(10_000 + index / 50)", date: day, debate: "commissiedebat \(day.iso)",
                                                debateDate: day, sha256: SHA256.hash(Array("\(index)".utf8)).hex, motions: keys)))
                keys = []
                day = day.adding(days: 3)
            }
        }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(lines.flatMap { $0 + [0x0A] }).write(to: URL(fileURLWithPath: path))
        return lines
    }

    /// A `seq` out of every range, on the first line of the second part of a ledger read on
    /// two cores (where the part takes the line's number at its word), is a damaged ledger
    /// for every command that reads it: exit 65 with the line and column of the value.
    @Test(.enabled(if: LedgerParts.cores >= 2, "reading in parts needs two cores"),
          arguments: ["2147483648", "-9223372036854775807", "9223372036854775807", "0", "-1", "1"])
    func aTamperedSeqAtAPartBoundaryIsADamagedLedger(seq: String) throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        var lines = try HostileLedgerTests.largeLedger(at: workspace.ledger)
        let size = lines.reduce(0) { $0 + $1.count + 1 }
        #expect(LedgerParts.count(size: size, requested: nil) == 2)
        // The cut: just after the first line break at or after the byte before the middle.
        var offset = 0, boundary = 0
        while offset + lines[boundary].count < size / 2 - 1 {
            offset += lines[boundary].count + 1
            boundary += 1
        }
        boundary += 1
        let line = String(decoding: lines[boundary], as: UTF8.self)
        let original = "\"seq\":\(boundary + 1),"
        #expect(line.contains(original))
        lines[boundary] = Array(line.replacingOccurrences(of: original, with: "\"seq\":\(seq),").utf8)
        try Data(lines.flatMap { $0 + [0x0A] }).write(to: URL(fileURLWithPath: workspace.ledger))
        let motion = try #require(line.split(separator: "\"motion\":\"").last?.split(separator: "\"").first.map(String.init))
        let place = "\(workspace.ledger):\(boundary + 1):\(column(of: "\"seq\":", in: line) + 6): error: "
        for arguments in [["table"], ["status", motion], ["status", "motie Zwaardemaker"], ["record", motion, "vervallen", "--source", "x"],
                          ["ingest", fixture("2026D03887.txt")], ["overdue"], ["diff", "2025-01-01", "2026-12-31"], ["verify"]] {
            let result = try workspace.run(arguments + ["--ledger", workspace.ledger])
            #expect(result.status == 65, "\(arguments[0]): \(result.err)")
            #expect(result.err.contains(place), "\(arguments[0]): \(result.err)")
        }
    }
}

