import Kamerstuk
import Testing
import TestSupport
@testable import MotieLedger

/// Titles from running text: a sentence that names a motion by its submitters, its Kamerstuk
/// in a bracket, and its subject (read by hand in the seed and the family's letters).
@Suite("Motion facts from sentences")
struct SentenceFactsTests {
    @Test("the seed names one motion with its subject: Van der Burg and Piri's, about a black travel advice")
    func seed() throws {
        let document = try Fixture.document("2026D03887.txt")
        let facts = SentenceFacts.read(document, reference: "2026D03887")
        // The seed's other motion with names and a bracket (Van Baarle en Paternotte, 35 207 nr. 89)
        // goes on with `inzetten voor`: no subject, no title.
        #expect(facts.map(\.facts) == [
            MotionFacts(id: KamerstukID(canonical: "kst-21501-02-3000"), title: "Motie van de leden Van der Burg en Piri over een zwart reisadvies",
                        submitters: [Submitter(name: "Van der Burg"), Submitter(name: "Piri")]),
        ])
        #expect(facts.allSatisfy { $0.source == FactsSource(kind: .footnote, reference: "2026D03887", date: document.date) })
    }

    @Test("a subject before the bracket, in a sentence and in a letter's headings; a changed motion")
    func subjectBeforeBracket() throws {
        let defensie = SentenceFacts.read(try Fixture.document("family-defensie-stand-van-zaken.txt"), reference: "d").map(\.facts)
        #expect(defensie.map(\.title) == [
            "Motie van het lid Boswijk over het behoud van ervaren onderofficieren",
            "Motie van het lid Tuinman c.s. over kinderopvang op kazernes",
            "Motie van de leden Hammelburg en Dobbe over de huisvesting van militairen",
        ])
        #expect(defensie.map { $0.id?.canonical } == ["kst-36600-X-12", "kst-36600-X-19", "kst-36600-X-52"])
        let ienw = SentenceFacts.read(try Fixture.document("family-ienw-voortgang-moties.txt"), reference: "i").map(\.facts)
        #expect(ienw.count == 10)
        #expect(ienw.first?.title == "Motie van het lid Bikker over een landelijk verbod op de fatbike voor kinderen onder de twaalf jaar")
        let changed = try #require(ienw.first { $0.id?.canonical == "kst-23645-842" })
        #expect(changed.title == "Gewijzigde motie van het lid Stoffer over de bereikbaarheid van kleine kernen met het openbaar vervoer")
        #expect(ienw.first { $0.id?.canonical == "kst-29398-1195" }?.submitters == [Submitter(name: "Olger van Dijk")])
    }

    @Test("where the sentence leaves doubt, nothing: a verb before the bracket, two papers, other words in the bracket, a subject that points back")
    func doubts() {
        let none = [
            "De motie van het lid Boswijk over de reservisten is uitgevoerd (Kamerstuk 36 600 X, nr. 12).",
            "De motie van het lid Boswijk (Kamerstuk 36 600 X, nrs. 12 en 13) over de reservisten is uitgevoerd.",
            "De motie van het lid Boswijk (zie ook Kamerstuk 36 600 X, nr. 12) over de reservisten is uitgevoerd.",
            "De motie van het lid Boswijk (Kamerstuk 36 600 X, nr. 12) over dit onderwerp is uitgevoerd.",
            "De motie van het lid Boswijk over de reservisten is uitgevoerd.",
            "De motie van het lid Boswijk (Kamerstuk 36 600 X, nr. 12) vraagt om meer reservisten.",
        ]
        for sentence in none { #expect(SentenceFacts.facts(in: sentence).isEmpty, "\(sentence)") }
        let listed = SentenceFacts.facts(in: "De motie van de leden Bikker, Ceder en Stoffer (Kamerstuk 36 600 X, nr. 12) over de reservisten die …")
        #expect(listed.map(\.title) == ["Motie van de leden Bikker, Ceder en Stoffer over de reservisten"])
    }
}
