import Kamerstuk

/// How a named mention matches a motion's names. `exact`: the same submitters; `partial`: one
/// list is the other's with `c.s.`; `loose`: one list is part of the other without `c.s.`
/// (`motie Van Baarle` and `motie van de leden Van Baarle en Paternotte`), which
/// <doc:Domain#Motions> counts as two motions.
enum NameFit { case exact, partial, loose }

extension MotionGroup {
    /// How a named mention matches the motion's names: the same submitters, or the lead
    /// submitter of one among the other's (`van der Burg c.s.` and `Van der Burg en Piri`). A
    /// party's motions are told apart by their subjects, where both give one.
    func match(_ mention: Mention) -> NameFit? {
        if mention.kind == .party {
            let party = TextBytes.folded(mention.party ?? "")
            let subject = mention.subject.map(MotionNames.subjectKey)
            return parties.contains { $0.party == party && ($0.subject == nil || subject == nil || $0.subject == subject) }
                ? .exact : nil
        }
        // Two subjects that share no word are two motions of one submitter.
        if let mine = MotionNames.subjectWords(mention), !subjects.isEmpty, !hasSubject(like: mine) {
            return nil
        }
        let mine = Set(mention.surnames)
        var result: NameFit?
        for other in submitterLists {
            if Set(other) == mine { return .exact }
            guard let lead = mention.surnames.first, lead == other.first else { continue }
            if mine.isSubset(of: other), mention.cosigned {
                result = .partial
            } else if Set(other).isSubset(of: mine), cosignedLists.contains(other) {
                result = .partial
            } else if mine.isSubset(of: other) || Set(other).isSubset(of: mine), result == nil {
                result = .loose
            }
        }
        return result
    }
}

/// The keys and subjects by which motions without a Kamerstuk are known and told apart.
enum MotionNames {
    /// The content words of a mention's subject: `over de import van bont` → {import, bont}.
    /// Words of what is said about the motion after it (`wordt`, `niet`) are left out.
    static func subjectWords(_ mention: Mention) -> Set<String>? {
        guard mention.kind == .named, let subject = mention.subject else { return nil }
        return subjectWords(subject)
    }

    static func subjectWords(_ subject: String) -> Set<String>? {
        var words: Set<String> = []
        for word in TextBytes.folded(subject).split(whereSeparator: { !$0.isLetter }).map(String.init) {
            if subjectStops.contains(word) { break }
            if word.count > 2, !subjectFillers.contains(word) { words.insert(word) }
        }
        return words.isEmpty ? nil : words
    }

    /// Whether two subjects share a word, or the stem of one (`fatbike` and `fatbikes`,
    /// `diertransport` and `diertransporten`).
    static func sameSubject(_ a: Set<String>, _ b: Set<String>) -> Bool {
        if !a.isDisjoint(with: b) { return true }
        return a.contains { x in
            b.contains { y in min(x.count, y.count) >= 5 && (x.hasPrefix(y) || y.hasPrefix(x)) }
        }
    }

    /// Words that end a subject: verbs of what is said about the motion.
    static let subjectStops: Set<String> = [
        "wordt", "worden", "werd", "is", "zijn", "was", "heeft", "hebben", "zal", "zullen", "kan", "kunnen", "moet", "niet", "nog",
    ]

    /// Words of a subject that say nothing of what it is about.
    static let subjectFillers: Set<String> = [
        "over", "inzake", "betreffende", "aangaande", "van", "voor", "het", "een", "der", "den", "met", "aan", "bij", "naar",
        "tot", "dat", "die", "deze", "dit", "hun", "onder", "andere", "meer", "om", "ter",
    ]

    /// The submitters' key with the first word of the mention's subject: `motie-erkens-india`.
    static func qualifiedKey(_ plain: String, for mention: Mention) -> String? {
        guard let words = subjectWords(mention), let first = subjectSlugWord(mention, in: words) else { return nil }
        return plain + "-" + first
    }

    /// The first content word of a mention's subject, for a key.
    static func subjectSlugWord(_ mention: Mention, in words: Set<String>) -> String? {
        TextBytes.folded(mention.subject ?? "").split(whereSeparator: { !$0.isLetter }).map(String.init).first(where: words.contains)
    }

    static func nameKey(_ mention: Mention) -> String {
        switch mention.kind {
        case .named: "motie-" + mention.surnames.map { slug($0, words: 3) }.joined(separator: "-")
        case .party: "motie-" + slug(mention.party ?? "", words: 3)
        default: subjectKey(mention.subject ?? "")
        }
    }

    /// A key from a subject: its first word and the two words after it that are not articles
    /// (`inzake Radio Dabanga …` → `motie-inzake-radio-dabanga`): short, so that the same
    /// subject worded on gives the same key.
    static func subjectKey(_ subject: String) -> String {
        let words = TextBytes.folded(subject).split { !($0.isLetter || $0.isNumber) }
        guard let first = words.first else { return "motie-" }
        let rest = words.dropFirst().filter { !["de", "het", "een"].contains($0) }.prefix(2)
        return (["motie", first] + rest).joined(separator: "-")
    }

    /// Lowercase ASCII words joined by hyphens: `inzake Radio Dabanga` → `inzake-radio-dabanga`.
    static func slug(_ text: String, words limit: Int) -> String {
        TextBytes.folded(text).split { !($0.isLetter || $0.isNumber) }.prefix(limit).joined(separator: "-")
    }
}
