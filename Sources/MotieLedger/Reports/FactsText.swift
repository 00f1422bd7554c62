/// A motion's facts as the reports show them: in a text block, and as JSON members.
enum FactsText {
    /// `Van der Lee (GroenLinks-PvdA), Idsinga (NSC)`.
    static func submitters(_ submitters: [Submitter]) -> String {
        ReportWords.capitalisingStart(
            submitters.map { submitter in submitter.party.map { "\(submitter.name) (\($0))" } ?? submitter.name }.joined(separator: ", "))
    }

    /// `aangenomen op 2025-07-03 — voor 98: PVV 37, GroenLinks-PvdA 25, …; tegen 24: VVD 24`.
    static func vote(_ vote: Vote, _ language: Language) -> String {
        var text = vote.outcome.word(language)
        if let date = vote.date { text += " \(language.pick("op", "on")) \(date.iso)" }
        func side(_ word: String, _ parties: [PartyVote]) -> String? {
            guard !parties.isEmpty else { return nil }
            let seats = parties.compactMap(\.seats).reduce(0, +)
            return "\(word) \(seats): " + parties.map { "\($0.party)\($0.seats.map { " \($0)" } ?? "")" }.joined(separator: ", ")
        }
        let sides = [side(language.pick("voor", "for"), vote.votesFor), side(language.pick("tegen", "against"), vote.votesAgainst)].compactMap { $0 }
        if !sides.isEmpty { text += " — " + sides.joined(separator: "; ") }
        return text
    }

    /// The members `status` and `table` give of a motion's facts in JSON: `title`,
    /// `submitters` [{`name`, `party`}], `vote` {`outcome`, `date`, `for`, `against`} with
    /// `for`/`against` as [{`party`, `seats`}], and `advice`; null where not known.
    static func jsonMembers(_ facts: MotionFacts?) -> [(String, JSONValue)] {
        func parties(_ list: [PartyVote]) -> JSONValue {
            .array(list.map { .object([("party", .string($0.party)), ("seats", $0.seats.map { .int(Int64($0)) } ?? .null)]) })
        }
        return [
            ("title", optional(facts?.title)),
            ("submitters", facts?.submitters.map { .array($0.map { .object([("name", .string($0.name)), ("party", optional($0.party))]) }) } ?? .null),
            ("vote", facts?.vote.map { vote in
                .object([("outcome", .string(vote.outcome.rawValue)), ("date", optional(vote.date?.iso)),
                         ("for", parties(vote.votesFor)), ("against", parties(vote.votesAgainst))])
            } ?? .null),
            ("advice", optional(facts?.advice)),
        ]
    }
}

extension MotionBlock {
    /// Adds what the facts say of the motion: its title, submitters, vote and the cabinet's advice.
    mutating func facts(_ facts: MotionFacts?, _ language: Language) {
        guard let facts else { return }
        if let title = facts.title { row(language.pick("titel", "title"), "\(title)") }
        if let submitters = facts.submitters, !submitters.isEmpty {
            row(language.pick("indieners", "submitters"), "\(FactsText.submitters(submitters))")
        }
        if let vote = facts.vote { row(language.pick("stemming", "vote"), "\(FactsText.vote(vote, language))") }
        if let advice = facts.advice { row(language.pick("appreciatie", "advice"), "\(advice)") }
    }
}

extension FactsField {
    /// The field's name for people.
    func word(_ language: Language) -> String {
        switch (self, language) {
        case (.id, _): "Kamerstuk"
        case (.title, .nl): "titel"
        case (.submitters, .nl): "indieners"
        case (.submitted, .nl): "ingediend"
        case (.dossier, _): "dossier"
        case (.debate, .nl): "debat"
        case (.vote, .nl): "stemming"
        case (.replaces, .nl): "vervangt"
        case (.advice, .nl): "appreciatie"
        case (.dictum, .nl): "dictum"
        case (_, .en): rawValue
        }
    }
}

extension FactsSource.Kind {
    /// Where facts came from, for people.
    func word(_ language: Language) -> String {
        switch (self, language) {
        case (.openData, .nl): "open data"
        case (.motion, .nl): "motietekst"
        case (.footnote, .nl): "voetnoot"
        case (.manual, .nl): "handmatig"
        case (_, .en): rawValue
        }
    }
}
