import Kamerstuk

/// Which motions a table shows. By default every motion with a status reading, and every
/// motion the facts say was adopted though no document has spoken of it yet; with `all`, also
/// the motions known only from facts that were rejected, withdrawn, held over or not voted on.
/// The limits narrow that down: only adopted motions, a dossier, a submitter's party, or a
/// motion dated on or after a day (its vote, else its submission, else its status's since).
public struct TableSelection: Hashable, Sendable {
    public var all: Bool
    public var adoptedOnly: Bool
    /// A dossier as written in Kamerstuk IDs: `36725`, `21501-02`, `36800-V`.
    public var dossier: String?
    public var party: String?
    public var since: Day?

    public init(all: Bool = false, adoptedOnly: Bool = false, dossier: String? = nil, party: String? = nil, since: Day? = nil) {
        self.all = all
        self.adoptedOnly = adoptedOnly
        self.dossier = dossier
        self.party = party
        self.since = since
    }

    /// Whether a motion with `facts` (and, with a reading, the status's `since`) is shown.
    func admits(id: KamerstukID?, facts: MotionFacts?, since statusSince: Day?) -> Bool {
        if adoptedOnly, facts?.vote?.outcome != .aangenomen { return false }
        if let dossier {
            guard let id else { return false }
            let own = id.toevoeging.map { "\(id.dossier)-\($0)" } ?? id.dossier
            guard own.lowercased() == dossier.lowercased() || id.dossier == dossier else { return false }
        }
        if let party {
            let parties = (facts?.submitters ?? []).compactMap { $0.party?.lowercased() }
            guard parties.contains(party.lowercased()) else { return false }
        }
        if let since {
            guard let day = facts?.vote?.date ?? facts?.submitted ?? statusSince, day >= since else { return false }
        }
        return true
    }

    /// Whether a motion known only from facts is a row: adopted, or any with `all`.
    func admitsWithoutReading(_ facts: MotionFacts) -> Bool {
        (all || facts.vote?.outcome == .aangenomen) && admits(id: facts.id, facts: facts, since: nil)
    }
}
