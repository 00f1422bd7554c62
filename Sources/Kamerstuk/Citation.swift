/// A citation placed in the user's own input: where it starts, and the exact text it spans.
public struct Citation: Hashable, Sendable {
    public var match: CitationMatch
    /// Where the citation starts in the original input.
    public var location: SourceLocation
    /// The exact slice of the original input, line breaks and odd spaces included.
    public var raw: String

    public init(match: CitationMatch, location: SourceLocation, raw: String) {
        self.match = match
        self.location = location
        self.raw = raw
    }

    public var id: KamerstukID? { match.id }
}
