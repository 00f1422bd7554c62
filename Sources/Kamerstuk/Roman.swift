/// Roman numerals as budget chapters use them (I … L), with at most one letter behind (`IXB`).
enum Roman {
    /// The value of a well-formed Roman numeral between 1 and 50, else `nil`.
    static func value(_ letters: some Collection<UInt8>) -> Int? {
        guard !letters.isEmpty, letters.count <= 7 else { return nil }
        var total = 0, previous = 0
        for b in letters {
            let v: Int
            switch b {
            case UInt8(ascii: "I"): v = 1
            case UInt8(ascii: "V"): v = 5
            case UInt8(ascii: "X"): v = 10
            case UInt8(ascii: "L"): v = 50
            default: return nil
            }
            // A smaller symbol before a larger one subtracts (IX): undo its addition twice over.
            total += previous < v ? v - 2 * previous : v
            previous = v
        }
        guard (1...50).contains(total), numerals[total].utf8.elementsEqual(letters) else { return nil }
        return total
    }

    /// A chapter: a Roman numeral, or one followed by a single letter (`IXB`, `XIVA`).
    static func isChapter(_ letters: String.UTF8View) -> Bool {
        if value(letters) != nil { return true }
        guard letters.count >= 2, let last = letters.last, value(CollectionOfOne(last)) == nil else { return false }
        return value(letters.dropLast()) != nil
    }

    /// The well-formed numeral of each value 0…50 (index 0 unused), so that `IIII` or `VX`
    /// are refused.
    private static let numerals: [String] = (0...50).map { n in
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var out = ""
        for (v, s) in table {
            while n >= v {
                out += s
                n -= v
            }
        }
        return out
    }
}
