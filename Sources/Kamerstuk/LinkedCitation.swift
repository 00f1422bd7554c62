extension CitationMatch {
    /// A citation that needs no reading: the publisher linked the text at `range` to the
    /// document `id` itself (an officielebekendmakingen `<extref doc="kst-…">`).
    package init(linking id: KamerstukID, range: Range<Int>) {
        self.init(range: range, reading: .kamerstuk(id), dossier: id.dossier)
    }
}
