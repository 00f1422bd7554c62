import Kamerstuk

extension CleanText {
    /// A link of the source text with its range in this clean text's offsets.
    func cleanLink(_ link: OfficialXML.Link) -> OfficialXML.Link {
        OfficialXML.Link(document: link.document, range: cleanOffset(link.range.lowerBound)..<cleanOffset(link.range.upperBound),
                         isDossier: link.isDossier)
    }

    /// The first clean offset whose original is at or past `original` (the clean-up only
    /// drops or replaces characters, so the map rises with the offset).
    func cleanOffset(_ original: Int) -> Int {
        var lo = 0, hi = bytes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if originalOffset(mid) < original { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
