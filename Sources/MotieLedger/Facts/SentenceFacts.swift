import Kamerstuk

/// Facts from the running text of a document that names a motion by its submitters, its
/// Kamerstuk and its subject — the way answers and letters introduce a motion before saying how
/// far it has come:
///
/// - `De motie van de leden Van der Burg en Piri (Kamerstuk 21501-02, nr. 3000) over een zwart
///   reisadvies verzoekt de regering …`
/// - `… de motie van het lid Boswijk over het behoud van ervaren onderofficieren (Kamerstuk
///   36 600 X, nr. 12) is uitgevoerd …`
///
/// give that Kamerstuk its title (`Motie van de leden Van der Burg en Piri over een zwart
/// reisadvies`) and submitters. Only a sentence that leaves no doubt gives facts: a bracket that
/// holds exactly one Kamerstuk and nothing else, right after the names or right after the
/// subject; a subject that ends where the sentence goes on with a verb, a relative pronoun or
/// punctuation, within ``maximumSubjectWords`` words; and not a subject that only points back
/// (`over dit onderwerp`). Anything else gives nothing — a wrong title would send a clerk to
/// the wrong motion.
package enum SentenceFacts {
    /// A subject longer than this is not told apart from the rest of the sentence with
    /// confidence.
    static let maximumSubjectWords = 20

    /// The facts the running text of `document` gives, dated by the document; one per Kamerstuk,
    /// the first sentence that names it.
    /// - Parameters:
    ///   - reference: what names the document in the ledger (its number, else its content name).
    ///   - besides: facts the document gives already (its footnotes'): their motions are left out.
    package static func read(_ document: AnswerDocument, reference: String, besides: [SourcedFacts] = []) -> [SourcedFacts] {
        var all: [SourcedFacts] = []
        var seen = Set(besides.compactMap(\.facts.id))
        let body = document.body
        for sentence in Sentences.split(body, in: 0..<body.count) where mentionsTitledMotion(body[sentence]) {
            let text = MotionTitle.collapse(String(decoding: body[sentence], as: UTF8.self))
            for facts in facts(in: text) where seen.insert(facts.id!).inserted {
                all.append(SourcedFacts(facts, source: FactsSource(kind: .footnote, reference: reference, date: document.date)))
            }
        }
        return all
    }

    /// A cheap test before a sentence becomes a string: it holds `otie van `.
    private static func mentionsTitledMotion(_ bytes: ArraySlice<UInt8>) -> Bool {
        let needle = Array("otie van ".utf8)
        guard bytes.count >= needle.count else { return false }
        var i = bytes.startIndex
        while i <= bytes.endIndex - needle.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The facts of every titled motion in one sentence (white space collapsed).
    static func facts(in sentence: String) -> [MotionFacts] {
        let lower = sentence.lowercased()
        // Offsets are taken on the lowered text; the grammar below refuses a sentence whose
        // lowering changes its length (outside Dutch prose's alphabet).
        guard lower.count == sentence.count else { return [] }
        let original = Array(sentence)
        let lowered = Array(lower)
        var all: [MotionFacts] = []
        var i = 0
        while let (start, opener) = nextMotion(in: lowered, from: i) {
            if let facts = facts(original: original, lowered: lowered, from: start) { all.append(facts) }
            i = opener + 1
        }
        return all
    }

    /// Where the next `motie van het lid` or `motie van de leden` starts (with a `gewijzigde`
    /// or `nader gewijzigde` before it), and where its `motie` stands.
    private static func nextMotion(in lowered: [Character], from i: Int) -> (start: Int, opener: Int)? {
        var k = i
        while k < lowered.count {
            if (k == 0 || !lowered[k - 1].isLetter), openers.contains(where: { matches($0, in: lowered, at: k) }) {
                for prefix in changedPrefixes where matches(prefix, in: lowered, at: k - prefix.count) {
                    return (k - prefix.count, k)
                }
                return (k, k)
            }
            k += 1
        }
        return nil
    }

    /// The facts of the motion named at `start`, if its title and Kamerstuk leave no doubt.
    private static func facts(original: [Character], lowered: [Character], from start: Int) -> MotionFacts? {
        guard let open = firstBracket(in: lowered, original: original, from: start),
              let close = lowered[open...].firstIndex(of: ")"),
              let id = onlyKamerstuk(String(original[(open + 1)..<close])) else { return nil }
        let before = String(original[start..<open]).trimmingWhitespace
        if let title = MotionTitle(capitalised(before)), let subject = title.subject {
            // `… over SUBJECT (Kamerstuk …)`: the bracket ends the subject, which must not go
            // on with the sentence first (`over X is uitgevoerd (Kamerstuk …)`).
            guard !goesOn(Array(" " + subject.lowercased() + " ")) else { return nil }
            return facts(title: title, id: id)
        }
        // `… NAMES (Kamerstuk …) over SUBJECT verb …`: the subject ends where the sentence goes on.
        guard let end = subjectEnd(in: lowered, from: close + 1) else { return nil }
        let subject = String(original[(close + 1)..<end]).trimmingWhitespace
        guard let title = MotionTitle(capitalised(before + " " + subject)) else { return nil }
        return facts(title: title, id: id)
    }

    private static func facts(title: MotionTitle, id: KamerstukID) -> MotionFacts? {
        guard let subject = title.subject, !pointsBack(subject) else { return nil }
        return MotionFacts(id: id, title: title.text, submitters: title.names.map { Submitter(name: $0) }, replaces: title.replaces)
    }

    /// The first `(` after the motion's opening, before the sentence goes on past its title:
    /// within the names and a subject of at most ``maximumSubjectWords`` words.
    private static func firstBracket(in lowered: [Character], original: [Character], from start: Int) -> Int? {
        var words = 0
        var k = start
        while k < lowered.count {
            switch lowered[k] {
            case "(": return k
            // A comma goes on to the next name (`de leden Bikker, Ceder en Stoffer`).
            case "," where !(k + 2 < lowered.count && lowered[k + 1] == " " && original[k + 2].isUppercase): return nil
            case ";", ":", ")": return nil
            case " ":
                words += 1
                if words > maximumSubjectWords + 12 { return nil }
            default: break
            }
            k += 1
        }
        return nil
    }

    /// The one Kamerstuk a bracket holds, when it holds a citation and nothing else.
    private static func onlyKamerstuk(_ bracket: String) -> KamerstukID? {
        let matches = CitationScanner.scan(bracket)
        guard matches.count == 1, case .kamerstuk(let id) = matches[0].reading else { return nil }
        // Nothing but the citation: no `zie ook`, no second paper in words.
        let bytes = Array(bracket.utf8)
        let outside = bytes[..<matches[0].range.lowerBound] + bytes[matches[0].range.upperBound...]
        return outside.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") } ? id : nil
    }

    /// Where a subject that follows the bracket ends: before the first verb or relative pronoun
    /// that goes on with the sentence, or at punctuation or the sentence's end — nil when the
    /// subject does not start right after the bracket or runs on too long.
    private static func subjectEnd(in lowered: [Character], from i: Int) -> Int? {
        var k = i
        while k < lowered.count, lowered[k] == " " { k += 1 }
        guard subjectWords.contains(where: { matches($0, in: lowered, at: k) }) else { return nil }
        var words = 0
        while k < lowered.count {
            let c = lowered[k]
            if c == "," || c == ";" || c == ":" || c == "(" || c == "." && k == lowered.count - 1 { return k }
            if c == " " {
                words += 1
                if words > maximumSubjectWords + 1 { return nil }
                if goesOn(lowered, at: k) { return k }
            }
            k += 1
        }
        return k
    }

    /// Whether a word at `k` (after its space) goes on with the sentence; anywhere in `text`
    /// when `k` is nil.
    private static func goesOn(_ text: [Character], at k: Int? = nil) -> Bool {
        if let k { return stopWords.contains { matches($0, in: text, at: k) } }
        return text.indices.contains { text[$0] == " " && goesOn(text, at: $0) }
    }

    /// A subject that only points back to what was said before names no motion.
    private static func pointsBack(_ subject: String) -> Bool {
        guard let first = subject.split(separator: " ").first?.lowercased() else { return true }
        return ["dit", "deze", "dat", "die", "dezelfde", "hetzelfde", "hetgeen"].contains(first)
    }

    private static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static func matches(_ word: [Character], in text: [Character], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= text.count else { return false }
        for k in word.indices where text[i + k] != word[k] { return false }
        return true
    }

    private static let openers = ["motie van het lid ", "motie van de leden "].map(Array.init)
    private static let changedPrefixes = ["nader gewijzigde ", "gewijzigde "].map(Array.init)
    private static let subjectWords = ["over ", "inzake ", "betreffende "].map(Array.init)
    /// Words that go on with the sentence after a motion's subject: its verb (`verzoekt`, `is
    /// uitgevoerd`, `heeft`), a relative pronoun (`die`, `waarin`), or a clause of time or
    /// reason. Each with the space before and after it.
    private static let stopWords = [
        "verzoekt", "vraagt", "roept", "draagt", "spreekt", "constateert", "overweegt", "is", "was", "wordt", "werd",
        "zal", "zullen", "heeft", "had", "hebben", "kan", "kon", "moet", "wil", "geeft", "gaat", "ging", "vroeg",
        "verzocht", "riep", "stelt", "valt", "blijft", "behelst", "beoogt", "die", "dat", "waarin", "waarmee",
        "waarover", "welke", "wanneer", "nadat", "omdat", "zodat", "toen", "ligt", "staat", "aangenomen", "aangehouden",
        "ingediend", "uitgevoerd",
    ].map { Array(" \($0) ") }
}
