/// One Kamerstuk citation as the scanner read it, in the coordinates of the buffer it scanned.
///
/// A citation that names several documents (`nrs. 3196 en 3236`) gives one match per document,
/// all sharing the range of the whole citation — except a list past 200 documents, whose
/// documents share the range up to the 200th and whose rest is one finding for the whole.
public struct CitationMatch: Hashable, Sendable {
    /// How the citation reads.
    public enum Reading: Hashable, Sendable {
        /// A document, resolved to its canonical ID.
        case kamerstuk(KamerstukID)
        /// A citation the scanner recognised but would not resolve without guessing: the finding
        /// says why (an ambiguous `36045-24`, a dossier without a document number).
        case unresolved(Finding.Note)
    }

    /// Byte offsets of the whole citation in the scanned buffer, from its first character
    /// (the `K` of `Kamerstuk`, the first digit of a bare citation) to its last.
    public var range: Range<Int>
    public var reading: Reading
    /// The dossier as read, even when the citation does not resolve.
    public var dossier: String
    public var chamber: Chamber?
    /// The session year (vergaderjaar) in the form `2024-2025`.
    public var session: String?
    /// A page reference such as `2` or `5-7` (`blz. 2`).
    public var page: String?
    /// A Rijkswet number such as `R1519`: metadata after the dossier, not part of the ID.
    public var rijkswet: String?
    /// What stands inside the range but is not part of the citation: the footnotes and page
    /// number between the halves of a citation broken over a page.
    public var gaps: [Range<Int>] = []

    /// The resolved ID, if the citation resolves.
    public var id: KamerstukID? {
        if case .kamerstuk(let id) = reading { return id }
        return nil
    }
}
