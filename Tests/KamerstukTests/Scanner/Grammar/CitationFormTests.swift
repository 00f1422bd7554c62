import Testing
@testable import Kamerstuk

/// One citation form and what it must read as.
struct Form: Sendable, CustomTestStringConvertible {
    let text: String
    let ids: [String]
    var chamber: Chamber?
    var session: String?
    var page: String?
    var rijkswet: String?

    init(_ text: String, _ ids: String..., chamber: Chamber? = nil, session: String? = nil, page: String? = nil,
         rijkswet: String? = nil) {
        self.text = text
        self.ids = ids
        self.chamber = chamber
        self.session = session
        self.page = page
        self.rijkswet = rijkswet
    }

    var testDescription: String { text.debugDescription }
}

@Suite("Citation forms")
struct CitationFormTests {
    static let forms: [Form] = [
        // The table of forms people write, in the Domain article (MotieLedger.docc).
        Form("Kamerstuk 21501-02, nr. 3196", "kst-21501-02-3196"),
        Form("Kamerstuk 21 501-02, nr. 3236", "kst-21501-02-3236"),
        Form("Kamerstuk 21 501-02, nr. \n3236", "kst-21501-02-3236"),
        Form("Kamerstuk 36 800-V, nr. 27", "kst-36800-V-27"),
        Form("Kamerstuk 36800-V, nr. 30", "kst-36800-V-30"),
        Form("Kamerstuk 36600-V-27", "kst-36600-V-27"),
        Form("Kamerstuk 36 600-V, nr. 45", "kst-36600-V-45"),
        Form("Kamerstuk 32735-406", "kst-32735-406"),
        Form("Kamerstuk 22112-4209", "kst-22112-4209"),
        Form("Kamerstuk 32 735, nr. 386", "kst-32735-386"),
        Form("Kamerstuk 29754, nr. 765", "kst-29754-765"),
        Form("Kamerstukken 36200 V, J en 36200 V, M", "kst-36200-V-J", "kst-36200-V-M"),
        Form("Kamerstukken II 2024/25, 21 501-02, nr. 3236", "kst-21501-02-3236", chamber: .tweede, session: "2024-2025"),
        Form("Kamerstukken I 2019/20, 35 300, nr. F", "kst-35300-F", chamber: .eerste, session: "2019-2020"),
        Form("Kamerstukken II 2016-2017, 34 550-XIII, nr. 14, blz. 2", "kst-34550-XIII-14", chamber: .tweede,
             session: "2016-2017", page: "2"),
        Form("Kamerstuk 21501-02, nrs. 3196 en 3236", "kst-21501-02-3196", "kst-21501-02-3236"),
        Form("kst-21501-02-3236", "kst-21501-02-3236"),
        Form("KST-36800-v-27", "kst-36800-V-27"),
        // Dotted dossiers, chamber words, number words.
        Form("Kamerstuk 31.700 V, nr. 5", "kst-31700-V-5"),
        Form("Kamerstukken TK 2019/20, 35 300, nr. 5", "kst-35300-5", chamber: .tweede, session: "2019-2020"),
        Form("Kamerstukken T.K. 2019-2020, 35 300, nr. 5", "kst-35300-5", chamber: .tweede, session: "2019-2020"),
        Form("Kamerstukken Tweede Kamer 2019/20, 35300, nr. 5", "kst-35300-5", chamber: .tweede, session: "2019-2020"),
        Form("Kamerstukken EK 2019/20, 35 300, nr. F", "kst-35300-F", chamber: .eerste, session: "2019-2020"),
        Form("Kamerstukken E.K. 2019/2020, 35 300, nr. F", "kst-35300-F", chamber: .eerste, session: "2019-2020"),
        Form("TK 2019/20, 35 300, nr. 5", "kst-35300-5", chamber: .tweede, session: "2019-2020"),
        Form("T.K. 2019/20, 35 300, nr. 5", "kst-35300-5", chamber: .tweede, session: "2019-2020"),
        Form("EK 2019/20, 35 300, nr. F", "kst-35300-F", chamber: .eerste, session: "2019-2020"),
        Form("Tweede Kamer, vergaderjaar 2015–2016, 34 300 V, nr. 10", "kst-34300-V-10", chamber: .tweede,
             session: "2015-2016"),
        Form("Eerste Kamer, vergaderjaar 2019-2020, 35 300, nr. F", "kst-35300-F", chamber: .eerste, session: "2019-2020"),
        Form("Tweede Kamer der Staten-Generaal, vergaderjaar 2024–2025, 21 501-02, nr. 3236", "kst-21501-02-3236",
             chamber: .tweede, session: "2024-2025"),
        Form("Kamerstuk 36600-V nr 45", "kst-36600-V-45"),
        Form("Kamerstuk 36600-V, nummer 45", "kst-36600-V-45"),
        Form("Kamerstuk 36600-V, nummers 45 en 46", "kst-36600-V-45", "kst-36600-V-46"),
        Form("Kamerstuk 36600-V, no. 45", "kst-36600-V-45"),
        Form("Kamerstuk 21501-02, nrs. 3196, 3236 en 3305", "kst-21501-02-3196", "kst-21501-02-3236",
             "kst-21501-02-3305"),
        Form("Kamerstuk 21501-02, nr. 3196 en nr. 3236", "kst-21501-02-3196", "kst-21501-02-3236"),
        Form("Kamerstukken 32735-406 en 36045-243", "kst-32735-406", "kst-36045-243"),
        // Toevoegingen of every kind, lettered and suffixed numbers.
        Form("Kamerstuk 31 200-IXB, nr. 7", "kst-31200-IXB-7"),
        Form("Kamerstuk 36600-B, nr. 4", "kst-36600-B-4"),
        Form("Kamerstuk 35300-A, nr. 15", "kst-35300-A-15"),
        Form("Kamerstuk 35300-F", "kst-35300-F"),
        Form("Kamerstukken I 2019/20, 35 300 F", "kst-35300-F", chamber: .eerste, session: "2019-2020"),
        Form("kst-36600-B-K", "kst-36600-B-K"),
        Form("kst-33328-AI", "kst-33328-AI"),
        Form("Kamerstukken I 2023/24, 33 328, nr. AI", "kst-33328-AI", chamber: .eerste, session: "2023-2024"),
        Form("Kamerstuk 21501-08-692", "kst-21501-08-692"),
        Form("Kamerstuk 36 800-V, nr. 42e", "kst-36800-V-42e"),
        Form("Kamerstuk 29 754, nr. 188b", "kst-29754-188b"),
        Form("Kamerstuk 36 089 (R2170), nr. 3", "kst-36089-3", rijkswet: "R2170"),
        Form("Kamerstuk 34 550-XIII, nr. 14, p. 5-7", "kst-34550-XIII-14", page: "5-7"),
        // Glued footnote numbers, bare forms, canonical IDs inside a URL.
        Form("3Kamerstuk 30 175, nr. 221.", "kst-30175-221"),
        Form("(36 600-V, nr. 45)", "kst-36600-V-45"),
        Form("zie 21501-02, nr. 3236 voor", "kst-21501-02-3236"),
        Form("de motie (36600-V-27) vraagt", "kst-36600-V-27"),
        Form("zie 21501-02-3236.", "kst-21501-02-3236"),
        Form("https://zoek.officielebekendmakingen.nl/kst-36800-V-27.html", "kst-36800-V-27"),
        Form("Kst. 21501-02, nr. 3236", "kst-21501-02-3236"),
        Form("kst 21501-02 nr 3236", "kst-21501-02-3236"),
        // What PDF extraction leaves behind.
        Form("Kamerstuk 21501–02, nr. 3236", "kst-21501-02-3236"),
        Form("Kamerstuk 21\u{A0}501-02, nr.\u{A0}3236", "kst-21501-02-3236"),
        Form("Kamerstuk 21\u{202F}501-02, nr.\u{2009}3236", "kst-21501-02-3236"),
        Form("Kamer\u{AD}stuk 21501-02, nr. 3236", "kst-21501-02-3236"),
        Form("Kamerstuk 21501-02, nr. 32\u{200B}36", "kst-21501-02-3236"),
        Form("Kamerstuk 21501\u{2011}02, nr. 3236", "kst-21501-02-3236"),
        Form("Kamerstuk 21 501-02, nr. \n\n \n\n \n3236)", "kst-21501-02-3236"),
        Form("Kamerstuk 21501-\n02, nr. 3236", "kst-21501-02-3236"),
        Form("Kamerstuk 21 501-02, nr.\r\n3236", "kst-21501-02-3236"),
        Form("Kamerstuk 21 \n501-02, nr. 3236", "kst-21501-02-3236"),
        Form("Kamerstukken 36200 \nV, J", "kst-36200-V-J"),
        // Broken over a page, with the page's footnotes in between (as 2026D03887 lines 611–627).
        Form("(Kamerstuk 21 501-02, nr. \n\n \n7 Kamerstuk 32735-406 \n8 Kamerstuk 36045-243 \n\n\n\n \n\n \n\n3236)",
             "kst-21501-02-3236", "kst-32735-406", "kst-36045-243"),
        // Ranges: every document of a small one.
        Form("Kamerstukken II 2019/20, 35 300, nrs. 1-3", "kst-35300-1", "kst-35300-2", "kst-35300-3", chamber: .tweede,
             session: "2019-2020"),
        Form("Kamerstuk 21501-02, nrs. 3196-3198", "kst-21501-02-3196", "kst-21501-02-3197", "kst-21501-02-3198"),
        Form("Kamerstuk 21501-02, nr. 3196 t/m 3198", "kst-21501-02-3196", "kst-21501-02-3197", "kst-21501-02-3198"),
        Form("Kamerstuk 21501-02, nrs. 3196 tot en met 3197", "kst-21501-02-3196", "kst-21501-02-3197"),
        Form("Kamerstuk 21501-02, nrs. 3190 – 3191 en 3196", "kst-21501-02-3190", "kst-21501-02-3191", "kst-21501-02-3196"),
        // A dash before a date or a year ends the citation: no range.
        Form("Kamerstuk 21501-02, nr. 3236 - 2 maart 2026", "kst-21501-02-3236"),
        Form("Kamerstuk 21501-02, nr. 3236 – 2 maart", "kst-21501-02-3236"),
        Form("Kamerstuk 36800-V, nr. 27 - 2025", "kst-36800-V-27"),
        Form("Kamerstuk 36800-V, nr. 27 – 2025.", "kst-36800-V-27"),
        Form("Kamerstuk 36800-V, nr. 12 – 15 januari", "kst-36800-V-12"),
        Form("Kamerstuk 36800-V, nrs. 12 – 15 jan. 2026", "kst-36800-V-12"),
        Form("Kamerstuk 36800-V, nrs. 10 en 12 – 15 januari", "kst-36800-V-10", "kst-36800-V-12"),
        Form("Kamerstuk 36800-V, nrs. 12-15 januari", "kst-36800-V-12"),
        // Lists: after a singular `nr.`, of Eerste Kamer letters, of dashed numbers.
        Form("Kamerstuk 36 800-V, nr. 27 en 28", "kst-36800-V-27", "kst-36800-V-28"),
        Form("Kamerstuk 21501-02, nrs. 3196, 3236, en 3305", "kst-21501-02-3196", "kst-21501-02-3236", "kst-21501-02-3305"),
        Form("Kamerstuk 36 800-V, nr. 27, 28 en nr. 30", "kst-36800-V-27", "kst-36800-V-28", "kst-36800-V-30"),
        Form("Kamerstukken 36200 V, J, K en L", "kst-36200-V-J", "kst-36200-V-K", "kst-36200-V-L"),
        Form("Kamerstukken 36200 V, J en U ontvangt", "kst-36200-V-J"),
        Form("Kamerstukken I 2025/26, 36 500, A, B en C", "kst-36500-A", "kst-36500-B", "kst-36500-C", chamber: .eerste,
             session: "2025-2026"),
        Form("Kamerstukken 32735-406 en -3 graden", "kst-32735-406"),
        Form("Kamerstuk 21501-02, nrs. 3196, 3236", "kst-21501-02-3196", "kst-21501-02-3236"),
        Form("Kamerstukken 32735-406 en -422", "kst-32735-406", "kst-32735-422"),
        Form("Kamerstukken 32735-406, -422 en 36045-243", "kst-32735-406", "kst-32735-422", "kst-36045-243"),
        Form("Kamerstuk 35 300 V, nrs. 23 en 24, T.K. volgt", "kst-35300-V-23", "kst-35300-V-24"),
        Form("Kamerstuk 35 300, nr. 23 en nr. F", "kst-35300-23", "kst-35300-F"),
        Form("Handelingen II 2008/09, nr. 12; Kamerstuk 31 700 V, nr. 12", "kst-31700-V-12"),
        Form("de Handelingen en 31 700 V, nr. 12", "kst-31700-V-12"),
        // A formal head with a comma, a colon, a chamber's name or a short session year.
        Form("Kamerstukken II, 21501-02, nr. 3236", "kst-21501-02-3236", chamber: .tweede),
        Form("Kamerstukken II 24/25, 21 501-02, nr. 3236", "kst-21501-02-3236", chamber: .tweede, session: "2024-2025"),
        Form("Kamerstukken II 99/00, 26 800, nr. 5", "kst-26800-5", chamber: .tweede, session: "1999-2000"),
        Form("Kamerstukken, 36 800-V, nr. 27", "kst-36800-V-27"),
        Form("Kamerstuk: 36 800-V, nr. 27", "kst-36800-V-27"),
        Form("Kamerstukken Tweede Kamer, 36 800-V, nr. 27", "kst-36800-V-27", chamber: .tweede),
        // Eerste Kamer letters without `nr.`; a chamber without a session.
        Form("(EK 36 450, F)", "kst-36450-F", chamber: .eerste),
        Form("(EK 36 450, K)", "kst-36450-K", chamber: .eerste),
        Form("T.K. 34 775, nr. 5", "kst-34775-5", chamber: .tweede),
        Form("(36 450, letter E)", "kst-36450-E"),
        Form("motie-Dittrich c.s. (36 450, letter E)", "kst-36450-E"),
        Form("Kamerstuk 36 450, letter AB", "kst-36450-AB"),
        Form("(36 450, F)", "kst-36450-F"),
        Form("(36 450, AB )", "kst-36450-AB"),
        // A number's letter after a space.
        Form("Kamerstuk 36800-V, nr. 42 e", "kst-36800-V-42e"),
        Form("(Kamerstuk 36800-V, nr. 42 e)", "kst-36800-V-42e"),
        Form("Kamerstuk 36800-V, nrs. 42 e en 43", "kst-36800-V-42e", "kst-36800-V-43"),
        Form("Kamerstuk 36800-V, nr. 42 en 43", "kst-36800-V-42", "kst-36800-V-43"),
        Form("Kamerstuk 36800-V, nr. 42 en 43 u weet", "kst-36800-V-42"),
        Form("Kamerstuk 36180, nr. 189, 2026", "kst-36180-189"),
        Form("Kamerstuk 36180, nr. 189 en 2026", "kst-36180-189"),
        Form("Kamerstuk 36180, nr. 189, 12 januari 2026", "kst-36180-189"),
        Form("Kamerstuk 36180, nr. 189 en 12 andere", "kst-36180-189"),
        // Issue 9: how motion texts, Handelingen and annual reports write them (made-up cases
        // of the shapes met in Tests/Fixtures/corpus).
        Form("de motie op stuk nr. 118 (35 570) verzoekt", "kst-35570-118"),
        Form("de motie-Paternotte op stuk nr. 42 (36\u{A0}410) over", "kst-36410-42"),
        Form("de motie nr. 88 (21501–32) over", "kst-21501-32-88"),
        Form("de motie nr. 12 (36 200-VIII) over", "kst-36200-VIII-12"),
        Form("de motie nr 7 (31289) en", "kst-31289-7"),
        Form("Kamerstuk 36 200A, nr. 12", "kst-36200-A-12"),
        Form("(36 410B, nr. 3)", "kst-36410-B-3"),
        Form("Kamerstukken II 2023/24, 29 282 en 31 288, nr. 501", "kst-29282-501", chamber: .tweede, session: "2023-2024"),
        Form("Kamerstuk 33 037/35 334, nr. 77", "kst-33037-77"),
        Form("Kamerstukken II 2019/20, 31293 en 31289 nr. 498", "kst-31293-498", chamber: .tweede, session: "2019-2020"),
        Form("(29 282 & 31 288, nr. 9)", "kst-29282-9"),
        Form("Kamerstuk 36\u{A0}725\u{2013}VIII, nr.\u{A0}11", "kst-36725-VIII-11"),
        Form("Kamerstuk 36 410, nr. 5 p. 12", "kst-36410-5", page: "12"),
        Form("Kamerstuk 36 410, nr. 5, p. 12", "kst-36410-5", page: "12"),
        Form("Kamerstuk 30 800 hoofdstuk VII, nr. 4", "kst-30800-VII-4"),
        Form("(30 800 hoofdstuk XIII, nr. 14)", "kst-30800-XIII-14"),
        Form("de motie (36.600 XVII, M) over", "kst-36600-XVII-M"),
        Form("(35 300, XIII, nr. 141)", "kst-35300-XIII-141"),
        Form("Kamerstukken II 2022/23, 36 200- VIII, nr. 136", "kst-36200-VIII-136", chamber: .tweede, session: "2022-2023"),
        Form("(Kamerstukken 2018/19 II, 29240, nr. 105)", "kst-29240-105", chamber: .tweede, session: "2018-2019"),
        Form("(Kamerstukken II 2023-2023, 33846, nr. 70)", "kst-33846-70", chamber: .tweede),
        Form("(Kamerstukken II 2020/21, 35510, nr. 2, 29362, nr. 290 en 35387, nr. 2)", "kst-35510-2", "kst-29362-290",
             "kst-35387-2", chamber: .tweede, session: "2020-2021"),
        Form("Kamerstuk 35925 VIII, nr. 136 tvv108", "kst-35925-VIII-136", "kst-35925-VIII-108"),
        Form("(27923, nr. 435 (tvv 432))", "kst-27923-435", "kst-27923-432"),
        Form("(35565, nr. 3 (t.v.v. nr. 2))", "kst-35565-3", "kst-35565-2"),
        Form("(31497, nr. 433 (was 431))", "kst-31497-433", "kst-31497-431"),
        Form("(31293, nr. 448 (t.v.v. 31293, nr. 445))", "kst-31293-448", "kst-31293-445"),
        Form("de brief (31288-947) en", "kst-31288-947"),
        Form("een brief (36 471-64) op 7 juni", "kst-36471-64"),
        Form("(31288-94a)", "kst-31288-94a"),
        // What other extractors do to citations.
        Form("(Kamerstuk36 600 XII, nr. 42)", "kst-36600-XII-42"),
        Form("Kamerstuk 3 5 925 XVI, nr. 1 1 2", "kst-35925-XVI-112"),
        Form("Kamerstuk 3 5 9 2 5, nr. 4 0", "kst-35925-40"),
        Form("(Kamerstuk-ken 23 645, nr. 811 en 29 984, nr. 1207)", "kst-23645-811", "kst-29984-1207"),
        Form("(Kamer-stuk 23 645, nr. 828)", "kst-23645-828"),
        Form("Kamerstukken ll 2023/24, 36 410 XVI, nr. 160", "kst-36410-XVI-160", chamber: .tweede, session: "2023-2024"),
        Form("Kamerstukken II, 2022/2023, 31 839, nr 874", "kst-31839-874", chamber: .tweede, session: "2022-2023"),
        Form("Kamerstuk 25 424, nr. 691)16 over", "kst-25424-691"),
        Form("5Eerste Kamer, 36 373, H", "kst-36373-H", chamber: .eerste),
        Form("zie Tweede Kamer, 36 410, nr. 5.", "kst-36410-5", chamber: .tweede),
        Form("(Tweede Kamer, vergaderjaar   2020-2021, 28760, nr. 104)", "kst-28760-104", chamber: .tweede, session: "2020-2021"),
        Form("1 Motie van het lid Dobbe,\n\nTweede Kamer, vergaderjaar 2023–2024, 36 410 V, nr. 45", "kst-36410-V-45",
             chamber: .tweede, session: "2023-2024"),
    ]

    @Test("reads every form", arguments: forms)
    func reads(_ form: Form) {
        let matches = CitationScanner.scan(form.text)
        #expect(matches.map { $0.id?.canonical ?? "unresolved: \($0.reading)" } == form.ids)
        for match in matches {
            #expect(match.chamber == form.chamber)
            #expect(match.session == form.session)
            #expect(match.page == form.page)
            #expect(match.rijkswet == form.rijkswet)
        }
    }

    @Test("a citation's range covers exactly the citation")
    func ranges() {
        let text = "zie 3Kamerstuk 30 175, nr. 221. En Kamerstukken 36200 V, J en 36200 V, M (Verslag)."
        let slices = CitationScanner.scan(text).map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
        #expect(slices == ["Kamerstuk 30 175, nr. 221", "Kamerstukken 36200 V, J", "36200 V, M"])
    }

    @Test("a list of numbers shares the whole citation's range")
    func listRanges() {
        let text = "Kamerstuk 21501-02, nrs. 3196 en 3236."
        let matches = CitationScanner.scan(text)
        #expect(matches.count == 2)
        #expect(matches.allSatisfy { $0.range == 0..<37 })
    }

    @Test("a list of thousands of documents reads at most 200, and the rest as one finding")
    func longList() {
        for list in [(1...16_000).map(String.init).joined(separator: ", "),
                     stride(from: 1, to: 16_000, by: 50).map { "\($0)-\($0 + 49)" }.joined(separator: ", ")] {
            let text = "Kamerstuk 21501-02, nrs. " + list + "."
            let matches = CitationScanner.scan(text)
            #expect(matches.count == 201)
            #expect(matches.dropLast().allSatisfy { $0.id != nil && $0.range.count < 2_000 })
            #expect(matches.last?.range == 0..<text.utf8.count - 1)
            // The whole text once, and a bounded part of it for each document.
            #expect(matches.reduce(0) { $0 + $1.range.count } < text.utf8.count + 200 * 2_000)
            guard case .unresolved(let note)? = matches.last?.reading else {
                Issue.record("the rest of the list is not a finding: \(String(describing: matches.last?.reading))")
                continue
            }
            #expect(note.category == .incompleteCitation)
            #expect(note.message.contains("200"))
        }
        let letters = CitationScanner.scan("Kamerstukken 36200 V, J" + String(repeating: ", K", count: 16_000))
        #expect(letters.count == 201)
    }

    /// A formal head (`Kamerstukken II, …`, `Kamerstuk: …`) is part of the citation: its range,
    /// and so its column and raw text, start there.
    static let heads: [(String, Chamber?)] = [
        ("Kamerstukken II, 21501-02, nr. 3236", .tweede),
        ("Kamerstukken II 24/25, 21 501-02, nr. 3236", .tweede),
        ("Kamerstukken, 36 800-V, nr. 27", nil),
        ("Kamerstuk: 36 800-V, nr. 27", nil),
        ("Kamerstukken Tweede Kamer, 36 800-V, nr. 27", .tweede),
        ("EK 36 450, F", .eerste),
        ("T.K. 34 775, nr. 5", .tweede),
        // Words broken at a hyphen that another extractor kept, heads in other places and cases.
        ("Kamerstuk-ken II 23 645, nr. 811", .tweede),
        ("Kamer-stuk 23 645, nr. 828", nil),
        ("Kamerstukken ll 2023/24, 36 410 XVI, nr. 160", .tweede),
        ("Kamerstukken 2019/20 II, 31293, nr. 528", .tweede),
        ("Eerste Kamer, 36 373, H", .eerste),
        ("Kamerstuk36 600 XII, nr. 42", nil),
    ]

    @Test("a formal head starts the citation", arguments: heads)
    func head(_ text: String, _ chamber: Chamber?) {
        let matches = CitationScanner.scan(text)
        #expect(matches.count == 1)
        #expect(matches.first?.range == 0..<text.utf8.count)
        #expect(matches.first?.chamber == chamber)
    }

    @Test("a list after a page reference keeps the head's chamber and session")
    func listAfterPage() {
        for text in ["Kamerstukken II 2016/17, 34 550-XIII, nr. 14, p. 2 en 34 775-V, nr. 15",
                     "Kamerstukken II 2016/17, 34 550-XIII, nr. 14, p. 2, en 34 775-V, nr. 15"] {
            let matches = CitationScanner.scan(text)
            #expect(matches.map { $0.id?.canonical } == ["kst-34550-XIII-14", "kst-34775-V-15"], "\(text)")
            #expect(matches.map(\.chamber) == [.tweede, .tweede], "\(text)")
            #expect(matches.map(\.session) == ["2016-2017", "2016-2017"], "\(text)")
        }
    }

    /// Forms that name something but do not say which document: reported, never guessed.
    static let openForms: [(String, Finding.Category)] = [
        ("Kamerstuk 36045-24", .ambiguousCitation),
        ("Kamerstuk 36800-V", .ambiguousCitation),
        ("Kamerstuk 21501-20", .incompleteCitation),
        ("Kamerstuk 21501-02", .incompleteCitation),
        ("Kamerstuk 36800-XIII", .incompleteCitation),
        ("Kamerstuk 36800, waarin", .incompleteCitation),
        ("kst-21501-02", .incompleteCitation),
        ("Kamerstuk 32735-406-V", .ambiguousCitation),
        ("Kamerstuk 21501-02, nrs. 3198-3196", .ambiguousCitation),
        ("Kamerstuk 21501-02, nrs. 3196 t/m 3196", .ambiguousCitation),
        ("Kamerstuk 21501-02, nrs. 42a-42c", .ambiguousCitation),
        ("Kamerstuk 21501-02, nrs. 1-400", .incompleteCitation),
        ("Kamerstuk 36800-V, nr. 42 e.v.", .ambiguousCitation),
        ("Kamerstuk 36800-V, nr. 42 a b", .ambiguousCitation),
        ("Kamerstuk 36800-V, nr.\n42 e.v.", .ambiguousCitation),
        // A year where the number should be, another number after a column gap: whose is it?
        ("Kamerstukken II 2017/18, 28760 nr.            2017         69", .ambiguousCitation),
    ]

    @Test("open forms become findings, not IDs", arguments: openForms)
    func openForm(_ text: String, _ category: Finding.Category) {
        let matches = CitationScanner.scan(text)
        #expect(matches.count == 1)
        guard case .unresolved(let note)? = matches.first?.reading else {
            Issue.record("\(text) resolved to \(matches.map(\.reading))")
            return
        }
        #expect(note.category == category)
        #expect(!note.message.isEmpty)
    }

    /// Lists with an item that names no document: its finding, and the other items' documents.
    static let listsWithOpenItems: [(String, [String], [Finding.Category])] = [
        ("Kamerstuk 21501-02, nrs. 3196, 3300-3200 en 3236", ["kst-21501-02-3196", "kst-21501-02-3236"],
         [.ambiguousCitation]),
        ("Kamerstuk 21501-02, nrs. 3190, 3196-3150 en 3200", ["kst-21501-02-3190", "kst-21501-02-3200"],
         [.ambiguousCitation]),
        ("Kamerstuk 21501-02, nrs. 1-400 en 3236", ["kst-21501-02-3236"], [.incompleteCitation]),
        ("Kamerstuk 21501-02, nrs. 3196, 1-400 en 3300-3200", ["kst-21501-02-3196"],
         [.incompleteCitation, .ambiguousCitation]),
    ]

    @Test("a list's open item is a finding beside the other items' documents", arguments: listsWithOpenItems)
    func openItem(_ text: String, _ ids: [String], _ categories: [Finding.Category]) {
        let matches = CitationScanner.scan(text)
        #expect(matches.compactMap { $0.id?.canonical } == ids)
        let found = matches.compactMap { match -> Finding.Category? in
            guard case .unresolved(let note) = match.reading else { return nil }
            return note.category
        }
        #expect(found == categories)
        #expect(matches.allSatisfy { $0.range == 0..<text.utf8.count })
    }

    /// Never a Kamerstuk (the Domain article, MotieLedger.docc): Handelingen, TK document and zaak numbers,
    /// toezeggingen, amounts, dates, phone numbers, article numbers, ordinary prose.
    static let nonCitations: [String] = [
        "Handelingen II 2024/25, nr. 12, item 5",
        "Aanhangsel Handelingen II, ah-tk-20142015-991",
        "document 2026D03887 en zaak 2025Z12345",
        "toezegging TZ202603-130",
        "Zo is Radio Dabanga in 2025 met EUR 750.000 ondersteund.",
        "dat er zeker 6.126 zijn gevallen en dat 17.019 claims nog onderzocht moeten worden.",
        "op 10 september 2025 en op 2026-01-28",
        "bel 070 - 456 1234 of 06-12345678 of +31 70 456 1234",
        "waaronder Artikel 10 en artikel 12345",
        "het Kamerstuk waarin de minister schrijft",
        "de Kamerbrief van 26 januari 2026",
        "ISBN 978-90-12345-67-8",
        "2511 CV Den Haag",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Stcrt. 2024, nr. 12345",
        "in 2026 en 2027 ca. EUR 135 miljard",
        "het MFK (2028-2034)",
        "referentie 12345-67-890",
        "Handelingen II 2008/09, 31 700 V, nr. 12.",
        "Handelingen I 2019/20, 35 300, nr. 5, item 3",
        "(Handelingen II 2024/25, 36 600-V, nr. 45, item 7)",
        "Handelingen EK 2019/20, 35 300, nr. 5",
        "Handelingen II, 31 700 V, nr. 12",
        "het wetsvoorstel (36 450) is aangenomen",
        "in 36 450, F zijn",
        "(36 725, CDA)",
        "(36 450, letter 5)",
        "de EK 12 345 keer",
        // Page furniture of the real documents (Tests/Fixtures/corpus): never a citation.
        "ah-tk-20232024-1432\nISSN 0921 - 7398\n’s-Gravenhage 2024\n",
        "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n2\n",
        "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Aanhangsel van de Handelingen",
        "tekst.\n\nTweede Kamer, vergaderjaar 2022–2023, 36 360 VIII, nr. 1             222\n\nverder",
        "Tweede Kamer, vergaderjaar 2020–2021, 35 830 VIII, nr. 1 144\n\nverder",
        "kv-tk-2024Z18435\n’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1",
        // Dossiers alone, a series alone, digits spaced out with no citation's word before them.
        "(35606) en (35.671) en (35 920)",
        "(21501-33)",
        "een tekst van 2 0 2 4 en 1 1 2",
    ]

    @Test("never reads a non-citation as one", arguments: nonCitations)
    func nonCitation(_ text: String) {
        #expect(CitationScanner.scan(text).isEmpty)
    }

    @Test("citation mode accepts bare forms that running text does not")
    func citationMode() {
        for (text, id) in [("32735-406", "kst-32735-406"), ("36200 V, J", "kst-36200-V-J"), ("35300 F", "kst-35300-F"),
                           (" 21 501-02, nr. 3236 ", "kst-21501-02-3236"), ("(36800-V-27).", "kst-36800-V-27")] {
            #expect(CitationScanner.scan(text).isEmpty || CitationScanner.scan(text).first?.id?.canonical == id)
            #expect(CitationScanner.scan(text, mode: .citation).map { $0.id?.canonical } == [id], "\(text)")
        }
        #expect(CitationScanner.scan("motie Paternotte", mode: .citation).isEmpty)
        #expect(CitationScanner.scan("32735-406 en meer", mode: .citation).isEmpty)
    }
}
