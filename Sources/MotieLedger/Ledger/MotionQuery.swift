import Foundation
import Kamerstuk

/// A query for motions as a person writes it, read once: any citation form or canonical ID, a
/// motion's key (or a key its events give it), or its name (`motie Paternotte`, `Van der Burg
/// en Piri`; case and diacritics do not matter).
struct MotionQuery {
    /// The Kamerstuk IDs the query cites, each once; a query that cites one asks for no other
    /// reading of its words.
    let ids: [KamerstukID]
    /// The query without white space at either end.
    let text: String

    init(_ text: String) {
        var seen: [KamerstukID] = []
        for match in CitationScanner.scan(text, mode: .citation) {
            if let id = match.id, !seen.contains(id) { seen.append(id) }
        }
        ids = seen
        self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The motions of `timeline` the query names, ordered as ``Timeline/motions``; empty when
    /// nothing matches. The IDs it cites, else the motion its words are the key of, else the
    /// motions whose events give them its words as a key, else those whose names hold its
    /// words (``nameWords(_:)``) as a run of whole words.
    func motions(in timeline: Timeline) -> [TimelineMotion] {
        if !ids.isEmpty {
            return ids.compactMap { timeline.motion(key: $0.canonical) }
        }
        if let byKey = timeline.motion(key: text) ?? timeline.motion(key: text.lowercased()) { return [byKey] }
        let carrying = timeline.motions(carrying: text)
        if !carrying.isEmpty { return carrying }
        let wanted = MotionQuery.nameWords(text)
        guard !wanted.isEmpty else { return [] }
        let replay = timeline.replay
        // Many motions share a name, so each distinct name is matched once.
        var nameMatches: [Int32: Bool] = [:]
        var found: [Int32] = []
        for store in replay.stores.indices.lazy.map({ Int32($0) }) where replay.isLive(store) {
            let matches = replay.stores[Int(store)].names.contains { name in
                if let known = nameMatches[name] { return known }
                let matches = MotionQuery.contains(MotionQuery.nameWords(replay.strings[name]), wanted)
                nameMatches[name] = matches
                return matches
            }
            if matches { found.append(store) }
        }
        return timeline.ordered(found).map(timeline.view)
    }

    /// The words of a name or query, folded for matching; a leading `motie`, `de motie` and
    /// `van het lid` / `van de leden` are dropped, as people say them but names do not hold them.
    static func nameWords(_ text: String) -> [String] {
        var words = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let leading: [[String]] = [["de"], ["gewijzigde"], ["motie"], ["moties"], ["van", "het", "lid"], ["van", "de", "leden"]]
        var dropped = true
        while dropped {
            dropped = false
            for prefix in leading where words.starts(with: prefix) && words.count > prefix.count {
                words.removeFirst(prefix.count)
                dropped = true
            }
        }
        return words
    }

    /// Whether `words` holds `wanted` as a run of whole words.
    static func contains(_ words: [String], _ wanted: [String]) -> Bool {
        guard wanted.count <= words.count else { return false }
        return (0...(words.count - wanted.count)).contains { start in
            words[start..<start + wanted.count].elementsEqual(wanted)
        }
    }
}

extension Timeline {
    /// The motions a query names, as ``MotionQuery`` reads it: any citation form or canonical
    /// ID, a motion's key (or a key its events give it), or its name (`motie Paternotte`, `Van
    /// der Burg en Piri`; case and diacritics do not matter). Empty when nothing matches.
    public func motions(matching query: String) -> [TimelineMotion] {
        MotionQuery(query).motions(in: self)
    }
}

extension Timeline {
    /// The motions whose key or a name is nearest `query`, nearest first, for a message that
    /// refuses a name the ledger does not know: by the edit distance of the folded words.
    public func nearestMotions(to query: String, limit: Int) -> [TimelineMotion] {
        let wanted = MotionQuery.nameWords(query).joined(separator: " ")
        guard !wanted.isEmpty else { return [] }
        let scored = motions.map { motion in
            // A whole name, or one of its words: `Paternote` is near `Paternotte c.s.`.
            let texts = ([motion.key] + motion.names).flatMap { name in
                let words = MotionQuery.nameWords(name)
                return [words.joined(separator: " ")] + words.filter { $0.count > 2 }
            }
            let distance = texts.map { editDistance($0, wanted) }.min() ?? Int.max
            return (motion, distance)
        }
        return scored.filter { $0.1 <= max(2, wanted.count / 2) }.sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
    }
}
