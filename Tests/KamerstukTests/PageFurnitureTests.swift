import Testing
@testable import Kamerstuk

/// Page furniture on its own: page numbers, running heads, footnote openers and month names,
/// read once for the scanner and the document reader alike.
@Suite("Page furniture")
struct PageFurnitureTests {
    static func with<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var copy = text
        return copy.withUTF8(body)
    }

    /// The first line of `text`, without its line break.
    static func firstLine(_ text: String) -> Range<Int> {
        0..<(text.utf8.firstIndex(of: 0x0A).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? text.utf8.count)
    }

    @Test("a page number alone on its line", arguments: [
        "Pagina 2 van 5", "PAGINA 2 VAN 5", "Blad 3 van 4", "2/5", "Pagina 2 van 5   ", "Pagina\u{A0}2 van 5", "Pagina 2 van 5\r\n",
        "\u{0C}Pagina 2 van 5", "Pagina 2 van 5\u{0C}", "                                              Pagina 1 van 2",
    ])
    func pageNumbers(text: String) {
        #expect(Self.with(text) { PageFurniture.isPageNumber(line: Self.firstLine(text), in: $0) })
    }

    @Test("a publication's furniture: its number, ISSN, place and year, the Aanhangsel's foot — also glued together as PyPDF gives it", arguments: [
        "ah-tk-20232024-1432", "kv-tk-2024Z18435", "ISSN 0921 - 7398", "\u{2019}s-Gravenhage 2024", "'s-Gravenhage 2024",
        "ISSN 0921 - 7398\u{2019}s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1",
        "\u{2019}s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2",
        "Tweede Kamer, vergaderjaar 2024–2025, Vragen 7", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel        2",
    ])
    func publicationFurniture(text: String) {
        #expect(Self.with(text) { PageFurniture.isPublicationFurniture(line: Self.firstLine(text), in: $0) })
    }

    @Test("what only looks like a publication's furniture", arguments: [
        "Zie ook ah-tk-20232024-1379", "ah-tk-", "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1379.",
        "Tweede Kamer, vergaderjaar 2023–2024, 36 410 VIII, nr. 82", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel nr. 12 en verder",
        "\u{2019}s-Gravenhage, januari", "ISSN", "Den Haag 2024",
    ])
    func notPublicationFurniture(text: String) {
        #expect(!Self.with(text) { PageFurniture.isPublicationFurniture(line: Self.firstLine(text), in: $0) })
    }

    @Test("what only looks like a page number", arguments: [
        "(1/2)", "2/5.", "2 / 5", "Pagina 2 van 12345", "Pagina 2 of 5", "Pagina 2", "Pagina 2 van 5 en verder", "1/2/3",
        "zie pagina 2 van 5", "",
    ])
    func notPageNumbers(text: String) {
        #expect(!Self.with(text) { PageFurniture.isPageNumber(line: Self.firstLine(text), in: $0) })
    }

    @Test("the Handelingen's masthead, as pdftotext, pdftotext -layout and PyPDF give it", arguments: [
        "Tweede Kamer der Staten-Generaal", "Tweede Kamer der Staten-Generaal2", "Tweede Kamer der Staten-Generaal      2",
        "Eerste Kamer der Staten-Generaal", "Vergaderjaar 2023–2024", "Vergaderjaar 2023-2024   Aanhangsel van de Handelingen",
        "Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer", "Aanhangsel van de Handelingen",
        "                         Vragen gesteld door de leden der Kamer, met de daarop door de", "regering gegeven antwoorden",
        "Vragen gesteld door de leden der Kamer",
    ])
    func masthead(text: String) {
        #expect(Self.with(text) { PageFurniture.isMasthead(line: Self.firstLine(text), in: $0) })
    }

    @Test("the same words in a sentence, an address or a citation are no masthead", arguments: [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Tweede Kamer der Staten-Generaal heeft besloten",
        "Tweede Kamer der Staten-Generaal 2024", "Vergaderjaar 2023–2024 was druk", "Vergaderjaar", "Aanhangsel van de Handelingen, nr. 12",
        "Vragen gesteld door de leden der Kamer over de motie", "de regering gegeven antwoorden", "Aanhangsel Handelingen II 2023/24, nr. 1234",
    ])
    func notMasthead(text: String) {
        #expect(!Self.with(text) { PageFurniture.isMasthead(line: Self.firstLine(text), in: $0) })
    }

    @Test("furniture inside a line (pdftools, a page's paragraph a line): a page number after a gutter, a side column's label with its date two cells on")
    func furnitureCells() {
        func cells(_ text: String) -> [String] {
            Self.with(text) { buffer in
                PageFurniture.furnitureCells(line: Self.firstLine(text), in: buffer).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
            }
        }
        #expect(cells("langs de MR.                                                Pagina 1 van 2") == ["Pagina 1 van 2"])
        #expect(cells("over het advies       Datum     van de Taalunie over de waarde van het          28 november 2023     ontwikkelen van")
            == ["Datum", "28 november 2023"])
        #expect(cells("de brief   Referentie   aan de Kamer over   42767181   het advies") == ["Referentie", "42767181"])
        // The letter's own header: the label opens the line.
        #expect(cells("Datum                                      08 december 2023").isEmpty)
        // A table's column head, no date two cells on; a page named in a sentence; no gutters.
        #expect(cells("Naam   Functie   Datum   Omvang   Beloning").isEmpty)
        #expect(cells("zie   Pagina 3 van 5 hieronder").isEmpty)
        #expect(cells("de Datum van 28 november 2023 is Pagina 1 van 2").isEmpty)
    }

    @Test("the scanner's reading: where the page-number line ends, before its line break or form feed")
    func pageNumberEnd() {
        #expect(Self.with("Pagina 2 van 5\nTekst") { PageFurniture.pageNumberEnd(at: 0, in: $0) } == 14)
        #expect(Self.with("2/5 \u{0C}Tekst") { PageFurniture.pageNumberEnd(at: 0, in: $0) } == 4)
        #expect(Self.with("Blad 2 van 5\r\n") { PageFurniture.pageNumberEnd(at: 0, in: $0) } == 13)
        #expect(Self.with("Pagina 2 van 5 Tekst") { PageFurniture.pageNumberEnd(at: 0, in: $0) } == nil)
    }

    static let head = "Tweede Kamer, vergaderjaar 2025–2026, 24 587, nr. 1012"

    @Test("a running head at a page's edge: first on the text, after a blank line, a page number or a form feed; or last, with the page's number after its own")
    func runningHeads() {
        for (text, line) in [
            ("\(Self.head)   2\nTekst", 0),
            ("Tekst\n\n\(Self.head)   2\nTekst", 7),
            ("Tekst\nPagina 2 van 5\n\(Self.head)   2\nTekst", 21),
            ("Tekst\n\u{0C}\(Self.head)   2\nTekst", 6),
            ("1 Zie de brief.\n\(Self.head) 147\n\nTekst", 16),
            ("1 Zie de brief.\nEerste Kamer, vergaderjaar 2025–2026, 36 500, nr. 12 3", 16),
        ] {
            #expect(Self.with(text) { buffer in
                let end = text.utf8.dropFirst(line).firstIndex(of: 0x0A).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
                return PageFurniture.isRunningHead(line: line..<(end ?? text.utf8.count), in: buffer)
            }, "\(text.debugDescription)")
        }
    }

    @Test("the same words as a citation inside a footnote, or with other words, are no running head")
    func notRunningHeads() {
        for (text, line) in [
            // A footnote's citation in the formal form: text before it on the page, none after.
            ("1 Motie van het lid Dobbe over zorg in de regio,\nTweede Kamer, vergaderjaar 2023–2024, 36 410 V, nr. 45\n\nTekst", 49),
            ("Tekst\n\nTweede Kamer der Staten-Generaal, vergaderjaar 2025–2026, nr. 3", 7),
            ("Tekst\n\nTweede Kamer, vergaderjaar 2025", 7),
            ("Tekst\n\ntweede Kamer, vergaderjaar 2025–2026, 24 587, nr. 1012   2", 7),
            ("1 Zie de brief.\n\(Self.head) 147a\n\nTekst", 16),
        ] {
            #expect(!Self.with(text) { buffer in
                let end = text.utf8.dropFirst(line).firstIndex(of: 0x0A).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
                return PageFurniture.isRunningHead(line: line..<(end ?? text.utf8.count), in: buffer)
            }, "\(text.debugDescription)")
        }
    }

    @Test("the Kamerstuk a running head names as its own: from after the session to its number, the page's left out")
    func runningHeadKamerstuk() {
        for (text, line, cited) in [
            ("Tweede Kamer, vergaderjaar 2022–2023, 36 360 VIII, nr. 1       1\nTekst", 0, "36 360 VIII, nr. 1"),
            ("Tekst\n\n\(Self.head)   2\nTekst", 7, "24 587, nr. 1012"),
            ("1 Zie de brief.\nTweede Kamer, vergaderjaar 2026–2027, 36 900 V, nr. 2 147\n\nTekst", 16, "36 900 V, nr. 2"),
            ("\u{0C}Eerste Kamer, vergaderjaar 2021-2022, 35 925, nr. 12 4\nTekst", 0, "35 925, nr. 12"),
            ("Tweede Kamer, vergaderjaar 2019/2020, 35 300 VIII, nr. 131  7", 0, "35 300 VIII, nr. 131"),
        ] {
            let range = Self.with(text) { buffer in
                let end = text.utf8.dropFirst(line).firstIndex(of: 0x0A).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
                return PageFurniture.runningHeadKamerstuk(line: line..<(end ?? text.utf8.count), in: buffer)
            }
            #expect(range.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } == cited, "\(text.debugDescription)")
        }
    }

    @Test("no Kamerstuk of its own: a head without its page's number, a citation in a footnote, an Aanhangsel's foot")
    func noRunningHeadKamerstuk() {
        for (text, line) in [
            // At a page's top, but no page number after its own: it may be a citation on a line of its own.
            ("Tekst\n\n\(Self.head)\nTekst", 7),
            ("1 Motie van het lid Dobbe over zorg in de regio,\nTweede Kamer, vergaderjaar 2023–2024, 36 410 V, nr. 45\n\nTekst", 49),
            ("Tekst\n\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2", 7),
            ("Tekst\n\nTweede Kamer, vergaderjaar 2023, 36 410 V, nr. 45 3", 7),
        ] {
            #expect(Self.with(text) { buffer in
                let end = text.utf8.dropFirst(line).firstIndex(of: 0x0A).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
                return PageFurniture.runningHeadKamerstuk(line: line..<(end ?? text.utf8.count), in: buffer)
            } == nil, "\(text.debugDescription)")
        }
    }

    @Test("a footnote's opening: its number, where its text starts, and whether it is plainly written", arguments: [
        ("7 Kamerstuk 36 410, nr. 45", PageFurniture.FootnoteOpener(number: 7, textStart: 2, plain: true)),
        ("12 Het kabinet", PageFurniture.FootnoteOpener(number: 12, textStart: 3, plain: true)),
        ("[7] Zie de brief", PageFurniture.FootnoteOpener(number: 7, textStart: 4, plain: false)),
        ("[7 ] Zie de brief", PageFurniture.FootnoteOpener(number: 7, textStart: 5, plain: false)),
        ("\u{B9} Kamerstuk 36 410, nr. 45", PageFurniture.FootnoteOpener(number: 1, textStart: 3, plain: false)),
        ("\u{B9}\u{B2}Kamerstuk", PageFurniture.FootnoteOpener(number: 12, textStart: 4, plain: false)),
        ("7Kamerstukken II", PageFurniture.FootnoteOpener(number: 7, textStart: 1, plain: false)),
        ("7https://www.tweedekamer.nl", PageFurniture.FootnoteOpener(number: 7, textStart: 1, plain: false)),
        ("7Het kabinet", nil), ("0 Kamerstuk", nil), ("1234 Kamerstuk", nil), ("[7]Kamerstuk", nil), ("7  Kamerstuk", nil),
        ("7", nil), ("\u{2070}1 Kamerstuk", nil), ("x Kamerstuk", nil),
    ] as [(String, PageFurniture.FootnoteOpener?)])
    func footnoteOpeners(text: String, opener: PageFurniture.FootnoteOpener?) {
        #expect(Self.with(text) { PageFurniture.footnoteOpener(at: 0, in: $0) } == opener)
    }

    @Test("text that reads like a footnote's opens with a citation, a reference or a link, as a whole word", arguments: [
        ("Kamerstuk 36 410", true), ("Kamerstukken II", true), ("kst-36410-V-45", true), ("Kst. 36 410", true),
        ("Handelingen II", true), ("Aanhangsel Handelingen", true), ("Motie van het lid", true), ("Moties van", true),
        ("Zie de brief", true), ("Zie: de brief", true), ("Brief van 3 maart", true), ("Kamerbrief van 3 maart", true),
        ("Stcrt. 2024, 12", true), ("Stb. 2020, 3", true), ("Bron: CBS", true), ("Tweede Kamer, vergaderjaar", true),
        ("Eerste  Kamer", true), ("http://x.nl", true), ("https://x.nl", true), ("www.rijksoverheid.nl", true),
        ("Kamer\u{AD}stuk 36 410", true),
        ("Tweede termijn", false), ("Ziekenhuizen", false), ("Briefing", false), ("Bronnen", false), ("Motievoorstel", false),
        ("Kstx", false), ("wwwx", false), ("Het kabinet", false), ("", false),
    ])
    func readsLikeFootnote(text: String, expected: Bool) {
        #expect(Self.with(text) { PageFurniture.readsLikeFootnote(at: 0, in: $0) } == expected)
    }

    @Test("superscript numbers: up to three digits, never opening with ⁰")
    func superscripts() {
        #expect(Self.with("\u{B9}\u{B2}\u{B3} x") { PageFurniture.superscriptNumber(at: 0, in: $0)?.number } == 123)
        #expect(Self.with("\u{2074}\u{2070}") { PageFurniture.superscriptNumber(at: 0, in: $0)?.number } == 40)
        #expect(Self.with("\u{2070}\u{B9}") { PageFurniture.superscriptNumber(at: 0, in: $0) } == nil)
        #expect(Self.with("\u{B9}\u{B2}\u{B3}\u{2074}") { PageFurniture.superscriptNumber(at: 0, in: $0) } == nil)
        #expect(Self.with("\u{B2}") { PageFurniture.superscriptDigit(at: 0, in: $0)?.length } == 2)
        #expect(Self.with("\u{2079}") { PageFurniture.superscriptDigit(at: 0, in: $0)?.digit } == 9)
    }

    @Test("a month named in full or as Dutch abbreviates it; no other shortening", arguments: [
        ("januari", 1), ("jan", 1), ("februari", 2), ("feb", 2), ("febr", 2), ("maart", 3), ("mrt", 3), ("Mrt", 3), ("april", 4),
        ("apr", 4), ("mei", 5), ("juni", 6), ("jun", 6), ("juli", 7), ("jul", 7), ("augustus", 8), ("aug", 8), ("september", 9),
        ("sep", 9), ("sept", 9), ("oktober", 10), ("okt", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
        ("maar", nil), ("maa", nil), ("janu", nil), ("ma", nil), ("meis", nil), ("", nil),
    ] as [(String, Int?)])
    func months(word: String, month: Int?) {
        #expect(PageFurniture.month(named: word) == month)
    }

    @Test("in running text, a month name in full, or abbreviated with its dot")
    func monthNames() {
        #expect(Self.with("maart 2026") { PageFurniture.monthName(at: 0, in: $0) } == 5)
        #expect(Self.with("mrt. 2026") { PageFurniture.monthName(at: 0, in: $0) } == 4)
        #expect(Self.with("febr. 2026") { PageFurniture.monthName(at: 0, in: $0) } == 5)
        #expect(Self.with("mrt 2026") { PageFurniture.monthName(at: 0, in: $0) } == nil)
        #expect(Self.with("maartje") { PageFurniture.monthName(at: 0, in: $0) } == nil)
        #expect(Self.with("maar ook") { PageFurniture.monthName(at: 0, in: $0) } == nil)
    }
}
