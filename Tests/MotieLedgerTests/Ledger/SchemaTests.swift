import Testing
import Kamerstuk
@testable import MotieLedger

/// The schema is stated once, and every reader holds a line to it alike: the keys of every
/// record type in canonical order, what the writer writes read back as it was, and any value
/// in any field that breaks the schema the same fault, in the same words and at the same
/// place, for a query's replay, for `verify` and for the full reading of one line.
@Suite struct SchemaTests {
    /// One record of each type, every optional field given; and a status event with each null.
    static let entries: [LedgerEntry] = [
        .status(StatusEvent(
            motion: "kst-21501-02-3000", id: Readings.id("kst-21501-02-3000"), nameKey: "motie-burg-piri",
            otherKeys: ["motie-inzake-oekraine"], name: "Van der Burg en Piri", status: .inBehandeling,
            date: Readings.day("2026-01-28"), source: "2026D03887", debate: Readings.debate.label,
            answers: [AnswerReference(index: 31, label: "31", askers: ["Eerdmans", "Dobbé"], party: "JA21")],
            evidence: "De motie … wordt \"bezien\".", evidenceLine: 1004,
            expected: ExpectedTime(from: Readings.day("2026-10-01"), to: Readings.day("2026-12-31"), text: "in het vierde kwartaal"),
            uncertain: true, by: .manual, who: "griffier", note: "nagekeken", corrects: true)),
        .status(StatusEvent(
            motion: "motie-erkens", id: nil, nameKey: nil, name: "Erkens c.s.", status: .uitgevoerd, date: Readings.day("2026-01-28"),
            source: "2026D03887", debate: nil, answers: [], evidence: nil, evidenceLine: nil, expected: nil, uncertain: false,
            by: .parser, who: nil, note: nil, corrects: false)),
        .alias(AliasRecord(key: "motie-erkens", id: Readings.id("kst-21501-20-2190"), source: "2026D11111",
                           date: Readings.day("2026-03-10"))),
        .document(DocumentRecord(number: "2026D03887", date: Readings.day("2026-01-28"), debate: Readings.debate.label,
                                 debateDate: Readings.debate.date, sha256: String(repeating: "ab", count: 32),
                                 motions: ["kst-21501-02-3000", "motie-erkens"])),
        .document(DocumentRecord(number: "2026D11111", date: Readings.day("2026-03-10"), debate: nil, debateDate: nil,
                                 sha256: String(repeating: "cd", count: 32), motions: [])),
        .void(VoidRecord(event: 2, document: nil, note: "verkeerde motie", who: "griffier")),
        .void(VoidRecord(event: nil, document: "2026D00001", note: nil, who: "griffier")),
        .confirm(ConfirmRecord(event: 1, note: nil, who: "griffier")),
        .findings(FindingsRecord(target: 4, findings: ["975:40: missing-footnote: footnote 12 is missing"])),
        .found(FoundRecord(target: 4, found: [
            CodedFinding(code: "missing-footnote", line: 975, column: 40, values: ["12"]),
            CodedFinding(code: "no-date", line: nil, column: nil, values: []),
        ])),
    ]

    /// The entries as a chained ledger's lines.
    static func records() -> [LedgerRecord] {
        var prev = LedgerRecord.zeroHash
        return entries.enumerated().map { index, entry in
            let record = LedgerRecord(entry, seq: index + 1, recorded: Readings.now.timestamp, prev: prev)
            prev = record.lineHash
            return record
        }
    }

    /// The keys of a line's top-level object, in the line's order.
    private static func keys(_ line: [UInt8]) throws -> [String] {
        var members: [Member] = []
        try line.withUnsafeBytes { bytes in
            try Result { () throws(LineFault) in try LineScanner.scan(bytes, into: &members) }.get()
        }
        return members.map { String(decoding: line[$0.key], as: UTF8.self) }
    }

    @Test func theKeysOfEveryRecordTypeAreInCanonicalOrder() throws {
        let layouts = RecordType.allCases.map(\.layout) + [FieldLayout.answer, FieldLayout.promisedTime, FieldLayout.codedFinding]
        for layout in layouts {
            // Strictly ascending by bytes: canonical, and no key twice.
            #expect(zip(layout.keys, layout.keys.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) }, "\(layout.keys)")
        }
        for type in RecordType.allCases {
            #expect(Set(type.layout.keys).isSuperset(of: ["v", "seq", "type", "recorded", "prev", "hash"]))
            // What `hash` covers is the line without its member and the comma before it.
            #expect(type.layout.keys[0] != "hash", "\(type)")
        }
        for record in SchemaTests.records() {
            let layout = record.entry.recordType.layout
            // The encoder writes them in that order: the line's keys are the layout's.
            #expect(try SchemaTests.keys(record.line) == layout.keys)
            #expect(JSONEncoding.hasCanonicalKeyOrder(layout.keys.map { ($0, .null) }))
            let value = try JSONParser.parse(record.line)
            if case .status(let event) = record.entry, let answer = value["answers"]?.arrayValue?.first {
                #expect(answer.objectValue?.map(\.0) == FieldLayout.answer.keys)
                #expect(value["expected"]?.objectValue?.map(\.0) == (event.expected == nil ? nil : FieldLayout.promisedTime.keys))
            }
            // A line is what re-encoding it gives.
            #expect(value.encoded(canonical: true) == record.line)
        }
        // The fields an enum declares are numbered as the layout assumes.
        #expect(StatusEvent.Field.allCases.map(\.rawValue) == Array(StatusEvent.Field.allCases.indices))
        #expect(DocumentRecord.Field.allCases.map(\.rawValue) == Array(DocumentRecord.Field.allCases.indices))
        #expect(AliasRecord.Field.allCases.map(\.rawValue) == Array(AliasRecord.Field.allCases.indices))
        #expect(AnswerReference.Field.allCases.map(\.rawValue) == Array(AnswerReference.Field.allCases.indices))
        #expect(ExpectedTime.Field.allCases.map(\.rawValue) == Array(ExpectedTime.Field.allCases.indices))
        #expect(VoidRecord.Field.allCases.map(\.rawValue) == Array(VoidRecord.Field.allCases.indices))
        #expect(ConfirmRecord.Field.allCases.map(\.rawValue) == Array(ConfirmRecord.Field.allCases.indices))
        #expect(FindingsRecord.Field.allCases.map(\.rawValue) == Array(FindingsRecord.Field.allCases.indices))
        #expect(FoundRecord.Field.allCases.map(\.rawValue) == Array(FoundRecord.Field.allCases.indices))
        #expect(CodedFinding.Field.allCases.map(\.rawValue) == Array(CodedFinding.Field.allCases.indices))
    }

    /// A filtered replay tells a status event by its line's first key alone.
    @Test func noOtherRecordTypeStartsWithTheKeyAStatusEventStartsWith() {
        let first = RecordType.status.layout.keys[0]
        #expect(RecordType.allCases.filter { $0.layout.keys[0] == first } == [.status])
        for record in SchemaTests.records() {
            let told = record.line.withUnsafeBytes { RecordType.of(line: $0) }
            #expect(record.entry.recordType == .status ? told == .status : told != .status)
        }
    }

    @Test func whatTheWriterWritesReadsBackAsItWas() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let records = SchemaTests.records()
        scratch.write(records.flatMap { $0.line + [0x0A] })
        #expect(try records.map { try LedgerRecord.read(line: $0.line) } == records)
        #expect(try scratch.ledger().verify().head.count == records.count)
        let timeline = try scratch.ledger().timeline()
        let events = timeline.motions.flatMap { timeline.history(of: $0) }
        let written = records.compactMap { record -> StatusEvent? in
            if case .status(let event) = record.entry { return event }
            return nil
        }
        #expect(Set(try timeline.details(of: events)) == Set(written))
        #expect(timeline.documents.map(\.number) == ["2026D03887", "2026D11111"])
        #expect(timeline.documents.map(\.motions) == [["kst-21501-02-3000", "motie-erkens"], []])
    }

    /// Values that break some field's shape or rule, and some that keep another's: every kind
    /// of JSON value, numbers beyond 64 bits, impossible dates, IDs that are not canonical,
    /// nested objects with a member too many, too few, or of the wrong kind.
    static let values = [
        "null", "true", "false", "0", "1", "-1", "2147483648", "-9223372036854775807", "18446744073709551616",
        "\"\"", "\"x\"", "[]", "{}", "[1]", "[\"a\"]", "[null]", "[[]]", "{\"a\":1}",
        "\"2026-02-30\"", "\"2026-01-28\"", "\"0000-01-01\"", "\"2026-01-28T24:00:00Z\"", "\"2026-01-28T12:00:00Z\"",
        "\"0000-12-31T00:01:00Z\"", "\"kst-21501-02-3000\"", "\"kst-21501-2-3000\"", "\"KST-21501-02-3000\"",
        "\"uitgevoerd\"", "\"Uitgevoerd\"", "\"manual\"", "\"parser\"", "\"\(String(repeating: "0", count: 64))\"",
        "\"\(String(repeating: "A", count: 64))\"", "\"\(String(repeating: "0", count: 63))\"",
        "[{\"askers\":[],\"index\":1,\"label\":null,\"party\":null}]",
        "[{\"askers\":[],\"index\":1,\"label\":null}]",
        "[{\"askers\":[],\"index\":1,\"label\":null,\"party\":null,\"x\":1}]",
        "[{\"askers\":[1],\"index\":1,\"label\":null,\"party\":null}]",
        "[{\"askers\":[],\"index\":\"1\",\"label\":null,\"party\":null}]",
        "[{\"askers\":[],\"index\":18446744073709551616,\"label\":null,\"party\":null}]",
        "[{\"askers\":[],\"index\":1,\"label\":1,\"party\":null}]",
        "{\"from\":\"2026-01-01\",\"text\":\"\",\"to\":\"2026-01-02\"}",
        "{\"from\":\"2026-01-02\",\"text\":\"\",\"to\":\"2026-01-01\"}",
        "{\"from\":\"2026-01-01\",\"text\":1,\"to\":\"2026-01-02\"}",
        "{\"from\":\"2026-02-30\",\"text\":\"\",\"to\":\"2026-03-02\"}",
        "{\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}",
    ]

    @Test(arguments: 0..<entries.count)
    func anyValueInAnyFieldIsTheSameFaultForEveryReader(line: Int) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let records = SchemaTests.records()
        let original = records[line].line
        var members: [Member] = []
        try original.withUnsafeBytes { bytes in
            try Result { () throws(LineFault) in try LineScanner.scan(bytes, into: &members) }.get()
        }
        var faults = 0
        for member in members {
            let key = String(decoding: original[member.key], as: UTF8.self)
            // `v` and `type` choose the layout; their faults are their own (see ReadingTests).
            guard key != "v", key != "type" else { continue }
            for value in SchemaTests.values {
                let changed = Array(original[..<member.value.lowerBound]) + Array(value.utf8) + Array(original[member.value.upperBound...])
                guard changed != original else { continue }
                var lines = records.map(\.line)
                lines[line] = changed
                scratch.write(lines.flatMap { $0 + [0x0A] })
                let query = ledgerError { () throws(LedgerError) in try scratch.ledger().timeline() }
                let verify = ledgerError { () throws(LedgerError) in try scratch.ledger().verify() }
                let what = "\(key): \(value)"
                do {
                    _ = try LedgerRecord.read(line: changed)
                    if let query {
                        // The value keeps its field's rules; only the line's number is wrong.
                        #expect(key == "seq", "\(what): \(query)")
                        #expect(verify == query, "\(what)")
                    } else {
                        // Only the hashes tell the change.
                        #expect(verify?.message.contains("\"hash\" does not match") == true || verify?.message.contains("broken chain") == true,
                                "\(what): \(String(describing: verify))")
                    }
                } catch let fault as LineFault {
                    faults += 1
                    let expected = changed.withUnsafeBytes { fault.damage(in: $0, number: line + 1, path: scratch.ledgerPath) }
                    #expect(query == expected, "\(what)")
                    #expect(verify == expected, "\(what)")
                    #expect(fault.message.hasPrefix("\"\(key)\"") || fault.message.contains("parser event")
                                || fault.message.contains("motion's ID") || fault.message.contains("a void names either")
                                || fault.message.contains("a line before this one"), "\(what): \(fault.message)")
                }
            }
        }
        #expect(faults > members.count * 10)
    }
}
