import Kamerstuk

/// What an import of facts appended and found.
package struct FactsImport: Sendable {
    /// The records appended (facts, then aliases the facts made certain), or that a dry run
    /// would append.
    package let records: [LedgerRecord]
    /// Facts the ledger held already, word for word from the same source: not appended again.
    package let known: Int
    /// Names matched to a Kamerstuk (an alias appended) or to several (nothing joined).
    package let matches: [NameMatch.Match]
    package let dryRun: Bool
}

extension Ledger {
    /// Appends facts about motions, as one batch: each that the ledger does not hold already
    /// (the same facts from the same source, dated the same), so that importing the same
    /// records twice adds nothing. Then each motion the ledger knows only by name is matched
    /// to its Kamerstuk through the facts (``NameMatch``): where exactly one fits, an alias
    /// joins them; where several fit, a finding names them and nothing is joined.
    package func importFacts(_ facts: [SourcedFacts], now: Now, dryRun: Bool = false, wait: Double = 10) throws(LedgerError)
        -> FactsImport
    {
        var known = 0
        var matches: [NameMatch.Match] = []
        let records = try append(now: now, wait: wait, dryRun: dryRun) { batch throws(LedgerError) in
            var held = Set(batch.timeline.factsRecords)
            for record in facts {
                guard held.insert(record).inserted else {
                    known += 1
                    continue
                }
                batch.append(.facts(FactsRecord(facts: record.facts, source: record.source)))
            }
            let timeline = batch.timeline
            matches = NameMatch.matches(timeline.namedMotions(), profiles: timeline.facts().profiles)
            for match in matches {
                guard case .unique(let id) = match.outcome else { continue }
                let profile = timeline.facts().profile(for: id)
                batch.append(.alias(AliasRecord(key: match.key, id: id, source: profile?.sources[.vote]?.reference ?? id.canonical,
                                                date: profile?.facts.vote?.date ?? now.today)))
            }
        }
        return FactsImport(records: records, known: known, matches: matches, dryRun: dryRun)
    }
}

extension Timeline {
    /// The motions known only by name, each with the surnames its name gives, the day of the
    /// first document that mentions it and that document's debate.
    func namedMotions() -> [NameMatch.Named] {
        motions.compactMap { motion -> NameMatch.Named? in
            guard motion.id == nil, let first = history(of: motion).first else { return nil }
            let surnames = NameMatch.surnames(inName: motion.name)
            guard !surnames.isEmpty else { return nil }
            return NameMatch.Named(key: motion.key, surnames: surnames, firstMentioned: first.date,
                                   debate: document(number: first.source)?.debate)
        }
    }
}
