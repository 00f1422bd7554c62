import Kamerstuk

/// Dates as documents write them: `28 januari 2026`, `27 januari jl.`, `3 mrt. 2026`.
enum DutchDate {
    /// A date found in the text: the day, and how many words it took (`28 januari 2026`: 3).
    struct Found {
        let day: Day
        let words: Int
    }

    /// The month number of a (folded) month name, also abbreviated (`jan`, `sept`):
    /// ``PageFurniture/month(named:)``.
    static func month(_ word: String) -> Int? { PageFurniture.month(named: word) }

    /// A date at `words[k]`: day, month name and a year — or, with `jl.` ("last") or no year,
    /// the latest such date not after `reference`.
    static func date(at k: Int, in words: [Word], reference: Day?) -> Found? {
        guard k + 1 < words.count, let day = Int(words[k].folded), (1...31).contains(day) else { return nil }
        // A year an extractor glued to its month at a line's end: `18 november2024`.
        let monthWord = words[k + 1].folded
        if monthWord.utf8.count > 4, monthWord.utf8.suffix(4).allSatisfy(TextBytes.isDigit),
           let month = month(String(monthWord.dropLast(4))), let year = Int(monthWord.suffix(4)), (1900...2100).contains(year) {
            return Day(year: year, month: month, day: day).map { Found(day: $0, words: 2) }
        }
        guard let month = month(monthWord) else { return nil }
        if k + 2 < words.count, let year = Int(words[k + 2].folded), (1900...2100).contains(year) {
            return Day(year: year, month: month, day: day).map { Found(day: $0, words: 3) }
        }
        guard let reference else { return nil }
        let taken = k + 2 < words.count && words[k + 2].folded == "jl" ? 3 : 2
        for year in [reference.year, reference.year - 1] {
            if let date = Day(year: year, month: month, day: day), date <= reference { return Found(day: date, words: taken) }
        }
        return nil
    }
}
