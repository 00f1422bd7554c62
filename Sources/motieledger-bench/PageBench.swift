import Foundation
import MotieLedger

/// `page`: the shared page of a ledger of about fifty thousand motions and two hundred thousand
/// events (generated as for `ledger`), made by `motieledger page --out` — its time, its
/// processor time (on a shared machine the steadier figure) and its peak memory, beside those
/// of a ledger a tenth the size, so that the time per event shows whether it stays linear —
/// and in the library alone; its size; and, where Debian's chromium is installed, how long the browser
/// takes until the page's script has filled the table, by the page's own clock, with filters
/// and a sort from the fragment. The ledger is written to `$MOTIELEDGER_BENCH_PAGE_LEDGER` when
/// that is set (and kept), else to a scratch directory.
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
    let page = workspace.appendingPathComponent("moties.html")
    let tenthFile = workspace.appendingPathComponent("page-ledger-tenth.jsonl")
    let tenth = try generateLedger(events: 20_000, motions: 5_200, to: tenthFile.path)
    let small = pageCommand(ledger: tenthFile, page: page)
    let best = pageCommand(ledger: file, page: page)
    report("motieledger page --out FILE", seconds: best.elapsed, megabytes: megabytes,
           note: String(format: "processor %.2f s, peak RSS %d MB (target ≤ 2000 ms)", best.processor, best.peak))
    print(String(format: "  per event, processor: %.2f µs for %d events, %.2f µs for %d (a tenth: %.2f s)",
                 best.processor / Double(generated.events) * 1e6, generated.events,
                 small.processor / Double(tenth.events) * 1e6, tenth.events, small.processor))

    guard let chromium = which("chromium") else {
        print("  chromium: not installed (apt-get install chromium), the page is not opened")
        return
    }
    // A copy of the page that tells when its script has run: a probe script after it notes the
    // page's clock, then takes the data block out, so that the dumped DOM stays small. The
    // copy has no Content-Security-Policy, which would forbid the probe.
    var html = String(decoding: try Data(contentsOf: page), as: UTF8.self)
    if let policy = html.range(of: "<meta http-equiv=\"Content-Security-Policy\""),
       let end = html.range(of: ">", range: policy.upperBound..<html.endIndex) {
        html.removeSubrange(policy.lowerBound..<end.upperBound)
    }
    let probe = "<script>var t = performance.now(); document.getElementById('ledger-data').remove();"
        + " document.body.appendChild(document.createElement('output')).textContent = 'ready ' + Math.round(t) + ' rows '"
        + " + document.querySelectorAll('tr.motion').length;</script>"
    html = html.replacingOccurrences(of: "</body>", with: probe + "</body>")
    let probed = workspace.appendingPathComponent("probed.html")
    try Data(html.utf8).write(to: probed)
    let profile = workspace.appendingPathComponent("chromium-profile").path
    for fragment in ["", "#q=paternotte+kabinet", "#status=in-uitvoering&sort=-since", "#open=\(generated.probe)"] {
        var fastest = Int.max, rows = 0
        for _ in 0..<3 {
            let dom = capture(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)", "--dump-dom",
                                         probed.absoluteString + fragment])
            guard let mark = dom.range(of: "<output>ready ") else { continue }
            let words = dom[mark.upperBound...].prefix { $0 != "<" }.split(separator: " ")
            if words.count == 3, let milliseconds = Int(words[0]), milliseconds < fastest { (fastest, rows) = (milliseconds, Int(words[2]) ?? 0) }
        }
        let what = "chromium: script done" + (fragment.isEmpty ? "" : ", " + fragment.prefix(18))
        guard fastest < Int.max else {
            print("  \(what): the page's script did not finish")
            continue
        }
        report(what, seconds: Double(fastest) / 1000, megabytes: megabytes, note: "by the page's clock, \(rows) rows in the table")
    }
}

/// `motieledger page --out` of `ledger`, best of 3 by elapsed time: that time, the processor
/// time of the same run and its peak memory in MB.
private func pageCommand(ledger: URL, page: URL) -> (elapsed: Double, processor: Double, peak: Int) {
    var best = (elapsed: Double.infinity, processor: 0.0, peak: 0)
    for _ in 0..<3 {
        let start = now()
        let (status, usage) = run(motieledger, ["page", "--ledger", ledger.path, "--out", page.path])
        let elapsed = now() - start
        precondition(status == 0, "the page of the generated ledger failed")
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        if elapsed < best.elapsed { best = (elapsed, seconds(usage.ru_utime) + seconds(usage.ru_stime), usage.ru_maxrss / 1024) }
    }
    return best
}

/// What a program writes to standard output, its errors thrown away.
private func capture(_ path: String, _ arguments: [String]) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    guard (try? process.run()) != nil else { return "" }
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: bytes, as: UTF8.self)
}
