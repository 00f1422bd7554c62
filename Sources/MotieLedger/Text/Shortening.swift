/// Cutting running text short at a word: what the ledger's writer does to evidence longer than
/// a line may hold, and a report to a cell that would run too long.
enum Shortening {
    /// `text` up to `end`, less the word `end` would cut through — unless it is the first.
    static func cutAtWord(_ text: String, before end: String.Index) -> Substring {
        let kept = text[..<end]
        guard end < text.endIndex, !text[end].isWhitespace, let space = kept.lastIndex(where: \.isWhitespace) else { return kept }
        return kept[..<space]
    }
}
