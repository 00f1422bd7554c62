import Kamerstuk

/// What a person says a motion is, with `record MOTION --title …`: facts of kind `manual`,
/// which win over every other source of the same day (``FactsMerge``).
package struct ManualFacts: Hashable, Sendable {
    /// The motion as the person named it: anything `status` accepts that has a Kamerstuk.
    package var motion: String
    package var title: String?
    package var advice: String?
    /// Where the person has it from (`besluitenlijst 2026-03-12`).
    package var source: String
    /// The day the facts speak for; by default today.
    package var date: Day?
    /// Who records them.
    package var by: String

    package init(motion: String, title: String?, advice: String?, source: String, date: Day?, by: String) {
        self.motion = motion
        self.title = title
        self.advice = advice
        self.source = source
        self.date = date
        self.by = by
    }
}

extension Ledger {
    /// Appends a person's facts about one motion: its title and the cabinet's advice as they
    /// give them, a correction of what open data or a document said. The motion must be one
    /// the ledger knows by its Kamerstuk (facts are kept by Kamerstuk).
    package func record(_ manual: ManualFacts, now: Now, wait: Double = 10) throws(LedgerError) -> LedgerRecord {
        let records = try append(now: now, wait: wait, dryRun: false) { batch throws(LedgerError) in
            let timeline = batch.timeline
            let matches = timeline.motions(matching: manual.motion)
            let id: KamerstukID
            if matches.count > 1 {
                throw LedgerError(.rejected, "'\(manual.motion)' names \(matches.count) motions (\(matches.prefix(5).map(\.key).joined(separator: ", "))); record one at a time",
                                  path: path)
            } else if let motion = matches.first {
                guard let known = motion.id else {
                    throw LedgerError(.rejected, "\(motion.key) has no Kamerstuk yet: facts are kept by Kamerstuk", path: path)
                }
                id = known
            } else if let named = MotionQuery(manual.motion).ids.first, timeline.facts().profile(for: named) != nil {
                id = named
            } else {
                throw LedgerError(.noMatch, "no motion '\(manual.motion)' in the ledger", path: path)
            }
            let facts = MotionFacts(id: id, title: manual.title, advice: manual.advice)
            let source = FactsSource(kind: .manual, reference: manual.source, date: manual.date ?? now.today)
            batch.append(.facts(FactsRecord(facts: facts, source: source, who: manual.by)))
        }
        return records[0]
    }
}
