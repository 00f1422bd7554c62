import Kamerstuk
import Testing
@testable import MotieLedger

/// A motion known only by name matched to its Kamerstuk where the facts make it unique.
@Suite("Names matched to Kamerstukken")
struct NameMatchTests {
    static func id(_ text: String) -> KamerstukID { KamerstukID(canonical: text)! }
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func profile(_ id: String, _ submitters: [String], voted: String?, outcome: VoteOutcome = .aangenomen, dossier: String? = nil) -> (KamerstukID, MotionProfile) {
        let facts = MotionFacts(id: Self.id(id), submitters: submitters.map { Submitter(name: $0) }, dossier: dossier,
                                vote: voted.map { Vote(outcome: outcome, date: day($0)) })
        return (Self.id(id), MotionProfile(facts: facts, sources: [:]))
    }

    @Test("one adopted motion of the submitter voted before the document: proposed as an alias, with a finding")
    func unique() {
        let profiles = Dictionary(uniqueKeysWithValues: [
            Self.profile("kst-21501-20-2310", ["Erkens", "Van der Lee"], voted: "2025-12-16"),
            Self.profile("kst-21501-20-2400", ["Erkens"], voted: "2026-02-10"),
            Self.profile("kst-21501-20-2301", ["Erkens"], voted: "2025-12-16", outcome: .verworpen),
            Self.profile("kst-36600-V-61", ["Dobbe"], voted: "2025-11-20"),
        ])
        let named = NameMatch.Named(key: "motie-erkens", surnames: ["Erkens"], firstMentioned: Self.day("2026-01-28"), debate: nil)
        let matches = NameMatch.matches([named], profiles: profiles)
        #expect(matches.map(\.outcome) == [.unique(Self.id("kst-21501-20-2310"))])
        #expect(matches.first?.finding.category == NameMatch.proposedAlias)
    }

    @Test("two fit: a finding naming both, nothing joined; the debate's words settle it where one shares them")
    func ambiguous() {
        let profiles = Dictionary(uniqueKeysWithValues: [
            Self.profile("kst-36600-V-61", ["Dobbe"], voted: "2025-11-20", dossier: "Vaststelling van de begrotingsstaten van het Ministerie van Buitenlandse Zaken"),
            Self.profile("kst-31288-1200", ["Dobbe"], voted: "2025-10-02", dossier: "Hoger onderwijsbeleid"),
        ])
        let named = NameMatch.Named(key: "motie-dobbe", surnames: ["Dobbe"], firstMentioned: Self.day("2026-01-28"), debate: nil)
        let matches = NameMatch.matches([named], profiles: profiles)
        #expect(matches.map(\.outcome) == [.ambiguous([Self.id("kst-31288-1200"), Self.id("kst-36600-V-61")])])
        #expect(matches.first?.finding.message.contains("kst-31288-1200, kst-36600-V-61") == true)
        var debated = named
        debated.debate = "begrotingsbehandeling Buitenlandse Zaken 2026-01-27"
        #expect(NameMatch.matches([debated], profiles: profiles).map(\.outcome) == [.unique(Self.id("kst-36600-V-61"))])
    }

    @Test("submitters compare however the tussenvoegsel is cased; a given name is left out; no vote known is no fit")
    func names() {
        let profiles = Dictionary(uniqueKeysWithValues: [
            Self.profile("kst-28165-452", ["Inge van Dijk"], voted: "2025-07-03"),
            Self.profile("kst-28165-433", ["Van der Lee"], voted: nil),
        ])
        let dijk = NameMatch.Named(key: "motie-van-dijk", surnames: ["Van Dijk"], firstMentioned: Self.day("2025-09-01"), debate: nil)
        let lee = NameMatch.Named(key: "motie-van-der-lee", surnames: ["van der Lee"], firstMentioned: Self.day("2025-09-01"), debate: nil)
        #expect(NameMatch.matches([dijk, lee], profiles: profiles).map(\.outcome) == [.unique(Self.id("kst-28165-452"))])
        #expect(NameMatch.surname(of: "Inge van Dijk") == "van Dijk")
        #expect(NameMatch.surname(of: "Van der Lee") == "Van der Lee")
    }
}
