import Glibc
import Testing
import Kamerstuk
@testable import MotieLedger

/// A ledger is read on all cores, cut into parts at line breaks. However many parts it is cut
/// into, a replay gives the same timeline, and a damaged ledger the same first fault, for
/// queries and for verify, as one pass from the first line to the last.
@Suite struct PartsTests {
    /// A ledger of fifty-odd lines: documents read out of date order, aliases both ways, keys by
    /// subject, corrections and news by hand.
    static func sample() throws -> Scratch {
        let scratch = Scratch()
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.march], now: Readings.now)
        _ = try ledger.ingest([Readings.january], now: Readings.now)
        let ids = ["kst-21501-02-3236", "kst-36800-V-27", "kst-21501-02-3000", "kst-36600-V-61", "kst-21501-20-2190"]
        let statuses: [MotionStatus] = [.inUitvoering, .uitgevoerd, .inBehandeling, .deelsUitgevoerd, .nietUitgevoerd]
        for letter in 0..<12 {
            // Every third letter is dated before the ones read just before it.
            let day = Readings.day("2026-02-01").adding(days: letter % 3 == 2 ? letter - 10 : letter * 3)
            let motions = (0..<3).map { m in
                let id = ids[(letter + m * 2) % ids.count]
                return MotionReading(
                    id: KamerstukID(canonical: id), nameKey: "motie-\(m)", otherKeys: m == 1 ? ["motie-inzake-\(letter % 4)"] : [],
                    name: "Naam \(m) \u{201C}ë\u{201D}", status: statuses[(letter * 7 + m) % statuses.count], evidence: "Zin \(letter)/\(m) …",
                    evidenceLine: letter * 10 + m, answers: [], expected: nil, uncertain: m == 2)
            }
            let keyless = MotionReading(id: nil, nameKey: "motie-inzake-\(letter % 5)", name: "inzake \(letter % 5)",
                                        status: statuses[letter % statuses.count], evidence: "…", evidenceLine: 1, answers: [],
                                        expected: nil, uncertain: false)
            let document = DocumentReading(number: "2026D2\(1000 + letter)", date: day, debate: nil,
                                           sha256: SHA256.hash(Array("letter \(letter)".utf8)).hex, motions: motions + [keyless])
            _ = try ledger.ingest([document], now: Readings.now)
        }
        _ = try ledger.record(ManualRecord(motion: "kst-36800-V-27", status: .vervallen, source: "2026D03887", note: "misgelezen",
                                           date: nil, by: "griffier"), now: Readings.now)
        _ = try ledger.record(ManualRecord(motion: "motie-erkens", status: .inBehandeling, source: "e-mail", note: nil,
                                           date: Readings.day("2026-02-20"), by: "griffier"), now: Readings.now)
        return scratch
    }

    private static func ledger(_ scratch: Scratch, parts: Int) -> Ledger {
        var ledger = scratch.ledger()
        ledger.parts = parts
        return ledger
    }

    /// Everything a timeline tells, as text.
    static func describe(_ timeline: Timeline) -> [String] {
        var lines = ["head \(timeline.head) bytes \(timeline.byteCount) complete \(timeline.isComplete)"]
        lines += timeline.documents.map { "document \($0)" }
        for motion in timeline.motions {
            lines.append("motion \(motion)")
            lines.append("state \(String(describing: timeline.state(of: motion)))")
            lines += timeline.history(of: motion).map { "event \($0)" }
            for key in [motion.nameKey].compactMap({ $0 }) + motion.otherKeys + motion.aliases {
                lines.append("carrying \(key): \(timeline.motions(carrying: key).map(\.key))")
            }
        }
        return lines
    }

    @Test func anyNumberOfPartsGivesTheSameTimeline() throws {
        let scratch = try PartsTests.sample()
        defer { scratch.remove() }
        let whole = PartsTests.describe(try PartsTests.ledger(scratch, parts: 1).timeline())
        #expect(whole.count > 100)
        #expect(lines(scratch.bytes()).count > 50)
        for parts in 2...9 {
            let ledger = PartsTests.ledger(scratch, parts: parts)
            #expect(PartsTests.describe(try ledger.timeline()) == whole, "\(parts) parts")
            for query in ["kst-36600-V-61", "motie-erkens", "motie-inzake-1", "Kamerstuk 21 501-02, nr. 3236", "Naam 2"] {
                let one = try PartsTests.ledger(scratch, parts: 1).timeline(for: query)
                #expect(PartsTests.describe(try ledger.timeline(for: query)) == PartsTests.describe(one), "\(query), \(parts) parts")
            }
            #expect(try ledger.verify() == PartsTests.ledger(scratch, parts: 1).verify(), "\(parts) parts")
        }
    }

    @Test func detailsOfManyEventsAreTheDetailsOfEach() throws {
        let scratch = try PartsTests.sample()
        defer { scratch.remove() }
        let timeline = try scratch.ledger().timeline()
        let events = timeline.motions.flatMap { timeline.history(of: $0) }
        // Enough to be read on all cores.
        let many = Array(repeating: events, count: 1000 / events.count + 1).flatMap { $0 }
        #expect(try timeline.details(of: many) == many.map { try timeline.details(of: $0) })
    }

    /// The errors of a replay and of verify, with one part and with `parts`.
    private static func faults(_ scratch: Scratch, parts: Int) -> [LedgerError?] {
        let ledger = PartsTests.ledger(scratch, parts: parts)
        return [ledgerError { () throws(LedgerError) in try ledger.timeline() },
                ledgerError { () throws(LedgerError) in try ledger.verify() },
                ledgerError { () throws(LedgerError) in try ledger.timeline(for: "kst-36800-V-27") }]
    }

    @Test func anyNumberOfPartsFindsTheSameFirstFault() throws {
        let scratch = try PartsTests.sample()
        defer { scratch.remove() }
        let original = scratch.bytes()
        let lines = lines(original).map { Array($0.utf8) }
        var damaged: [(String, [UInt8])] = []
        // Single bytes changed all over the file: in line breaks, digits of seq, hashes, keys.
        for position in stride(from: 0, to: original.count, by: 89) {
            var bytes = original
            bytes[position] ^= position % 2 == 0 ? 0x01 : 0x20
            damaged.append(("byte \(position)", bytes))
        }
        // Whole lines gone, doubled, swapped; a torn tail; two faults in different parts.
        for index in stride(from: 0, to: lines.count - 1, by: 5) {
            var removed = lines
            removed.remove(at: index)
            damaged.append(("line \(index + 1) removed", Array(removed.joined(separator: [0x0A])) + [0x0A]))
            var doubled = lines
            doubled.insert(lines[index], at: index)
            damaged.append(("line \(index + 1) doubled", Array(doubled.joined(separator: [0x0A])) + [0x0A]))
            var swapped = lines
            swapped.swapAt(index, index + 1)
            damaged.append(("lines \(index + 1) and \(index + 2) swapped", Array(swapped.joined(separator: [0x0A])) + [0x0A]))
        }
        damaged.append(("torn", original + Array(lines[3].prefix(30))))
        var twice = original
        twice[original.count * 3 / 4] ^= 0x01
        twice[original.count / 3] ^= 0x01
        damaged.append(("two faults", twice))
        var faults = 0
        for (what, bytes) in damaged {
            scratch.write(bytes)
            let single = PartsTests.faults(scratch, parts: 1)
            if single[1] != nil { faults += 1 }
            for parts in [2, 3, 5, 8] {
                #expect(PartsTests.faults(scratch, parts: parts) == single, "\(what), \(parts) parts")
            }
        }
        // Nearly every change is a fault verify finds (a flip inside a hash's own hex may
        // still be hex, but breaks the hash).
        #expect(faults == damaged.count)
    }

    /// Any value in any field of the lines at and around each cut, the first line of a part
    /// above all (a part takes its `seq` at its word until the parts before it are counted),
    /// is the fault one pass finds, at the same line and column, for queries and for verify.
    @Test func anyValueAtACutIsTheFaultOfOnePass() throws {
        let scratch = try PartsTests.sample()
        defer { scratch.remove() }
        let original = scratch.bytes()
        let lines = lines(original).map { Array($0.utf8) }
        let starts = lines.indices.map { index in lines[..<index].reduce(0) { $0 + $1.count + 1 } }
        let extremes = ["2147483648", "2147483647", "-9223372036854775807", "9223372036854775807", "0", "-1", "1"]
        var next = 0
        var cases = 0
        for parts in [3, 8] {
            scratch.write(original)
            let descriptor = try FileSystem.system.open(scratch.ledgerPath, O_RDONLY, 0)
            let bounds = try LedgerParts.bounds(of: LedgerFile(descriptor: descriptor, fileSystem: .system, path: scratch.ledgerPath),
                                                size: original.count, parts: parts)
            for bound in bounds.dropFirst().dropLast() {
                let first = try #require(starts.firstIndex(of: bound))
                for line in [first - 1, first, first + 1] where lines.indices.contains(line) {
                    var members: [Member] = []
                    try lines[line].withUnsafeBytes { bytes in
                        try Result { () throws(LineFault) in try LineScanner.scan(bytes, into: &members) }.get()
                    }
                    for member in members {
                        let key = String(decoding: lines[line][member.key], as: UTF8.self)
                        // Every extreme in `seq`; in the other fields of a part's first line, in
                        // turn, every value of the schema's test.
                        guard key == "seq" || line == first else { continue }
                        let values = key == "seq" ? extremes : [SchemaTests.values[next % SchemaTests.values.count]]
                        next += 1
                        for value in values {
                            var changed = lines
                            changed[line] = Array(lines[line][..<member.value.lowerBound]) + Array(value.utf8)
                                + Array(lines[line][member.value.upperBound...])
                            guard changed[line] != lines[line] else { continue }
                            scratch.write(changed.flatMap { $0 + [0x0A] })
                            let single = PartsTests.faults(scratch, parts: 1)
                            #expect(PartsTests.faults(scratch, parts: parts) == single, "\(key): \(value), line \(line + 1), \(parts) parts")
                            #expect(single[1]?.line != nil, "\(key): \(value), line \(line + 1)")
                            cases += 1
                        }
                    }
                }
            }
        }
        #expect(cases > 250)
    }

    @Test func orderKeysSortMotionsAsKamerstukIDsDo() {
        let ids = ["kst-36800-V-9", "kst-36800-V-27", "kst-36800-27", "kst-36800-IV-3", "kst-36800-IXB-3", "kst-36800-02-3",
                   "kst-36800-20-1", "kst-3680-1", "kst-36800-V-42e", "kst-36800-V-42", "kst-36800-V-J", "kst-36800-V-AI",
                   "kst-36800-V-A", "kst-33328-AI", "kst-33328-F", "kst-33328-100", "kst-21501-02-3236", "kst-36600-B-K"]
            .map { KamerstukID(canonical: $0)! }
        let keys = ["motie-erkens", "motie-dobbe", "motie-dobbe-2", "motie-boswijk"]
        let byID = ids.sorted(by: <).map(\.canonical) + keys.sorted()
        let all = ids.map { Timeline.orderKey(id: $0, key: $0.canonical) } + keys.map { Timeline.orderKey(id: nil, key: $0) }
        let names = ids.map(\.canonical) + keys
        let byKey = all.indices.sorted { all[$0].lexicographicallyPrecedes(all[$1]) }.map { names[$0] }
        #expect(byKey == byID)
    }

    @Test func theInternerNumbersEachStringOnce() {
        var interner = Interner()
        // Short, exactly 8 and 24 bytes, longer than the 24 a slot holds, escaped, empty.
        let texts = ["", "a", "abcdefgh", "kst-21501-02-3236", String(repeating: "x", count: 24),
                     String(repeating: "x", count: 25), String(repeating: "x", count: 24) + "y",
                     "Van \"der\" Burg\nen Piri", "financiën"] + (0..<3000).map { "motie-\($0)" }
        let numbers = texts.map { interner.intern($0) }
        #expect(Set(numbers).count == texts.count)
        #expect(texts.map { interner.intern($0) } == numbers)
        #expect(texts.map { interner.find($0) } == numbers)
        #expect(numbers.map { interner[$0] } == texts)
        #expect(interner.find("motie-3000") == nil)
        var other = Interner()
        let otherTexts = ["motie-12", "nieuw", String(repeating: "x", count: 25)]
        let otherNumbers = otherTexts.map { other.intern($0) }
        let renumbered = interner.absorb(other)
        #expect(otherNumbers.map { interner[renumbered[Int($0)]] } == otherTexts)
        #expect(renumbered[Int(otherNumbers[0])] == interner.find("motie-12"))
        #expect(interner.count == texts.count + 1)
    }
}
