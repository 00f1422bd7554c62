/// The page breaks crossed while one citation was read. A reading that backs up and crosses the
/// same break again records it once; what lies past the citation's end is left out later.
struct CrossedPages {
    var footnotes: [Range<Int>] = []
    var gaps: [Range<Int>] = []

    var isEmpty: Bool { footnotes.isEmpty && gaps.isEmpty }

    /// The pieces of other columns between the parts of a citation cut by a table's columns
    /// (``CitationGrammar/readColumnCut(from:dossier:toevoeging:)``): a gap, scanned for
    /// citations of their own as a page's footnotes are.
    mutating func recordColumns(_ gap: Range<Int>) {
        if !footnotes.contains(gap) { footnotes.append(gap) }
        if !gaps.contains(gap) { gaps.append(gap) }
    }

    mutating func record(_ pageBreak: PageBreak) {
        if let block = pageBreak.footnotes, !footnotes.contains(block) { footnotes.append(block) }
        if !gaps.contains(pageBreak.gap) { gaps.append(pageBreak.gap) }
    }
}
