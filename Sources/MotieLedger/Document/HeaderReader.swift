import Foundation

/// The document's header: its number, date and the debate its opening sentence names.
struct HeaderReader {
    let text: [UInt8]
    let lines: [TextLine]

    /// The header region: up to the first section heading or question, at most 80 lines.
    var headerRange: Range<Int> {
        var end = lines[min(lines.count, 80) - 1].range.upperBound
        for line in lines.prefix(80) {
            let words = Words.split(text, in: line.range).prefix(2).map(\.folded)
            if words.first == "vraag" || words == ["vragen", "van"] {
                end = line.range.lowerBound
                break
            }
        }
        return 0..<end
    }

    /// `2026D03887`: a year, `D`, five digits.
    func documentNumber() -> String? {
        for word in Words.split(text, in: headerRange) {
            let w = Array(word.folded.utf8)
            if w.count == 10, w[4] == UInt8(ascii: "d"), w[..<4].allSatisfy(TextBytes.isDigit),
               w[5...].allSatisfy(TextBytes.isDigit), w[0] == UInt8(ascii: "1") || w[0] == UInt8(ascii: "2") {
                return String(decoding: text[word.range], as: UTF8.self)
            }
        }
        return nil
    }

    /// `Den Haag, 28 januari 2026`, `Datum 28 januari 2026`, `(ontvangen 2 februari 2026)`,
    /// `Vastgesteld 19 maart 2026` (a verslag), or else a date on a line of its own near the top;
    /// never a date in the running text of the header. `Datum` is the letterhead's label only
    /// where it opens its line: `de instructiebrief van datum 29 september 2011` names another
    /// document's date.
    func documentDate() -> Day? {
        let words = Words.split(text, in: headerRange)
        let labels: Set<String> = ["haag", "datum", "ontvangen", "s-gravenhage", "gravenhage", "vastgesteld"]
        var alone: Day?
        for k in words.indices {
            guard let found = DutchDate.date(at: k, in: words, reference: nil) else { continue }
            let date = found.day, taken = found.words
            let line = lines.first { $0.range.contains(words[k].range.lowerBound) }
            if let label = words[max(0, k - 2)..<k].last(where: { labels.contains($0.folded) }),
               label.folded != "datum" || lines.first(where: { $0.range.contains(label.range.lowerBound) })?.trimmed(in: text).lowerBound
                == label.range.lowerBound {
                return date
            }
            // A date on a line of its own, in the letterhead.
            if alone == nil, let line, line.number <= 40, words[k].range.lowerBound == line.trimmed(in: text).lowerBound,
               words[k + taken - 1].range.upperBound == line.trimmed(in: text).upperBound {
                alone = date
            }
        }
        return alone
    }

    /// `Ons kenmerk BZ2612877`, `Kenmerk 2026-0000012345`: the word after it, on its line or the next.
    func reference() -> String? {
        let words = Words.split(text, in: headerRange)
        for k in words.indices where words[k].folded == "kenmerk" && (k == 0 || words[k - 1].folded != "uw") {
            guard k + 1 < words.count, TextBytes.isDigit(text[words[k + 1].range.last!]) || words[k + 1].folded.count >= 6
            else { continue }
            return String(decoding: text[words[k + 1].range], as: UTF8.self)
        }
        return nil
    }

    static let debateKinds = ["begrotingsbehandeling", "commissiedebat", "notaoverleg", "wetgevingsoverleg",
                              "tweeminutendebat", "debat", "plenaire", "algemeen", "schriftelijk"]
    static let connectors: Set<String> = ["en", "van", "voor", "de", "het", "over", "inzake"]

    /// The debate of the opening sentence: `… tijdens de eerste termijn van de
    /// begrotingsbehandeling Buitenlandse Zaken op 27 januari jl.` gives `begrotingsbehandeling
    /// Buitenlandse Zaken 2026-01-27`.
    func debate(reference: Day?) -> Debate? {
        // Only the opening paragraph says what the document is: `Hierbij treft u de antwoorden
        // aan op vragen gesteld tijdens …`, `Ter voorbereiding op het commissiedebat …`. A debate
        // named further on is one the letter tells about (`… heeft deze motie tijdens het
        // commissiedebat Spoor ontraden`).
        guard let opening = openingParagraph() else { return nil }
        let openers: Set<String> = ["hierbij", "bijgaand", "ter", "in", "naar", "graag"]
        for sentence in Sentences.split(text, in: opening) {
            let words = Words.split(text, in: sentence)
            guard let first = words.first?.folded, openers.contains(first) || words.contains(where: { $0.folded == "tijdens" }),
                  let debate = debate(in: words, reference: reference)
            else { continue }
            return debate
        }
        return nil
    }

    /// The paragraph after the salutation (`Geachte voorzitter,`), or the rest of the salutation's
    /// when no blank line follows it; without one, the header's first paragraph of running text:
    /// a sentence of some length, ending in a full stop.
    func openingParagraph() -> Range<Int>? {
        var paragraphs: [Range<Int>] = []
        var start: Int?
        let header = headerRange
        for line in lines {
            guard line.range.upperBound <= header.upperBound else { break }
            if line.isBlank(in: text) {
                if let s = start { paragraphs.append(s..<line.range.lowerBound) }
                start = nil
            } else if start == nil {
                start = line.range.lowerBound
            }
        }
        if let s = start { paragraphs.append(s..<header.upperBound) }
        if let salutation = paragraphs.firstIndex(where: { Words.split(text, in: $0).first?.folded == "geachte" }) {
            let paragraph = paragraphs[salutation]
            if let lineEnd = text[paragraph].firstIndex(of: 0x0A),
               text[(lineEnd + 1)..<paragraph.upperBound].contains(where: { !TextBytes.isSpace($0) }) {
                return (lineEnd + 1)..<paragraph.upperBound
            }
            return paragraphs.indices.contains(salutation + 1) ? paragraphs[salutation + 1] : nil
        }
        return paragraphs.first { paragraph in
            let end = text[paragraph].lastIndex { !TextBytes.isSpace($0) }
            return end.map { text[$0] == UInt8(ascii: ".") } == true && Words.split(text, in: paragraph).count >= 8
        }
    }

    func debate(in words: [Word], reference: Day?) -> Debate? {
        for k in words.indices {
            let word = words[k].folded
            guard let kind = HeaderReader.debateKinds.first(where: { word.hasSuffix($0) }) else { continue }
            // `plenaire debat`, `algemeen overleg`, `schriftelijk overleg`: the kind is two words.
            var kindWords = [String(decoding: text[words[k].range], as: UTF8.self)]
            var j = k + 1
            if ["plenaire", "algemeen", "schriftelijk"].contains(kind) {
                guard j < words.count, ["debat", "overleg"].contains(words[j].folded) else { continue }
                kindWords.append(words[j].folded)
                j += 1
            }
            guard k > 0, ["de", "het", "een", "tijdens", "bij", "in"].contains(words[k - 1].folded) else { continue }
            var subject: [String] = []
            var date: Day?
            while j < words.count, subject.count < 8 {
                let w = words[j]
                if ["op", "van", "d.d"].contains(w.folded), let day = DutchDate.date(at: j + 1, in: words, reference: reference)?.day {
                    date = day
                    break
                }
                if let day = DutchDate.date(at: j, in: words, reference: reference)?.day {
                    date = day
                    break
                }
                // An aside in brackets: `(Kamerstuk 36 800 VI)`.
                if w.range.lowerBound > 0, text[w.range.lowerBound - 1] == UInt8(ascii: "(") {
                    while j < words.count, words[j].range.upperBound < text.count, text[words[j].range.upperBound] != UInt8(ascii: ")") { j += 1 }
                    j += 1
                    continue
                }
                let raw = String(decoding: text[w.range], as: UTF8.self)
                // The budget's year belongs to the name: `begrotingsbehandeling Justitie en Veiligheid 2026`.
                if !subject.isEmpty, raw.count == 4, let year = Int(raw), (1900...2100).contains(year) {
                    subject.append(raw)
                    j += 1
                    continue
                }
                let capitalised = raw.first.map { $0.isUppercase } ?? false
                guard capitalised || (HeaderReader.connectors.contains(w.folded) && !subject.isEmpty)
                        || (w.folded == "over" && subject.isEmpty) else { break }
                if !(w.folded == "over" && subject.isEmpty) { subject.append(raw) }
                if sentenceEnds(after: w.range) { break }
                j += 1
            }
            while let last = subject.last, HeaderReader.connectors.contains(TextBytes.folded(last)) { subject.removeLast() }
            guard !subject.isEmpty || date != nil else { continue }
            let label = (kindWords + subject + (date.map { [$0.iso] } ?? [])).joined(separator: " ")
            return Debate(label: label, date: date)
        }
        return nil
    }

    func sentenceEnds(after range: Range<Int>) -> Bool {
        var i = range.upperBound
        while i < text.count, text[i] == 0x20 { i += 1 }
        return i < text.count && (text[i] == UInt8(ascii: ".") || text[i] == UInt8(ascii: "?"))
    }
}
