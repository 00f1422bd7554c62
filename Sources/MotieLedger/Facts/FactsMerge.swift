import Kamerstuk

/// Facts records merged per motion, whatever order they were read in: a motion is known by its
/// Kamerstuk, its Zaak number, or both (a record giving both joins the two), and of two sources
/// that give the same field the one dated later wins (but a document's mention never shortens
/// another's title to fewer words). Between sources of the same day a person
/// (`record`) wins over open data, open data over the motion's own text, that over a footnote;
/// between two of the same kind, the fuller value (a vote with its parties over one without),
/// then the value's own order, so that the outcome never depends on the order of reading.
///
/// A changed motion replaces its original (`replaces`): the original's Kamerstuk is an alias of
/// the new one, and where the new one's records leave a field open, the original's fills it.
package struct FactsMerge: Sendable {
    /// The merged facts of each motion with a Kamerstuk, by its ID.
    package let profiles: [KamerstukID: MotionProfile]
    /// Motions known only by their Zaak number (no record names their Kamerstuk yet).
    package let zaken: [String: MotionProfile]
    /// Each replaced or superseded Kamerstuk, to the one that stands for it now.
    package let replacedBy: [KamerstukID: KamerstukID]

    /// Merges `records`, in any order.
    package init(_ records: [SourcedFacts]) {
        // Group the records: union of the keys each record names (its ID, its Zaak).
        var parent: [String: String] = [:]
        func find(_ key: String) -> String {
            var root = key
            while let up = parent[root], up != root { root = up }
            var node = key
            while let up = parent[node], up != root {
                parent[node] = root
                node = up
            }
            return root
        }
        func union(_ a: String, _ b: String) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { if ra < rb { parent[rb] = ra } else { parent[ra] = rb } }
        }
        func keys(_ facts: MotionFacts) -> [String] {
            (facts.id.map { [$0.canonical] } ?? []) + (facts.zaak.map { ["zaak:" + $0] } ?? [])
        }
        for record in records {
            let named = keys(record.facts)
            for key in named where parent[key] == nil { parent[key] = key }
            for key in named.dropFirst() { union(named[0], key) }
        }
        var groups: [String: [SourcedFacts]] = [:]
        for record in records {
            guard let first = keys(record.facts).first else { continue }
            groups[find(first), default: []].append(record)
        }

        var byID: [KamerstukID: MotionProfile] = [:]
        var byZaak: [String: MotionProfile] = [:]
        var replacedBy: [KamerstukID: KamerstukID] = [:]
        for (_, group) in groups {
            var profile = FactsMerge.merge(group)
            guard let id = profile.facts.id else {
                if let zaak = group.lazy.compactMap(\.facts.zaak).min() { byZaak[zaak] = profile }
                continue
            }
            // Other IDs of the same Zaak are its earlier versions.
            for other in Set(group.compactMap(\.facts.id)) where other != id { replacedBy[other] = id }
            if profile.facts.zaak == nil { profile.facts.zaak = group.lazy.compactMap(\.facts.zaak).min() }
            byID[id] = profile
        }
        for (id, profile) in byID {
            if let replaced = profile.facts.replaces, replaced != id { replacedBy[replaced] = id }
        }
        // Follow chains (nader gewijzigd → gewijzigd → original) to the motion that stands now.
        var resolved: [KamerstukID: KamerstukID] = [:]
        for start in replacedBy.keys {
            var current = start
            var seen: Set<KamerstukID> = [start]
            while let next = replacedBy[current], seen.insert(next).inserted { current = next }
            resolved[start] = current
        }
        // A replacing motion's open fields from what its originals say.
        for (original, current) in resolved {
            guard let older = byID[original], var profile = byID[current] else { continue }
            for field in FactsField.allCases where field != .id && field != .replaces {
                if profile.sources[field] == nil, let source = older.sources[field] {
                    profile.facts.copy(field, from: older.facts)
                    profile.sources[field] = source
                }
            }
            byID[current] = profile
        }
        profiles = byID
        zaken = byZaak
        self.replacedBy = resolved
    }

    /// The profile of the motion `id` names, following a replaced ID to the motion that stands.
    package func profile(for id: KamerstukID) -> MotionProfile? {
        profiles[replacedBy[id] ?? id]
    }

    /// One group's records merged field by field. The values are compared (as text) only
    /// between two sources of the same day and kind, which is rare.
    static func merge(_ records: [SourcedFacts]) -> MotionProfile {
        var facts = MotionFacts()
        var sources: [FactsField: FactsSource] = [:]
        var best = [Int](repeating: -1, count: FactsField.allCases.count)
        for (index, record) in records.enumerated() {
            for (slot, field) in FactsField.allCases.enumerated() where record.facts.has(field) {
                if best[slot] >= 0, !wins(record, over: records[best[slot]], for: field) { continue }
                best[slot] = index
                facts.copy(field, from: record.facts)
                sources[field] = record.source
            }
        }
        return MotionProfile(facts: facts, sources: sources)
    }

    /// Whether `challenger`'s value for `field` wins over `holder`'s: a later day (a dated
    /// source over an undated one), then a stronger kind of source, then the fuller value, then
    /// the value's own order.
    static func wins(_ challenger: SourcedFacts, over holder: SourcedFacts, for field: FactsField) -> Bool {
        let (a, b) = (challenger.source, holder.source)
        // A document that names the motion in fewer words (`Motie van de leden Van der Burg en
        // Piri`, where another gave `… over een zwart reisadvies`) tells nothing new: the fuller
        // title stands, whichever document is later.
        if field == .title, a.kind == .footnote, b.kind == .footnote, let x = challenger.facts.title, let y = holder.facts.title, x != y {
            if y.hasPrefix(x) { return false }
            if x.hasPrefix(y) { return true }
        }
        if a.date != b.date {
            guard let right = a.date else { return false }
            guard let left = b.date else { return true }
            return left < right
        }
        if strength(a.kind) != strength(b.kind) { return strength(a.kind) > strength(b.kind) }
        let (x, y) = (challenger.facts.describe(field) ?? "", holder.facts.describe(field) ?? "")
        if x.count != y.count { return x.count > y.count }
        return x > y
    }

    /// A person over open data over the motion's own text over a footnote.
    private static func strength(_ kind: FactsSource.Kind) -> Int {
        switch kind {
        case .footnote: 0
        case .motion: 1
        case .openData: 2
        case .manual: 3
        }
    }

    /// The Kamerstukken of ``profiles`` in their natural order (``KamerstukID``'s `<`), each
    /// compared by bytes computed once.
    package var orderedIDs: [KamerstukID] {
        let ids = Array(profiles.keys)
        let keys = ids.map { Timeline.orderKey(id: $0, key: $0.canonical) }
        return keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { ids[$0] }
    }
}

extension MotionFacts {
    /// Whether the source gives `field`.
    func has(_ field: FactsField) -> Bool {
        switch field {
        case .id: id != nil
        case .title: title != nil
        case .submitters: submitters != nil
        case .submitted: submitted != nil
        case .dossier: dossier != nil
        case .debate: debate != nil
        case .vote: vote != nil
        case .replaces: replaces != nil
        case .advice: advice != nil
        case .dictum: dictum != nil
        }
    }

    /// The value of `field` as text that orders sources' values, or `nil` when not given.
    func describe(_ field: FactsField) -> String? {
        switch field {
        case .id: id?.canonical
        case .title: title
        case .submitters: submitters.map { $0.map { "\($0.name)|\($0.party ?? "")" }.joined(separator: ";") }
        case .submitted: submitted?.iso
        case .dossier: dossier
        case .debate: debate
        case .vote: vote.map { vote in
                let sides = [vote.votesFor, vote.votesAgainst].map { $0.map { "\($0.party)=\($0.seats.map(String.init) ?? "")" }.joined(separator: ",") }
                return "\(vote.outcome.rawValue)|\(vote.date?.iso ?? "")|\(sides[0])|\(sides[1])"
            }
        case .replaces: replaces?.canonical
        case .advice: advice
        case .dictum: dictum
        }
    }

    /// Takes `field` from `other`.
    mutating func copy(_ field: FactsField, from other: MotionFacts) {
        switch field {
        case .id: id = other.id
        case .title: title = other.title
        case .submitters: submitters = other.submitters
        case .submitted: submitted = other.submitted
        case .dossier: dossier = other.dossier
        case .debate: debate = other.debate
        case .vote: vote = other.vote
        case .replaces: replaces = other.replaces
        case .advice: advice = other.advice
        case .dictum: dictum = other.dictum
        }
    }
}
