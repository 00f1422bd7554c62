/// Facts with their source.
package struct SourcedFacts: Hashable, Sendable {
    package var facts: MotionFacts
    package var source: FactsSource

    package init(_ facts: MotionFacts, source: FactsSource) {
        self.facts = facts
        self.source = source
    }
}
