import Kamerstuk
import Testing
@testable import MotieLedger

/// The one table of what the reader says: every code in both languages, with the same values,
/// and what the ledger keeps of a finding said back in its words.
@Suite("Finding texts")
struct FindingTextTests {
    private let values = ["⟨a⟩", "⟨b⟩", "⟨c⟩", "⟨d⟩"]

    @Test("every code has Dutch words of its own that put in the very values the English puts in", arguments: FindingText.allCases)
    func bothLanguages(_ text: FindingText) {
        let english = text.message(values, .en), dutch = text.message(values, .nl)
        #expect(english != dutch)
        #expect(values.filter(english.contains) == values.filter(dutch.contains), "\(text.rawValue)")
    }

    @Test("a kept finding is said in Dutch with its place after it, in English as ingest warned it")
    func keptFinding() {
        let missing = KeptFinding.coded(CodedFinding(FindingText.missingFootnote.finding(["12"], at: .init(line: 975, column: 40))))
        #expect(missing.text(.nl) == "voetnoot 12 ontbreekt: de verwijzing staat in de tekst, de voetnoot zelf ging verloren (regel 975, kolom 40)")
        #expect(missing.text(.en) == "975:40: missing-footnote: footnote 12 is missing: its marker is in the text, its footnote was lost")
        let differ = FindingText.answersDiffer.finding(["3", "in-uitvoering", "-", "uitgevoerd"], at: .init(line: 12, column: 1))
        #expect(differ.description == "12:1: mixed-readings: the answers read differently (answer 3: in-uitvoering, answer -: uitgevoerd); the most advanced is taken")
        #expect(KeptFinding.coded(CodedFinding(differ)).text(.nl)
            == "de antwoorden lezen verschillend (antwoord 3: in-uitvoering, antwoord -: uitgevoerd); de verste stand is genomen (regel 12)")
        // Said in words only: kept as the words, shown as they are.
        let words = KeptFinding.coded(CodedFinding(Finding(.ambiguousCitation, "'36045-24' is open", at: nil)))
        #expect(words.text(.nl) == "ambiguous-citation: '36045-24' is open" && words.text(.en) == words.text(.nl))
        #expect(KeptFinding.sentence("1440:1: conditional: x").text(.nl) == "1440:1: conditional: x")
    }
}
