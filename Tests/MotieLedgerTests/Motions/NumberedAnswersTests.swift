import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// 2026D07412: answers to written questions in the numbered shape (`Vraag 1 … Antwoord 1`,
/// `Vraag 4 en 5`), footnotes that name their motion (`2 Motie van het lid Dobbe …, Kamerstuk
/// 36600-V, nr. 61`), and a citation split over a page with the page's footnote in between.
@Suite("Numbered answers: 2026D07412")
struct NumberedAnswersTests {
    let document: AnswerDocument
    let reader: MotionReader

    init() throws {
        document = try Fixture.document("2026D07412.txt")
        reader = MotionReader(document)
    }

    @Test("header: number and the date it was received; no debate")
    func header() {
        #expect(document.number == "2026D07412")
        #expect(document.date == Day(year: 2026, month: 3, day: 3))
        #expect(document.debate == nil)
    }

    @Test("one asker section of two members; numbered pairs, one answering two questions")
    func structure() {
        #expect(document.sections.map(\.askers) == [["Dobbe", "Piri"]])
        #expect(document.sections.first?.party == "SP/GroenLinks-PvdA")
        #expect(document.pairs.map(\.label) == ["1", "2", "3", "4 en 5", "6", "7", "8"])
        #expect(document.bodyText(document.pairs[0].answer) == "Ja.")
    }

    @Test("footnotes, markers after a quote and a letter, and the citation that breaks around them")
    func footnotes() {
        #expect(document.footnotes.map(\.number) == [1, 2, 3, 4])
        #expect(document.markers.map { document.location(of: $0.range.lowerBound).line } == [18, 50, 75, 120])
        #expect(document.findings.isEmpty)
        #expect(document.citations.compactMap(\.id?.canonical).contains("kst-36800-V-58"))
    }

    @Test("the motions, each with its Kamerstuk, answer and status")
    func motions() {
        let read = reader.motions.map { "\($0.key) \($0.name) [\($0.answers.map { $0.label ?? "" }.joined(separator: ","))] \($0.status.rawValue)" }
        #expect(read == [
            "kst-21501-02-3305 Dobbe [2] uitgevoerd",            // "Daarmee heeft het kabinet uitvoering gegeven aan de motie."
            "kst-36600-V-61 Dobbe [3] uitgevoerd",               // "De motie is hiermee afgedaan."
            "kst-21501-02-3000 Van der Burg en Piri [4 en 5] niet-uitgevoerd", // "andere instrumenten als effectiever"
            "kst-32735-406 Piri c.s. [6] in-behandeling",        // "wordt bezien of er ruimte is"
            "kst-21501-20-2310 Erkens c.s. [7] in-uitvoering",   // "Conform de motie Erkens c.s. zet het kabinet zich … in"
        ])
    }

    @Test("a motion named by subject in the question and by submitter in the answer is one")
    func radioDabanga() throws {
        let motion = try #require(reader.motions.first { $0.key == "kst-36600-V-61" })
        #expect(motion.mentions.map(\.line) == [50, 58, 60, 64])
        #expect(motion.evidence == "De motie is hiermee afgedaan.")
        #expect(motion.nameKeys.contains("motie-inzake-radio-dabanga"))
        #expect(motion.nameKeys.contains("motie-dobbe"))
    }

    @Test("the promised time of an answer still pending")
    func promised() throws {
        let piri = try #require(reader.motions.first { $0.key == "kst-32735-406" })
        #expect(piri.expected == ExpectedTime(from: Day(year: 2026, month: 3, day: 1)!, to: Day(year: 2026, month: 6, day: 1)!,
                                              text: "Bij de Voorjaarsnota 2026"))
    }

    @Test("letters, amendments and the answered letter's citation are not motions")
    func notMotions() {
        let keys = Set(reader.motions.map(\.key))
        #expect(!keys.contains("kst-36800-V-58"))
        #expect(!keys.contains("kst-23432-612"))
        #expect(!reader.motions.contains { $0.name.contains("Ceder") })
    }
}

/// 2026D11873: a letter without questions, updating motions of 2026D03887 under headings.
@Suite("A letter: 2026D11873")
struct LetterTests {
    let reader: MotionReader

    init() throws {
        reader = MotionReader(try Fixture.document("2026D11873.txt"))
    }

    @Test("header: number, date, and the debate it prepares")
    func header() {
        #expect(reader.document.number == "2026D11873")
        #expect(reader.document.date == Day(year: 2026, month: 4, day: 14))
        #expect(reader.document.debate?.label == "commissiedebat Raad Buitenlandse Zaken 2026-04-20")
        #expect(reader.document.pairs.isEmpty)
    }

    @Test("each motion under its own heading, with its own status and no borrowed promise")
    func motions() {
        let read = reader.motions.map { "\($0.key) \($0.status.rawValue) \($0.expected?.to.iso ?? "-")" }
        #expect(read == [
            "kst-21501-02-3236 uitgevoerd -",
            "kst-36800-V-27 uitgevoerd -",
            "kst-36045-243 uitgevoerd -",
            "kst-32735-406 niet-uitgevoerd -",
            "kst-36800-V-41 in-behandeling 2026-06-30",
        ])
        #expect(reader.motions.allSatisfy { $0.answers.isEmpty })
    }
}
