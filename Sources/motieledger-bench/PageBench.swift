import Foundation
import MotieLedger

/// `page`: the shared page of a ledger of about fifty thousand motions and two hundred thousand
/// events (generated as for `ledger`), made by `motieledger page --out` with its peak memory,
/// and in the library alone; its size; and, where Debian's chromium is installed, how long the
/// browser takes to open it and run its script, with a filter and a sort from the fragment,
/// beside the time it takes to open an empty page (the browser's own start). The ledger is
/// written to `$MOTIELEDGER_BENCH_PAGE_LEDGER` when that is set (and kept), else to a scratch
/// directory.
func benchPage() throws {
    let keep = ProcessInfo.processInfo.environment["MOTIELEDGER_BENCH_PAGE_LEDGER"]
    let file = keep.map { URL(fileURLWithPath: $0) } ?? workspace.appendingPathComponent("page-ledger.jsonl")
    let generated = try generateLedger(events: 200_000, motions: 52_000, to: file.path)
    print("page: ledger of \(generated.events) events of \(generated.motions) motions, \(String(format: "%.1f", Double(generated.bytes) / 1_000_000)) MB, generated")
    let clock = Now(iso8601: "2026-11-29T12:00:00Z")!
    var size = 0
    let library = bestOf(3) {
        let timeline = try! Ledger(path: file.path).timeline()
        size = try! SharePage(timeline: timeline, now: clock, language: .nl).html().count
    }
    let megabytes = Double(size) / 1_000_000
    report("library: replay + page", seconds: library, megabytes: megabytes, note: String(format: "page of %.1f MB", megabytes))
    guard FileManager.default.isExecutableFile(atPath: motieledger) else {
        print("  (no motieledger executable next to the benchmark; build it: swift build -c release)")
        return
    }
    let page = workspace.appendingPathComponent("moties.html").path
    let command = measure(3, motieledger, ["page", "--ledger", file.path, "--out", page])
    precondition(command.status == 0, "the page of the generated ledger failed")
    report("motieledger page --out FILE", seconds: command.seconds, megabytes: megabytes,
           note: "peak RSS \(command.peakMegabytes) MB (target ≤ 2000 ms)")

    guard let chromium = which("chromium") else {
        print("  chromium: not installed (apt-get install chromium), the page is not opened")
        return
    }
    let blank = workspace.appendingPathComponent("blank.html")
    try Data("<!DOCTYPE html><title>leeg</title>".utf8).write(to: blank)
    let profile = workspace.appendingPathComponent("chromium-profile").path
    func open(_ url: String) -> Double {
        bestOf(3) {
            run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)", "--virtual-time-budget=60000",
                           "--dump-dom", url])
        }
    }
    let empty = open(blank.absoluteString)
    report("chromium --dump-dom, an empty page", seconds: empty, megabytes: 0, note: "the browser's own start and end")
    for fragment in ["", "#q=paternotte+kabinet", "#status=in-uitvoering&sort=-since", "#open=\(generated.probe)"] {
        let seconds = open("file://\(page)\(fragment)")
        report("chromium --dump-dom, the page\(fragment)", seconds: seconds, megabytes: megabytes,
               note: String(format: "%.0f ms more than an empty page", (seconds - empty) * 1000))
    }
}
