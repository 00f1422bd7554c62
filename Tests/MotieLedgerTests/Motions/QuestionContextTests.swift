import Testing
import TestSupport
import Kamerstuk
@testable import MotieLedger

/// What the questions around a motion tell of it, in answers to Kamervragen: the motion the
/// questions' title names is the document's (`de motie van uw Kamer` in an answer that names
/// none is it), a motion named only in a question that asks for something else has no status
/// read off the answer, and footnote markers PyPDF moved to a line of their own still link the
/// motion the question names. Real Aanhangsel texts of `Tests/Fixtures/corpus/`, read by hand
/// (their labels), and made-up texts in the family's wording where a second real one is lacking.
@Suite("Motions read from the questions around them")
struct QuestionContextTests {
    static func corpus(_ path: String) throws -> MotionReader {
        MotionReader(AnswerDocument(try SourceDocument.read(try Fixture.bytes("corpus/\(path)"))))
    }

    static func read(_ text: String) throws -> MotionReader {
        MotionReader(AnswerDocument(try SourceText(validating: Array(text.utf8))))
    }

    @Test("the questions' title names the motion: `de motie van uw Kamer` in an answer that names none is it (ah-tk-20232024-1432)")
    func titleMotionInAnswers() throws {
        let reader = try Self.corpus("pdftotext/ah-tk-20232024-1432.txt")
        // The title's `de motie van het lid Van Zanten c.s.` (line 14) is the motion question 1
        // cites (footnote 2): one motion, not two.
        #expect(reader.motions.map { $0.id?.canonical } == ["kst-36410-VIII-82"])
        let motion = try #require(reader.motions.first)
        // Answer 3 `Ten tijde van het aannemen van de motie door uw Kamer`, answer 4 `wordt er
        // reeds conform de motie van uw Kamer gehandeld` (lines 138-140).
        #expect(motion.answers.map(\.label) == ["1", "3", "4"])
        #expect(motion.status == .uitgevoerd)
        #expect((138...140).contains(motion.evidenceLine))
        #expect(motion.evidence.contains("conform de motie van uw Kamer gehandeld"))
    }

    @Test("the title cites the motion, the questions name it (`de aangenomen motie-VanNispen c.s.`): one motion (2024Z18566)")
    func titleCitesTheMotion() throws {
        let reader = try Self.corpus("aanhangsel-text/ah-2024z18566-veldzicht-motie-van-nispen.txt")
        #expect(reader.motions.map { $0.id?.canonical } == ["kst-24587-995"])
        #expect(reader.motions.first?.mentions.map(\.line) == [7, 9, 13])
        #expect(reader.motions.first?.status == .onbekend)
    }

    @Test("made up in the family's wording: the title's motion answered without its name; no title motion, no guess")
    func titleMotionMadeUp() throws {
        let titled = try Self.read("""
            Vragen van het lid Bikker (ChristenUnie) aan de Minister van Volksgezondheid over de
            uitvoering van de motie van het lid Bikker over wachtlijsten in de ggz (ingezonden 3 maart 2025).

            Antwoord van Minister Agema (ontvangen 2 april 2025).

            Vraag 1
            Kent u de aangenomen motie van het lid Bikker (Kamerstuk 25 424, nr. 700)?

            Antwoord 1
            Ja.

            Vraag 2
            Wat doet u nu de Kamer heeft uitgesproken dat de wachtlijsten korter moeten?

            Antwoord 2
            Met de brief van 1 april is uitvoering gegeven aan de motie.

            """)
        #expect(titled.motions.map { "\($0.id?.canonical ?? "-") \($0.status.rawValue)" } == ["kst-25424-700 uitgevoerd"])
        #expect(titled.motions.first?.answers.map(\.label) == ["1", "2"])

        // The same answers under a title that names no motion: `de motie` points at nothing.
        let untitled = try Self.read("""
            Vragen van het lid Bikker (ChristenUnie) aan de Minister van Volksgezondheid over
            wachtlijsten in de ggz (ingezonden 3 maart 2025).

            Antwoord van Minister Agema (ontvangen 2 april 2025).

            Vraag 1
            Wat doet u nu de Kamer heeft uitgesproken dat de wachtlijsten korter moeten?

            Antwoord 1
            Met de brief van 1 april is uitvoering gegeven aan de motie.

            """)
        #expect(untitled.motions.isEmpty)
        #expect(untitled.findings.contains { $0.category == .unidentifiedMotion })
    }

    @Test("named only in a question that asks for something else: onbekend, with why (ah-tk-20232024-2271)")
    func questionAsksSomethingElse() throws {
        let reader = try Self.corpus("pdftotext/ah-tk-20232024-2271.txt")
        let motion = try #require(reader.motions.first { $0.id?.canonical == "kst-25424-691" })
        // `Kunt u in de uitwerking van onze motie (…) ook het hulpaanbod … meenemen?`; answer 12
        // lists help for people on waiting lists and never speaks of the motion.
        #expect(motion.status == .onbekend)
        #expect((288...289).contains(motion.evidenceLine))
        #expect(motion.findings.contains { $0.category == .statusUnknown && $0.message.contains("only a question names it") })
    }

    @Test("made up in the family's wording: a question that asks after the motion's execution is answered by the answer")
    func questionAsksAfterExecution() throws {
        let text = { (question: String) in
            """
            Vragen van het lid Westerveld (GroenLinks-PvdA) aan de Minister van Volksgezondheid over
            zelfregiecentra (ingezonden 3 maart 2025).

            Antwoord van Minister Agema (ontvangen 2 april 2025).

            Vraag 1
            \(question)

            Antwoord 1
            Het kabinet heeft hier in 2024 uitvoering aan gegeven met structurele financiering.

            """
        }
        let asked = try Self.read(text("Wat is de stand van zaken van de uitvoering van de motie (Kamerstuk 25 424, nr. 691) over zelfregiecentra?"))
        #expect(asked.motions.map(\.status) == [.uitgevoerd])
        let other = try Self.read(text("Kunt u in de uitwerking van de motie (Kamerstuk 25 424, nr. 691) over zelfregiecentra ook mensen met een eetstoornis meenemen?"))
        #expect(other.motions.map(\.status) == [.onbekend])
    }

    @Test("a footnote marker PyPDF moved to a line of its own under the question: the motion it names is linked (ah-545)")
    func markerApart() throws {
        let reader = try Self.corpus("aanhangsel-text/ah-545-uitstel-kinderen-noodopvang.txt")
        // `… de aangenomen motie van het lid VanMeenen c.s. (D66, Eerste Kamer) …?` then `5`
        // alone (line 33); footnote 5 `Eerste Kamer, 36 373, H` (line 39).
        #expect(reader.motions.map { $0.id?.canonical } == ["kst-36373-H"])
        #expect(reader.motions.first?.status == .onbekend)
        #expect(reader.motions.first?.uncertain == false)
    }

    @Test("two markers stacked under a question that ends with the motion: the last is its, flagged (ah-562)")
    func markersStacked() throws {
        let reader = try Self.corpus("aanhangsel-text/ah-562-uitstel-wachttijden-ggz.txt")
        // `… het verslag van een schriftelijk overleg … en de uitvoering van de motieBikker-Van
        // den Hil.` then `2 3` (line 19): 2 `Kamerstuk 25 242, nr. 686`, 3 `Kamerstuk 36 200, nr. 77`.
        #expect(reader.motions.map { $0.id?.canonical } == ["kst-36200-77"])
        let motion = try #require(reader.motions.first)
        #expect(motion.uncertain)
        #expect(motion.findings.contains { $0.category == .uncertainLink && $0.message.contains("footnotes 2 3 stand apart") })
    }

    @Test("made up in the family's wording: a marker apart under a question naming a motion and a letter links neither")
    func markerApartAmbiguous() throws {
        let reader = try Self.read("""
            Vragen van het lid Podt (D66) aan de Minister van Asiel en Migratie over de noodopvang
            (ingezonden 24 oktober 2024).

            Mededeling van Minister Faber (ontvangen 14 november 2024).

            Vraag 1
            Hoe rijmt u uw brief over de noodopvang met de motie van het lid Van Meenen c.s.?
            1
            Vraag 2
            Wanneer komt u met een plan?

            1 Kamerstuk 36 373, nr. 12
            """)
        #expect(reader.motions.map { $0.id?.canonical } == [nil])
        #expect(reader.findings.contains { $0.category == .uncertainLink && $0.message.contains("it may cite either") })
    }
}
