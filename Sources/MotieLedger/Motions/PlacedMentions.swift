/// The mentions of a document in order of their anchors, with search by place.
struct PlacedMentions {
    let all: [PlacedMention]

    subscript(_ index: Int) -> PlacedMention { all[index] }

    var indices: Range<Int> { all.indices }

    /// The mentions anchored in a range.
    func indices(in range: Range<Int>) -> Range<Int> {
        let lo = Sorted.firstIndex(all, atOrAfter: range.lowerBound, by: \.anchor) ?? all.count
        let hi = Sorted.firstIndex(all, atOrAfter: range.upperBound, by: \.anchor) ?? all.count
        return lo..<max(lo, hi)
    }
}
