/// What the title of a table of motions says of every motion in it: `Tabel 129 Door de
/// Staten-Generaal aanvaarde moties die zijn afgerond` (completed), `… die nog niet zijn
/// afgerond` (open). The title alone does not tell how far an open motion has come.
enum TableHeading {
    case completed
    case open

    /// The heading's words and what they say.
    static func read(_ words: [String]) -> TableHeading? {
        let done: Set<String> = ["afgerond", "afgedaan", "uitgevoerd", "voldaan"]
        guard let k = words.firstIndex(where: done.contains) else {
            return words.contains(where: ["openstaande", "lopende"].contains) ? .open : nil
        }
        return words[max(0, k - 3)..<k].contains("niet") ? .open : .completed
    }
}
