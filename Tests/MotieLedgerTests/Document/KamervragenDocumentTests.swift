import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// Every answer to Kamervragen of the corpus (PDF through `pdftotext`, PyPDF and Word text): its
/// own number, date and kind as the labels give them, and its questions' labels as its `Vraag`
/// headings print them (`Tests/Fixtures/corpus/labels/`, NOTES-pdf.md, NOTES-text.md).
@Suite("Kamervragen of the corpus: number, date, kind, questions")
struct KamervragenDocumentTests {
    struct Expected: CustomTestStringConvertible, Sendable {
        let file: String
        let number: String
        let date: String
        let kind: DocumentKind
        /// The `Vraag` headings' labels; nil where the document has too many to list (73).
        let pairs: [String]?
        let pairCount: Int
        var testDescription: String { file }
    }

    static let documents: [Expected] = [
        .init(file: "aanhangsel-text/ah-2024z18435-lelylijn-nedersaksenlijn.txt", number: "2024Z18435", date: "2024-11-14", kind: .questions,
              pairs: ["1", "2", "3", "4", "5", "6", "7", "8", "9"], pairCount: 9),
        .init(file: "aanhangsel-text/ah-2024z18559-wet-politiegegevens.txt", number: "2024Z18559", date: "2024-11-15", kind: .questions,
              pairs: nil, pairCount: 73),
        .init(file: "aanhangsel-text/ah-2024z18566-veldzicht-motie-van-nispen.txt", number: "2024Z18566", date: "2024-11-15", kind: .questions,
              pairs: ["1", "2", "3", "4", "5", "6"], pairCount: 6),
        // Word: no numbers; each paragraph after the title is a question, labelled by its place.
        .init(file: "aanhangsel-text/ah-2024z18884-israel-ontwikkelingsprojecten.txt", number: "2024Z18884", date: "2024-11-20", kind: .questions,
              pairs: (1...13).map(String.init), pairCount: 13),
        .init(file: "aanhangsel-text/ah-545-uitstel-kinderen-noodopvang.txt", number: "ah-tk-20242025-545", date: "2024-11-14", kind: .mededeling,
              pairs: ["1", "2", "3", "4", "5", "6"], pairCount: 6),
        .init(file: "aanhangsel-text/ah-558-bezuiniging-crisisbeheersing.txt", number: "ah-tk-20242025-558", date: "2024-11-14", kind: .answers,
              pairs: ["1", "2", "3 en 4", "5 en 6", "7"], pairCount: 5),
        .init(file: "aanhangsel-text/ah-562-uitstel-wachttijden-ggz.txt", number: "ah-tk-20242025-562", date: "2024-11-15", kind: .mededeling,
              pairs: ["1", "2", "3", "4", "5", "6", "7", "8", "9"], pairCount: 9),
        // `(ontvangen 18 november2024)`: the year glued to its month.
        .init(file: "aanhangsel-text/ah-586-nibud-mobiliteit.txt", number: "ah-tk-20242025-586", date: "2024-11-18", kind: .answers,
              pairs: ["1", "2", "3", "4", "5"], pairCount: 5),
        // `AH 601`: the session from the date received, 20 November 2024, after Prinsjesdag.
        .init(file: "aanhangsel-text/ah-601-bouwstenen-asielbeleid.txt", number: "ah-tk-20242025-601", date: "2024-11-20", kind: .answers,
              pairs: ["1", "2", "3"], pairCount: 3),
        .init(file: "pdftotext/ah-tk-20232024-1076.txt", number: "ah-tk-20232024-1076", date: "2024-02-20", kind: .answers,
              pairs: ["1", "2", "3", "4", "5"], pairCount: 5),
        .init(file: "pdftotext/ah-tk-20232024-1178.txt", number: "ah-tk-20232024-1178", date: "2024-03-07", kind: .answers,
              pairs: ["1", "2", "3", "4", "5", "6", "7", "8", "9"], pairCount: 9),
        .init(file: "pdftotext/ah-tk-20232024-1292.txt", number: "ah-tk-20232024-1292", date: "2024-03-21", kind: .answers,
              pairs: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], pairCount: 10),
        .init(file: "pdftotext/ah-tk-20232024-1314.txt", number: "ah-tk-20232024-1314", date: "2024-03-25", kind: .answers,
              pairs: ["1", "2", "3, 4 en 5", "6"], pairCount: 4),
        .init(file: "pdftotext/ah-tk-20232024-1432.txt", number: "ah-tk-20232024-1432", date: "2024-04-05", kind: .answers,
              pairs: ["1", "2", "3", "4", "5", "6"], pairCount: 6),
        .init(file: "pdftotext/ah-tk-20232024-1771.txt", number: "ah-tk-20232024-1771", date: "2024-05-17", kind: .answers,
              pairs: ["1", "2", "3", "4", "5", "6"], pairCount: 6),
        // `(ontvangen 3 juni⏎2024)`: the date broken over a line.
        .init(file: "pdftotext/ah-tk-20232024-1893.txt", number: "ah-tk-20232024-1893", date: "2024-06-03", kind: .answers,
              pairs: ["1", "2", "3", "4", "5", "6", "7"], pairCount: 7),
        .init(file: "pdftotext/ah-tk-20232024-1949.txt", number: "ah-tk-20232024-1949", date: "2024-06-11", kind: .answers,
              pairs: ["1", "2 en 3", "4", "5"], pairCount: 4),
        .init(file: "pdftotext/ah-tk-20232024-1984.txt", number: "ah-tk-20232024-1984", date: "2024-06-14", kind: .answers,
              pairs: ["1", "2", "3", "4", "5", "6", "7", "8", "9 en 10", "11"], pairCount: 10),
        // `(ontvangen (ontvangen 7 juni 2024)` as printed; a Mededeling after three questions.
        .init(file: "pdftotext/ah-tk-20232024-1999.txt", number: "ah-tk-20232024-1999", date: "2024-06-07", kind: .mededeling,
              pairs: ["1", "2", "3"], pairCount: 3),
        .init(file: "pdftotext/ah-tk-20232024-2168.txt", number: "ah-tk-20232024-2168", date: "2024-07-17", kind: .answers,
              pairs: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], pairCount: 10),
        .init(file: "pdftotext/ah-tk-20232024-2210.txt", number: "ah-tk-20232024-2210", date: "2024-07-23", kind: .answers,
              pairs: (1...13).map(String.init), pairCount: 13),
        .init(file: "pdftotext/ah-tk-20232024-2271.txt", number: "ah-tk-20232024-2271", date: "2024-08-12", kind: .answers,
              pairs: (1...12).map(String.init), pairCount: 12),
        // `(ontvangen⏎22 augustus 2024)`: the break right after the keyword.
        .init(file: "pdftotext/ah-tk-20232024-2313.txt", number: "ah-tk-20232024-2313", date: "2024-08-22", kind: .answers,
              pairs: (1...10).map(String.init), pairCount: 10),
        .init(file: "pdftotext/ah-tk-20232024-2367.txt", number: "ah-tk-20232024-2367", date: "2024-08-29", kind: .answers,
              pairs: ["1", "2", "3, 4, 5 en 6", "7, 8, 9 10 en 11", "12"], pairCount: 5),
        .init(file: "pdftotext/ah-tk-20232024-2395.txt", number: "ah-tk-20232024-2395", date: "2024-08-30", kind: .answers,
              pairs: ["1", "2", "3", "4", "5"], pairCount: 5),
        .init(file: "pdftotext/ah-tk-20232024-878.txt", number: "ah-tk-20232024-878", date: "2024-01-26", kind: .answers,
              pairs: ["1", "2", "3", "4", "5", "6", "7"], pairCount: 7),
    ]

    @Test("number, date, kind and question labels", arguments: documents)
    func header(_ expected: Expected) throws {
        let document = try Fixture.document("corpus/" + expected.file)
        #expect(document.number == expected.number)
        #expect(document.date?.iso == expected.date)
        #expect(document.kind == expected.kind)
        #expect(document.pairs.count == expected.pairCount)
        if let pairs = expected.pairs { #expect(document.pairs.map(\.label) == pairs) }
        // Questions alone and a Mededeling have no answers.
        let unanswered = document.pairs.filter { $0.answer.isEmpty }.count
        if expected.kind != .answers { #expect(unanswered == document.pairs.count) }
        // The publication's furniture is no running text.
        for furniture in ["ISSN 0921", "ah-tk-2023", "ah-tk-2024", "kv-tk-", "Tweede Kamer, vergaderjaar"] {
            #expect(!String(decoding: document.body, as: UTF8.self).contains(furniture), "\(furniture)")
        }
    }

    @Test("the title names the askers and their parties: `Vragen van de leden Olger van Dijk (Nieuw Sociaal Contract) en Pierik (BBB)`")
    func askers() throws {
        let cases: [(String, [String], String?)] = [
            ("aanhangsel-text/ah-2024z18435-lelylijn-nedersaksenlijn.txt", ["Olger van Dijk", "Pierik"], "Nieuw Sociaal Contract/BBB"),
            ("aanhangsel-text/ah-562-uitstel-wachttijden-ggz.txt", ["Van den Hil", "Bikker"], "VVD/ChristenUnie"),
            ("aanhangsel-text/ah-2024z18884-israel-ontwikkelingsprojecten.txt", ["Bamenga"], "D66"),
            ("pdftotext/ah-tk-20232024-1432.txt", ["Van Zanten"], "BBB"),
            ("pdftotext/ah-tk-20232024-2271.txt", ["Westerveld"], "GroenLinks-PvdA"),
        ]
        for (file, askers, party) in cases {
            let document = try Fixture.document("corpus/" + file)
            // `Vragen gesteld door de leden der Kamer` names nobody.
            #expect(document.sections.map(\.askers) == [askers], "\(file)")
            #expect(document.sections.first?.party == party, "\(file)")
            let inSection = document.pairs.filter { $0.section == 0 }.count
            #expect(inSection == document.pairs.count, "\(file)")
        }
    }

    @Test("1432, both modes: footnote numbers stacked apart from their texts, the furniture between, paired by order — 2 is the motion's Kamerstuk")
    func stackedFootnotes() throws {
        for file in ["pdftotext/ah-tk-20232024-1432.txt", "pdftotext-layout/ah-tk-20232024-1432.txt"] {
            let document = try Fixture.document("corpus/" + file)
            #expect(document.footnotes.map(\.number) == [1, 2, 3], "\(file)")
            #expect(document.footnotes.prefix(2).map(\.text) == ["Kamerstuk 36 410 VIII, nr. 106", "Kamerstuk 36 410 VIII, nr. 82"], "\(file)")
            let marker = try #require(document.footnotes[1].marker.map { document.markers[$0] })
            // `Van⏎Zanten c.s.2,`
            #expect(document.location(of: marker.range.lowerBound).line == (file.hasPrefix("pdftotext/") ? 25 : 29))
            #expect(document.findings.isEmpty, "\(file)")
        }
    }

    @Test("2271 and 1178: a number printed after its text, or between others, paired by order (NOTES-pdf.md §4)")
    func footnotesOutOfOrder() throws {
        let eetstoornissen = try Fixture.document("corpus/pdftotext/ah-tk-20232024-2271.txt")
        let texts = Dictionary(uniqueKeysWithValues: eetstoornissen.footnotes.map { ($0.number, $0.text) })
        #expect(texts[2] == "Zie de website www.firsteetkit.nl")
        #expect(texts[3] == "Zie www.zorgkaart.eetstoornissennetwerk.nl")
        #expect(texts[4] == "Kamerstukken II, 2023/2024, 31 839, nr. 1024")
        #expect(eetstoornissen.footnotes.map(\.number) == Array(1...17))
        let quantum = try Fixture.document("corpus/pdftotext/ah-tk-20232024-1178.txt")
        let quantumTexts = Dictionary(uniqueKeysWithValues: quantum.footnotes.map { ($0.number, $0.text) })
        #expect(quantumTexts[10] == "CWI involved in two primary Post-Quantum Cryptography standards")
        #expect(quantumTexts[11]?.hasPrefix("10 miljoen euro toegekend") == true)
        #expect(quantumTexts[12] == "Post-Quantum Cryptography Conference – November 7 and 8, 2023 – Amsterdam (NL) | PKI Consortium")
    }

    @Test("PyPDF: markers on lines of their own (`2, 3 en 4`), footnotes glued to their numbers (`5Eerste Kamer, 36 373, H`)")
    func pypdfFootnotes() throws {
        let document = try Fixture.document("corpus/aanhangsel-text/ah-545-uitstel-kinderen-noodopvang.txt")
        #expect(document.footnotes.map(\.number) == [1, 2, 3, 4, 5])
        #expect(document.footnotes[4].text == "Eerste Kamer, 36 373, H")
        #expect(document.markers.map { document.location(of: $0.range.lowerBound).line } == [12, 15, 15, 15, 33])
        let paired = document.markers.filter { $0.footnote != nil }.count
        #expect(paired == document.markers.count)
        // The marker line is not part of the question's text.
        #expect(!document.bodyText(document.pairs[5].question).hasSuffix("5"))
    }

    @Test("Word: `ministerie? 1)` and the endnote `1) Kamerstuk 19637, nr. 3203`")
    func wordFootnotes() throws {
        let document = try Fixture.document("corpus/aanhangsel-text/ah-601-bouwstenen-asielbeleid.txt")
        #expect(document.footnotes.map(\.text) == ["Kamerstuk 19637, nr. 3203"])
        #expect(document.footnotes.first?.marker.map { document.location(of: document.markers[$0].range.lowerBound).line } == 6)
    }
}

/// The shapes of a Kamervragen head, made up, beside the real ones above.
@Suite("Kamervragen heads, made up")
struct KamervragenHeadTests {
    func document(_ text: String) throws -> AnswerDocument {
        AnswerDocument(try SourceText(validating: Array(text.utf8)))
    }

    @Test("`Aanhangsel Handelingen II 2022/23, nr. 1234` opening a line is the number; after `Zie ook` it is another answer")
    func formalNumber() throws {
        let own = try document("""
            Aanhangsel Handelingen II 2022/23, nr. 1234
            Vragen van het lid Jansen (SP) aan de minister van Financiën (ingezonden 3 maart 2023).
            Antwoord van minister Bakker (ontvangen 4 april 2023).
            Vraag 1
            Klopt het?
            Antwoord 1
            Ja.
            """)
        #expect(own.number == "ah-tk-20222023-1234")
        #expect(own.date == Day(year: 2023, month: 4, day: 4))
        #expect(own.kind == .answers)
        let other = try document("""
            Vragen van het lid Jansen (SP) aan de minister van Financiën (ingezonden 3 maart 2023).
            Antwoord van minister Bakker (ontvangen 4 april 2023). Zie ook
            Aanhangsel Handelingen II 2022/23, nr. 1234.
            Vraag 1
            Klopt het?
            Antwoord 1
            Ja.
            """)
        #expect(other.number == nil)
    }

    @Test("`AH 12` takes its session from the date: before Prinsjesdag the old one, from it the new", arguments: [
        ("16 september 2024", "ah-tk-20232024-12"), ("17 september 2024", "ah-tk-20242025-12"), ("2 januari 2025", "ah-tk-20242025-12"),
        ("19 september 2023", "ah-tk-20232024-12"), ("18 september 2023", "ah-tk-20222023-12"),
    ])
    func sessionFromDate(_ date: String, _ number: String) throws {
        let document = try document("AH 12\nAntwoord van minister X (ontvangen \(date))\n\nVraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n")
        #expect(document.number == number)
        #expect(document.pairs.map(\.label) == ["1"])
    }

    @Test("the running foot gives the session of a bare number; a Zaak number is kept beside it")
    func footSession() throws {
        let document = try document("""
            Aanhangsel van de Handelingen
            77
            2024Z01234
            Vragen van het lid Jansen (SP) aan de minister van Financiën (ingezonden 3 maart 2024).
            Antwoord van minister Bakker (ontvangen
            4 april 2024).
            Vraag 1
            Klopt het?
            Antwoord 1
            Ja.

            Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1
            """)
        #expect(document.number == "ah-tk-20232024-77")
        #expect(document.zaak == "2024Z01234")
        #expect(document.date == Day(year: 2024, month: 4, day: 4))
        #expect(!document.bodyText(document.pairs[0].answer).contains("vergaderjaar"))
    }

    @Test("numbers stacked above more texts than a full line explains: footnotes kept out of the text, unpaired, with a finding")
    func ambiguousStack() throws {
        let document = try document("""
            Vraag 1
            Kent u de motie1 en het rapport2?
            Antwoord 1
            Ja.

            1
            2

            Kamerstuk 36 410 VIII, nr. 82
            Rapport
            Bijlage
            Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel

            1
            """)
        #expect(document.footnotes.isEmpty)
        #expect(document.findings.map(\.category) == [.unpairedFootnotes, .noNumber, .noDate])
        #expect(document.bodyText(document.pairs[0].answer) == "Ja.")
    }

    @Test("a number right above its text, as `-layout` gives it, owns the lines up to the next number")
    func numberAboveText() throws {
        let document = try document("""
            Vraag 1
            Kent u de motie1 en het rapport2?
            Antwoord 1
            Ja.

                 1
                     Kamerstuk 36 410 VIII, nr. 82
                 2
                     Rapport over de zaak, met een titel die zo lang is dat hij
                     over twee regels loopt
            Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel      1
            """)
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(document.footnotes[1].text == "Rapport over de zaak, met een titel die zo lang is dat hij over twee regels loopt")
        // A head without number or date: those alone are found.
        #expect(document.findings.map(\.category) == [.noNumber, .noDate])
    }

    @Test("a letter stays a letter; a motion's text is a motion")
    func otherKinds() throws {
        let letter = try document("Den Haag, 3 maart 2024\n\nGeachte voorzitter,\n\nHierbij informeer ik u.\n")
        #expect(letter.kind == .letter)
        let motion = try document("De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering iets te doen,\n\nen gaat over tot de orde van de dag.\n")
        #expect(motion.kind == .motion)
    }
}
