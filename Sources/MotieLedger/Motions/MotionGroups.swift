import Kamerstuk

/// The motions of a document as their mentions are put together, with the indexes that find
/// a motion by Kamerstuk, key, surname, party or unit without a pass over all of them.
struct MotionGroups {
    let mentions: PlacedMentions
    let links: [MentionLink]
    private(set) var groups: [MotionGroup] = []
    /// Each mention's motion, once it has one.
    private(set) var groupOf: [Int?]
    /// The motions with a mention in each unit, in order of their first mention there.
    private(set) var unitGroups: [Int: [Int]] = [:]
    private var byID: [KamerstukID: Int] = [:]
    private var byKey: [String: Int] = [:]
    /// Keys by every prefix that ends at a hyphen (`motie-erkens` for `motie-erkens-india`).
    private var byKeyPrefix: [String: Set<String>] = [:]
    /// Motions by each surname and party their mentions name (folded).
    private var byName: [String: [Int]] = [:]
    /// Per unit, the motions with a Kamerstuk that no mention names yet.
    private var unnamedCited: [Int: Set<Int>] = [:]

    init(mentions: PlacedMentions, links: [MentionLink]) {
        self.mentions = mentions
        self.links = links
        groupOf = Array(repeating: nil, count: mentions.all.count)
    }

    subscript(_ group: Int) -> MotionGroup { groups[group] }

    var indices: Range<Int> { groups.indices }

    /// The motion of a Kamerstuk, made when first needed.
    mutating func group(for id: KamerstukID) -> Int {
        if let existing = byID[id] { return existing }
        groups.append(MotionGroup(id: id))
        byID[id] = groups.count - 1
        return groups.count - 1
    }

    /// The motion known by a key only, made when first needed.
    mutating func group(forKey key: String) -> Int {
        if let existing = byKey[key] { return existing }
        groups.append(MotionGroup(id: nil, nameKey: key))
        register(key, for: groups.count - 1)
        return groups.count - 1
    }

    /// The keyed motions whose key is `plain` or goes on from it (`motie-erkens-india`).
    func keyed(from plain: String) -> [Int] {
        (byKeyPrefix[plain] ?? []).sorted().compactMap { byKey[$0] }
    }

    func group(forKeyed key: String) -> Int? { byKey[key] }

    /// Gives a keyed motion another key (`motie-erkens` becomes `motie-erkens-oekraine`).
    mutating func rekey(_ group: Int, from old: String, to new: String) {
        byKey[old] = nil
        for prefix in MotionGroups.prefixes(of: old) { byKeyPrefix[prefix]?.remove(old) }
        groups[group].nameKey = new
        register(new, for: group)
    }

    private mutating func register(_ key: String, for group: Int) {
        byKey[key] = group
        for prefix in MotionGroups.prefixes(of: key) { byKeyPrefix[prefix, default: []].insert(key) }
    }

    /// `motie-erkens-india` → `motie-erkens-india`, `motie-erkens`, `motie`.
    static func prefixes(of key: String) -> [String] {
        var result = [key]
        var rest = Substring(key)
        while let dash = rest.lastIndex(of: "-") {
            rest = rest[..<dash]
            result.append(String(rest))
        }
        return result
    }

    /// The motions that a mention of these surnames or this party may be: any of whose
    /// mentions names one of them.
    func named(_ names: [String]) -> [Int] {
        var seen: Set<Int> = []
        var result: [Int] = []
        for name in names {
            for g in byName[name] ?? [] where seen.insert(g).inserted { result.append(g) }
        }
        return result.sorted()
    }

    /// The motions with a mention in the unit.
    func discussed(in unit: Int?) -> [Int] {
        unit.flatMap { unitGroups[$0] } ?? []
    }

    /// The motions with a Kamerstuk in the unit that no mention names.
    func unnamedCited(in unit: Int?) -> [Int] {
        unit.flatMap { unnamedCited[$0] }.map { $0.sorted() } ?? []
    }

    mutating func add(_ index: Int, to group: Int) {
        let wasNamed = groups[group].hasName
        groups[group].members.append(index)
        groupOf[index] = group
        let mention = mentions[index].mention
        if mention.kind == .named, !groups[group].submitterLists.contains(mention.surnames) {
            groups[group].submitterLists.append(mention.surnames)
            for surname in mention.surnames where !links[index].standsApart && !(byName[surname]?.contains(group) ?? false) {
                byName[surname, default: []].append(group)
            }
        }
        if mention.kind == .named, mention.cosigned { groups[group].cosignedLists.insert(mention.surnames) }
        if let words = mention.subject.flatMap(MotionNames.subjectWords), !groups[group].subjects.contains(words) {
            groups[group].subjects.append(words)
        }
        if mention.kind == .party, let party = mention.party {
            let folded = TextBytes.folded(party)
            groups[group].parties.append(MotionGroup.PartyName(party: folded, subject: mention.subject.map(MotionNames.subjectKey)))
            if !(byName[folded]?.contains(group) ?? false) { byName[folded, default: []].append(group) }
        }
        if let unit = mentions[index].unit {
            if groups[group].units.insert(unit).inserted { unitGroups[unit, default: []].append(group) }
            if groups[group].id != nil, !groups[group].hasName { unnamedCited[unit, default: []].insert(group) }
        }
        if !wasNamed, groups[group].hasName {
            for unit in groups[group].units { unnamedCited[unit]?.remove(group) }
        }
        if links[index].uncertain { groups[group].uncertain = true }
        groups[group].notes += links[index].notes
    }

    /// A unit's answer speaks of the motion, though no mention of it stands there
    /// (`de moties die …`).
    mutating func discuss(_ group: Int, in unit: Int) {
        if groups[group].units.insert(unit).inserted { unitGroups[unit, default: []].append(group) }
    }

    mutating func note(_ group: Int, _ note: MotionNote) {
        groups[group].notes.append(note)
        groups[group].uncertain = true
    }
}
