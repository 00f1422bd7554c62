import Foundation
import Kamerstuk

/// Asker sections and question/answer pairs.
struct StructureReader {
    /// The members a phrase names as askers, and their party (a fraction's phrase: the party alone).
    struct Askers {
        let askers: [String]
        let party: String?
    }

    let text: [UInt8]
    let lines: [TextLine]
    /// For the line numbers of the input, which a text unfolded from columns does not keep.
    let place: CleanText
    var sections: [AskerSection] = []
    var pairs: [AnswerPair] = []

    enum Heading {
        case section(AskerSection)
        /// `Vraag`, `Vraag 1`, `Vraag 4 en 5`; the offset where the question's text starts.
        case question(label: String?, textStart: Int)
        /// `Antwoord`, `Antwoord 1`, `Antwoord op de vragen 4 en 5`, `Reactie van de minister`.
        case answer(label: String?, textStart: Int)
        /// A paragraph that opens by naming the askers (`De leden van de VVD-fractie vragen
        /// voorts …`, `Tot slot vragen deze leden …`): where a question without a heading starts.
        case askers(textStart: Int)
        /// `Mededeling` alone on its line: the questions end, the postponement follows.
        case mededeling
    }

    /// Reads the sections and pairs. With `questionsOnly` (questions alone, a Mededeling) every
    /// question is a pair of its own with an empty answer; questions without headings (Word's
    /// Kamervragen) are the paragraphs after the title, numbered by their place.
    mutating func read(questionsOnly: Bool = false) {
        var headings: [(line: TextLine, heading: Heading)] = []
        for line in lines {
            if let heading = heading(line) { headings.append((line, heading)) }
        }
        var section: Int?
        // A question without a heading of its own (a verslag schriftelijk overleg): the text
        // from the section heading, or from a paragraph that names the askers, to the answer.
        var unheaded: (line: TextLine, start: Int)?
        var question: (line: TextLine, label: String?, start: Int, headed: Bool)?
        var answer: (line: TextLine, label: String?, start: Int)?
        let text = self.text
        func closePair(at end: Int) {
            guard let q = question, answer != nil || questionsOnly else { return }
            let a = answer
            let questionSpan = q.start..<max(q.start, a?.line.range.lowerBound ?? end)
            let answerSpan = a.map { $0.start..<max($0.start, end) } ?? questionSpan.upperBound..<questionSpan.upperBound
            var pairSection = section
            // A question that names its askers (`Het lid Van Nispen (SP) vraagt …`) has them,
            // unless they are the section's.
            if let opening = openingAskers(at: trim(questionSpan).lowerBound),
               section.map({ sections[$0].askers != opening.askers || sections[$0].party != opening.party }) ?? true {
                sections.append(AskerSection(askers: opening.askers, party: opening.party,
                                             line: place.location(of: trim(questionSpan).lowerBound).line))
                pairSection = sections.count - 1
            }
            pairs.append(AnswerPair(index: pairs.count + 1, label: q.label ?? a?.label, section: pairSection,
                                    question: trim(questionSpan), answer: trim(answerSpan),
                                    line: place.location(of: q.line.range.lowerBound).line,
                                    questionSpan: questionSpan, answerSpan: answerSpan))
            question = nil
            answer = nil
        }
        func trim(_ range: Range<Int>) -> Range<Int> {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi, TextBytes.isSpace(text[lo]) { lo += 1 }
            while hi > lo, TextBytes.isSpace(text[hi - 1]) { hi -= 1 }
            return lo..<hi
        }
        for (line, heading) in headings {
            switch heading {
            case .section(let s):
                closePair(at: line.range.lowerBound)
                question = nil
                sections.append(s)
                section = sections.count - 1
                if let next = lines[line.number...].first(where: { !$0.isBlank(in: text) }) {
                    unheaded = (next, next.trimmed(in: text).lowerBound)
                }
            case .mededeling:
                closePair(at: line.range.lowerBound)
                question = nil
            case .question(let label, let start):
                if answer != nil || questionsOnly { closePair(at: line.range.lowerBound) }
                unheaded = nil
                if let q = question {
                    // Consecutive questions answered together: one pair, labels joined.
                    let labels = [q.label, label].compactMap { $0 }
                    question = (q.line, labels.isEmpty ? nil : labels.joined(separator: " en "), q.start, true)
                } else {
                    question = (line, label, start, true)
                }
            case .askers(let start):
                // Only where questions go without headings: an answer may speak of its askers too.
                guard answer != nil, question?.headed == false else { continue }
                closePair(at: line.range.lowerBound)
                question = (line, nil, start, false)
            case .answer(let label, let start):
                if question == nil, let u = unheaded {
                    question = (u.line, nil, u.start, false)
                    unheaded = nil
                }
                if question != nil { answer = (line, label, start) }
            }
        }
        closePair(at: text.count)
        if questionsOnly, pairs.isEmpty, let title = sections.last { readUnheadedQuestions(after: title) }
    }

    /// Questions without headings, one paragraph each after the title that names the askers, up
    /// to the end or the notes: each a pair labelled by its place (`1`, `2`, …).
    mutating func readUnheadedQuestions(after title: AskerSection) {
        guard let titleLine = lines.first(where: { place.location(of: $0.range.lowerBound).line == title.line }) else { return }
        var start: Int?
        var paragraphs: [Range<Int>] = []
        for line in lines[titleLine.number...] {
            if line.isBlank(in: text) {
                if let s = start { paragraphs.append(s..<line.range.lowerBound) }
                start = nil
            } else if start == nil {
                start = line.trimmed(in: text).lowerBound
            }
        }
        if let s = start { paragraphs.append(s..<text.count) }
        for paragraph in paragraphs where Words.split(text, in: paragraph).count >= 4 {
            var end = paragraph.upperBound
            while end > paragraph.lowerBound, TextBytes.isSpace(text[end - 1]) { end -= 1 }
            let label = String(pairs.count + 1)
            pairs.append(AnswerPair(index: pairs.count + 1, label: label, section: sections.count - 1,
                                    question: paragraph.lowerBound..<end, answer: end..<end,
                                    line: place.location(of: paragraph.lowerBound).line,
                                    questionSpan: paragraph, answerSpan: paragraph.upperBound..<paragraph.upperBound))
        }
    }

    /// The askers a text opens by naming (``askerPhrase(_:)``), at `offset`.
    func openingAskers(at offset: Int) -> Askers? {
        guard offset < text.count else { return nil }
        let end = text[offset...].prefix(240).firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") })
            ?? min(text.count, offset + 240)
        return StructureReader.askerPhrase(Substring(TextBytes.collapsed(text[offset..<end])))
    }

    /// `het lid Van Nispen (SP)`, `de leden Dobbe (SP) en Piri (GroenLinks-PvdA)`, `de leden van
    /// de VVD-fractie`, `de leden van de GroenLinks-PvdA-fractie en de SP-fractie`, `lid Erkens`:
    /// the members and their party, or the fractions as the party. Text after the phrase is
    /// left alone (`… vraagt of …`).
    static func askerPhrase(_ text: Substring) -> Askers? {
        let words = text.split(separator: " ")
        var k = 0
        if let first = words.first, ["het", "de"].contains(first.lowercased()) { k = 1 }
        guard k < words.count, ["lid", "leden"].contains(words[k]) else { return nil }
        k += 1
        // Fractions: `van de VVD-fractie en de SP-fractie`, `van de fracties van GroenLinks-PvdA
        // en SP`, `van de fractie van de VVD`.
        let hyphenated = k + 2 < words.count && words[k + 2].hasSuffix("-fractie")
        if k + 2 < words.count, words[k] == "van", words[k + 1] == "de",
           hyphenated || (["fractie", "fracties"].contains(words[k + 2]) && k + 3 < words.count && words[k + 3] == "van") {
            var parties: [String] = []
            for word in words[(k + (hyphenated ? 2 : 4))...].map({ $0.trimmingCharacters(in: .punctuationCharacters) }) {
                if word.hasSuffix("-fractie") {
                    parties.append(String(word.dropLast("-fractie".count)))
                } else if !hyphenated, let first = word.first, first.isUppercase || first.isNumber {
                    parties.append(word)
                } else if !["en", "de", "het", "van"].contains(word) {
                    break
                }
            }
            return parties.isEmpty ? nil : Askers(askers: [], party: parties.joined(separator: "/"))
        }
        // Members: names (capitals and tussenvoegsels) with their parties in brackets, up to a
        // word in lower case: `Dobbe (SP) en Piri (GroenLinks-PvdA)`, `Van Nispen vraagt`.
        let tussenvoegsels: Set<Substring> = ["van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "en"]
        var taken: [Substring] = []
        var inBrackets = false
        for word in words[k...] {
            if inBrackets || word.hasPrefix("(") {
                inBrackets = !word.hasSuffix(")") && !word.hasSuffix("),")
            } else if word.first?.isUppercase != true && !tussenvoegsels.contains(word) {
                break
            }
            taken.append(word)
        }
        while let last = taken.last, tussenvoegsels.contains(last) { taken.removeLast() }
        let named = Substring(taken.joined(separator: " "))
        let askers = names(named)
        return askers.isEmpty ? nil : Askers(askers: askers, party: parties(named))
    }

    /// Whether text opens a row of an annex table: `Motie …`, `Motie-Klaver …`, `Gewijzigde
    /// motie …`, `Nader gewijzigde motie …`, with a capital.
    static func opensRow(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, TextBytes.isUpper(first) else { return false }
        let head = TextBytes.folded(String(decoding: text.prefix(24), as: UTF8.self))
        return ["motie ", "motie-", "gewijzigde motie", "nader gewijzigde motie"].contains { head.hasPrefix($0) }
    }

    /// The rows of an annex's tables: from a line that opens a row (``opensRow(_:)``) after a
    /// blank line, to the next one or to a line that opens another table (`Tabel 13 …`,
    /// `Toezeggingen`).
    func rows() -> [Range<Int>] {
        // Where rows start, and where a table (of motions or of toezeggingen) starts: a row
        // runs to whichever comes next. An annex may hold several tables of motions.
        var starts: [(offset: Int, isRow: Bool)] = []
        for (index, line) in lines.enumerated() where index > 0 && lines[index - 1].isBlank(in: text) {
            let trimmed = line.trimmed(in: text)
            guard !trimmed.isEmpty else { continue }
            if StructureReader.opensRow(text[trimmed]) || opensCitedRow(at: index) {
                starts.append((line.range.lowerBound, true))
                continue
            }
            guard TextBytes.isUpper(text[trimmed.lowerBound]), starts.last?.isRow == true else { continue }
            let head = TextBytes.folded(String(decoding: text[trimmed].prefix(12), as: UTF8.self))
            if head.hasPrefix("toezegging") || head.hasPrefix("tabel ") { starts.append((line.range.lowerBound, false)) }
        }
        return starts.indices.filter { starts[$0].isRow }.map { k in
            starts[k].offset..<(k + 1 < starts.count ? starts[k + 1].offset : text.count)
        }
    }

    /// A row of a table whose first column is the Kamerstuk (`36 600 VIII, nr. 45` or
    /// `Kamerstukken II⏎2025/26, 36 600⏎VIII, nr. 70`, unfolded above its `Motie …` cell): short
    /// lines that open with a digit or `Kamerstuk`, and a line that opens a row within four.
    func opensCitedRow(at index: Int) -> Bool {
        let first = lines[index].trimmed(in: text)
        let head = TextBytes.folded(String(decoding: text[first].prefix(10), as: UTF8.self))
        guard TextBytes.isDigit(text[first.lowerBound]) || head.hasPrefix("kamerstuk") else { return false }
        for next in (index + 1)..<min(index + 5, lines.count) {
            let trimmed = lines[next].trimmed(in: text)
            if trimmed.isEmpty || lines[next - 1].trimmed(in: text).count > 32 { return false }
            if StructureReader.opensRow(text[trimmed]) { return true }
        }
        return false
    }

    func heading(_ line: TextLine) -> Heading? {
        let trimmed = line.trimmed(in: text)
        guard trimmed.count >= 2 else { return nil }
        if trimmed.count == 10, TextBytes.folded(ascii: text[trimmed]) == "mededeling" { return .mededeling }
        if TextBytes.isDigit(text[trimmed.lowerBound]) { return numberedQuestion(trimmed) }
        if let heading = titledHeading(line, trimmed: trimmed) { return heading }
        if line.number >= 2, lines[line.number - 2].isBlank(in: text), TextBytes.isUpper(text[trimmed.lowerBound]),
           StructureReader.namesAskers(Words.split(text, in: trimmed).prefix(6).map(\.folded)) {
            return .askers(textStart: trimmed.lowerBound)
        }
        return nil
    }

    /// A heading that opens with `Vra…`, `Antw…` or `Reac…`.
    func titledHeading(_ line: TextLine, trimmed: Range<Int>) -> Heading? {
        guard trimmed.count >= 5, [UInt8(ascii: "V"), UInt8(ascii: "A"), UInt8(ascii: "R")].contains(text[trimmed.lowerBound])
        else { return nil }
        let words = Words.split(text, in: trimmed)
        guard let first = words.first?.folded else { return nil }
        if first == "vragen", words.count >= 3, ["van", "gesteld", "en"].contains(words[1].folded) {
            return sectionHeading(line, words: words)
        }
        if first == "reactie" || first == "antwoord", let role = words.dropFirst(3).first?.folded, words[1].folded == "van",
           ["de", "het"].contains(words[2].folded), StructureReader.answerers.contains(role), words.count <= 10,
           text[trimmed.upperBound - 1] == UInt8(ascii: ":") || TextBytes.isLetter(before: trimmed.upperBound, in: text) {
            return .answer(label: nil, textStart: min(line.range.upperBound + 1, text.count))
        }
        guard first == "vraag" || first == "antwoord" || (first == "vragen" && words.count > 1 && TextBytes.isDigit(text[words[1].range.lowerBound]))
        else { return nil }
        // The label: numbers joined by `en`, `,`, `t/m`, after an optional `op (de) vraag`.
        var k = 1
        if first == "antwoord", k + 1 < words.count, words[k].folded == "op" {
            let skip = words[k + 1].folded == "de" ? 3 : 2
            if k + skip - 1 < words.count, ["vraag", "vragen"].contains(words[k + skip - 1].folded) { k += skip }
        }
        var labelWords: [Word] = []
        while k < words.count, TextBytes.isDigit(text[words[k].range.lowerBound]) || (!labelWords.isEmpty && ["en", "t/m", "tot"].contains(words[k].folded)) {
            labelWords.append(words[k])
            k += 1
        }
        while let last = labelWords.last, !TextBytes.isDigit(text[last.range.lowerBound]) { labelWords.removeLast() }
        let headingEnd = labelWords.last?.range.upperBound ?? words[0].range.upperBound
        var rest = headingEnd
        while rest < trimmed.upperBound, text[rest] == 0x20 || text[rest] == UInt8(ascii: ":") || text[rest] == UInt8(ascii: ".") { rest += 1 }
        // A heading stands alone on its line, or ends with a colon and the text follows it.
        let alone = rest == trimmed.upperBound
        let colon = (headingEnd..<rest).contains { text[$0] == UInt8(ascii: ":") }
        guard alone || colon else { return nil }
        let label = labelWords.isEmpty ? nil
            : TextBytes.collapsed(text[labelWords.first!.range.lowerBound..<labelWords.last!.range.upperBound])
        let start = alone ? min(line.range.upperBound + 1, text.count) : rest
        return first == "antwoord" ? .answer(label: label, textStart: start) : .question(label: label, textStart: start)
    }

    /// Who answers under a heading `Reactie van de minister`, `Antwoord van het kabinet`.
    static let answerers: Set<String> = ["minister", "staatssecretaris", "kabinet", "regering", "bewindspersoon",
                                         "bewindspersonen", "minister-president"]

    /// Whether the opening words of a paragraph name the askers as who speaks: `De leden van de
    /// VVD-fractie vragen …`, `Deze leden vragen …`, `Het lid Bikker vraagt …`, `Tot slot vragen
    /// deze leden …`, `Ook vragen zij …` — not `Ik begrijp dat de leden …`.
    static func namesAskers(_ words: [String]) -> Bool {
        for j in 0..<min(4, words.count) {
            if ["ik", "wij", "we", "mij", "mijn", "kabinet", "minister", "staatssecretaris"].contains(words[j]) { return false }
            let next = j + 1 < words.count ? words[j + 1] : ""
            if ["de", "deze", "genoemde", "voornoemde"].contains(words[j]) && next == "leden" || words[j] == "het" && next == "lid"
                || words[j] == "zij" && (j == 0 || ["vragen", "willen", "wijzen", "merken"].contains(words[j - 1])) {
                return true
            }
        }
        return false
    }

    /// `12.` on its own line, or `12. Het lid Van Nispen (SP) vraagt …`: a numbered question,
    /// when the text after the number names who asks it (not `1. Verkeersveiligheid`).
    func numberedQuestion(_ trimmed: Range<Int>) -> Heading? {
        var i = trimmed.lowerBound
        while i < trimmed.upperBound, TextBytes.isDigit(text[i]) { i += 1 }
        guard i - trimmed.lowerBound <= 3, i < trimmed.upperBound, text[i] == UInt8(ascii: "."), text[trimmed.lowerBound] != UInt8(ascii: "0")
        else { return nil }
        let label = String(decoding: text[trimmed.lowerBound..<i], as: UTF8.self)
        var start = i + 1
        while start < trimmed.upperBound, text[start] == 0x20 { start += 1 }
        if start == trimmed.upperBound { return .question(label: label, textStart: min(trimmed.upperBound + 1, text.count)) }
        return openingAskers(at: start) != nil ? .question(label: label, textStart: start) : nil
    }

    /// `Vragen van het lid Erkens (VVD)`, `Vragen van de leden van der Werf en Klos (D66)`,
    /// `Vragen en opmerkingen van de leden van de VVD-fractie` — not the line of a table of
    /// contents that names it with its page (`… VVD-fractie    1`, `… (SP) ..... 12`): bare
    /// digits that end the line after a run of spaces or dots, which a party such as `(50PLUS)`
    /// is not.
    func sectionHeading(_ line: TextLine, words: [Word]) -> Heading? {
        let trimmed = line.trimmed(in: text)
        if let last = words.last, last.range.upperBound == trimmed.upperBound, last.range.lowerBound >= trimmed.lowerBound + 2,
           last.range.allSatisfy({ TextBytes.isDigit(text[$0]) }),
           (last.range.lowerBound - 2..<last.range.lowerBound).allSatisfy({ text[$0] == 0x20 || text[$0] == UInt8(ascii: ".") }) {
            return nil
        }
        let raw = TextBytes.collapsed(text[trimmed])
        var rest = Substring(raw)
        for prefix in ["Vragen van ", "Vragen gesteld door ", "Vragen en opmerkingen van "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            // `Vragen gesteld door de leden der Kamer`: the Aanhangsel's heading, no members.
            if rest.lowercased().hasPrefix("de leden der kamer") { return nil }
            // Written questions go on: `… (SP) aan de minister van … over …`.
            if let addressee = rest.range(of: " aan de ") ?? rest.range(of: " aan het ") { rest = rest[..<addressee.lowerBound] }
            guard let named = StructureReader.askerPhrase(rest) else { return nil }
            return .section(AskerSection(askers: named.askers, party: named.party, line: place.location(of: line.range.lowerBound).line))
        }
        return nil
    }

    /// `van der Werf en Klos (D66)` → `van der Werf`, `Klos`.
    static func names(_ text: Substring) -> [String] {
        var plain = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { plain.append(character) }
        }
        return plain.replacingOccurrences(of: " en ", with: ",").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The parties in brackets: `(D66)`; several are joined with `/`.
    static func parties(_ text: Substring) -> String? {
        var parties: [String] = []
        var current: String?
        for character in text {
            if character == "(" {
                current = ""
            } else if character == ")", let party = current {
                if !party.isEmpty { parties.append(party) }
                current = nil
            } else if current != nil {
                current!.append(character)
            }
        }
        return parties.isEmpty ? nil : parties.joined(separator: "/")
    }
}
