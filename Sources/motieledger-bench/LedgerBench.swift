import Foundation
import Kamerstuk
import MotieLedger

/// `ledger`: a generated ledger of a million status events with a valid chain, and the figures
/// issue 4 asks for, each next to its target: a full replay (what `table` needs: the timeline
/// and every motion's status) in the library and through the command line, and `table`
/// itself, with the peak memory of the process; `status` of one motion by ID side by side
/// with jq selecting that motion's lines, and their ratio; and `verify`'s throughput. The
/// ledger is written to `$MOTIELEDGER_BENCH_LEDGER` when that is set (and kept), else to a
/// scratch directory.
func benchLedger() throws {
    let keep = ProcessInfo.processInfo.environment["MOTIELEDGER_BENCH_LEDGER"]
    let file = keep.map { URL(fileURLWithPath: $0) } ?? workspace.appendingPathComponent("moties.jsonl")
    let generated = try generateLedger(events: 1_000_000, motions: 50_000, to: file.path)
    let megabytes = Double(generated.bytes) / 1_000_000
    print("ledger: \(generated.records) records (\(generated.events) events, \(generated.motions) motions) in \(String(format: "%.1f", megabytes)) MB, generated")

    defer {
        // Last, so that the commands above were started before this process grew: a child's
        // peak memory counts its parent's peak when it was started.
        let replay = bestOf(3) {
            let timeline = try! Ledger(path: file.path).timeline()
            precondition(timeline.snapshot().count == generated.motions)
        }
        report("library: full replay + snapshot", seconds: replay, megabytes: megabytes, note: "target ≤ 1500 ms")
    }
    guard FileManager.default.isExecutableFile(atPath: motieledger) else {
        print("  (no motieledger executable next to the benchmark; build it: swift build -c release)")
        return
    }
    print("  (peak RSS of the benchmark itself so far: \(ownPeakMegabytes()) MB; a command's figure includes it)")
    // A name no motion has: the command replays the whole ledger to learn that.
    let byName = measure(3, motieledger, ["status", "motie Zwaardemaker", "--ledger", file.path])
    report("motieledger status NAME (full replay)", seconds: byName.seconds, megabytes: megabytes,
           note: "peak RSS \(byName.peakMegabytes) MB (targets ≤ 1500 ms, ≤ 256 MB)")
    let table = measure(3, motieledger, ["table", "--ledger", file.path])
    precondition(table.status == 0, "the table of the generated ledger failed")
    report("motieledger table (Markdown)", seconds: table.seconds, megabytes: megabytes,
           note: "peak RSS \(table.peakMegabytes) MB (targets ≤ 1500 ms, ≤ 256 MB)")

    let byID = ["status", generated.probe, "--ledger", file.path]
    let status = measure(5, motieledger, byID)
    report("motieledger status ID", seconds: status.seconds, megabytes: megabytes,
           note: "\(countLines(motieledger, byID)) lines, peak RSS \(status.peakMegabytes) MB")

    let verify = measure(1, motieledger, ["verify", "--ledger", file.path])
    precondition(verify.status == 0, "the generated ledger does not verify")
    report("motieledger verify (full re-hash)", seconds: verify.seconds, megabytes: megabytes,
           note: "peak RSS \(verify.peakMegabytes) MB")

    guard let jq = which("jq") else {
        print("  jq: not installed (apt-get install jq), no comparison")
        return
    }
    let filter = "select(.motion==\"\(generated.probe)\")"
    let selected = measure(1, jq, ["-c", filter, file.path])
    report("jq -c '\(filter)'", seconds: selected.seconds, megabytes: megabytes, note: "\(countLines(jq, ["-c", filter, file.path])) lines")
    print(String(format: "  ratio status ID/jq time: 1/%.0f (target ≤ 1/20)", selected.seconds / status.seconds))
}

/// The largest resident set this process has had, in MB.
private func ownPeakMegabytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss / 1024
}

/// The fastest of `runs` runs of a program, its largest resident set over them, and the exit
/// status of the last.
func measure(_ runs: Int, _ path: String, _ arguments: [String]) -> (seconds: Double, peakMegabytes: Int, status: Int32) {
    var best = Double.infinity, peak = 0, status: Int32 = 0
    for _ in 0..<runs {
        let start = now()
        let (exit, usage) = run(path, arguments)
        best = min(best, now() - start)
        peak = max(peak, usage.ru_maxrss / 1024)
        status = exit
    }
    return (best, peak, status)
}

/// What ``generateLedger(events:motions:to:)`` wrote.
struct GeneratedLedger {
    var records = 0
    var events = 0
    var motions = 0
    var bytes = 0
    /// A motion with an ID and a typical number of events, to look up.
    var probe = ""
}

/// Writes a ledger as years of reading would leave it: documents of about fifty motions each,
/// dates moving forward with some read late, one motion in five known by name key alone (one
/// in seven also by its subject, now and then), evidence sentences of varied length with Dutch
/// diacritics and typographic dashes, quotes and ellipses, promised times, manual records.
/// Each event is of one of `motionCount` motions, drawn at random.
func generateLedger(events wanted: Int, motions motionCount: Int, to path: String) throws -> GeneratedLedger {
    var random = SplitMix(seed: 2026)
    let members = ["Paternotte", "Van Baarle", "Van der Burg", "Piri", "Erkens", "Boswijk", "Dobbe", "Klaver", "Karimi",
                   "Van Campen", "Brekelmans", "Sjoerdsma", "Ceder", "Stoffer", "Bikker", "Omtzigt", "Teunissen", "Kröger"]
    let sentences = [
        "Het kabinet heeft zich afgelopen zomer, conform de motie, ingezet voor nationale maatregelen en zal de Kamer in het vierde kwartaal informeren.",
        "Hier is met de brief van 12 december – de \u{201C}voortgangsbrief\u{201D} – uitvoering aan gegeven.",
        "Het kabinet beziet hoe deze motie uitgevoerd kan worden en wat de mogelijkheden zijn om hier in EU-verband invulling aan te geven; de Kamer wordt daarover vóór de zomer geïnformeerd.",
        "De motie wordt niet uitgevoerd: het kabinet ziet andere methodes als effectiever.",
        "In lijn met de motie heeft het kabinet zich tijdens de Raad Buitenlandse Zaken ingespannen voor een gezamenlijke EU-positie, en daarmee is de motie afgedaan.",
        "Alvast is een eerste tranche van EUR 750.000 beschikbaar gesteld; aan de rest van de motie … wordt gewerkt.",
        "De motie is ingehaald door het coalitieakkoord en daarmee vervallen.",
    ]
    let statuses: [MotionStatus] = [.inUitvoering, .uitgevoerd, .inBehandeling, .nietUitgevoerd, .uitgevoerd, .deelsUitgevoerd, .vervallen]
    func motion(_ index: Int) -> (key: String, id: KamerstukID?, name: String, nameKey: String) {
        let member = members[index % members.count]
        let nameKey = "motie-" + member.lowercased().folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: " ", with: "-")
        if index % 5 == 4 { return ("\(nameKey)-\(index)", nil, "\(member) c.s.", "\(nameKey)-\(index)") }
        let id = KamerstukID(dossier: String(21501 + index % 15_000), toevoeging: index % 3 == 0 ? "02" : (index % 3 == 1 ? "V" : nil),
                             number: String(100 + index / 15_000))!
        return (id.canonical, id, "\(member) c.s.", nameKey)
    }

    guard FileManager.default.createFile(atPath: path, contents: nil) else { fatalError("cannot create \(path)") }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    var buffer: [UInt8] = []
    var generated = GeneratedLedger()
    var prev = String(repeating: "0", count: 64)
    let recorded = Timestamp(secondsSinceEpoch: 1_769_600_000)
    func append(_ entry: LedgerEntry) {
        let record = LedgerRecord(entry, seq: generated.records + 1, recorded: recorded, prev: prev)
        prev = record.lineHash
        buffer += record.line
        buffer.append(0x0A)
        generated.records += 1
        if case .status = entry { generated.events += 1 }
    }
    var day = Day(iso: "2016-01-04")!
    var document = 0
    var seen = Set<Int>()
    while generated.events < wanted {
        document += 1
        day = day.adding(days: random.next(below: 3) == 0 ? 1 : 0)
        // One document in ten is read late: dated weeks before the ones read just before it.
        let date = random.next(below: 10) == 0 ? day.adding(days: -random.next(below: 60)) : day
        let number = "\(date.year)D\(String(10_000 + document % 90_000))"
        let debate = "begrotingsbehandeling \(["Buitenlandse Zaken", "Defensie", "Financiën", "Justitie en Veiligheid"][document % 4]) \(date.adding(days: -1).iso)"
        var keys: [String] = []
        for _ in 0..<min(50, wanted - generated.events) {
            let index = random.next(below: motionCount)
            seen.insert(index)
            let m = motion(index)
            keys.append(m.key)
            let sentence = sentences[random.next(below: sentences.count)]
            let promised = random.next(below: 3) == 0
            let expected = promised ? ExpectedTime(from: date.adding(days: 30), to: date.adding(days: 120), text: "in het vierde kwartaal") : nil
            let manual = random.next(below: 200) == 0
            // One motion in seven is sometimes also named by its subject.
            let otherKeys = index % 7 == 0 && random.next(below: 4) == 0 ? ["motie-inzake-onderwerp-\(index)"] : []
            append(.status(StatusEvent(
                motion: m.key, id: m.id, nameKey: m.nameKey, otherKeys: otherKeys, name: m.name, status: statuses[random.next(below: statuses.count)],
                date: date, source: number, debate: manual ? nil : debate,
                answers: manual ? [] : [AnswerReference(index: 1 + random.next(below: 60), label: nil, askers: [members[random.next(below: members.count)]], party: "D66")],
                evidence: manual ? nil : sentence, evidenceLine: manual ? nil : 1 + random.next(below: 2000), expected: manual ? nil : expected,
                uncertain: random.next(below: 8) == 0, by: manual ? .manual : .parser, who: manual ? "griffier" : nil,
                note: manual ? "nagekeken" : nil, corrects: manual)))
        }
        append(.document(DocumentRecord(number: number, date: date, debate: debate, debateDate: date.adding(days: -1),
                                        sha256: SHA256.hash(Array(number.utf8) + [UInt8(document & 0xFF)]).hex, motions: keys)))
        if buffer.count > 8 << 20 {
            handle.write(Data(buffer))
            generated.bytes += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
    }
    handle.write(Data(buffer))
    generated.bytes += buffer.count
    generated.motions = seen.count
    generated.probe = motion(1235).key
    return generated
}

/// A small, fast, seeded generator, so every run writes the same ledger.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
