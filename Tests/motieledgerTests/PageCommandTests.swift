import Foundation
import Kamerstuk
import Testing
import TestSupport
@testable import MotieLedger

/// The three fixture documents: the January answers, the March answers, the April letter.
private let fixtures = ["2026D03887.txt", "2026D07412.txt", "2026D11873.txt"].map {
    repository.appendingPathComponent("Tests/Fixtures/\($0)").path
}

/// The clock of every page test: the page is made on 2026-11-29.
private let clock = ["MOTIELEDGER_NOW": "2026-11-29T12:00:00Z"]

extension Workspace {
    /// The three fixtures read, a reading corrected by hand and a record of news.
    fileprivate func clerksLedger() throws {
        for arguments in [["ingest"] + fixtures,
                          ["record", "kst-21501-20-2310", "in-uitvoering", "--source", "2026D07412", "--note", "nagelezen", "--by", "griffier"],
                          ["record", "kst-36800-V-41", "in-uitvoering", "--source", "brief van 2026-05-01", "--date", "2026-05-01"]] {
            let result = try run(arguments, environment: clock)
            #expect(result.status == 0, "\(arguments[0]): \(result.err)")
        }
    }

    /// A document whose every text is hostile — markup, quotes that would end an attribute, a
    /// `</script>`, line and bidirectional controls, a name of ten thousand characters — read
    /// into the ledger, and a record by hand with hostile words of its own.
    fileprivate func hostileLedger() throws {
        let (script, attribute, breaking, long) = (HostileText.script, HostileText.attribute, HostileText.breaking, HostileText.long)
        func reading(_ id: String?, _ key: String, _ name: String, _ evidence: String, _ status: MotionStatus,
                     _ expected: ExpectedTime? = nil) -> MotionReading {
            MotionReading(id: id.flatMap(KamerstukID.init(canonical:)), nameKey: key, name: name, status: status, evidence: evidence,
                          evidenceLine: 7, answers: [AnswerReference(index: 1, label: nil, askers: [script], party: "D66")],
                          expected: expected, uncertain: true)
        }
        let document = DocumentReading(
            number: "2026D55555", date: Day(iso: "2026-05-01")!, debate: Debate(label: "debat " + script, date: nil),
            sha256: SHA256.hash(Array("hostile page".utf8)).hex,
            motions: [
                reading("kst-36800-V-50", "motie-a", script, attribute, .inBehandeling,
                        ExpectedTime(from: Day(iso: "2026-06-01")!, to: Day(iso: "2026-06-30")!, text: breaking)),
                reading("kst-36800-V-51", "motie-b", attribute, breaking, .inUitvoering),
                reading(nil, "javascript:alert(5)", "javascript:alert(5)", script, .uitgevoerd),
                reading("kst-36800-V-52", "motie-c", long, "Een gewone zin.", .onbekend),
            ])
        _ = try Ledger(path: ledger).ingest([document], now: Now(iso8601: "2026-05-02T10:00:00Z")!)
        let record = try run(["record", "kst-36800-V-50", "uitgevoerd", "--source", "brief " + script, "--date", "2026-05-10",
                              "--note", breaking, "--by", attribute], environment: clock)
        #expect(record.status == 0, "\(record.err)")
    }

    /// `page --out` into the workspace; the page's path.
    fileprivate func page(_ extra: [String] = []) throws -> String {
        let path = directory + "/moties.html"
        let result = try run(["page", "--out", path] + extra, environment: clock)
        #expect(result.status == 0 && result.err.isEmpty && result.out.isEmpty, "\(result.err)")
        return path
    }
}

/// The texts of the hostile fixture: markup, an attribute's end, what would end a style or a
/// script with line and bidirectional controls, and a name of ten thousand characters.
private enum HostileText {
    static let script = "<script>alert(1)</script>"
    static let attribute = "\"onmouseover=\"alert(2)\" x='y' <img src=x onerror=alert(3)>"
    static let breaking = "</style></script><!-- <b>vet</b> javascript:alert(4) regel\u{2028}twee\u{2029}drie \u{202E}omgekeerd\u{202C} Oekraïne"
    static let long = String(repeating: "Langenaam", count: 1_112)
}

/// The motion a page's table shows, as the ledger gives it, with what the filters look at.
private struct LedgerMotion {
    let key: String
    let status: MotionStatus
    /// Since when it has its status, `YYYY-MM-DD`.
    let since: String
    let dossier: String?
    let parties: [String]
    /// What the free text is looked for in: the row's visible text.
    let text: String
    let history: [(event: TimelineEvent, details: StatusEvent)]

    /// Every motion of the ledger at `path`, in the table's order, read through the library's
    /// timeline: another road than the page's data and script.
    static func all(ledger path: String) throws -> [LedgerMotion] {
        let timeline = try Ledger(path: path).existingTimeline()
        return try timeline.snapshot().map { state in
            let history = try timeline.history(of: state.motion).map { ($0, try timeline.details(of: $0)) }
            let current = try timeline.details(of: state.event)
            let answers = history.flatMap(\.1.answers)
            let askers = answers.map { ($0.askers.joined(separator: ", ") + " " + ($0.party ?? "")) }
            let debate = current.debate ?? ""
            let text = [state.motion.name, state.motion.key, state.motion.id?.canonical ?? "", askers.joined(separator: " "),
                        current.source, debate, current.evidence ?? current.note ?? "", current.expected?.text ?? ""].joined(separator: "\n")
            var parties: [String] = []
            for party in answers.compactMap(\.party) where !parties.contains(party) { parties.append(party) }
            return LedgerMotion(key: state.motion.key, status: state.event.status, since: state.since.iso,
                                dossier: state.motion.id.map { id in id.toevoeging.map { "\(id.dossier)-\($0)" } ?? id.dossier },
                                parties: parties, text: text, history: history)
        }
    }

    /// Whether the motion passes the filters other than the status, as the README states them.
    func passes(dossier: String, party: String, words: String) -> Bool {
        let fold = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        guard let own = self.dossier, own == dossier || own.split(separator: "-").first.map(String.init) == dossier else { return false }
        guard parties.contains(where: { $0.lowercased() == party.lowercased() }) else { return false }
        return words.split(separator: " ").allSatisfy { fold(text).contains(fold(String($0))) }
    }
}

/// The keys of the table's rows in a DOM, in order.
private func rowKeys(_ dom: String) -> [String] {
    HTMLElements(dom).elements.filter { $0.name == "tr" && $0.attribute("class") == "motion" }.compactMap { $0.attribute("data-key") }
}

/// A program on the PATH, or `nil`.
private func executable(_ name: String) -> String? {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }
        .first(where: FileManager.default.isExecutableFile(atPath:))
}

/// The count the page shows for `status` (`""`: all).
private func shownCount(_ status: String, in dom: String) -> Int? {
    guard let button = dom.range(of: "data-status=\"\(status)\""),
          let open = dom.range(of: "<span class=\"n\">", range: button.upperBound..<dom.endIndex),
          let close = dom.range(of: "</span>", range: open.upperBound..<dom.endIndex)
    else { return nil }
    return Int(dom[open.upperBound..<close.lowerBound])
}

/// What an element's text holds as the DOM serialises it: `&`, `<`, `>` and a no-break space as entities.
private func serialised(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\u{A0}", with: "&nbsp;")
}

@Suite(.enabled(if: toolPath != nil)) struct PageCommandTests {
    @Test("page: the same ledger and clock give the same bytes, to a file or standard output; Dutch, or English with --lang en")
    func reproducible() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.clerksLedger()
        let first = try Data(contentsOf: URL(fileURLWithPath: try workspace.page()))
        let second = try Data(contentsOf: URL(fileURLWithPath: try workspace.page()))
        #expect(first == second)
        let printed = try workspace.run(["page"], environment: clock)
        #expect(printed.status == 0 && Data(printed.out.utf8) == first)
        let page = String(decoding: first, as: UTF8.self)
        let head = try workspace.run(["head"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(page.contains("<code id=\"ledger-head\">\(head)</code>"))
        #expect(page.contains("<html lang=\"nl\">") && page.contains("Gemaakt op <time datetime=\"2026-11-29\">2026-11-29</time>"))
        let english = try workspace.run(["page", "--lang", "en"], environment: clock)
        #expect(english.out.contains("<html lang=\"en\">") && english.out.contains("Motions: state of execution"))
        #expect(english.out.contains("\"word\":\"being carried out\""))
    }

    /// The page of the clerk's ledger (Dutch) and of the hostile one (English), byte for byte as
    /// Tests/Fixtures/golden/page.html and page-hostile-en.html hold them: what a change made
    /// for speed must leave as it was. `MOTIELEDGER_UPDATE_GOLDEN=1` writes them anew.
    @Test("page: the clerk's ledger and the hostile one give the pages of Tests/Fixtures/golden, byte for byte")
    func golden() throws {
        let update = ProcessInfo.processInfo.environment["MOTIELEDGER_UPDATE_GOLDEN"] == "1"
        let directory = repository.appendingPathComponent("Tests/Fixtures/golden")
        let cases: [(file: String, ledger: (Workspace) -> () throws -> Void, arguments: [String])] = [
            ("page.html", Workspace.clerksLedger, []),
            ("page-hostile-en.html", Workspace.hostileLedger, ["--lang", "en"]),
        ]
        for (file, ledger, arguments) in cases {
            let workspace = Workspace()
            defer { workspace.remove() }
            try ledger(workspace)()
            let page = try Data(contentsOf: URL(fileURLWithPath: try workspace.page(arguments)))
            let path = directory.appendingPathComponent(file)
            if update {
                try page.write(to: path)
                continue
            }
            #expect(page == (try Data(contentsOf: path)), "\(file) differs from the page of its ledger; MOTIELEDGER_UPDATE_GOLDEN=1 writes it anew")
        }
    }

    @Test("page: no ledger is 66; a file that cannot be written is 74 and leaves nothing; a full standard output is 74")
    func failures() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let missing = try workspace.run(["page"], environment: clock)
        #expect(missing.status == 66 && missing.err.contains("no ledger here"), "\(missing.err)")
        try workspace.clerksLedger()
        let folder = workspace.directory + "/no/such/folder"
        let unwritable = try workspace.run(["page", "--out", folder + "/moties.html"], environment: clock)
        #expect(unwritable.status == 74, "\(unwritable.err)")
        #expect(unwritable.err == "motieledger: \(folder)/moties.html: error: cannot write the page: No such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.directory + "/no"))
        if let full = FileHandle(forWritingAtPath: "/dev/full") {
            let result = try workspace.run(["page"], environment: clock, output: full)
            #expect(result.status == 74 && result.err.contains("No space left on device"))
        }
    }
}

/// The page in a real browser: headless Chromium runs its script and the test reads the DOM or
/// looks at a screenshot. Chromium takes seconds to start, so each test checks several things.
@Suite(.serialized, .enabled(if: toolPath != nil && HeadlessChromium.installed != nil, "needs the built motieledger and Debian's chromium"))
struct PageBrowserTests {
    let chromium = HeadlessChromium.installed!

    @Test("a view from the fragment: the rows and the counts per status are the ledger's for its filters, and the motion it opens shows every reading")
    func fragmentFilters() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.clerksLedger()
        let page = try workspace.page()
        let (status, dossier, party, words) = ("in-uitvoering", "21501", "sp/groenlinks-pvda", "DOBBE piri")
        let opened = "kst-21501-20-2310"
        let fragment = "status=\(status)&dossier=\(dossier)&party=sp%2Fgroenlinks-pvda&q=DOBBE+piri&open=\(opened)"
        let dom = try chromium.dumpDOM("file://\(page)#\(fragment)")

        let motions = try LedgerMotion.all(ledger: workspace.ledger)
        let passing = motions.filter { $0.passes(dossier: dossier, party: party, words: words) }
        let expected = passing.filter { $0.status.rawValue == status }.map(\.key)
        #expect(!expected.isEmpty && passing.count > expected.count, "the filter should show some motions and count others")
        #expect(rowKeys(dom) == expected)
        #expect(shownCount("", in: dom) == passing.count)
        for kind in MotionStatus.allCases {
            #expect(shownCount(kind.rawValue, in: dom) == passing.count { $0.status == kind }, "\(kind)")
        }
        #expect(dom.contains("aria-pressed=\"true\">in uitvoering<span class=\"n\">"))
        #expect(dom.contains("<p id=\"shown\" class=\"shown\" aria-live=\"polite\">\(expected.count) van \(motions.count) moties getoond</p>"))

        // The opened motion's history, in place under its row: every reading with its date,
        // source and passage; the corrected one and the record by hand marked.
        let motion = try #require(motions.first { $0.key == opened })
        let start = try #require(dom.range(of: "<tr class=\"history\""))
        let history = String(dom[start.lowerBound..<(dom.range(of: "</tr>", range: start.upperBound..<dom.endIndex)?.upperBound ?? dom.endIndex)])
        #expect(history.components(separatedBy: "<li class=\"reading").count - 1 == motion.history.count)
        #expect(motion.history.count == 3)
        for (event, details) in motion.history {
            #expect(history.contains("<strong>\(event.date.iso)</strong>"))
            #expect(history.contains(serialised(details.source)))
            if let evidence = details.evidence { #expect(history.contains(serialised(evidence)), "\(evidence)") }
        }
        #expect(history.components(separatedBy: "is-corrected").count - 1 == motion.history.count { $0.event.isCorrected })
        #expect(history.contains("handmatig, vastgelegd door griffier") && history.contains("correctie van wat uit de bron gelezen was"))
        #expect(history.contains("notitie: nagelezen"))
        #expect(dom.contains("aria-expanded=\"true\" aria-controls=\"h-"))
    }

    @Test("sorted from the fragment: by status, and newest first by since, ties in the table's order; the column says how it is sorted")
    func sortFromFragment() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.clerksLedger()
        let page = try workspace.page()
        let motions = try LedgerMotion.all(ledger: workspace.ledger)
        let rank = { (status: MotionStatus) in MotionStatus.allCases.firstIndex(of: status)! }
        let byStatus = motions.enumerated().sorted { (rank($0.element.status), $0.offset) < (rank($1.element.status), $1.offset) }.map(\.element.key)
        let newest = motions.enumerated().sorted {
            $0.element.since != $1.element.since ? $0.element.since > $1.element.since : $0.offset < $1.offset
        }.map(\.element.key)
        #expect(byStatus != motions.map(\.key) && newest != motions.map(\.key), "each sort should change the order")
        let status = try chromium.dumpDOM("file://\(page)#sort=status")
        #expect(rowKeys(status) == byStatus)
        #expect(status.contains("data-column=\"status\" aria-sort=\"ascending\""))
        let since = try chromium.dumpDOM("file://\(page)#sort=-since")
        #expect(rowKeys(since) == newest)
        #expect(since.contains("data-column=\"since\" aria-sort=\"descending\""))
        #expect(since.contains("aria-label=\"sorteer op Sinds\""))
    }

    @Test("the hostile fixture: every text shows as written, nothing of it becomes an element, an attribute, a link or a script")
    func hostileText() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let (script, attribute, breaking, long) = (HostileText.script, HostileText.attribute, HostileText.breaking, HostileText.long)
        try workspace.hostileLedger()
        let page = try workspace.page()
        // Every motion, the first history opened, and a search with its diacritic left out.
        let all = try chromium.dumpDOM("file://\(page)#open=kst-36800-V-50")
        let searched = try chromium.dumpDOM("file://\(page)#q=oekraine")

        for dom in [all, searched] {
            let parsed = HTMLElements(dom)
            // The page's own elements only: the two scripts, the chart, the table's.
            #expect(parsed.comments == 0)
            #expect(parsed.elements.count { $0.name == "script" } == 2)
            #expect(parsed.elements.count { $0.name == "svg" } == 1)
            #expect(!parsed.elements.contains { ["img", "b", "iframe", "object", "embed", "link"].contains($0.name) })
            #expect(parsed.elements.count { $0.name == "meta" } == 4)
            #expect(parsed.elements.allSatisfy { $0.attributes.allSatisfy { !$0.name.hasPrefix("on") } })
            let hrefs = parsed.elements.compactMap { $0.attribute("href") }
            #expect(hrefs.allSatisfy { $0.hasPrefix("#open=") || $0.hasPrefix("https://zoek.officielebekendmakingen.nl/kst-") }, "\(hrefs)")
            #expect(!dom.contains("\u{202E}") && !dom.contains("\u{2028}") && !dom.contains("\u{2029}"))
        }
        #expect(rowKeys(all) == ["kst-36800-V-50", "kst-36800-V-51", "kst-36800-V-52", "javascript:alert(5)"])
        // The texts, as text: names, passages, the note, who recorded it, the debate, the promise.
        for text in [script, attribute, ReportText.line(breaking), long, "javascript:alert(5)", "notitie: " + ReportText.line(breaking),
                     "vastgelegd door " + attribute, "brief " + script] {
            #expect(all.contains(serialised(text)), "\(text.prefix(60))")
        }
        #expect(all.contains("\u{FFFD}omgekeerd\u{FFFD}"))
        // A key is no link; the Kamerstukken are links to their pages.
        let links = HTMLElements(all).elements.compactMap { $0.attribute("href") }.filter { $0.hasPrefix("https://") }
        #expect(links == ["https://zoek.officielebekendmakingen.nl/kst-36800-V-50.html", "https://zoek.officielebekendmakingen.nl/kst-36800-V-51.html",
                          "https://zoek.officielebekendmakingen.nl/kst-36800-V-52.html"])
        // "oekraine" finds the two motions whose visible text says Oekraïne.
        #expect(rowKeys(searched) == ["kst-36800-V-51", "kst-36800-V-50"].sorted())
    }

    @Test("screenshots of the default view and of an opened history show a page, not a blank window, and differ")
    func screenshots() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.clerksLedger()
        let page = try workspace.page()
        let blank = workspace.directory + "/blank.html"
        try Data("<!DOCTYPE html><html><head><title>leeg</title></head><body></body></html>".utf8).write(to: URL(fileURLWithPath: blank))
        var shots: [PNGSummary] = []
        for (name, url) in [("blank", "file://\(blank)"), ("default", "file://\(page)"), ("history", "file://\(page)#open=kst-21501-02-3236")] {
            let file = workspace.directory + "/\(name).png"
            try chromium.screenshot(url, width: 1280, height: 1400, to: file)
            let summary = try #require(PNGSummary([UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))), "\(name) is no PNG")
            #expect(summary.width == 1280 && summary.height == 1400, "\(name)")
            shots.append(summary)
        }
        let (blankShot, defaultShot, historyShot) = (shots[0], shots[1], shots[2])
        // A white window of this size compresses to about 8 KB; text, a chart and a table to
        // several times more (55–300 KB; the opened history, scrolled to, shows the fewest pictures).
        #expect(defaultShot.compressedImageBytes > 4 * blankShot.compressedImageBytes, "\(shots)")
        #expect(historyShot.compressedImageBytes > 4 * blankShot.compressedImageBytes, "\(shots)")
        #expect(historyShot != defaultShot)
        // On a phone's width: the page, each motion a card.
        let phone = workspace.directory + "/phone.png"
        try chromium.screenshot("file://\(page)", width: 390, height: 844, to: phone)
        let phoneShot = try #require(PNGSummary([UInt8](try Data(contentsOf: URL(fileURLWithPath: phone)))))
        #expect(phoneShot.width == 390 && phoneShot.compressedImageBytes > 5 * blankShot.compressedImageBytes, "\(phoneShot)")
    }

    @Test("a long table: the first rows put in at once and the rest on demand; a motion far down opened with its own page of rows; print gets every row without the controls")
    func longTable() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        var readings: [DocumentReading] = []
        for document in 0..<3 {
            let motions = (0..<150).map { n in
                let index = document * 150 + n
                return MotionReading(id: KamerstukID(canonical: "kst-36600-V-\(index + 1)"), nameKey: "motie-lid-\(index)", name: "Lid \(index)",
                                     status: MotionStatus.allCases[index % 4], evidence: "Zin \(index).", evidenceLine: n + 1, answers: [],
                                     expected: nil, uncertain: false)
            }
            readings.append(DocumentReading(number: "2026D1000\(document)", date: Day(iso: "2026-0\(document + 1)-15")!, debate: nil,
                                            sha256: SHA256.hash(Array("lang \(document)".utf8)).hex, motions: motions))
        }
        _ = try Ledger(path: workspace.ledger).ingest(readings, now: Now(iso8601: "2026-04-01T10:00:00Z")!)
        let page = try workspace.page()
        let keys = try LedgerMotion.all(ledger: workspace.ledger).map(\.key)
        #expect(keys.count == 450)

        let first = try chromium.dumpDOM("file://\(page)")
        #expect(rowKeys(first) == Array(keys.prefix(200)))
        #expect(first.contains("<button type=\"button\" id=\"more\" class=\"more-rows\">Meer tonen (200 van 450)</button>"))
        // The 400th motion: the rows of its own page (the 201st to the 400th) are put in, its
        // history opened under it, the rows before them a button away.
        let far = try chromium.dumpDOM("file://\(page)#open=\(keys[399])")
        #expect(Array(rowKeys(far).prefix(200)) == Array(keys[200..<400]))
        #expect(far.contains("<button type=\"button\" id=\"earlier\" class=\"more-rows\">De 200 moties ervoor tonen</button>"))
        #expect(far.components(separatedBy: "<tr class=\"history\"").count - 1 == 1)
        #expect(far.contains("<h3>Geschiedenis: \(keys[399])</h3>"))

        // Printed with that motion open: every row, the earlier ones too, as the script puts
        // them all in before printing; no controls.
        let pdf = workspace.directory + "/moties.pdf"
        try chromium.printToPDF("file://\(page)#open=\(keys[399])", to: pdf)
        let printed = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(printed.starts(with: Data("%PDF-".utf8)))
        guard let pdftotext = executable("pdftotext") else {
            print("note: pdftotext is not installed (Debian: apt-get install poppler-utils); the printed page's text is not checked")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = [pdf, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect((0..<450).allSatisfy { text.contains("Zin \($0).") })
        for control in ["Filters wissen", "Meer tonen", "Alle statussen", "Geschiedenis verbergen", "moties ervoor tonen"] {
            #expect(!text.contains(control), "\(control)")
        }
    }
}
