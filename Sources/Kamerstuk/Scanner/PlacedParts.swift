/// The citations of a text scanned in parts on all cores, kept in its parts: gathering them
/// into one array would copy every match once more, on one core.
package struct PlacedParts: Sendable {
    /// One part's citations, in order; their lines count from the part's first line.
    package struct Part: Sendable {
        package let matches: ArraySlice<PlacedMatch>
        /// The lines of the text before the part: what turns its lines into the text's.
        package let linesBefore: Int

        package init(matches: ArraySlice<PlacedMatch>, linesBefore: Int) {
            self.matches = matches
            self.linesBefore = linesBefore
        }

        /// A match's place in the whole text.
        package func location(of match: PlacedMatch) -> SourceLocation {
            SourceLocation(line: match.location.line + linesBefore, column: match.location.column)
        }
    }

    package let parts: [Part]

    /// The citations in one array, placed in the whole text: what ``CitationScanner/placed(_:mode:)``
    /// gives for the same text.
    package var joined: [PlacedMatch] {
        parts.flatMap { part in part.matches.map { PlacedMatch(match: $0.match, location: part.location(of: $0)) } }
    }
}
