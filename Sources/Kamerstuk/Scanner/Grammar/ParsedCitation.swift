/// One citation as the grammar read it: where it stands, the chamber and session before it, and
/// what its body names. A list of dossiers (`36200 V, J en 36200 V, M`) is read as one of these
/// for each dossier.
struct ParsedCitation {
    /// From its first character (the `K` of `Kamerstuk`, the first digit of a bare citation) to
    /// the byte after its last.
    var range: Range<Int>
    var prefix: Prefix
    var body: Body
    /// Whether another dossier of a list may follow it; a `kst-` ID stands alone.
    var continuesList = true

    /// The matches it gives, added to `matches`: one for each document named, one for each
    /// finding. A cut list's documents and its items' findings span the list up to the cut; the
    /// finding for the rest spans the whole citation.
    func addMatches(to matches: inout [CitationMatch]) {
        func match(_ reading: CitationMatch.Reading, to end: Int) -> CitationMatch {
            CitationMatch(range: range.lowerBound..<end, reading: reading, dossier: body.dossier, chamber: prefix.chamber,
                          session: prefix.session, page: body.page, rijkswet: body.rijkswet)
        }
        if let finding = body.finding {
            matches.append(match(.unresolved(finding), to: range.upperBound))
            return
        }
        for id in body.ids { matches.append(match(.kamerstuk(id), to: body.cut ?? range.upperBound)) }
        for finding in body.itemFindings {
            matches.append(match(.unresolved(finding), to: body.cut ?? range.upperBound))
        }
        if body.cut != nil {
            let message = "the list names more than \(Body.maxDocuments) documents: those after the \(Body.maxDocuments)th are not read"
            matches.append(match(.unresolved(Finding.Note(.incompleteCitation, message)), to: range.upperBound))
        }
    }
}
