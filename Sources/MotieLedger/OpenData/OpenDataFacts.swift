import Foundation
import Kamerstuk

/// Facts about motions from open-data records: a `Zaak` gives the motion's Kamerstuk, title,
/// submitters, dossier and the cabinet's advice; the `Stemming` records of one `Besluit`, with
/// their `Besluit → Agendapunt → Zaak`, give the vote. A vote is tied to its motion by the Zaak
/// number, so votes and Zaken may arrive in any order, in one import or in several.
///
/// `Zaak.Afgedaan` is not read: it is true for rejected motions too, and never means that a
/// motion was carried out.
package struct OpenDataFacts: Sendable {
    /// What came of the records: the facts and what could not be used.
    package let facts: [SourcedFacts]
    package let findings: [Finding]

    /// A Besluit no Zaak can be found for, or one that decides no vote.
    package static let unlinkedBesluit = Finding.Category(rawValue: "unlinked-besluit")
    /// A motion's Zaak that names no Kamerstuk.
    package static let zaakWithoutKamerstuk = Finding.Category(rawValue: "zaak-without-kamerstuk")

    init(_ records: [ODataRecord]) {
        var facts: [SourcedFacts] = []
        var findings: [Finding] = []
        var stemmingen: [String: [ODataStemming]] = [:]
        var besluitOrder: [String] = []
        var besluiten: [ODataBesluit] = []
        for record in records {
            switch record {
            case .zaak(let zaak):
                guard zaak.verwijderd != true else { continue }
                let (zaakFacts, finding) = OpenDataFacts.facts(of: zaak)
                facts += zaakFacts
                if let finding { findings.append(finding) }
            case .stemming(let stemming):
                guard stemming.verwijderd != true else { continue }
                if stemmingen[stemming.besluitId] == nil { besluitOrder.append(stemming.besluitId) }
                stemmingen[stemming.besluitId, default: []].append(stemming)
            case .besluit(let besluit):
                guard besluit.verwijderd != true else { continue }
                besluiten.append(besluit)
            }
        }
        for id in besluitOrder {
            let group = stemmingen[id]!
            guard let besluit = group.lazy.compactMap(\.besluit).first else {
                findings.append(Finding(OpenDataFacts.unlinkedBesluit,
                                        "the Stemming records of Besluit \(id) do not include their Besluit → Agendapunt → Zaak: skipped",
                                        at: nil))
                continue
            }
            switch OpenDataFacts.vote(besluit, stemmingen: group) {
            case .vote(let vote): facts.append(vote)
            case .skipped(let finding): findings.append(finding)
            }
        }
        for besluit in besluiten where stemmingen[besluit.id] == nil {
            switch OpenDataFacts.vote(besluit, stemmingen: []) {
            case .vote(let vote): facts.append(vote)
            case .skipped(let finding): findings.append(finding)
            }
        }
        self.facts = facts
        self.findings = findings
    }

    /// The facts of a motion's Zaak, and a finding when it names no Kamerstuk. A Zaak with a
    /// changed motion holds each version as a Document: the latest is the motion, and each
    /// replaces the one before it.
    static func facts(of zaak: ODataZaak) -> ([SourcedFacts], Finding?) {
        let source = FactsSource(kind: .openData, reference: zaak.nummer, date: day(zaak.gewijzigdOp) ?? day(zaak.gestartOp))
        let versions = (zaak.documents ?? [])
            .filter { $0.soort.lowercased().hasPrefix("motie") && $0.verwijderd != true }
            .compactMap { document -> (KamerstukID, ODataDocument)? in
                guard let identifier = document.version?.externeIdentifier,
                      let id = KamerstukID(canonical: identifier.trimmingWhitespace) else { return nil }
                return (id, document)
            }
            .sorted { ($0.1.datum ?? "", $0.1.volgnummer ?? 0) < ($1.1.datum ?? "", $1.1.volgnummer ?? 0) }
        let title = zaak.onderwerp.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        let parsed = title.flatMap { MotionTitle($0) }
        var facts = MotionFacts(id: versions.last?.0, zaak: zaak.nummer, title: title)
        facts.submitters = submitters(zaak.actors) ?? parsed.map { $0.names.map { Submitter(name: $0) } }
        facts.submitted = day(zaak.gestartOp)
        facts.dossier = zaak.titel.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        facts.advice = zaak.kabinetsappreciatie.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        facts.replaces = versions.count > 1 ? versions[versions.count - 2].0 : parsed?.replaces
        var all = [SourcedFacts(facts, source: source)]
        if versions.count > 2 {
            for index in 1..<(versions.count - 1) {
                all.append(SourcedFacts(MotionFacts(id: versions[index].0, replaces: versions[index - 1].0), source: source))
            }
        }
        let finding = versions.isEmpty
            ? Finding(zaakWithoutKamerstuk, "Zaak \(zaak.nummer) names no Kamerstuk (no Document of Soort Motie with an ExterneIdentifier): known by its Zaak number until a record gives one", at: nil)
            : nil
        return (all, finding)
    }

    /// Submitters from expanded `ZaakActor` records: the `Indiener` first, then the co-signers.
    static func submitters(_ actors: [ODataZaakActor]?) -> [Submitter]? {
        guard let actors else { return nil }
        let named = actors.compactMap { actor -> (Int, Submitter)? in
            guard let name = actor.naam?.trimmingWhitespace, !name.isEmpty else { return nil }
            let rank: Int
            switch actor.relatie?.lowercased() {
            case "indiener": rank = 0
            case "medeindiener": rank = 1
            default: return nil
            }
            return (rank, Submitter(name: name, party: actor.fractie?.trimmingWhitespace))
        }
        guard !named.isEmpty else { return nil }
        return named.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// A Besluit read: the vote it records, or why it was skipped.
    enum VoteReading {
        case vote(SourcedFacts)
        case skipped(Finding)
    }

    /// The vote a Besluit records, with the parties for and against from its Stemming records.
    static func vote(_ besluit: ODataBesluit, stemmingen: [ODataStemming]) -> VoteReading {
        let zaken = besluit.zaken ?? besluit.agendapunt?.zaken ?? []
        guard zaken.count == 1, let zaak = zaken.first else {
            let message = zaken.isEmpty
                ? "Besluit \(besluit.id) has no link to its Zaak (no Agendapunt → Zaak): skipped; the Stemming records expanded to Besluit → Agendapunt → Zaak give the vote"
                : "Besluit \(besluit.id) concerns \(zaken.count) Zaken (\(zaken.map(\.nummer).joined(separator: ", "))): which one it decides is not said, skipped"
            return .skipped(Finding(unlinkedBesluit, message, at: nil))
        }
        guard let outcome = outcome(soort: besluit.besluitSoort, tekst: besluit.besluitTekst) else {
            return .skipped(Finding(unlinkedBesluit,
                                    "Besluit \(besluit.id) on Zaak \(zaak.nummer) ('\(besluit.besluitSoort ?? besluit.besluitTekst ?? "")') decides no vote on the motion: skipped",
                                    at: nil))
        }
        var sides: [String: [(party: String, seats: Int?)]] = ["Voor": [], "Tegen": []]
        for stemming in stemmingen {
            guard sides[stemming.soort] != nil, let party = (stemming.actorFractie ?? stemming.actorNaam)?.trimmingWhitespace else { continue }
            // A roll call has a record a member: each is one seat of the party.
            let seats = stemming.persoonId != nil ? 1 : stemming.fractieGrootte
            if let index = sides[stemming.soort]!.firstIndex(where: { $0.party == party }) {
                let earlier = sides[stemming.soort]![index].seats
                sides[stemming.soort]![index].seats = earlier.flatMap { a in seats.map { a + $0 } }
            } else {
                sides[stemming.soort]!.append((party, seats))
            }
        }
        func ordered(_ side: [(party: String, seats: Int?)]) -> [PartyVote] {
            side.sorted { ($0.seats ?? 0, $1.party) > ($1.seats ?? 0, $0.party) }.map { PartyVote(party: $0.party, seats: $0.seats) }
        }
        let date = day(besluit.gewijzigdOp)
        var facts = MotionFacts(zaak: zaak.nummer)
        facts.debate = debate(of: besluit.agendapunt?.onderwerp)
        facts.vote = Vote(outcome: outcome, date: date, votesFor: ordered(sides["Voor"]!), votesAgainst: ordered(sides["Tegen"]!))
        return .vote(SourcedFacts(facts, source: FactsSource(kind: .openData, reference: "Besluit \(besluit.id)", date: date)))
    }

    /// The outcome a Besluit states: `Stemmen - aangenomen`, `Stemmen - verworpen`, or a
    /// `BesluitTekst` that is just the outcome (`Aangehouden.`, `Ingetrokken.`). Anything else
    /// (`Voor kennisgeving aangenomen.`, an agenda decision) is no vote on the motion.
    static func outcome(soort: String?, tekst: String?) -> VoteOutcome? {
        switch soort?.trimmingWhitespace.lowercased() {
        case "stemmen - aangenomen": return .aangenomen
        case "stemmen - verworpen": return .verworpen
        default: break
        }
        guard var text = tekst?.trimmingWhitespace.lowercased() else { return nil }
        if text.hasSuffix(".") { text.removeLast() }
        switch text {
        case "aangenomen": return .aangenomen
        case "verworpen": return .verworpen
        case "aangehouden": return .aangehouden
        case "ingetrokken": return .ingetrokken
        default: return nil
        }
    }

    /// The debate an agenda item names: `Motie ingediend bij het tweeminutendebat Energieraad
    /// (informeel) d.d. 4-5 september 2025` → `tweeminutendebat Energieraad (informeel) d.d. 4-5
    /// september 2025`.
    static func debate(of agendapunt: String?) -> String? {
        guard let text = agendapunt?.trimmingWhitespace else { return nil }
        for marker in ["ingediend bij het ", "ingediend bij de "] {
            if let range = text.range(of: marker) {
                let debate = String(text[range.upperBound...]).trimmingWhitespace
                return debate.isEmpty ? nil : debate
            }
        }
        return nil
    }

    /// The day of an API time stamp as written (`2025-07-03T15:16:49.403+02:00` → 2025-07-03):
    /// the local day in The Hague, which is the day the Kamer voted.
    static func day(_ stamp: String?) -> Day? {
        guard let stamp, stamp.utf8.count >= 10 else { return nil }
        return Day(iso: stamp.prefix(10))
    }
}

