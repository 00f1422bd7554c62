/// What one source says a motion is (its title, submitters, vote, the cabinet's advice), as a
/// ledger record: appended by `import`, `fetch --motions`, and the reading of a motion's own text
/// or of a footnote that names it. A person's record says who.
public struct FactsRecord: Hashable, Sendable {
    public var facts: MotionFacts
    public var source: FactsSource
    /// Who recorded it, for a person's record.
    public var who: String?

    public init(facts: MotionFacts, source: FactsSource, who: String? = nil) {
        self.facts = facts
        self.source = source
        self.who = who
    }
}
