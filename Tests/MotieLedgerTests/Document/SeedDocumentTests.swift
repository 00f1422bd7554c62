import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// The structure of 2026D03887, read off the document by hand.
@Suite("Structure of 2026D03887")
struct SeedDocumentTests {
    let document: AnswerDocument

    init() throws {
        document = try Fixture.document("2026D03887.txt")
    }

    @Test("header: number, date and the debate of the opening sentence")
    func header() {
        #expect(document.number == "2026D03887")
        #expect(document.date == Day(year: 2026, month: 1, day: 28))
        #expect(document.debate == Debate(label: "begrotingsbehandeling Buitenlandse Zaken 2026-01-27",
                                          date: Day(year: 2026, month: 1, day: 27)))
    }

    @Test("13 asker sections, each with its members and party")
    func sections() {
        let expected: [([String], String)] = [
            (["van der Werf", "Klos"], "D66"), (["Erkens"], "VVD"), (["Piri"], "GL-PvdA"), (["de Roon"], "PVV"),
            (["Boswijk"], "CDA"), (["Hoogeveen"], "JA21"), (["Dekker"], "FvD"), (["van Baarle"], "DENK"),
            (["Stoffer"], "SGP"), (["Teunissen"], "PvdD"), (["Ceder"], "CU"), (["Dobbe"], "SP"),
            (["Markuszower"], "Groep Markuszower"),
        ]
        #expect(document.sections.map(\.askers) == expected.map(\.0))
        #expect(document.sections.map(\.party) == expected.map(\.1))
        #expect(document.sections.map(\.line) == [70, 241, 561, 667, 785, 969, 1191, 1243, 1452, 1517, 1597, 1755, 1874])
    }

    @Test("59 unnumbered question/answer pairs, each in its section")
    func pairs() {
        #expect(document.pairs.count == 59)
        #expect(document.pairs.allSatisfy { $0.label == nil })
        // Questions per section, counted in the document.
        let perSection = Dictionary(grouping: document.pairs, by: { $0.section ?? -1 }).mapValues(\.count)
        #expect((0..<13).map { perSection[$0] ?? 0 } == [6, 9, 4, 4, 5, 7, 1, 7, 2, 3, 5, 5, 1])
        // The third pair: the question on motie Paternotte, the answer that cites it.
        let third = document.pairs[2]
        #expect(document.location(of: third.question.lowerBound).line == 138)
        #expect(document.bodyText(third.question).hasPrefix("Hoe staat het met de uitvoering van de in augustus aangenomen motie Paternotte"))
        #expect(document.bodyText(third.answer).hasPrefix("Het kabinet heeft zich afgelopen zomer, conform motie Van Campen/Boswijk"))
        // A question split by a page break and its footnote (lines 336–348) reads whole.
        #expect(document.bodyText(document.pairs[9].question) == "Op welke andere terreinen, naast veiligheid, kan het kabinet samenwerkingen met het Verenigd Koninkrijk aanjagen?")
    }

    @Test("footnotes: 1–11 and 15–19, with their text; 12–14 lost")
    func footnotes() {
        #expect(document.footnotes.map(\.number) == Array(1...11) + Array(15...19))
        #expect(document.footnotes.first { $0.number == 9 }?.text.hasPrefix("Kamerstukken 36200 V, J en 36200 V, M (Gewijzigde motie-Karimi") == true)
        #expect(document.footnotes.first { $0.number == 3 }?.text
            == "https://www.en-hrana.org/day-thirty-of-the-protests-from-internet-disruptions-to-the- pursuit-of-the-injured/")
        #expect(document.footnotes.map { document.location(of: $0.range.lowerBound).line }
            == [339, 452, 506, 508, 509, 564, 618, 619, 674, 846, 899, 1543, 1600, 1601, 1884, 1885])
    }

    @Test("markers in every shape, at their places; none on amounts, years or article numbers")
    func markers() {
        let places = document.markers.map { "\($0.number)@\(document.location(of: $0.range.lowerBound))" }
        #expect(places == [
            "1@332:35", "2@428:56", "3@466:60", "4@473:15", "5@481:69", "6@555:23", "7@583:19", "8@611:62", "9@660:49",
            "10@808:61", "11@865:28", "12@975:40", "13@975:74", "14@1070:16", "15@1495:54", "16@1570:64", "17@1576:25",
            "18@1836:7", "19@1861:67",
        ])
    }

    @Test("a marker whose footnote is lost is a finding, not a failure")
    func lostFootnotes() {
        let lost = document.findings.filter { $0.category == .missingFootnote }
        #expect(lost.map(\.location) == [SourceLocation(line: 975, column: 40), SourceLocation(line: 975, column: 74),
                                         SourceLocation(line: 1070, column: 16)])
    }

    @Test("the running text has the footnotes and markers taken out")
    func runningText() {
        let body = String(decoding: document.body, as: UTF8.self)
        #expect(!body.contains("Kamerstuk 28676"))
        #expect(body.contains("De motie Piri c.s.  verzoekt"))
        #expect(body.contains("Op grond van motie Dobbe   \nkunnen"))
        #expect(body.contains("EUR 750.000"))
        #expect(document.body.count == document.text.bytes.count)
    }
}

@Suite("Footnote numbering that starts again")
struct FootnoteRestartTests {
    @Test("two documents bound together: the second one's footnotes count from 1 and link to their own markers")
    func boundTogether() throws {
        let seed = try Fixture.bytes("2026D03887.txt")
        let document = AnswerDocument(try SourceText(validating: seed + seed))
        #expect(document.footnotes.map(\.number) == (Array(1...11) + Array(15...19)) + (Array(1...11) + Array(15...19)))
        #expect(document.markers.count == 38)
        #expect(document.markers.allSatisfy { marker in marker.footnote.map { document.footnotes[$0].number == marker.number } ?? true })
        // Each footnote's marker stands before it, in the same half.
        for footnote in document.footnotes {
            let marker = try #require(footnote.marker.map { document.markers[$0] })
            #expect(marker.range.lowerBound < footnote.range.lowerBound)
            #expect((marker.range.lowerBound < seed.count) == (footnote.range.lowerBound < seed.count))
        }
        let motions = MotionReader(document).motions
        #expect(motions.count == 18)
        #expect(motions.first { $0.key == "kst-32735-386" }?.answers.map(\.index) == [58, 117])
    }
}
