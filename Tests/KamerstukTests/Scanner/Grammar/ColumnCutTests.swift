import Testing
@testable import Kamerstuk

/// Citations cut by the columns of a table laid out as text (the annual reports of
/// Tests/Fixtures/corpus/letters-text, NOTES-jaarverslag.md §2): made-up rows of the same
/// shapes, read where the rest is certain and a finding where it is not.
@Suite("Citations cut by a table's columns")
struct ColumnCutTests {
    /// The resolved IDs of a text, in order, and the findings' dossiers.
    static func read(_ text: String) -> (ids: [String], findings: [String]) {
        let matches = CitationScanner.scan(text)
        return (matches.compactMap { $0.id?.canonical }, matches.filter { $0.id == nil }.map(\.dossier))
    }

    static let joined: [(String, [String])] = [
        // `nr.` ends one printed line's piece of its column; the number opens the next line's.
        ("cultuurgoed moeten worden (Kamerstukken II 2021/22, 35984, nr. gerekend, beter te beschermen en de publieke       12) toegankelijkheid",
         ["kst-35984-12"]),
        // The dash before the chapter ends the piece.
        ("leerlingen en    (Kamerstukken II, 2020/21, 35830- ouders tot een aanpak te komen om deze    VIII, nr. 19) schreefgroei",
         ["kst-35830-VIII-19"]),
        ("(Kamerstukken I 2022/23, 36200-                                   VIII,nr. A) en", ["kst-36200-VIII-A"]),
        // The chapter's comma ends it.
        ("woekerhandel in de (Kamerstukken II 2022/23, 36200-VIII, doorverkoop van kaarten voor sport en culturele    nr. 22) evenementen",
         ["kst-36200-VIII-22"]),
        ("(Kamerstukken II 2022/23, 36200 IV, stellen bij de vertegenwoordiging op Curaçao, Aruba en Sint- nr. 14). Maarten",
         ["kst-36200-IV-14"]),
        // Another column's complete citation stands between: both are read, each its own.
        ("(Kamerstukken II 2022/2023, 36200-VIII, nr. een plan hoe het blok kan   2022/23, 32827, nr. 264)      37). worden",
         ["kst-36200-VIII-37", "kst-32827-264"]),
        ("(Kamerstukken II 2022/23, 27923, nr. (Kamerstukken II, 2021/22, 31293, nr. 636). voor beginnende leraren. 435 (tvv 432)) Motie",
         ["kst-27923-435", "kst-27923-432", "kst-31293-636"]),
        // An Eerste Kamer letter as the rest.
        ("(Kamerstukken I 2022/23, 35984 nr. GroenLinks) en Fiers (PvdA), toe zich in te zetten voor de  verwerving        N) verder",
         ["kst-35984-N"]),
        // A date's year and a citation where the number should be: the year is another column's.
        ("betaalde (Kamerstukken I 2022/23, 36200, nr. 2022 (Kamerstukken II 2022/23, 36250, nr. 1). of te betalen rentelasten.      P) Motie",
         ["kst-36200-P", "kst-36250-1"]),
        // A session year where the number should be.
        ("(Kamerstukken II 2015/16, 31293, nr. 2021/22, 31293, nr. 618). met onderwijs in het Engels 302) en",
         ["kst-31293-302", "kst-31293-618"]),
        // Another column's text ends in a number, several spaces before the rest.
        ("(Kamerstukken II 2022/23, 31524 nr. over het mbo. Na de zomer         Onderwijs 2021               515) verder",
         ["kst-31524-515"]),
        // A spaced dossier in another column ends in `920)`: not the rest.
        ("(Kamerstukken II 2022/23, 31293, nr.           onderwijs (35 920) - voortzetting       652) en", ["kst-31293-652"]),
    ]

    @Test("a cut citation goes on at the first place that holds its missing part and closes the bracket", arguments: joined)
    func join(_ text: String, _ ids: [String]) {
        #expect(Self.read(text).ids == ids)
        #expect(Self.read(text).findings.isEmpty)
    }

    @Test("the range of a cut citation runs to its number, with the other columns' pieces as a gap")
    func gap() throws {
        let text = "(Kamerstukken II 2021/22, 35984, nr. gerekend, beter te beschermen       12) verder"
        let match = try #require(CitationScanner.scan(text).first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[match.range], as: UTF8.self) == "Kamerstukken II 2021/22, 35984, nr. gerekend, beter te beschermen       12")
        #expect(match.gaps.map { String(decoding: bytes[$0], as: UTF8.self) } == [" gerekend, beter te beschermen       "])
    }

    /// Where the rest is not certain, the citation is a finding with the dossier read.
    static let open: [(String, [String], [String])] = [
        // Two citations hang at once: whose is `12)`?
        ("(Kamerstukken II 2022/23, 35984, nr. tekst (Kamerstukken II 2022/23, 36200, nr. meer tekst 12) en 13)",
         ["kst-36200-12"], ["35984"]),
        // No bracket opened before it: nothing says where it ends.
        ("als Kamerstukken II 2021/22, 31839, nr. mogelijk wordt ingezet op              861 onlineonderwijs", [], ["31839"]),
        // No bracket closes the number.
        ("(Kamerstukken II, 2022/23, 31293, nr. dat gesprek, als dat voortzetting,     656. in de komende tijd", [], ["31293"]),
        // A blank line ends the row.
        ("(Kamerstuk 36 410, nr. zie de bijlage\n\n12) en", [], ["36410"]),
        // A misprinted number is no cut: `AB1` stays a finding, `P)` is not taken for it.
        ("(Kamerstukken I 2022/23, 35788, nr. AB1). of te betalen rentelasten.      P) Motie", [], ["35788"]),
        // Too far: more than a few printed lines.
        ("(Kamerstuk 36 410, nr. tekst" + String(repeating: " woord", count: 120) + " 12) en", [], ["36410"]),
    ]

    @Test("where the rest is not certain, a finding", arguments: open)
    func finding(_ text: String, _ ids: [String], _ findings: [String]) {
        let read = Self.read(text)
        #expect(read.ids == ids)
        #expect(read.findings == findings)
    }
}
