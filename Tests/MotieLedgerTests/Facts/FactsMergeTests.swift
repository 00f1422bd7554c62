import Kamerstuk
import Testing
@testable import MotieLedger

/// Facts merged per motion: the later source wins per field, in whatever order the records
/// come; Zaak and Kamerstuk joined by a record that gives both; a changed motion stands for
/// its original.
@Suite("Facts merged per motion")
struct FactsMergeTests {
    static func id(_ text: String) -> KamerstukID { KamerstukID(canonical: text)! }
    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// The corpus's 2025Z11876 (kst-28165-452) as its records and its own text give it.
    static let zaak = SourcedFacts(
        MotionFacts(id: id("kst-28165-452"), zaak: "2025Z11876", title: "Motie van het lid Inge van Dijk over onderzoek naar actieve grondpolitiek door de Staat",
                    submitters: [Submitter(name: "Inge van Dijk")], submitted: day("2025-06-11"), dossier: "Deelnemingenbeleid Rijksoverheid",
                    advice: "Verzocht motie aan te houden"),
        source: FactsSource(kind: .openData, reference: "2025Z11876", date: day("2025-07-04")))
    static let vote = SourcedFacts(
        MotionFacts(zaak: "2025Z11876", vote: Vote(outcome: .aangenomen, date: day("2025-07-03"), votesFor: [PartyVote(party: "PVV", seats: 37)],
                                                   votesAgainst: [PartyVote(party: "VVD", seats: 24)])),
        source: FactsSource(kind: .openData, reference: "Besluit 3001d394-1a1f-4038-8ad1-44365ea8c9e3", date: day("2025-07-03")))
    static let text = SourcedFacts(
        MotionFacts(id: id("kst-28165-452"), title: "Motie van het lid Inge van Dijk over onderzoek naar actieve grondpolitiek door de Staat",
                    submitters: [Submitter(name: "Inge van Dijk")], submitted: day("2025-06-11"), dossier: "Deelnemingenbeleid rijksoverheid",
                    dictum: "verzoekt de regering …"),
        source: FactsSource(kind: .motion, reference: "kst-28165-452", date: day("2025-06-11")))
    static let heldOver = SourcedFacts(
        MotionFacts(zaak: "2025Z11876", vote: Vote(outcome: .aangehouden, date: day("2025-06-12"))),
        source: FactsSource(kind: .openData, reference: "Besluit held", date: day("2025-06-12")))

    @Test("every order of the same records merges to the same motion: the vote by Zaak joined to the Kamerstuk, the later source per field")
    func orderIndependent() {
        let records = [Self.zaak, Self.vote, Self.text, Self.heldOver]
        var results: [MotionProfile] = []
        for a in 0..<4 { for b in 0..<4 where b != a { for c in 0..<4 where c != a && c != b {
            let d = 6 - a - b - c
            results.append(FactsMerge([records[a], records[b], records[c], records[d]]).profile(for: Self.id("kst-28165-452"))!)
        } } }
        #expect(Set(results).count == 1)
        let profile = results[0]
        #expect(profile.facts.vote?.outcome == .aangenomen)
        #expect(profile.facts.vote?.date == Self.day("2025-07-03"))
        // The Zaak (changed 2025-07-04) is later than the motion's text (2025-06-11): its dossier wins.
        #expect(profile.facts.dossier == "Deelnemingenbeleid Rijksoverheid")
        #expect(profile.sources[.dossier]?.kind == .openData)
        // Only the text gives the dictum.
        #expect(profile.facts.dictum == "verzoekt de regering …")
        #expect(profile.facts.zaak == "2025Z11876")
    }

    @Test("a later document that names the motion in fewer words keeps the fuller title, in either order; a motion's own text still wins")
    func fullerTitleFromDocuments() {
        // 2026D03887 (28 January) gives the subject in its running text; 2026D07412 (3 March)
        // names the same motion in a footnote without it.
        let seed = SourcedFacts(MotionFacts(id: Self.id("kst-21501-02-3000"), title: "Motie van de leden Van der Burg en Piri over een zwart reisadvies"),
                                source: FactsSource(kind: .footnote, reference: "2026D03887", date: Self.day("2026-01-28")))
        let footnote = SourcedFacts(MotionFacts(id: Self.id("kst-21501-02-3000"), title: "Motie van de leden Van der Burg en Piri"),
                                    source: FactsSource(kind: .footnote, reference: "2026D07412", date: Self.day("2026-03-03")))
        for records in [[seed, footnote], [footnote, seed]] {
            let profile = FactsMerge(records).profile(for: Self.id("kst-21501-02-3000"))
            #expect(profile?.facts.title == "Motie van de leden Van der Burg en Piri over een zwart reisadvies")
            #expect(profile?.sources[.title]?.reference == "2026D03887")
        }
        // A later title in other words is news, and the motion's own text is the motion's word.
        let other = SourcedFacts(MotionFacts(id: Self.id("kst-21501-02-3000"), title: "Motie van de leden Van der Burg en Piri over gijzeldiplomatie"),
                                 source: FactsSource(kind: .footnote, reference: "later", date: Self.day("2026-04-01")))
        #expect(FactsMerge([seed, other]).profile(for: Self.id("kst-21501-02-3000"))?.facts.title?.hasSuffix("gijzeldiplomatie") == true)
        let own = SourcedFacts(MotionFacts(id: Self.id("kst-21501-02-3000"), title: "Motie van de leden Van der Burg en Piri"),
                               source: FactsSource(kind: .motion, reference: "kst-21501-02-3000", date: Self.day("2026-04-02")))
        #expect(FactsMerge([seed, own]).profile(for: Self.id("kst-21501-02-3000"))?.facts.title == "Motie van de leden Van der Burg en Piri")
    }

    @Test("a vote known before its Zaak's Kamerstuk waits under the Zaak number")
    func zaakOnly() {
        let merge = FactsMerge([Self.vote])
        #expect(merge.profiles.isEmpty)
        #expect(merge.zaken["2025Z11876"]?.facts.vote?.outcome == .aangenomen)
    }

    @Test("on the same day a person's record wins over open data, and a vote with parties over one without")
    func sameDay() {
        let manual = SourcedFacts(MotionFacts(id: Self.id("kst-28165-452"), advice: "Oordeel Kamer"),
                                  source: FactsSource(kind: .manual, reference: "record", date: Self.day("2025-07-04")))
        let bare = SourcedFacts(MotionFacts(zaak: "2025Z11876", vote: Vote(outcome: .aangenomen, date: Self.day("2025-07-03"))),
                                source: FactsSource(kind: .openData, reference: "Besluit 3001d394-1a1f-4038-8ad1-44365ea8c9e3", date: Self.day("2025-07-03")))
        for records in [[Self.zaak, manual, Self.vote, bare], [bare, Self.vote, manual, Self.zaak]] {
            let profile = FactsMerge(records).profile(for: Self.id("kst-28165-452"))!
            #expect(profile.facts.advice == "Oordeel Kamer")
            #expect(profile.facts.vote?.votesFor == [PartyVote(party: "PVV", seats: 37)])
        }
    }

    @Test("a changed motion stands for its original, through a chain; the original's fields fill what the new one leaves open")
    func replaces() {
        let original = SourcedFacts(MotionFacts(id: Self.id("kst-36725-XVII-51"), title: "Gewijzigde motie van het lid Hirsch c.s.", advice: "Ontraden"),
                                    source: FactsSource(kind: .motion, reference: "kst-36725-XVII-51", date: Self.day("2025-07-02")))
        let changed = SourcedFacts(MotionFacts(id: Self.id("kst-36725-XVII-52"), title: "Nader gewijzigde motie van het lid Hirsch c.s.",
                                               replaces: Self.id("kst-36725-XVII-51")),
                                   source: FactsSource(kind: .motion, reference: "kst-36725-XVII-52", date: Self.day("2025-07-03")))
        let first = SourcedFacts(MotionFacts(id: Self.id("kst-36725-XVII-51"), replaces: Self.id("kst-36725-XVII-50")),
                                 source: FactsSource(kind: .motion, reference: "kst-36725-XVII-51", date: Self.day("2025-07-02")))
        let merge = FactsMerge([changed, original, first])
        #expect(merge.replacedBy == [Self.id("kst-36725-XVII-51"): Self.id("kst-36725-XVII-52"),
                                     Self.id("kst-36725-XVII-50"): Self.id("kst-36725-XVII-52")])
        let profile = merge.profile(for: Self.id("kst-36725-XVII-50"))!
        #expect(profile.facts.id == Self.id("kst-36725-XVII-52"))
        #expect(profile.facts.title == "Nader gewijzigde motie van het lid Hirsch c.s.")
        #expect(profile.facts.advice == "Ontraden")
    }

    @Test("a Zaak whose records name two Kamerstukken over time: the later one is the motion, the earlier replaced")
    func zaakVersions() {
        let before = SourcedFacts(MotionFacts(id: Self.id("kst-36800-32"), zaak: "2025Z17000"),
                                  source: FactsSource(kind: .openData, reference: "2025Z17000", date: Self.day("2025-09-18")))
        let after = SourcedFacts(MotionFacts(id: Self.id("kst-36800-74"), zaak: "2025Z17000", replaces: Self.id("kst-36800-32")),
                                 source: FactsSource(kind: .openData, reference: "2025Z17000", date: Self.day("2025-09-19")))
        let merge = FactsMerge([after, before])
        #expect(merge.profiles.keys.map(\.canonical) == ["kst-36800-74"])
        #expect(merge.replacedBy == [Self.id("kst-36800-32"): Self.id("kst-36800-74")])
    }
}
