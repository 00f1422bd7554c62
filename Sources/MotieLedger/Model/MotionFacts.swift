import Kamerstuk

/// What one source says a motion is: its title, submitters, the debate it belongs to, the vote
/// and the cabinet's advice. Every field is optional: a source gives what it knows, and a field
/// it leaves out says nothing (it never clears what another source gave).
///
/// A motion is named by its Kamerstuk, by its Zaak number in the Tweede Kamer's open data, or
/// by both; a record that gives both is what ties a Zaak's vote to its Kamerstuk.
package struct MotionFacts: Hashable, Sendable {
    /// The motion's Kamerstuk (`kst-28165-452`).
    package var id: KamerstukID?
    /// The Zaak number in the open data (`2025Z11876`).
    package var zaak: String?
    /// The title: `Motie van het lid Inge van Dijk over onderzoek naar actieve grondpolitiek …`.
    package var title: String?
    /// Submitter and co-signers, first submitter first.
    package var submitters: [Submitter]?
    /// The day the motion was submitted (voorgesteld).
    package var submitted: Day?
    /// The dossier's title (`Deelnemingenbeleid Rijksoverheid`).
    package var dossier: String?
    /// The debate it was submitted in, where the source names it.
    package var debate: String?
    package var vote: Vote?
    /// The motion this one replaces (a `gewijzigde motie` replaces the one printed before it).
    package var replaces: KamerstukID?
    /// The cabinet's advice (`Kabinetsappreciatie`): `Oordeel Kamer`, `Ontraden`, ….
    package var advice: String?
    /// What the motion asks (`verzoekt de regering …`).
    package var dictum: String?

    package init(id: KamerstukID? = nil, zaak: String? = nil, title: String? = nil, submitters: [Submitter]? = nil,
                submitted: Day? = nil, dossier: String? = nil, debate: String? = nil, vote: Vote? = nil,
                replaces: KamerstukID? = nil, advice: String? = nil, dictum: String? = nil) {
        self.id = id
        self.zaak = zaak
        self.title = title
        self.submitters = submitters
        self.submitted = submitted
        self.dossier = dossier
        self.debate = debate
        self.vote = vote
        self.replaces = replaces
        self.advice = advice
        self.dictum = dictum
    }
}
