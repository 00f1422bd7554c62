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
    /// nothing matches. The first of these that finds any: the IDs it cites; the motion its
    /// words are the key of; the motions whose events give them its words as a key; those whose
    /// names hold its words (``nameWords(_:)``) as a run of whole words; those whose submitters
    /// it names as people write them (``submitters(_:)``, ``fits(_:_:)``: `en`, `/` or a comma
    /// between them, tussenvoegsels as they come, a first name or not); those whose title or
    /// name holds all its subject
    /// words (`Radio Dabanga`).
    func motions(in timeline: Timeline) -> [TimelineMotion] {
        if !ids.isEmpty {
            return ids.compactMap { timeline.motion(key: $0.canonical) }
        }
        if let byKey = timeline.motion(key: text) ?? timeline.motion(key: text.lowercased()) { return [byKey] }
        let carrying = timeline.motions(carrying: text)
        if !carrying.isEmpty { return carrying }
        let wanted = MotionQuery.nameWords(text)
        guard !wanted.isEmpty else { return [] }
        let exact = MotionQuery.motions(in: timeline, byName: { MotionQuery.contains(MotionQuery.nameWords($0), wanted) })
        if !exact.isEmpty { return exact }
        let submitters = MotionQuery.submitters(text)
        if !submitters.isEmpty {
            let named = MotionQuery.motions(in: timeline, byName: { MotionQuery.fits(submitters, MotionQuery.submitters($0)) })
            if !named.isEmpty { return named }
        }
        return MotionQuery.bySubject(MotionQuery.subjectWords(wanted), in: timeline)
    }

    /// The live motions one of whose names `matches`, ordered as
    /// ``Timeline/motions``. Many motions share a name, so each distinct name is tried once.
    private static func motions(in timeline: Timeline, byName matches: (String) -> Bool) -> [TimelineMotion] {
        let replay = timeline.replay
        var nameMatches: [Int32: Bool] = [:]
        var found: [Int32] = []
        for store in replay.stores.indices.lazy.map({ Int32($0) }) where replay.isLive(store) {
            let hit = replay.stores[Int(store)].names.contains { name in
                if let known = nameMatches[name] { return known }
                let hit = matches(replay.strings[name])
                nameMatches[name] = hit
                return hit
            }
            if hit { found.append(store) }
        }
        return timeline.ordered(found).map(timeline.view)
    }

    /// The motions whose title (from the facts) or name holds every one of `subject`'s words,
    /// in any order; none when the query has no subject word.
    private static func bySubject(_ subject: Set<String>, in timeline: Timeline) -> [TimelineMotion] {
        guard !subject.isEmpty else { return [] }
        let facts = timeline.facts()
        return timeline.motions.filter { motion in
            let title = motion.id.flatMap { facts.profile(for: $0)?.facts.title }
            return ([title].compactMap { $0 } + motion.names).contains { subject.isSubset(of: nameWords($0)) }
        }
    }

    /// A query's words that name a subject: all but the small words every title has.
    static func subjectWords(_ words: [String]) -> Set<String> {
        Set(words.filter { $0.count > 2 && !smallWords.contains($0) })
    }

    private static let smallWords: Set<String> = [
        "van", "het", "een", "voor", "over", "inzake", "met", "aan", "bij", "tot", "uit", "naar", "der", "den", "lid", "leden",
        "motie", "moties", "the", "and",
    ]

    /// The people a name or query names, each by the words that tell people apart: split at
    /// `/`, a comma, `&`, `en` and `c.s.`; without the `motie` before them (``nameWords(_:)``),
    /// tussenvoegsels (`Van der Burg` and `van den Burg` are one person as people write them)
    /// and initials. `motie Van der Burg/Piri` → `[[burg], [piri]]`, `Inge van Dijk` →
    /// `[[inge, dijk]]`.
    static func submitters(_ text: String) -> [[String]] {
        var tokens: [String?] = []
        var word = ""
        for character in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) {
            if character.isLetter || character.isNumber {
                word.append(character)
                continue
            }
            if !word.isEmpty { tokens.append(word) }
            word = ""
            if "/,&+;".contains(character) { tokens.append(nil) }
        }
        if !word.isEmpty { tokens.append(word) }
        var people: [[String]] = [[]]
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token == nil || token == "en" || token == "and" || token == "cs" {
                people.append([])
            } else if token == "c", index + 1 < tokens.count, tokens[index + 1] == "s" {
                people.append([])
                index += 1
            } else if let token {
                people[people.count - 1].append(token)
            }
            index += 1
        }
        people[0] = droppingLeading(people[0])
        return people.map { $0.filter { $0.count > 1 && !tussenvoegsels.contains($0) } }.filter { !$0.isEmpty }
    }

    private static let tussenvoegsels: Set<String> = ["van", "de", "den", "der", "ter", "ten", "te", "het", "in", "op", "la", "le", "du", "von", "zu", "vd"]

    /// Whether the people a query names are among a name's, in its order: each by the surname
    /// it ends on, the words before it (a first name) found in that person or not.
    static func fits(_ query: [[String]], _ name: [[String]]) -> Bool {
        var next = name.startIndex
        for person in query {
            guard let at = name[next...].firstIndex(where: { $0.last == person.last && person.count <= $0.count + 2 }) else { return false }
            next = at + 1
        }
        return !query.isEmpty
    }

    /// The words of a name or query, folded for matching; a leading `motie`, `de motie` and
    /// `van het lid` / `van de leden` are dropped, as people say them but names do not hold them.
    static func nameWords(_ text: String) -> [String] {
        droppingLeading(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    /// `words` without the `motie`, `de motie`, `van het lid` and the like they start with.
    private static func droppingLeading(_ words: [String]) -> [String] {
        var words = words
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

    /// The names nearest to a query that matched nothing, nearest first: the motions' names
    /// and titles, compared without `motie` and the like.
    package func nearestNames(to query: String, limit: Int = 3) -> [String] {
        let facts = facts()
        var names: [String] = []
        for motion in motions {
            names.append(motion.name)
            if let id = motion.id, let title = facts.profile(for: id)?.facts.title { names.append(title) }
        }
        return Nearness.nearest(to: MotionQuery.nameWords(query).joined(separator: " "), among: names, limit: limit)
    }

    /// `; nearest: 'A', 'B', 'C'` — ``nearestNames(to:limit:)`` for the end of the message of a
    /// query that matched nothing; when no name is near, that it is not; empty when the ledger
    /// holds no motion.
    package func nearestNamesNote(to query: String) -> String {
        guard !motions.isEmpty else { return "" }
        let names = nearestNames(to: query)
        guard !names.isEmpty else { return "; no motion in the ledger has a name near it ('motieledger table' lists them)" }
        return "; nearest: " + names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
