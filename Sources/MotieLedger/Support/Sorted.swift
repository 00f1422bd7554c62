/// Searches in lists kept in text order.
enum Sorted {
    /// The index of the first element whose position is at or after `offset`.
    static func firstIndex<T>(_ list: [T], atOrAfter offset: Int, by position: (T) -> Int) -> Int? {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if position(list[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count ? lo : nil
    }

    /// The index of the first element whose position is after `offset`.
    static func firstIndex<T>(_ list: [T], after offset: Int, by position: (T) -> Int) -> Int? {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if position(list[mid]) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count ? lo : nil
    }

    /// The element of a list of ranges in text order that holds `offset`.
    static func range(_ list: [Range<Int>], containing offset: Int) -> Range<Int>? {
        let after = firstIndex(list, after: offset, by: \.lowerBound) ?? list.count
        return after > 0 && list[after - 1].contains(offset) ? list[after - 1] : nil
    }
}
