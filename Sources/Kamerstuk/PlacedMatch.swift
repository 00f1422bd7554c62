/// A match with the place it starts, without a copy of its text.
package struct PlacedMatch: Hashable, Sendable {
    package let match: CitationMatch
    package let location: SourceLocation
}
