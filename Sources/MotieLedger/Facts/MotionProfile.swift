/// What the ledger knows of one motion from every facts record about it: each field as the
/// latest source gave it, with that source.
package struct MotionProfile: Hashable, Sendable {
    package var facts: MotionFacts
    /// The source of each field given.
    package var sources: [FactsField: FactsSource]
}
