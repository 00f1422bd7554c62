import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// What a document is known by: its own number wherever it gives one — a Kamerstuk's in the
/// running heads of its pages too — else a name its content gives, never its file's.
@Suite("A document's own number, else its content's name")
struct DocumentNumberTests {
    @Test("an annual report is the Kamerstuk its running foot names (NOTES-jaarverslag.md §3)", arguments: [
        ("corpus/letters-text/jaarverslag-ocw-2020.txt", "kst-35830-VIII-1"),
        ("corpus/letters-text/jaarverslag-ocw-2021.txt", "kst-36100-VIII-1"),
        ("corpus/letters-text/jaarverslag-ocw-2022.txt", "kst-36360-VIII-1"),
    ])
    func annualReports(file: String, number: String) throws {
        #expect(try Fixture.document(file).number == number)
    }

    @Test("a verslag and an annex printed as Kamerstukken: the number of their running heads; a document number wins over it")
    func kamerstukken() throws {
        // `Tweede Kamer, vergaderjaar 2025–2026, 24 587, nr. 1012   2` at the head of page 2.
        #expect(try Fixture.document("family-vso-justitiele-inrichtingen.txt").number == "kst-24587-1012")
        // `… 36 900 V, nr. 2 147` under the footnotes of two pages.
        #expect(try Fixture.document("family-annex-overzicht-moties.txt").number == "kst-36900-V-2")
        // `2026D24410` in its head, `21 501-02, nr. 3360` in its feet: the document number, as before.
        #expect(try Fixture.document("family-geannoteerde-agenda.txt").number == "2026D24410")
    }

    static let page = "Den Haag, 3 maart 2026\n\nHet kabinet heeft de motie uitgevoerd.\n\n"

    @Test("made up: a chapter's Kamerstuk in the heads; heads that disagree name no number; a formal citation on a line of its own is none")
    func madeUpHeads() {
        let chapter = Self.page + "Tweede Kamer, vergaderjaar 2025-2026, 36 600-XVI, nr. 118     2\n\n" + Self.page
            + "Tweede Kamer, vergaderjaar 2025-2026, 36 600-XVI, nr. 118 3\n\nMeer tekst.\n"
        #expect(AnswerDocument(SourceText(chapter)).number == "kst-36600-XVI-118")
        let disagreeing = Self.page + "Tweede Kamer, vergaderjaar 2025–2026, 36 600 V, nr. 12   2\n\n" + Self.page
            + "Tweede Kamer, vergaderjaar 2025–2026, 36 600 V, nr. 13   3\n\nMeer tekst.\n"
        #expect(AnswerDocument(SourceText(disagreeing)).number == nil)
        let cited = Self.page + "Zie:\n\nTweede Kamer, vergaderjaar 2025–2026, 36 600 V, nr. 12\n\nMeer tekst.\n"
        #expect(AnswerDocument(SourceText(cited)).number == nil)
    }

    @Test("without a number of its own, a document is `sha256:` and the first 12 hex digits of its bytes' SHA-256")
    func contentName() throws {
        let text = "Den Haag, 3 maart 2026\n\nHierbij informeer ik uw Kamer dat de motie Erkens c.s. is uitgevoerd.\n"
        let bytes = Array(text.utf8)
        let reader = MotionReader(AnswerDocument(SourceText(text)))
        let reading = try #require(DocumentReading(reader, bytes: bytes, date: nil, debate: nil))
        // `printf '…' | sha256sum`: 053bab3e347e79b0…
        #expect(reading.number == "sha256:053bab3e347e")
        #expect(reading.sha256.hasPrefix("053bab3e347e"))
        #expect(reading.date == Day(iso: "2026-03-03"))
        // One byte more, another name; the same bytes, the same name.
        let longer = text + " "
        let other = try #require(DocumentReading(MotionReader(AnswerDocument(SourceText(longer))), bytes: Array(longer.utf8), date: nil, debate: nil))
        #expect(other.number.hasPrefix("sha256:") && other.number != reading.number)
        #expect(DocumentReading(reader, bytes: bytes, date: nil, debate: nil)?.number == reading.number)
        // A number of its own wins.
        let seed = try Fixture.bytes("2026D03887.txt")
        let numbered = try #require(DocumentReading(MotionReader(AnswerDocument(try SourceText(validating: seed))), bytes: seed, date: nil, debate: nil))
        #expect(numbered.number == "2026D03887")
    }
}
