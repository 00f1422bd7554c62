import Foundation
import Kamerstuk
import MotieLedger

/// `ledger`: a generated ledger of a million status events with a valid chain, and the times of
/// a one-motion `status`, a full replay (what `table` needs), `verify`, and jq selecting the
/// same motion's lines. Peak memory is the largest resident set of a `motieledger` child.
func benchLedger() throws {
    let file = workspace.appendingPathComponent("moties.jsonl")
    let generated = try generateLedger(events: 1_000_000, to: file.path)
    let megabytes = Double(generated.bytes) / 1_000_000
    print("ledger: \(generated.records) records (\(generated.events) events) in \(String(format: "%.1f", megabytes)) MB, generated")

    let replay = bestOf(3) {
        let timeline = try! Ledger(path: file.path).timeline()
        precondition(timeline.snapshot().count == generated.motions)
    }
    report("library: full replay + snapshot", seconds: replay, megabytes: megabytes, note: "\(generated.motions) motions (target ≤ 1500 ms)")

    guard FileManager.default.isExecutableFile(atPath: motieledger) else {
        print("  (no motieledger executable next to the benchmark; build it: swift build -c release)")
        return
    }
    let byName = ["status", generated.name, "--ledger", file.path]
    let fullQuery = bestOf(3) { run(motieledger, byName) }
    report("motieledger status NAME (full replay)", seconds: fullQuery, megabytes: megabytes, note: "peak RSS \(childPeakMegabytes()) MB (target ≤ 256)")

    let byID = ["status", generated.probe, "--ledger", file.path]
    let status = bestOf(5) { run(motieledger, byID) }
    report("motieledger status ID", seconds: status, megabytes: megabytes, note: "\(countLines(motieledger, byID)) lines")

    let verify = bestOf(1) { run(motieledger, ["verify", "--ledger", file.path]) }
    report("motieledger verify (full re-hash)", seconds: verify, megabytes: megabytes, note: "peak RSS \(childPeakMegabytes()) MB")

    guard let jq = which("jq") else {
        print("  jq: not installed (apt-get install jq), no comparison")
        return
    }
    let filter = "select(.motion==\"\(generated.probe)\")"
    let selected = bestOf(1) { run(jq, ["-c", filter, file.path]) }
    report("jq -c '\(filter)'", seconds: selected, megabytes: megabytes, note: "\(countLines(jq, ["-c", filter, file.path])) lines")
    print(String(format: "  ratio status/jq time: 1/%.0f (target ≤ 1/20)", selected / status))
}

/// The largest resident set of any child waited for so far, in MB.
private func childPeakMegabytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    return usage.ru_maxrss / 1024
}

/// What ``generateLedger(events:to:)`` wrote.
private struct GeneratedLedger {
    var records = 0
    var events = 0
    var motions = 0
    var bytes = 0
    /// A motion with a typical number of events, to look up.
    var probe = ""
    /// A name no motion has: the CLI replays the whole ledger to learn that.
    var name = ""
}

/// Writes a ledger as years of reading would leave it: documents of about fifty motions each,
/// dates moving forward with some read late, one motion in five known by name key alone,
/// evidence sentences of varied length with Dutch diacritics, promised times, manual records.
private func generateLedger(events wanted: Int, to path: String) throws -> GeneratedLedger {
    var random = SplitMix(seed: 2026)
    let members = ["Paternotte", "Van Baarle", "Van der Burg", "Piri", "Erkens", "Boswijk", "Dobbe", "Klaver", "Karimi",
                   "Van Campen", "Brekelmans", "Sjoerdsma", "Ceder", "Stoffer", "Bikker", "Omtzigt", "Teunissen", "Kröger"]
    let sentences = [
        "Het kabinet heeft zich afgelopen zomer, conform de motie, ingezet voor nationale maatregelen en zal de Kamer in het vierde kwartaal informeren.",
        "Hier is met de brief van 12 december uitvoering aan gegeven.",
        "Het kabinet beziet hoe deze motie uitgevoerd kan worden en wat de mogelijkheden zijn om hier in EU-verband invulling aan te geven; de Kamer wordt daarover vóór de zomer geïnformeerd.",
        "De motie wordt niet uitgevoerd: het kabinet ziet andere methodes als effectiever.",
        "In lijn met de motie heeft het kabinet zich tijdens de Raad Buitenlandse Zaken ingespannen voor een gezamenlijke EU-positie, en daarmee is de motie afgedaan.",
        "Alvast is een eerste tranche van EUR 750.000 beschikbaar gesteld; aan de rest van de motie wordt gewerkt.",
        "De motie is ingehaald door het coalitieakkoord en daarmee vervallen.",
    ]
    let statuses: [MotionStatus] = [.inUitvoering, .uitgevoerd, .inBehandeling, .nietUitgevoerd, .uitgevoerd, .deelsUitgevoerd, .vervallen]
    let motionCount = wanted / 20
    func motion(_ index: Int) -> (key: String, id: KamerstukID?, name: String, nameKey: String) {
        let member = members[index % members.count]
        let nameKey = "motie-" + member.lowercased().folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: " ", with: "-")
        if index % 5 == 4 { return ("\(nameKey)-\(index)", nil, "\(member) c.s.", "\(nameKey)-\(index)") }
        let id = KamerstukID(dossier: String(21501 + index % 15_000), toevoeging: index % 3 == 0 ? "02" : (index % 3 == 1 ? "V" : nil),
                             number: String(100 + index / 15_000))!
        return (id.canonical, id, "\(member) c.s.", nameKey)
    }

    FileManager.default.createFile(atPath: path, contents: nil)
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
            append(.status(StatusEvent(
                motion: m.key, id: m.id, nameKey: m.nameKey, name: m.name, status: statuses[random.next(below: statuses.count)],
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
    generated.probe = motion(1234).key
    generated.name = "motie Zwaardemaker"
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
