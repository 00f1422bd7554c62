import Foundation

/// The number of single-character insertions, deletions, substitutions and swaps of two
/// neighbours that turn `a` into `b` (optimal string alignment), so that the common slip
/// `--fromat` is 1 from `--format`.
package func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    // distance[i][j]: from the first i characters of a to the first j of b.
    var distance = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { distance[i][0] = i }
    for j in 0...b.count { distance[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            distance[i][j] = min(distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                distance[i][j] = min(distance[i][j], distance[i - 2][j - 2] + 1)
            }
        }
    }
    return distance[a.count][b.count]
}

/// The names nearest to what a person typed, for the line that follows "matched nothing": a
/// motion's name, a debate's label, a document's number.
///
/// Both sides are compared folded (no case, no diacritics, letters and digits only), and a
/// name counts as near when the typed words lie somewhere inside it with few slips — `Paternote`
/// in `Paternotte c.s.`, `buitenlands` in `begrotingsbehandeling Buitenlandse Zaken` — so a
/// short query is not held against a long name for being short.
///
/// A name is near only within ``allowedSlips(_:)``: one slip for every three letters and
/// digits of the folded query. Slips people make stay well inside it (`Klavr` for `Klaver`: 1
/// in 5; `Paternote`: 1 in 9; `2026D07421` for `2026D07412`: 2 in 10), while a word that is
/// in no name needs half its letters changed or more to match a stretch of one (against the
/// bundled ledger's names: `Jansen` 3 of 6, `Wilders` 4 of 7, `stikstof` 6 of 8; `Defensie`
/// against its debates 5 of 8), so it is told that nothing is near rather than given names
/// that are not.
package enum Nearness {
    /// Up to `limit` of `candidates` near enough, nearest first (ties in the candidates'
    /// order), each once; empty when none is.
    package static func nearest(to typed: String, among candidates: [String], limit: Int = 3) -> [String] {
        let query = Array(folded(typed))
        guard !query.isEmpty else { return [] }
        let allowed = allowedSlips(query.count)
        var seen: Set<String> = []
        var scored: [(distance: Int, order: Int, candidate: String)] = []
        for (order, candidate) in candidates.enumerated() where seen.insert(candidate).inserted {
            let distance = distance(query, Array(folded(candidate)))
            if distance <= allowed { scored.append((distance, order, candidate)) }
        }
        return scored.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(limit).map(\.candidate)
    }

    /// The most slips a name may be from a folded query of `length` letters and digits and still
    /// be near it: one in three (a query of one or two must appear as typed).
    static func allowedSlips(_ length: Int) -> Int {
        length / 3
    }

    /// `text` without case, diacritics, or anything but letters and digits.
    static func folded(_ text: String) -> String {
        String(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The fewest slips that make `query` a stretch of `name` (Sellers' approximate matching:
    /// the stretch may start and end anywhere in the name), plus what the name lacks when it is
    /// shorter than the query (a slip each).
    static func distance(_ query: [Character], _ name: [Character]) -> Int {
        guard !name.isEmpty else { return query.count }
        // row[j]: the fewest slips matching the query so far to a stretch ending at name[j-1].
        var row = [Int](repeating: 0, count: name.count + 1)
        for i in 1...query.count {
            let previous = row
            row[0] = i
            for j in 1...name.count {
                let cost = query[i - 1] == name[j - 1] ? 0 : 1
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            }
        }
        return row.min() ?? query.count
    }
}
