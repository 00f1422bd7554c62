import Foundation
import Testing
import TestSupport
@testable import MotieLedger

/// Every way a ledger's bytes can be wrong is an error with its exact line and column, for
/// queries (which check structure) and for verify (which also re-hashes).
@Suite struct ReadingTests {
    /// A ledger of the January answers: five lines.
    private func sample() throws -> (Scratch, [String]) {
        let scratch = Scratch()
        _ = try scratch.ledger().ingest([Readings.january], now: Readings.now)
        return (scratch, lines(scratch.bytes()))
    }

    private func write(_ scratch: Scratch, _ lines: [String]) {
        scratch.write(Array(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// The error a query gets, and the one verify gets.
    private func errors(_ scratch: Scratch) -> (query: LedgerError?, verify: LedgerError?) {
        (ledgerError { () throws(LedgerError) in try scratch.ledger().timeline() },
         ledgerError { () throws(LedgerError) in try scratch.ledger().verify() })
    }

    private func expectBoth(_ scratch: Scratch, _ kind: LedgerError.Kind, line: Int, column: Int, _ message: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let (query, verify) = errors(scratch)
        for error in [query, verify] {
            #expect(error?.kind == kind, sourceLocation: sourceLocation)
            #expect(error?.line == line, sourceLocation: sourceLocation)
            #expect(error?.column == column, sourceLocation: sourceLocation)
            #expect(error?.message.contains(message) == true, "\(error?.message ?? "no error")", sourceLocation: sourceLocation)
        }
    }

    @Test func aByteOrderMark() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        scratch.write([0xEF, 0xBB, 0xBF] + Array(lines.map { $0 + "\n" }.joined().utf8))
        expectBoth(scratch, .damaged, line: 1, column: 1, "byte order mark")
    }

    @Test func crlfLineEndings() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        write(scratch, lines.enumerated().map { $0.offset == 1 ? $0.element + "\r" : $0.element })
        expectBoth(scratch, .damaged, line: 2, column: lines[1].unicodeScalars.count + 1, "carriage return")
    }

    @Test func invalidUTF8() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        var bytes = lines.map { Array(($0 + "\n").utf8) }
        let line = lines[2]
        let name = Array("\"name\":\"".utf8)
        let offset = bytes[2].firstRange(of: name)!.upperBound
        bytes[2][offset] = 0xFF
        scratch.write(bytes.flatMap { $0 })
        expectBoth(scratch, .damaged, line: 3, column: column(of: "\"name\":\"", in: line) + 8, "invalid UTF-8 byte 0xFF")
    }

    @Test func aDuplicateKey() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        let doubled = lines[1].replacingFirst("\"by\":\"parser\",", with: "\"by\":\"parser\",\"by\":\"parser\",")
        write(scratch, [lines[0], doubled] + lines[2...])
        expectBoth(scratch, .damaged, line: 2, column: column(of: "\"by\":\"parser\",\"by\"", in: doubled) + 14, "duplicate key \"by\"")
    }

    @Test func aDuplicateKeyOutOfOrderIsCalledADuplicate() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        // A second "by" after "corrects": out of order too, but first of all a duplicate.
        let late = lines[1].replacingFirst("\"corrects\":false,", with: "\"corrects\":false,\"by\":\"parser\",")
        write(scratch, [lines[0], late] + lines[2...])
        expectBoth(scratch, .damaged, line: 2, column: column(of: "false,\"by\"", in: late) + 6, "duplicate key \"by\"")
        // The same in a nested object: the answers' "askers" again after "index".
        let nested = lines[0].replacingFirst("\"index\":3,", with: "\"index\":3,\"askers\":[],")
        write(scratch, [nested] + lines[1...])
        expectBoth(scratch, .damaged, line: 1, column: column(of: "3,\"askers\"", in: nested) + 2, "duplicate key \"askers\"")
        // A key out of order that is not repeated is still called out of order.
        let swapped = lines[1].replacingFirst("\"corrects\":false,", with: "\"corrects\":false,\"aa\":1,")
        write(scratch, [lines[0], swapped] + lines[2...])
        expectBoth(scratch, .damaged, line: 2, column: column(of: "false,\"aa\"", in: swapped) + 6, "keys out of canonical order")
    }

    @Test func anUnknownSchemaVersion() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        let newer = lines[3].replacingFirst("\"v\":1", with: "\"v\":5")
        write(scratch, Array(lines[..<3]) + [newer, lines[4]])
        expectBoth(scratch, .damaged, line: 4, column: column(of: "\"v\":5", in: newer) + 4, "unknown schema version 5")
        // Version 2 is known, but a status event is a version-1 record.
        let misnumbered = lines[3].replacingFirst("\"v\":1", with: "\"v\":2")
        write(scratch, Array(lines[..<3]) + [misnumbered, lines[4]])
        expectBoth(scratch, .damaged, line: 4, column: column(of: "\"v\":2", in: misnumbered) + 4, "a status record is schema version 1, not 2")
    }

    @Test func aLineOverTheLengthCap() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        let long = "{\"evidence\":\"" + String(repeating: "é", count: LineReader.lineLimit / 2) + "\"}"
        write(scratch, [lines[0], long])
        // The cap is in bytes; the column counts the two-byte characters as one each.
        expectBoth(scratch, .damaged, line: 2, column: (LineReader.lineLimit - 13) / 2 + 13 + 1, "longer than 1048576 bytes")
    }

    /// One limit, compared alike by every reader and the writer: a line of exactly 1 MiB is a
    /// ledger line for head, verify, a query and the writer; one byte more is none.
    @Test func aLastLineOfExactlyTheLimit() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        func event(note: Int) -> LedgerEntry {
            .status(StatusEvent(motion: "motie-erkens", id: nil, nameKey: "motie-erkens", name: "Erkens c.s.", status: .vervallen,
                                date: Readings.day("2026-02-01"), source: "e-mail", debate: nil, answers: [], evidence: nil,
                                evidenceLine: nil, expected: nil, uncertain: false, by: .manual, who: "griffier",
                                note: String(repeating: "a", count: note), corrects: false))
        }
        let bare = LedgerRecord(event(note: 0), seq: 6, recorded: Readings.now.timestamp, prev: LedgerRecord.zeroHash).line.count
        let ledger = scratch.ledger()
        let written = try ledger.append(now: Readings.now) { batch in batch.append(event(note: LineReader.lineLimit - bare)) }
        #expect(written.map(\.line.count) == [LineReader.lineLimit])
        #expect(try ledger.head() == LedgerHead(count: 6, hash: written[0].lineHash))
        #expect(try ledger.verify().head.count == 6)
        #expect(try ledger.timeline().count == 6)

        // One byte more: the writer refuses it, and a line written by hand is none for any reader.
        let tooLong = ledgerError { () throws(LedgerError) in
            try ledger.append(now: Readings.now) { batch in batch.append(event(note: LineReader.lineLimit - bare + 1)) }
        }
        #expect(tooLong?.kind == .tooLong)
        let long = LedgerRecord(event(note: LineReader.lineLimit - bare + 1), seq: 6, recorded: Readings.now.timestamp,
                                prev: SHA256.hash(Array(lines[4].utf8)).hex)
        scratch.write(Array(lines.map { $0 + "\n" }.joined().utf8) + long.line + [0x0A])
        #expect(ledgerError { () throws(LedgerError) in try ledger.head() }?.message.contains("longer than 1048576 bytes") == true)
        expectBoth(scratch, .damaged, line: 6, column: LineReader.lineLimit + 1, "longer than 1048576 bytes")
        // The whole file one line over the limit.
        scratch.write(long.line + [0x0A])
        #expect(ledgerError { () throws(LedgerError) in try ledger.head() }?.message.contains("longer than 1048576 bytes") == true)
    }

    @Test func aTornLastLine() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        scratch.write(Array(lines.map { $0 + "\n" }.joined().utf8) + Array(lines[4].utf8.prefix(40)))
        expectBoth(scratch, .tornTail, line: 6, column: 1, "torn last line: 40 bytes without a line break")
    }

    @Test func notAnObject() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        write(scratch, [lines[0], "[1,2]", lines[1]])
        expectBoth(scratch, .damaged, line: 2, column: 1, "not a JSON object")
        write(scratch, [lines[0], "{\"a\":1}{\"b\":2}"])
        expectBoth(scratch, .damaged, line: 2, column: 8, "trailing data")
        write(scratch, [lines[0], "", lines[1]])
        expectBoth(scratch, .damaged, line: 2, column: 1, "empty line")
    }

    @Test func aWrongSequenceNumber() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        // Line 3 is gone: line 4 now stands third, its seq still 4.
        write(scratch, Array(lines[..<2]) + Array(lines[3...]))
        expectBoth(scratch, .damaged, line: 3, column: column(of: "\"seq\":4", in: lines[3]) + 6, "\"seq\" is 4 on line 3")
    }

    @Test func aBrokenChain() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        // A forger rewrote line 3 with a hash that fits it, but could not fit the chain.
        let record = try LedgerRecord.read(line: Array(lines[2].utf8))
        let forged = LedgerRecord(record.entry, seq: 3, recorded: record.recorded, prev: String(repeating: "a", count: 64))
        let line = String(decoding: forged.line, as: UTF8.self)
        write(scratch, Array(lines[..<2]) + [line] + Array(lines[3...]))
        #expect(errors(scratch).query == nil)
        let error = errors(scratch).verify
        #expect(error?.kind == .damaged)
        #expect(error?.line == 3)
        #expect(error?.column == column(of: "\"prev\":", in: line) + 7)
        #expect(error?.message == "broken chain: \"prev\" is not the SHA-256 of line 2")
    }

    @Test func anAlteredRecord() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        let altered = lines[1].replacingFirst("\"status\":\"in-uitvoering\"", with: "\"status\":\"uitgevoerd\"")
        write(scratch, [lines[0], altered] + lines[2...])
        #expect(errors(scratch).query == nil)
        let error = errors(scratch).verify
        #expect(error?.line == 2)
        #expect(error?.column == column(of: "\"hash\":", in: altered) + 7)
        #expect(error?.message == "\"hash\" does not match the record: the line was altered")
    }

    @Test func notInUnicodeNormalForm() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        // "Erkens c.s." with a decomposed é: valid JSON, valid UTF-8, but not what the encoder writes.
        let decomposed = lines[3].replacingFirst("\"name\":\"Erkens c.s.\"", with: "\"name\":\"Erke\u{0301}ns c.s.\"")
        #expect(decomposed != lines[3])
        write(scratch, Array(lines[..<3]) + [decomposed, lines[4]])
        let error = errors(scratch).verify
        #expect(error?.line == 4)
        #expect(error?.message.contains("not in canonical form") == true)
    }

    @Test func typographicTextIsCanonicalButDecomposedTextAnywhereIsNot() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // Dashes, quotes and ellipses are beyond U+0300, so their strings are normalised to compare.
        let typographic = MotionReading(
            id: Readings.id("kst-36800-V-27"), nameKey: "motie-van-baarle", name: "Van Baarle", status: .inUitvoering,
            evidence: "De motie – \u{201C}zo snel mogelijk\u{201D} – is … in uitvoering.", evidenceLine: 3,
            answers: [AnswerReference(index: 1, label: nil, askers: ["Dobbé"], party: "SP")], expected: nil, uncertain: false)
        _ = try scratch.ledger().ingest([DocumentReading(number: "2026D05000", date: Readings.day("2026-02-01"), debate: nil,
                                                         sha256: SHA256.hash(Array("t".utf8)).hex, motions: [typographic])],
                                        now: Readings.now)
        #expect(try scratch.ledger().verify().head.count == 2)
        // The same asker with a decomposed é, deep in a nested array: valid JSON, not canonical.
        let lines = lines(scratch.bytes())
        let decomposed = lines[0].replacingFirst("Dobbé", with: "Dobbe\u{0301}")
        // Equal as Swift strings (canonically equivalent), different bytes.
        #expect(!decomposed.utf8.elementsEqual(lines[0].utf8))
        write(scratch, [decomposed, lines[1]])
        let error = errors(scratch).verify
        #expect(error?.line == 1)
        #expect(error?.column == column(of: "Dobbe\u{0301}", in: decomposed) + 4)
        #expect(error?.message.contains("not in canonical form") == true)
    }

    @Test func verifyWithAHeadCatchesTruncationAndRewriting() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        let head = try scratch.ledger().head()
        #expect(head.count == 5)
        #expect(head.hash == SHA256.hash(Array(lines[4].utf8)).hex)
        #expect(try scratch.ledger().verify(against: head).head == head)
        _ = try scratch.ledger().ingest([Readings.march], now: Readings.now)
        #expect(try scratch.ledger().verify(against: head).head.count == 9)

        // Truncated back to four lines: sound on its own, but short of the head.
        write(scratch, Array(lines[..<4]))
        #expect(try scratch.ledger().verify().head.count == 4)
        let truncated = ledgerError { () throws(LedgerError) in try scratch.ledger().verify(against: head) }
        #expect(truncated?.message == "the ledger has 4 records, fewer than the 5 of the head \(head): it was truncated")

        // Rewritten from line 2 on with a valid chain of its own.
        let rewritten = Scratch()
        defer { rewritten.remove() }
        let other = DocumentReading(number: "2026D03887", date: Readings.day("2026-01-28"), debate: nil,
                                    sha256: Readings.january.sha256, motions: Array(Readings.january.motions.reversed()))
        _ = try rewritten.ledger().ingest([other], now: Readings.now)
        scratch.write(rewritten.bytes())
        #expect(try scratch.ledger().verify().head.count == 5)
        let error = ledgerError { () throws(LedgerError) in try scratch.ledger().verify(against: head) }
        #expect(error?.line == 5)
        #expect(error?.message == "line 5 is not the line of the head \(head): the ledger was rewritten")
    }

    @Test func flippingAnySingleByteMakesVerifyFail() throws {
        let (scratch, _) = try sample()
        defer { scratch.remove() }
        _ = try scratch.ledger().record(
            ManualRecord(motion: "motie-erkens", status: .vervallen, source: "e-mail", note: "ingehaald", date: Readings.day("2026-02-01"), by: "griffier"),
            now: Readings.now)
        let original = scratch.bytes()
        #expect(try scratch.ledger().verify().head.count == 6)
        var undetected: [Int] = []
        for position in original.indices {
            for flip: UInt8 in [0x01, 0x20] {
                var damaged = original
                damaged[position] ^= flip
                scratch.write(damaged)
                if ledgerError({ () throws(LedgerError) in try scratch.ledger().verify() }) == nil { undetected.append(position) }
            }
        }
        #expect(undetected.isEmpty, "flips at \(undetected) went unnoticed")
    }

    @Test func queriesReadOnlyWhatTheyNeedButFrameEveryLine() throws {
        let (scratch, lines) = try sample()
        defer { scratch.remove() }
        // Damage in a line of another motion: a query by ID checks its framing only...
        let other = lines[3].replacingFirst("\"uncertain\":false", with: "\"uncertain\":fals")
        write(scratch, Array(lines[..<3]) + [other, lines[4]])
        #expect(ledgerError { () throws(LedgerError) in try scratch.ledger().timeline(for: "kst-21501-02-3236") } == nil)
        // ... the full replay and verify read it all.
        #expect(errors(scratch).query?.line == 4)
        // A line that is no object at all is seen by every query.
        write(scratch, Array(lines[..<3]) + ["garbage", lines[4]])
        #expect(ledgerError { () throws(LedgerError) in try scratch.ledger().timeline(for: "kst-21501-02-3236") }?.line == 4)
    }
}

extension LedgerRecord {
    static func read(line: [UInt8]) throws -> LedgerRecord {
        var members: [Member] = []
        return try line.withUnsafeBytes { bytes in
            Result { () throws(LineFault) in try LedgerRecord.read(line: bytes, members: &members) }
        }.get()
    }
}
