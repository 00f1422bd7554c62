import Foundation

/// `facts`: 100,000 generated motions as open data — for each a Zaak with its motion Document
/// (its Kamerstuk) and a Stemming expanded to Besluit → Agendapunt → Zaak, two in three adopted
/// — imported into an empty ledger by `motieledger import`, imported again (which adds
/// nothing), then `unanswered` on that ledger: the figures issue 13 asks for.
func benchFacts() throws {
    let motions = 100_000
    let file = workspace.appendingPathComponent("opendata.jsonl")
    let bytes = generateOpenData(motions: motions)
    try Data(bytes).write(to: file)
    let ledger = workspace.appendingPathComponent("facts.jsonl").path
    let megabytes = Double(bytes.count) / 1_000_000
    print("facts: \(motions) motions as \(2 * motions) open-data records (JSON Lines) in \(String(format: "%.1f", megabytes)) MB, generated")
    guard FileManager.default.isExecutableFile(atPath: motieledger) else {
        print("  (no motieledger executable next to the benchmark; build it: swift build -c release)")
        return
    }
    setenv("MOTIELEDGER_NOW", "2026-03-20T09:30:00Z", 1)
    func timed(_ arguments: [String]) -> (seconds: Double, peak: Int) {
        let start = now()
        let (status, usage) = run(motieledger, arguments)
        precondition(status == 0, "motieledger \(arguments.joined(separator: " ")) failed")
        return (now() - start, usage.ru_maxrss / 1024)
    }
    let first = timed(["import", file.path, "--ledger", ledger, "--format", "json"])
    let ledgerMB = Double((try FileManager.default.attributesOfItem(atPath: ledger)[.size] as? Int) ?? 0) / 1_000_000
    report("motieledger import (empty ledger)", seconds: first.seconds, megabytes: megabytes,
           note: "ledger \(String(format: "%.1f", ledgerMB)) MB, peak RSS \(first.peak) MB")
    let again = timed(["import", file.path, "--ledger", ledger])
    report("motieledger import again (adds nothing)", seconds: again.seconds, megabytes: megabytes, note: "peak RSS \(again.peak) MB")
    var best = (seconds: Double.infinity, peak: 0)
    for _ in 0..<3 {
        let one = timed(["unanswered", "--on", "2026-03-20", "--format", "json", "--ledger", ledger])
        best = (min(best.seconds, one.seconds), max(best.peak, one.peak))
    }
    report("motieledger unanswered", seconds: best.seconds, megabytes: ledgerMB, note: "peak RSS \(best.peak) MB")
}

/// JSON Lines of `motions` Zaken and their votes, shaped like the API's records.
func generateOpenData(motions: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(motions * 1200)
    let outcomes = ["Stemmen - aangenomen", "Stemmen - aangenomen", "Stemmen - verworpen"]
    for n in 0..<motions {
        let zaak = "2025Z\(String(format: "%05d", n))"
        let dossier = 36000 + n / 500, number = n % 500 + 1
        let day = String(format: "2025-%02d-%02d", n % 12 + 1, n % 28 + 1)
        out += Array(("{\"Id\":\"z\(n)\",\"Nummer\":\"\(zaak)\",\"Soort\":\"Motie\",\"Titel\":\"Dossier \(dossier)\","
            + "\"Onderwerp\":\"Motie van het lid Lid\(n % 150) over onderwerp \(n)\",\"GestartOp\":\"\(day)T00:00:00+02:00\","
            + "\"GewijzigdOp\":\"\(day)T12:00:00+02:00\",\"Kabinetsappreciatie\":\"Oordeel Kamer\",\"Afgedaan\":true,"
            + "\"Document\":[{\"Soort\":\"Motie\",\"DocumentNummer\":\"2025D\(n)\",\"Datum\":\"\(day)T00:00:00+02:00\","
            + "\"HuidigeDocumentVersie\":{\"ExterneIdentifier\":\"kst-\(dossier)-\(number)\"}}]}\n").utf8)
        out += Array(("{\"Id\":\"s\(n)\",\"Besluit_Id\":\"b\(n)\",\"Soort\":\"Voor\",\"FractieGrootte\":\(n % 40 + 1),"
            + "\"ActorFractie\":\"Partij\(n % 15)\",\"Persoon_Id\":null,\"Verwijderd\":false,\"Besluit\":{\"Id\":\"b\(n)\","
            + "\"BesluitSoort\":\"\(outcomes[n % 3])\",\"BesluitTekst\":\"\",\"GewijzigdOp\":\"\(day)T15:00:00+02:00\","
            + "\"Agendapunt\":{\"Onderwerp\":\"Motie ingediend bij het debat \(dossier)\",\"Zaak\":[{\"Nummer\":\"\(zaak)\"}]}}}\n").utf8)
    }
    return out
}
