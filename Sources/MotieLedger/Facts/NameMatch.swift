import Foundation
import Kamerstuk

/// Matches a motion the ledger knows only by name (`motie-erkens`) to its Kamerstuk, where the
/// facts make it unique: a motion whose submitters are the ones named, adopted on or before the
/// day of the first document that mentions it; where several fit, the one whose debate or
/// dossier shares the mentioning debate's words. Exactly one fit is proposed as an alias; more
/// than one is a finding naming the candidates, and nothing is joined.
package struct NameMatch: Sendable {
    /// A motion known by name: its key, the submitters' surnames as read, the day of the first
    /// document that mentions it and that document's debate.
    package struct Named: Hashable, Sendable {
        package var key: String
        package var surnames: [String]
        package var firstMentioned: Day
        package var debate: String?

        package init(key: String, surnames: [String], firstMentioned: Day, debate: String?) {
            self.key = key
            self.surnames = surnames
            self.firstMentioned = firstMentioned
            self.debate = debate
        }
    }

    /// What the facts say of one name.
    package enum Outcome: Hashable, Sendable {
        /// Exactly one motion fits.
        case unique(KamerstukID)
        /// Several fit equally; nothing is joined.
        case ambiguous([KamerstukID])
    }

    /// A proposed alias, or candidates, with the finding that says so.
    package struct Match: Hashable, Sendable {
        package let key: String
        package let outcome: Outcome
        package let finding: Finding
    }

    /// A name matched to one Kamerstuk by the facts.
    package static let proposedAlias = Finding.Category(rawValue: "proposed-alias")
    /// A name that fits several motions.
    package static let ambiguousName = Finding.Category(rawValue: "ambiguous-name")

    /// The matches of `named` against `profiles`; names that fit nothing are left out.
    package static func matches(_ named: [Named], profiles: [KamerstukID: MotionProfile]) -> [Match] {
        let adopted = profiles.filter { $0.value.facts.vote?.outcome == .aangenomen && $0.value.facts.submitters?.isEmpty == false }
        var matches: [Match] = []
        for name in named {
            let wanted = name.surnames.map(fold)
            guard !wanted.isEmpty else { continue }
            var fits = adopted.filter { _, profile in
                guard let submitters = profile.facts.submitters, let voted = profile.facts.vote?.date, voted <= name.firstMentioned else { return false }
                let signed = submitters.map { fold(surname(of: $0.name)) }
                return signed.first == wanted.first && wanted.allSatisfy(signed.contains)
            }.map(\.key).sorted()
            if fits.count > 1, let debate = name.debate {
                let words = significantWords(debate)
                let near = fits.filter { id in
                    let profile = adopted[id]!.facts
                    return !significantWords((profile.debate ?? "") + " " + (profile.dossier ?? "")).isDisjoint(with: words)
                }
                if near.count == 1 { fits = near }
            }
            switch fits.count {
            case 0:
                continue
            case 1:
                let title = adopted[fits[0]]?.facts.title.map { " (\($0))" } ?? ""
                matches.append(Match(key: name.key, outcome: .unique(fits[0]),
                                     finding: Finding(proposedAlias, "\(name.key) is \(fits[0].canonical)\(title): the only adopted motion of \(name.surnames.joined(separator: ", ")) voted before \(name.firstMentioned.iso)", at: nil)))
            default:
                matches.append(Match(key: name.key, outcome: .ambiguous(fits),
                                     finding: Finding(ambiguousName, "\(name.key) fits \(fits.count) adopted motions (\(fits.map(\.canonical).joined(separator: ", "))): not joined", at: nil)))
            }
        }
        return matches
    }

    /// The surnames a motion's name as read gives: `Erkens c.s.` → `[Erkens]`, `Van der Burg en
    /// Piri` → `[Van der Burg, Piri]`, `Van Campen/Boswijk` → `[Van Campen, Boswijk]`; a name that
    /// is a subject (`om de mogelijke …`, lowercase) gives none.
    package static func surnames(inName name: String) -> [String] {
        var text = name.trimmingWhitespace
        if text.hasSuffix(" c.s.") { text.removeLast(5) }
        var names: [String] = []
        for part in text.split(separator: "/") {
            var rest = Substring(part)
            while let separator = rest.range(of: " en ") {
                names.append(rest[..<separator.lowerBound].trimmingWhitespace)
                rest = rest[separator.upperBound...]
            }
            names.append(rest.trimmingWhitespace)
        }
        guard names.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 4 && $0.last?.isLetter == true }),
              names.allSatisfy({ $0.split(separator: " ").last?.first?.isUppercase == true }) else { return [] }
        return names
    }

    /// The surname of a name as written: `Inge van Dijk` → `van Dijk`, `Van der Lee` → itself;
    /// a given name is a first word that is no tussenvoegsel, before a lowercase one.
    static func surname(of name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, words[1].first?.isLowercase == true,
              !tussenvoegsels.contains(words[0].lowercased()) else { return name }
        return words.dropFirst().joined(separator: " ")
    }

    private static let tussenvoegsels: Set<String> = ["van", "de", "den", "der", "ter", "ten", "het", "in", "op", "'t"]

    /// Lowercase, without diacritics and without spaces: `Van der Lee` and `van der lee` agree.
    static func fold(_ name: String) -> String {
        TextBytes.folded(name).filter { $0 != " " }
    }

    /// Words of five letters or more, folded: what a debate and a dossier title share.
    static func significantWords(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter }.map { fold(String($0)) }.filter { $0.count >= 5 })
    }
}
