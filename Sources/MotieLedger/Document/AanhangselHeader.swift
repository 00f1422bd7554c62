import Kamerstuk

/// The head of Kamervragen and their answers (the Aanhangsel van de Handelingen), however an
/// extractor gave it: its own number, its date and whether it answers, postpones (`Mededeling`)
/// or only asks.
///
/// The number comes from the publication's own furniture (`ah-tk-20232024-1432` or
/// `kv-tk-2024Z18435` on a line of its own), from `Aanhangsel Handelingen II 2022/23, nr. 1234`
/// opening a line of the head, from the bare number printed under the heading (`1432`, its
/// session from `Vergaderjaar 2023–2024` or the running foot `Tweede Kamer, vergaderjaar
/// 2023–2024, Aanhangsel 1`), from Word's `AH 601` (its session from the date), or for questions
/// alone from their Zaak number (`2024Z18435`). Never from `Zie ook Aanhangsel Handelingen, …,
/// nr. 1379`, which names another answer. The date is the answer's `(ontvangen …)`, for questions
/// alone their `(ingezonden …)`.
struct AanhangselHeader {
    /// `ah-tk-20232024-1432`, or for questions alone their Zaak number `2024Z18435`.
    let number: String?
    let date: Day?
    let kind: DocumentKind
    /// The questions' Zaak number (`2024Z17331`), where the head gives one.
    let zaak: String?

    /// Lines of the head looked at: the title block never runs longer.
    static let headLines = 40

    /// Nil when the text is no Aanhangsel: no heading, furniture or title of one.
    init?(text: [UInt8], lines: [TextLine]) {
        let head = AanhangselHeader.head(text: text, lines: lines)
        let words = Words.split(text, in: head)
        let folded = words.map(\.folded)
        func has(_ phrase: [String]) -> Bool {
            guard folded.count >= phrase.count else { return false }
            return (0...(folded.count - phrase.count)).contains { folded[$0..<($0 + phrase.count)].elementsEqual(phrase) }
        }
        let publication = AanhangselHeader.publicationNumber(text: text, lines: lines)
        let aanhangsel = has(["aanhangsel", "van", "de", "handelingen"])
        let asked = has(["vragen", "gesteld", "door", "de", "leden", "der", "kamer"])
        let titled = folded.indices.contains { folded[$0] == "ingezonden" } && has(["vragen", "van"])
        let shortNumber = AanhangselHeader.wordNumber(text: text, lines: lines)
        guard publication != nil || aanhangsel || asked || titled || shortNumber != nil else { return nil }

        // The date: the answer's receipt, else (questions alone) their submission.
        let received = AanhangselHeader.date(after: "ontvangen", in: words)
        let submitted = AanhangselHeader.date(after: "ingezonden", in: words)
        date = received ?? submitted

        let postponed = has(["mededeling", "van"]) || lines.contains { line in
            line.range.count < 24 && Words.split(text, in: line.range).map(\.folded) == ["mededeling"]
        }
        let answered = has(["antwoord", "van"]) || received != nil
        if postponed {
            kind = .mededeling
        } else if answered || aanhangsel {
            kind = .answers
        } else {
            kind = .questions
        }

        let zaak = words.first { AanhangselHeader.isZaakNumber($0.folded) }.map { String(decoding: text[$0.range], as: UTF8.self) }
        self.zaak = zaak
        let session = AanhangselHeader.session(in: folded) ?? AanhangselHeader.footerSession(text: text, lines: lines)
            ?? date.map(AanhangselHeader.session(of:))
        let chamber = has(["eerste", "kamer", "der", "staten-generaal"]) ? "ek" : "tk"
        if let publication {
            number = publication
        } else if let formal = AanhangselHeader.formalNumber(in: words, text: text, lines: lines) {
            number = formal
        } else if let bare = shortNumber ?? AanhangselHeader.bareNumber(text: text, lines: lines, head: head), let session {
            number = "ah-\(chamber)-\(session)-\(bare)"
        } else if kind == .questions, let zaak {
            number = zaak
        } else {
            number = nil
        }
    }

    /// The head: up to the first `Vraag` heading, at most ``headLines`` lines.
    static func head(text: [UInt8], lines: [TextLine]) -> Range<Int> {
        var end = lines[min(lines.count, headLines) - 1].range.upperBound
        for line in lines.prefix(headLines) {
            let trimmed = line.trimmed(in: text)
            guard trimmed.count <= 32 else { continue }
            let words = Words.split(text, in: trimmed)
            if words.first?.folded == "vraag", words.dropFirst().allSatisfy({ TextBytes.isDigit(text[$0.range.lowerBound]) || $0.folded == "en" }) {
                end = line.range.lowerBound
                break
            }
        }
        return 0..<end
    }

    /// The date of `(ontvangen 5 april 2024)`, `(ontvangen⏎22 augustus 2024)`, `(ontvangen
    /// (ontvangen 7 juni 2024)` as printed, or glued `(ontvangen 18 november2024)`.
    static func date(after keyword: String, in words: [Word]) -> Day? {
        for k in words.indices where words[k].folded == keyword {
            var j = k + 1
            if j < words.count, words[j].folded == keyword { j += 1 }
            if let day = DutchDate.date(at: j, in: words, reference: nil)?.day { return day }
        }
        return nil
    }

    /// `ah-tk-20232024-1432` or `kv-tk-2024Z18435` alone on a line (the first page's foot), the
    /// latter as its Zaak number. A reference to another answer never stands alone.
    static func publicationNumber(text: [UInt8], lines: [TextLine]) -> String? {
        for line in lines {
            let trimmed = line.trimmed(in: text)
            guard (12...40).contains(trimmed.count) else { continue }
            let token = text[trimmed].prefix { !TextBytes.isSpace($0) }
            let folded = TextBytes.folded(ascii: token)
            // What may follow on the line: nothing, or the furniture that comes next (`ISSN …`).
            let rest = text[(trimmed.lowerBound + token.count)..<trimmed.upperBound]
            guard rest.allSatisfy(TextBytes.isSpace) else { continue }
            if folded.hasPrefix("ah-tk-") || folded.hasPrefix("ah-ek-"), isSessionNumber(folded.dropFirst(6)) {
                return String(decoding: token, as: UTF8.self)
            }
            if folded.hasPrefix("kv-tk-") || folded.hasPrefix("kv-ek-"), isZaakNumber(String(folded.dropFirst(6))) {
                return String(decoding: token.dropFirst(6), as: UTF8.self)
            }
        }
        return nil
    }

    /// `20232024-1432`: two years that follow each other, a hyphen, a number.
    static func isSessionNumber(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 8, let first = Int(parts[0].prefix(4)), let second = Int(parts[0].suffix(4)),
              second == first + 1, (1...5).contains(parts[1].count), parts[1].allSatisfy(\.isNumber)
        else { return false }
        return true
    }

    /// `2024z18435` (folded): a year, `Z`, five digits.
    static func isZaakNumber(_ folded: String) -> Bool {
        let b = Array(folded.utf8)
        return b.count == 10 && b[4] == UInt8(ascii: "z") && b[..<4].allSatisfy(TextBytes.isDigit)
            && b[5...].allSatisfy(TextBytes.isDigit) && (b[0] == UInt8(ascii: "1") || b[0] == UInt8(ascii: "2"))
    }

    /// `Aanhangsel Handelingen II 2022/23, nr. 1234` opening a line of the head — not after `Zie
    /// ook` on the line before, which points at another answer.
    static func formalNumber(in words: [Word], text: [UInt8], lines: [TextLine]) -> String? {
        for k in words.indices where words[k].folded == "aanhangsel" && k + 4 < words.count && words[k + 1].folded == "handelingen" {
            let trimmedStart = lineStart(of: words[k].range.lowerBound, in: text)
            guard trimmedStart == words[k].range.lowerBound, k == 0 || !["ook", "zie"].contains(words[k - 1].folded) else { continue }
            var j = k + 2
            let chamber = words[j].folded == "i" ? "ek" : "tk"
            if ["i", "ii"].contains(words[j].folded) { j += 1 }
            guard j + 2 < words.count, let session = sessionDigits(words[j].folded), ["nr", "nummer"].contains(words[j + 1].folded),
                  words[j + 2].folded.allSatisfy(\.isNumber)
            else { continue }
            return "ah-\(chamber)-\(session)-\(words[j + 2].folded)"
        }
        return nil
    }

    /// Where the line holding `offset` starts, after its white space.
    static func lineStart(of offset: Int, in text: [UInt8]) -> Int {
        var start = offset
        while start > 0, text[start - 1] != 0x0A { start -= 1 }
        while start < offset, TextBytes.isSpace(text[start]) { start += 1 }
        return start
    }

    /// `2023–2024`, `2023-2024`, `2022/23`, `2022/2023` as `20232024`: two years that follow each other.
    static func sessionDigits(_ folded: String) -> String? {
        let parts = folded.split { $0 == "/" || $0 == "-" || $0 == "–" }
        guard parts.count == 2, parts[0].count == 4, let first = Int(parts[0]), let second = Int(parts[1]) else { return nil }
        let next = parts[1].count == 2 ? first / 100 * 100 + second : second
        guard next == first + 1 else { return nil }
        return "\(first)\(next)"
    }

    /// The session of `Vergaderjaar 2023–2024` in the head.
    static func session(in folded: [String]) -> String? {
        for k in folded.indices.dropLast() where folded[k] == "vergaderjaar" {
            if let session = sessionDigits(folded[k + 1]) { return session }
            // `2023–2024` with an en dash splits in two words.
            if k + 2 < folded.count, folded[k + 1].count == 4, let first = Int(folded[k + 1]), Int(folded[k + 2]) == first + 1 {
                return "\(first)\(first + 1)"
            }
        }
        return nil
    }

    /// The session of the running foot `Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2`.
    static func footerSession(text: [UInt8], lines: [TextLine]) -> String? {
        for line in lines where line.range.count <= 120 {
            let trimmed = line.trimmed(in: text)
            guard trimmed.count >= 40, text[trimmed.lowerBound] == UInt8(ascii: "T") else { continue }
            let words = Words.split(text, in: trimmed).map(\.folded)
            guard words.count >= 5, words[0] == "tweede", words[1] == "kamer", words[2] == "vergaderjaar",
                  words.contains("aanhangsel") || words.contains("vragen")
            else { continue }
            if let session = session(in: Array(words[2...])) { return session }
        }
        return nil
    }

    /// The session a date falls in: a new one opens on Prinsjesdag, the third Tuesday of
    /// September.
    static func session(of date: Day) -> String {
        // Day of the week of 1 September (0 = Sunday), by Sakamoto's rule.
        let y = date.year
        let weekday = (y + y / 4 - y / 100 + y / 400 + 4 + 1) % 7
        let firstTuesday = 1 + (2 - weekday + 7) % 7
        let prinsjesdag = Day(year: y, month: 9, day: firstTuesday + 14)!
        return date >= prinsjesdag ? "\(y)\(y + 1)" : "\(y - 1)\(y)"
    }

    /// Word's `AH 601`, the first line of the text.
    static func wordNumber(text: [UInt8], lines: [TextLine]) -> String? {
        guard let first = lines.first(where: { !$0.isBlank(in: text) }) else { return nil }
        let words = Words.split(text, in: first.trimmed(in: text))
        guard words.count == 2, words[0].folded == "ah", words[1].folded.allSatisfy(\.isNumber), first.range.count <= 16 else { return nil }
        return words[1].folded
    }

    /// The bare number printed under the heading: a line of digits alone, right after `… gegeven
    /// antwoorden` or `Aanhangsel van de Handelingen` (blank lines between allowed).
    static func bareNumber(text: [UInt8], lines: [TextLine], head: Range<Int>) -> String? {
        var previous: [String] = []
        for line in lines where line.range.upperBound <= head.upperBound {
            let trimmed = line.trimmed(in: text)
            guard !trimmed.isEmpty else { continue }
            if (1...5).contains(trimmed.count), text[trimmed].allSatisfy(TextBytes.isDigit), text[trimmed.lowerBound] != UInt8(ascii: "0"),
               previous.suffix(2) == ["gegeven", "antwoorden"] || previous.suffix(2) == ["de", "handelingen"] {
                return String(decoding: text[trimmed], as: UTF8.self)
            }
            previous = Words.split(text, in: trimmed).map(\.folded)
        }
        return nil
    }
}
