import Foundation
import Kamerstuk
import Testing
import TestSupport
@testable import MotieLedger

/// The shared page as the library writes it, before any browser reads it: its escaping, its
/// policy, its data and its chart, each checked against what the ledger says by other roads.
@Suite struct SharePageTests {
    /// The ledger of the January answers and the March letter, with a correction and a record
    /// by hand, replayed.
    private func ledger(_ scratch: Scratch) throws -> Timeline {
        let ledger = scratch.ledger()
        _ = try ledger.ingest([Readings.january, Readings.march], now: Readings.now)
        _ = try ledger.record(ManualRecord(motion: "kst-21501-02-3000", status: .inUitvoering, source: "2026D03887",
                                           note: "nagelezen", date: nil, by: "griffier"), now: Readings.now)
        _ = try ledger.record(ManualRecord(motion: "kst-36800-V-27", status: .uitgevoerd, source: "e-mail van de minister",
                                           note: nil, date: Day(iso: "2026-03-18"), by: "griffier"), now: Readings.now)
        return try ledger.existingTimeline()
    }

    private func page(_ timeline: Timeline, language: Language = .nl) throws -> String {
        String(decoding: try SharePage(timeline: timeline, now: Readings.now, language: language).html(), as: UTF8.self)
    }

    /// The text between the first `open` after `from` and the `close` after it.
    private func between(_ text: String, _ open: String, _ close: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// The page's data block, read back as JSON.
    private func data(_ page: String) throws -> JSONValue {
        let block = try #require(between(page, "<script type=\"application/json\" id=\"ledger-data\">", "</script>"))
        return try JSONParser.parse(Array(block.utf8))
    }

    @Test("HTML text and attributes: markup, quotes and entities become entities; controls and bidi overrides U+FFFD; one line")
    func htmlEscaping() {
        #expect(HTMLText.text("<script>alert(1)</script> & \"x\"") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\"")
        #expect(HTMLText.attribute("\"onmouseover=\"alert(1)' <b>") == "&quot;onmouseover=&quot;alert(1)&#39; &lt;b&gt;")
        #expect(HTMLText.text("een\u{2028}twee\u{202E}drie\n<!--") == "een twee\u{FFFD}drie &lt;!--")
        #expect(HTMLText.text("Oekraïne") == "Oekraïne")
        #expect(HTMLText.fragmentValue("motie-<x>|y & z=1+2#3") == "motie-%3Cx%3E%7Cy%20%26%20z%3D1%2B2%233")
        #expect(HTMLText.fragmentValue("kst-21501-02-3236") == "kst-21501-02-3236")
        #expect(HTMLText.fragmentValue("Oekraïne") == "Oekra%C3%AFne")
    }

    @Test("JSON in a script block: no <, >, & or U+2028/2029 left, and the value reads back the same")
    func scriptData() throws {
        let value = JSONValue.array([
            .string("</script><script>alert(1)</script>"), .string("<!-- & -->"), .string("regel\u{2028}einde\u{2029}"),
            .object([("</style>", .string("Oekraïne & co"))]),
        ])
        let safe = HTMLText.scriptData(value.encoded(canonical: false))
        let text = String(decoding: safe, as: UTF8.self)
        #expect(!safe.contains(UInt8(ascii: "<")) && !safe.contains(UInt8(ascii: ">")) && !safe.contains(UInt8(ascii: "&")))
        #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"))
        #expect(text.contains(#"\u003c/script\u003e"#) && text.contains(#"\u2028"#))
        #expect(try JSONParser.parse(safe) == value)
    }

    @Test("base64 as RFC 4648 gives its test vectors")
    func base64() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (text, encoded) in vectors { #expect(Base64.encoded(Array(text.utf8)) == encoded, "\(text)") }
        // The digest of the empty string, as `printf '' | openssl dgst -sha256 -binary | base64` gives it.
        #expect(Base64.encoded(SHA256.hash(Array("".utf8)).bytes) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
    }

    @Test("the policy allows the page's own script and style by the hashes of their texts as they stand in the page, and nothing else")
    func contentSecurityPolicy() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let page = try page(try ledger(scratch))
        let policy = try #require(between(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\">"))
        let script = try #require(between(page, "</script>\n<script>", "</script>"))
        let style = try #require(between(page, "<style>", "</style>"))
        func source(_ text: String) -> String { "'sha256-" + Data(SHA256.hash(Array(text.utf8)).bytes).base64EncodedString() + "'" }
        #expect(policy == "default-src 'none'; script-src \(source(script)); style-src \(source(style)); base-uri 'none'; form-action 'none'")
        #expect(!page.contains("unsafe-inline") && !page.contains("unsafe-eval"))
        // Nothing to fetch: no element with a source, no linked file, no font or image by URL.
        for outside in [" src=", "<link", "@import", "url(", "<iframe", "<object", "<embed", "http://"] {
            #expect(!page.contains(outside), "\(outside)")
        }
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(page.components(separatedBy: "</script>").count - 1 == 2)
        #expect(page.components(separatedBy: "<style").count - 1 == 1)
    }

    @Test("the data: every motion of the table in its order, with its status, since, the reading that set it, every reading of its history with corrections and records by hand marked")
    func dataAsTheLedgerHasIt() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let timeline = try ledger(scratch)
        let json = try data(try page(timeline))
        let statuses = try #require(json["statuses"]?.arrayValue).map { $0["key"]?.stringValue }
        #expect(statuses == MotionStatus.allCases.map(\.rawValue))
        #expect(json["today"]?.stringValue == "2026-03-20")
        let motions = try #require(json["motions"]?.arrayValue)
        let table = try StatusTable(timeline: timeline)
        #expect(motions.map { $0["k"]?.stringValue } == table.rows.map(\.motion.key))
        for (motion, row) in zip(motions, table.rows) {
            #expect(motion["id"]?.stringValue == row.motion.id?.canonical)
            #expect(motion["n"]?.stringValue == row.motion.name)
            #expect(motion["s"]?.intValue.map { statuses[Int($0)] } == row.event.status.rawValue)
            #expect(motion["si"]?.stringValue == row.state.since.iso)
            let history = timeline.history(of: row.motion)
            let readings = try #require(motion["h"]?.arrayValue)
            #expect(readings.count == history.count)
            let current = try #require(motion["c"]?.intValue)
            #expect(history[Int(current)].seq == row.state.event.seq)
            for (reading, event) in zip(readings, history) {
                let details = try timeline.details(of: event)
                #expect(reading["d"]?.stringValue == event.date.iso)
                #expect(reading["r"]?.stringValue == event.source)
                #expect(reading["p"]?.stringValue == details.evidence)
                #expect(reading["x"]?.stringValue == details.note)
                let flags = reading["f"]?.intValue ?? 0
                #expect((flags & 1 != 0) == (details.by == .manual))
                #expect((flags & 2 != 0) == details.corrects)
                #expect((flags & 4 != 0) == event.isCorrected)
                #expect((flags & 8 != 0) == details.uncertain)
            }
        }
        // The correction of 2026D03887's reading of kst-21501-02-3000: that reading is marked
        // corrected, the record marked manual and correcting; the record of news is manual alone.
        let burgPiri = try #require(motions.first { $0["k"]?.stringValue == "kst-21501-02-3000" }?["h"]?.arrayValue)
        #expect(burgPiri.map { $0["f"]?.intValue ?? 0 } == [4 | 8, 1 | 2])
        #expect(burgPiri[1]["w"]?.stringValue == "griffier")
        let vanBaarle = try #require(motions.first { $0["k"]?.stringValue == "kst-36800-V-27" }?["h"]?.arrayValue)
        #expect(vanBaarle.last?["f"]?.intValue == 1 && vanBaarle.last?["r"]?.stringValue == "e-mail van de minister")
        // A debate is its document's; the documents table gives it.
        let documents = try #require(json["documents"]?.arrayValue).map { $0.arrayValue?.compactMap(\.stringValue) ?? [] }
        #expect(documents.contains(["2026D03887", "begrotingsbehandeling Buitenlandse Zaken 2026-01-27"]))
        // The askers and their parties, for the party filter.
        let paternotte = try #require(motions.first { $0["k"]?.stringValue == "kst-21501-02-3236" })
        #expect(paternotte["pa"]?.arrayValue?.compactMap(\.stringValue) == ["D66"])
        #expect(paternotte["ask"]?.arrayValue?.compactMap(\.stringValue) == ["van der Werf, Klos (D66)"])
        #expect(paternotte["do"]?.stringValue == "21501-02")
    }

    @Test("the page is the same bytes whether the replay kept every event's words or they are read from the ledger file")
    func keptWordsGiveTheSamePage() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let read = try ledger(scratch)
        let kept = try scratch.ledger().existingTimeline(keepingTexts: true)
        #expect(try page(kept) == (try page(read)))
        #expect(try page(kept, language: .en) == (try page(read, language: .en)))
    }

    @Test("status changes by day are what the status at the end of every day is")
    func statusChangesAreTheDailyStatus() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let timeline = try ledger(scratch)
        var days = Set(timeline.documents.map(\.date))
        for motion in timeline.motions { for event in timeline.history(of: motion) { days.insert(event.date) } }
        for motion in timeline.motions {
            let changes = timeline.statusChanges(of: motion)
            for day in days.sorted() {
                let last = changes.last { $0.date <= day }
                #expect(last?.status == timeline.state(of: motion, at: .endOf(day))?.event.status, "\(motion.key) \(day)")
            }
            #expect(zip(changes, changes.dropFirst()).allSatisfy { $0.0.date < $0.1.date && $0.0.status != $0.1.status })
        }
    }

    @Test("each bar of the chart counts the motions per status as the table stood at the end of its day")
    func chartBarsAreTheTableAtEachDate() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let timeline = try ledger(scratch)
        let chart = StatusChart(timeline: timeline, motions: timeline.motions)
        #expect(chart.bars.map(\.label) == ["2026-01-28", "2026-03-10", "2026-03-18"])
        for bar in chart.bars {
            let states = timeline.snapshot(at: .endOf(Day(iso: bar.label)!))
            #expect(bar.counts == MotionStatus.allCases.map { status in states.count { $0.event.status == status } }, "\(bar.label)")
        }
        #expect(chart.bars[0].documents == ["2026D03887 (begrotingsbehandeling Buitenlandse Zaken 2026-01-27)"])
        let svg = chart.svg(PageWords(language: .nl))
        #expect(svg.components(separatedBy: "<g><title>").count - 1 == 3)
        // The record by hand that corrects 2026D03887's reading of kst-21501-02-3000 takes its
        // place: in uitvoering on 2026-01-28.
        #expect(svg.contains("<title>2026-01-28: 4 moties — 1 uitgevoerd, 3 in uitvoering; 2026D03887 (begrotingsbehandeling Buitenlandse Zaken 2026-01-27)</title>"))
    }

    @Test("more than sixty dates: a bar a month, each the status at the end of its month")
    func chartByMonth() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var readings: [DocumentReading] = []
        var day = Day(iso: "2025-01-06")!
        for index in 0..<70 {
            let motion = MotionReading(
                id: KamerstukID(canonical: "kst-36600-V-\(index % 5 + 1)"), nameKey: "motie-lid-\(index % 5)", name: "Lid \(index % 5)",
                status: MotionStatus.allCases[index % 4], evidence: "Zin \(index).", evidenceLine: 1, answers: [], expected: nil, uncertain: false)
            readings.append(DocumentReading(number: "2025D\(10_000 + index)", date: day, debate: nil,
                                            sha256: SHA256.hash(Array("\(index)".utf8)).hex, motions: [motion]))
            day = day.adding(days: 5)
        }
        _ = try scratch.ledger().ingest(readings, now: Readings.now)
        let timeline = try scratch.ledger().existingTimeline()
        let chart = StatusChart(timeline: timeline, motions: timeline.motions)
        #expect(chart.bars.count == 12)
        #expect(chart.bars.first?.label == "2025-01" && chart.bars.last?.label == "2025-12")
        for bar in chart.bars {
            let parts = bar.label.split(separator: "-").compactMap { Int($0) }
            let monthEnd = Day(year: parts[0], month: parts[1] % 12 + 1, day: 1).map { $0.adding(days: -1) }
                ?? Day(year: parts[0], month: 12, day: 31)!
            let end = parts[1] == 12 ? Day(year: parts[0], month: 12, day: 31)! : monthEnd
            let states = timeline.snapshot(at: .endOf(end))
            #expect(bar.counts == MotionStatus.allCases.map { status in states.count { $0.event.status == status } }, "\(bar.label)")
        }
    }

    @Test("the ledger's motion facts: the title and submitters with their parties, the parties for the filter, the adopted motions without a response")
    func facts() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try ledger(scratch)
        let paternotte = KamerstukID(canonical: "kst-21501-02-3236")!
        let unread = KamerstukID(canonical: "kst-28165-452")!
        let facts: [KamerstukID: MotionFacts] = [
            paternotte: MotionFacts(id: paternotte, title: "Motie van het lid Paternotte c.s. over <maatregelen>",
                                    submitters: [Submitter(name: "Paternotte", party: "D66"), Submitter(name: "Boswijk", party: "CDA")],
                                    vote: Vote(outcome: .aangenomen, date: Day(iso: "2025-06-12"))),
            unread: MotionFacts(id: unread, title: "Motie van het lid Inge van Dijk over actieve grondpolitiek",
                                vote: Vote(outcome: .aangenomen, date: Day(iso: "2025-07-03"))),
            KamerstukID(canonical: "kst-36600-V-99")!: MotionFacts(id: KamerstukID(canonical: "kst-36600-V-99")!, title: "Verworpen",
                                                                   vote: Vote(outcome: .verworpen, date: Day(iso: "2025-07-03"))),
        ]
        let source = FactsSource(kind: .openData, reference: "2025Z11876", date: Day(iso: "2025-07-04"))
        _ = try scratch.ledger().importFacts(facts.values.map { SourcedFacts($0, source: source) }, now: Readings.now)
        let page = try page(try scratch.ledger().existingTimeline())
        let motions = try #require(try data(page)["motions"]?.arrayValue)
        let motion = try #require(motions.first { $0["k"]?.stringValue == paternotte.canonical })
        #expect(motion["t"]?.stringValue == "Motie van het lid Paternotte c.s. over <maatregelen>")
        #expect(motion["sub"] == .array([.array([.string("Paternotte"), .string("D66")]), .array([.string("Boswijk"), .string("CDA")])]))
        #expect(motion["pa"]?.arrayValue?.compactMap(\.stringValue) == ["D66", "CDA"])
        // Paternotte c.s. was answered after its vote; the other adopted motion never was.
        let list = try #require(between(page, "<h2 id=\"unanswered-heading\">", "</div>"))
        #expect(list.hasPrefix("Zonder reactie: 1</h2>"))
        #expect(list.contains("Aangenomen moties waarover sinds de stemming"))
        #expect(list.contains("<a href=\"https://zoek.officielebekendmakingen.nl/kst-28165-452.html\">Motie van het lid Inge van Dijk over actieve grondpolitiek</a>"))
        #expect(list.contains("260 dagen — 2025-07-03"))
    }

    @Test("without facts: the motions no reading says anything of, and the overdue list with its days and promise, each opening its motion")
    func listsFromReadings() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let timeline = try ledger(scratch)
        let page = try page(timeline)
        let silent = try #require(between(page, "<h2 id=\"unanswered-heading\">", "</div>"))
        #expect(silent.hasPrefix("Zonder reactie: 0</h2>"))
        let later = String(decoding: try SharePage(timeline: timeline, now: Now(iso8601: "2027-01-02")!, language: .en).html(), as: UTF8.self)
        let overdue = try #require(between(later, "<h2 id=\"overdue-heading\">", "<h2"))
        #expect(overdue.hasPrefix("Past the promised time (2027-01-02): 0</h2>"), "kst-21501-02-3000's promise was followed by news: \(overdue)")
        // Before the record by hand, the promise of 2026D03887 stood alone.
        let before = Scratch()
        defer { before.remove() }
        _ = try before.ledger().ingest([Readings.january], now: Readings.now)
        let alone = String(decoding: try SharePage(timeline: try before.ledger().existingTimeline(), now: Now(iso8601: "2027-01-02")!,
                                                   language: .nl).html(), as: UTF8.self)
        let list = try #require(between(alone, "<h2 id=\"overdue-heading\">", "<h2"))
        #expect(list.hasPrefix("Termijn verstreken (2027-01-02): 1</h2>"))
        #expect(list.contains("<a href=\"#open=kst-21501-02-3000\">Van der Burg en Piri</a> <span class=\"id\">kst-21501-02-3000</span> "
            + "<span class=\"detail\">2 dagen — in het vierde kwartaal van 2026 (2026-10-01 t/m 2026-12-31)</span>"))
        let unanswered = try #require(between(alone, "<h2 id=\"unanswered-heading\">", "</div>"))
        #expect(unanswered.hasPrefix("Zonder reactie: 0</h2>"))
    }

    @Test("hostile text in what the tool writes itself — the chart, the lists — stays text: no element, attribute or comment of its own")
    func hostileTextInTheStaticParts() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let hostile = "</script><script>alert(1)</script><!-- \"onmouseover=\"alert(2)\" <img src=x onerror=alert(3)> \u{202E}"
        let reading = DocumentReading(
            number: "2026D55555", date: Day(iso: "2026-01-05")!, debate: Debate(label: "debat " + hostile, date: nil),
            sha256: SHA256.hash(Array("hostile".utf8)).hex,
            motions: [
                MotionReading(id: nil, nameKey: "motie-javascript-alert", name: hostile + String(repeating: "x", count: 10_000), status: .onbekend,
                              evidence: hostile, evidenceLine: 1, answers: [AnswerReference(index: 1, label: nil, askers: [hostile], party: hostile)],
                              expected: ExpectedTime(from: Day(iso: "2026-01-06")!, to: Day(iso: "2026-01-31")!, text: hostile), uncertain: true),
            ])
        _ = try scratch.ledger().ingest([reading], now: Readings.now)
        let page = try page(try scratch.ledger().existingTimeline())
        let json = String(try #require(between(page, "id=\"ledger-data\">", "</script>")))
        let markup = page.replacingOccurrences(of: json, with: "")
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(markup.components(separatedBy: "<script").count - 1 == 2)
        #expect(!markup.contains("\u{202E}"))
        let parsed = HTMLElements(markup)
        #expect(parsed.comments == 0)
        #expect(!parsed.elements.contains { $0.name == "img" })
        #expect(parsed.elements.allSatisfy { $0.attributes.allSatisfy { !$0.name.hasPrefix("on") } }, "an attribute of the input")
        #expect(parsed.elements.count { $0.name == "script" } == 2)
        #expect(markup.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- \"onmouseover=\"alert(2)\""))
        // In the chart's tooltip and the two lists; a name of ten thousand characters is shortened there.
        #expect(markup.contains("2026D55555 (debat &lt;/script&gt;"))
        #expect(markup.contains("<a href=\"#open=motie-javascript-alert\">&lt;/script&gt;"))
        #expect(!markup.contains(String(repeating: "x", count: 200)))
    }

    @Test("accessible markup: every header cell with its scope, every control with its label, buttons that are buttons, a caption; text colours of at least 4.5:1")
    func accessibleMarkup() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let page = try page(try ledger(scratch))
        let elements = HTMLElements(page).elements
        let headers = elements.filter { $0.name == "th" }
        #expect(headers.compactMap { $0.attribute("data-column") } == SharePage.columns)
        #expect(headers.allSatisfy { $0.attribute("scope") == "col" || $0.attribute("scope") == "row" })
        let labelled = Set(elements.filter { $0.name == "label" }.compactMap { $0.attribute("for") })
        let controls = elements.filter { ["input", "select", "textarea"].contains($0.name) }
        #expect(controls.count == 4)
        #expect(controls.allSatisfy { $0.attribute("id").map(labelled.contains) ?? false })
        #expect(elements.filter { $0.name == "button" }.allSatisfy { $0.attribute("type") == "button" })
        #expect(elements.contains { $0.name == "caption" })
        #expect(!elements.contains { $0.attribute("tabindex").map { $0.hasPrefix("-") } ?? false })

        // WCAG's contrast of each status's colour under white text, and of the text colours on
        // the page's backgrounds.
        func luminance(_ hex: String) -> Double {
            let digits = hex.dropFirst()
            let value = Int(digits.count == 3 ? String(digits.flatMap { [$0, $0] }) : String(digits), radix: 16)!
            return zip([16, 8, 0], [0.2126, 0.7152, 0.0722]).reduce(0) { sum, channel in
                let c = Double((value >> channel.0) & 0xFF) / 255
                return sum + channel.1 * (c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4))
            }
        }
        func contrast(_ a: String, _ b: String) -> Double {
            let (x, y) = (luminance(a), luminance(b))
            return (max(x, y) + 0.05) / (min(x, y) + 0.05)
        }
        for status in MotionStatus.allCases {
            let rule = try #require(between(PageStyle.css, ".st-\(status.rawValue){fill:", ";"))
            #expect(contrast(rule, "#fff") >= 4.5, "\(status): \(rule)")
        }
        for (ink, paper) in [("#1a1a1a", "#fff"), ("#4a4a4a", "#f3f5f7"), ("#0b57a4", "#fff"), ("#0b57a4", "#f3f5f7"),
                             ("#8a3d00", "#fff"), ("#b8002e", "#fff"), ("#1a1a1a", "#fff4e0")] {
            #expect(PageStyle.css.contains(ink) && PageStyle.css.contains(paper))
            #expect(contrast(ink, paper) >= 4.5, "\(ink) on \(paper)")
        }
    }
}
