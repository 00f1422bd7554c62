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
