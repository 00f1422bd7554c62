import Foundation
import Kamerstuk

/// A motion's title as parliament words it, taken apart: `[Nader ]Gewijzigde ]Motie van het lid
/// X [c.s.] [over SUBJECT] [(t.v.v. DOSSIER-NR)]`, or `… van de leden A, B en C …`.
///
/// The same grammar serves the open data's `Onderwerp`, a motion's own metadata title, its
/// printed title in capitals (`MOTIE VAN HET LID INGE VAN DIJK … TER VERVANGING VAN DIE GEDRUKT
/// ONDER NR. 12`) and a footnote that names a motion (`Motie van het lid Dobbe over steun aan
/// Radio Dabanga, Kamerstuk 36600-V, nr. 61`): a footnote's title ends where its citation starts.
package struct MotionTitle: Hashable, Sendable {
    /// The title as written, trimmed, cut before a citation that follows it.
    package let text: String
    /// The submitters' names as written, first submitter first.
    package let names: [String]
    /// `c.s.`: there are co-signers the title does not name.
    package let cosigned: Bool
    /// What the motion is about, after `over`, `inzake` or `betreffende`.
    package let subject: String?
    /// A changed motion (`Gewijzigde motie`, `Nader gewijzigde motie`).
    package let changed: Bool
    /// The motion a changed one replaces: `(t.v.v. 36725-12)`, or `TER VERVANGING VAN DIE
    /// GEDRUKT ONDER NR. 12` in the motion's own `dossier`.
    package let replaces: KamerstukID?

    /// Reads `text`; `nil` when it is not a motion's title. `dossier` is the motion's own
    /// (`36725`, `21501-33`), for a replaced number printed without its dossier.
    package init?(_ text: String, dossier: String? = nil) {
        let collapsed = MotionTitle.collapse(text)
        let lower = collapsed.lowercased()
        var changed = false
        var rest = Substring(lower)
        for prefix in ["nader gewijzigde motie ", "gewijzigde motie ", "motie "] where rest.hasPrefix(prefix) {
            changed = prefix != "motie "
            rest = rest.dropFirst(prefix.count)
            break
        }
        guard rest.startIndex != lower.startIndex else { return nil }
        let plural: Bool
        if rest.hasPrefix("van het lid ") {
            plural = false
            rest = rest.dropFirst("van het lid ".count)
        } else if rest.hasPrefix("van de leden ") {
            plural = true
            rest = rest.dropFirst("van de leden ".count)
        } else {
            return nil
        }
        // Work on the original's characters from here: lowercasing keeps the offsets of this
        // alphabet (Dutch names and words), and the check below refuses a text where it would not.
        guard lower.count == collapsed.count else { return nil }
        let original = Array(collapsed)
        let lowered = Array(lower)
        var index = lower.distance(from: lower.startIndex, to: rest.startIndex)

        func matches(_ word: [Character], at i: Int) -> Bool { MotionTitle.matches(word, in: lowered, at: i) }
        let stops = MotionTitle.nameStops
        // In a list of names a comma goes on to the next name (`Bikker, Ceder en Stoffer`); one
        // before a citation or a lowercase word ends the names.
        func continuesNames(at i: Int) -> Bool {
            plural && matches(MotionTitle.commaSpace, at: i) && i + 2 < original.count && original[i + 2].isUppercase
                && !matches(MotionTitle.commaKamerstuk, at: i) && !matches(MotionTitle.commaKst, at: i)
        }
        var end = index
        while end < original.count, continuesNames(at: end) || !stops.contains(where: { matches($0, at: end) }) { end += 1 }
        let namePhrase = String(original[index..<end]).trimmingWhitespace
        guard !namePhrase.isEmpty else { return nil }
        names = plural ? MotionTitle.splitNames(namePhrase) : [namePhrase]
        index = end
        var cosigned = false
        if matches(MotionTitle.cs, at: index) {
            cosigned = true
            index += MotionTitle.cs.count
        }
        var subject: String?
        var titleEnd = original.count
        for word in MotionTitle.subjectWords where matches(word, at: index) {
            let start = index + word.count
            var stop = start
            while stop < original.count, !MotionTitle.endsSubject(lowered, at: stop) { stop += 1 }
            subject = String(original[start..<stop]).trimmingWhitespace
            titleEnd = stop
            break
        }
        if subject == nil {
            var stop = index
            while stop < original.count, !MotionTitle.endsSubject(lowered, at: stop) { stop += 1 }
            titleEnd = stop
        }
        var replaces: KamerstukID?
        let tail = String(lowered[titleEnd...])
        if let open = tail.range(of: "(t.v.v. ") {
            let number = tail[open.upperBound...].prefix { $0 != ")" }
            replaces = KamerstukID(canonical: "kst-" + number.trimmingWhitespace)
            if replaces != nil, let close = tail[open.upperBound...].firstIndex(of: ")") {
                titleEnd += tail.distance(from: tail.startIndex, to: close) + 1
            }
        } else if let printed = tail.range(of: "ter vervanging van die gedrukt onder nr. ") {
            let number = tail[printed.upperBound...].prefix { !$0.isWhitespace && $0 != "," && $0 != ")" }
            if let dossier {
                replaces = KamerstukID(canonical: "kst-\(dossier)-\(number)")
            }
            titleEnd += tail.distance(from: tail.startIndex, to: printed.upperBound) + number.count
        }
        self.text = String(original[..<titleEnd]).trimmingWhitespace
        self.cosigned = cosigned
        self.subject = subject.flatMap { $0.isEmpty ? nil : $0 }
        self.changed = changed
        self.replaces = replaces
    }

    /// Where a subject (or a title without one) ends: at a citation after a comma
    /// (`, Kamerstuk …`, `, kst-…`), at `(t.v.v.`, or at the printed `TER VERVANGING …`.
    private static func endsSubject(_ lowered: [Character], at i: Int) -> Bool {
        subjectEnds.contains { matches($0, in: lowered, at: i) }
    }

    /// Whether `word` stands in `text` at `i`.
    private static func matches(_ word: [Character], in text: [Character], at i: Int) -> Bool {
        guard i + word.count <= text.count else { return false }
        for k in word.indices where text[i + k] != word[k] { return false }
        return true
    }

    // The words the grammar looks for, as characters once.
    private static let nameStops = [" c.s.", " over ", " inzake ", " betreffende ", " ter vervanging ", ",", " ("].map(Array.init)
    private static let subjectWords = [" over ", " inzake ", " betreffende "].map(Array.init)
    private static let subjectEnds = [", kamerstuk", ", kst-", " (t.v.v. ", " ter vervanging van ", " (kamerstuk"].map(Array.init)
    private static let cs = Array(" c.s.")
    private static let commaSpace = Array(", ")
    private static let commaKamerstuk = Array(", kamerstuk")
    private static let commaKst = Array(", kst-")

    /// `A, B en C` → `[A, B, C]`.
    private static func splitNames(_ phrase: String) -> [String] {
        var names: [String] = []
        for part in phrase.split(separator: ",") {
            var rest = Substring(part)
            while let separator = rest.range(of: " en ", options: .caseInsensitive) {
                names.append(rest[..<separator.lowerBound].trimmingWhitespace)
                rest = rest[separator.upperBound...]
            }
            names.append(rest.trimmingWhitespace)
        }
        names.removeAll { $0.isEmpty }
        return names
    }

    /// One space for every run of white space (a footnote broken over lines, a no-break space).
    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for character in text {
            if character.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(character)
            }
        }
        return out
    }
}

