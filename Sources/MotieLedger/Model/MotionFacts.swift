import Kamerstuk

/// How the Kamer dealt with a motion, in the words of its own decisions (`Besluit`).
package enum VoteOutcome: String, CaseIterable, Hashable, Sendable {
    /// Adopted: the motion asks something of the government.
    case aangenomen
    /// Rejected.
    case verworpen
    /// Held over: no vote yet; one may follow.
    case aangehouden
    /// Withdrawn by its submitters.
    case ingetrokken
    /// Submitted, not (yet) voted on.
    case ingediend

    /// The word for people, in Dutch (the default) or English.
    package func word(_ language: Language) -> String {
        switch (self, language) {
        case (_, .nl): rawValue
        case (.aangenomen, .en): "adopted"
        case (.verworpen, .en): "rejected"
        case (.aangehouden, .en): "held over"
        case (.ingetrokken, .en): "withdrawn"
        case (.ingediend, .en): "submitted"
        }
    }
}

/// A member who submitted or co-signed a motion, with the party where the source gives it.
package struct Submitter: Hashable, Sendable {
    /// The name as the source writes it (`Van der Lee`, `Inge van Dijk`).
    package var name: String
    /// The member's party (fractie), `nil` where the source names none.
    package var party: String?

    package init(name: String, party: String? = nil) {
        self.name = name
        self.party = party
    }
}

/// One party's side in a vote, with its seats at the vote (`FractieGrootte`, not the party's
/// size today).
package struct PartyVote: Hashable, Sendable {
    package var party: String
    /// Seats (or members, in a roll-call vote) behind the party's vote; `nil` where not given.
    package var seats: Int?

    package init(party: String, seats: Int?) {
        self.party = party
        self.seats = seats
    }
}

/// The Kamer's decision on a motion: its outcome, the day, and who voted for and against where
/// the records say it.
package struct Vote: Hashable, Sendable {
    package var outcome: VoteOutcome
    package var date: Day?
    package var votesFor: [PartyVote]
    package var votesAgainst: [PartyVote]

    package init(outcome: VoteOutcome, date: Day?, votesFor: [PartyVote] = [], votesAgainst: [PartyVote] = []) {
        self.outcome = outcome
        self.date = date
        self.votesFor = votesFor
        self.votesAgainst = votesAgainst
    }
}

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

/// Where facts come from, and the day they speak for: of two sources that give the same field,
/// the later one wins.
package struct FactsSource: Hashable, Sendable {
    package enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The Tweede Kamer's open data (a Zaak, Besluit or Stemming record).
        case openData = "opendata"
        /// The motion's own text (officielebekendmakingen XML, or its PDF).
        case motion
        /// A footnote of another document that names the motion.
        case footnote
        /// A person, with `record`.
        case manual
    }

    package var kind: Kind
    /// What names the source: a Zaak number, a Besluit's id, a document's number.
    package var reference: String
    /// The day the source speaks for (a record's last change, a document's date).
    package var date: Day?

    package init(kind: Kind, reference: String, date: Day?) {
        self.kind = kind
        self.reference = reference
        self.date = date
    }
}

/// Facts with their source.
package struct SourcedFacts: Hashable, Sendable {
    package var facts: MotionFacts
    package var source: FactsSource

    package init(_ facts: MotionFacts, source: FactsSource) {
        self.facts = facts
        self.source = source
    }
}
