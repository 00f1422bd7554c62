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

/// What stands before a citation's dossier: `Kamerstukken II 2024/25`, `TK 2019/20`.
struct Prefix {
    var chamber: Chamber?
    var session: String?
}

/// What one citation body names: documents, or a finding instead. A list item that names no
/// document (`3300-3200` in `nrs. 3196, 3300-3200 en 3236`) gives a finding of its own,
/// beside the other items' documents: one bad item does not lose the good ones. A doubt about
/// the document number (`nr. ⏎7 Kamerstuk …`, `nr. 42 e.v.`) is a finding too.
struct Body {
    var dossier: String
    var ids: [KamerstukID] = []
    var finding: Finding.Note?
    var itemFindings: [Finding.Note] = []
    var page: String?
    var rijkswet: String?
    /// Whether anything beyond the dossier was read (a dash, `nr.`, a chapter).
    var hasTail = false
    /// Where the listed documents of a list cut at `maxDocuments` end.
    var cut: Int?

    /// The most documents one citation is read as, an item's finding counting as one. Each
    /// match spans the whole citation, so a list of thousands (a table pasted as text) would
    /// repeat its text for each: quadratic output.
    static let maxDocuments = 200
}
