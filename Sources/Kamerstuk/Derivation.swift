/// Where the text read from another input stands in that input: the text of an XML file is
/// read, but every line and column it reports is one of the XML file, so that a user finds the
/// place in the file they have (the promise `CleanText`'s offset map keeps for PDF text).
final class Derivation: Sendable {
    /// The input the text was read from, as the user has it.
    let original: SourceText
    /// Points where the text's offsets meet the original's: from `text` on, byte `text + k`
    /// stands at `original + k`, until the next point. Sorted by `text`.
    let anchors: [(text: Int, original: Int)]

    init(original: SourceText, anchors: [(text: Int, original: Int)]) {
        self.original = original
        self.anchors = anchors
    }

    /// The offset in the original of text byte `offset`; a byte the original writes otherwise
    /// (an entity, `&amp;` for `&`) stands at the start of what it was written as.
    func originalOffset(of offset: Int) -> Int {
        var lo = 0, hi = anchors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if anchors[mid].text <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return 0 }
        let anchor = anchors[lo - 1]
        var position = min(anchor.original + (offset - anchor.text), original.bytes.count)
        while position > 0, position < original.bytes.count, original.bytes[position] & 0xC0 == 0x80 { position -= 1 }
        return position
    }

    func location(of offset: Int) -> SourceLocation {
        original.location(of: originalOffset(of: offset))
    }
}

extension SourceText {
    /// Text read out of another input (`original`, as the user has it), whose every place is
    /// reported as the place in `original` that produced it.
    ///
    /// - Parameters:
    ///   - bytes: the text read, UTF-8 (built by a reader, so known to be valid).
    ///   - anchors: where runs of the text start in the original: from `text` on, text byte
    ///     `text + k` came from original byte `original + k`, up to the next anchor. Sorted by
    ///     `text`; the first at text offset 0.
    package init(derived bytes: [UInt8], from original: SourceText, anchors: [(text: Int, original: Int)]) {
        self.init(trusted: bytes, derivation: Derivation(original: original, anchors: anchors))
    }
}
