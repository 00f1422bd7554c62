/// Finds Kamerstuk citations in UTF-8 text and reads each into its canonical ID.
///
/// The scanner works on the raw bytes, so offsets are the caller's own. Three parts, each in
/// its own file: ``Candidates`` tests eight bytes at a time for the bytes a citation can start
/// with and takes a quick look around each; ``CitationGrammar`` reads a citation where one may
/// start, over a ``ByteCursor`` that reads the odd characters of PDF extraction in place; and
/// the page breaks a citation may be read across (`nr. ⏎⏎7 Kamerstuk 32735-406⏎⏎⏎3236`) are
/// skipped with the page's footnotes, which are then scanned on their own.
public enum CitationScanner {
    /// How much the scanner may assume about the text.
    public enum Mode: Sendable {
        /// Running text: a citation needs a word such as `Kamerstuk`, or a bare form that cannot
        /// be anything else (`21501-02, nr. 3236`, `36600-V-27`).
        case document
        /// The text is meant as one citation (an argument to `normalize`, a query): bare forms
        /// such as `32735-406` and `35300 F` are accepted too.
        case citation
    }

    /// Every citation in `text`, in order of position.
    package static func scan(_ text: UnsafeBufferPointer<UInt8>, mode: Mode = .document) -> [CitationMatch] {
        guard let base = text.baseAddress, !text.isEmpty else { return [] }
        var matches = scan(base, count: text.count, from: 0, candidatesBelow: text.count)
        if mode == .citation, matches.isEmpty {
            var grammar = CitationGrammar(ByteCursor(base, count: text.count))
            grammar.wholeAsBare()?.addMatches(to: &matches)
        }
        return matches
    }

    /// The citations that start in `range` of `text` (they may run on past its end): one part
    /// of a text scanned in parts.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, startingIn range: Range<Int>) -> [CitationMatch] {
        guard let base = text.baseAddress, !range.isEmpty else { return [] }
        return scan(base, count: text.count, from: range.lowerBound, candidatesBelow: range.upperBound)
    }

    /// Every citation in `text` with its line and column, found in one forward pass: for
    /// inputs too large to index every line.
    package static func placed(_ text: UnsafeBufferPointer<UInt8>, mode: Mode = .document) -> [PlacedMatch] {
        var cursor = LineCursor()
        return scan(text, mode: mode).map { PlacedMatch(match: $0, location: cursor.advance(to: $0.range.lowerBound, in: text)) }
    }

    /// Every citation in `text`, in order of position; offsets are UTF-8 offsets into `text`.
    public static func scan(_ text: String, mode: Mode = .document) -> [CitationMatch] {
        var copy = text
        return copy.withUTF8 { scan($0, mode: mode) }
    }

    /// The citations that start from `start` up to (not including) `limit`; a citation may read
    /// on to the end of the text.
    static func scan(_ p: UnsafePointer<UInt8>, count n: Int, from start: Int, candidatesBelow limit: Int) -> [CitationMatch] {
        var matches: [CitationMatch] = []
        var candidates = Candidates(p, count: n, from: start, below: limit)
        while let at = candidates.next() {
            var grammar = CitationGrammar(ByteCursor(p, count: n, at: at))
            guard let citation = grammar.citation(at: at) else {
                if let end = grammar.furnitureEnd { candidates.resume(at: end) }
                continue
            }
            let first = matches.count
            citation.addMatches(to: &matches)
            var end = citation.range.upperBound
            if citation.continuesList {
                while let next = grammar.nextInList(from: end, prefix: citation.prefix) {
                    next.addMatches(to: &matches)
                    end = next.range.upperBound
                }
            }
            if !grammar.crossed.isEmpty {
                addPageBreaks(grammar.crossed, within: at..<end, to: &matches, from: first, in: p)
            }
            candidates.resume(at: max(end, at + 1))
        }
        return matches
    }

    /// The page breaks a citation was read across: each match gets the gaps inside its range,
    /// and the footnotes skipped hold citations of their own, scanned here and put in order among
    /// the matches from `first` on.
    static func addPageBreaks(_ crossed: CrossedPages, within citation: Range<Int>, to matches: inout [CitationMatch],
                              from first: Int, in p: UnsafePointer<UInt8>) {
        let blocks = crossed.footnotes.filter { citation.contains($0.lowerBound) && $0.upperBound <= citation.upperBound }
        let gaps = crossed.gaps.filter { citation.contains($0.lowerBound) && $0.upperBound <= citation.upperBound }
        for k in matches.indices.dropFirst(first) {
            matches[k].gaps = gaps.filter { matches[k].range.contains($0.lowerBound) }.sorted { $0.lowerBound < $1.lowerBound }
        }
        guard !blocks.isEmpty else { return }
        for block in blocks {
            for var match in scan(p + block.lowerBound, count: block.count, from: 0, candidatesBelow: block.count) {
                match.range = (match.range.lowerBound + block.lowerBound)..<(match.range.upperBound + block.lowerBound)
                matches.append(match)
            }
        }
        let sorted = matches[first...].enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        matches.replaceSubrange(first..., with: sorted)
    }
}
