/// What one source says a motion is (its title, submitters, vote, the cabinet's advice), as a
/// ledger record: appended by `import`, `fetch --motions`, and the reading of a motion's own text
/// or of a footnote that names it. A person's record says who.
package struct FactsRecord: Hashable, Sendable {
    package var facts: MotionFacts
    package var source: FactsSource
    /// Who recorded it, for a person's record.
    package var who: String?

    package init(facts: MotionFacts, source: FactsSource, who: String? = nil) {
        self.facts = facts
        self.source = source
        self.who = who
    }
}
