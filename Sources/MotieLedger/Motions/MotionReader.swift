import Kamerstuk

/// Where a document mentions a motion, in the user's input.
public struct MotionMention: Hashable, Sendable {
    public let line: Int
    public let column: Int
    /// The mention as written (`motie Paternotte c.s.`), white space collapsed.
    public let text: String
}

/// What one answer (or a row of an annex table, or a letter) says of a motion's execution.
public struct AnswerReading: Hashable, Sendable {
    /// The pair's index, or nil for a document without questions.
    public let answer: Int?
    public let status: MotionStatus
    public let evidence: String
    public let evidenceLine: Int
    /// The sentence makes the status depend on something (`indien`, `mits`, `als er`).
    public let conditional: Bool
    public let expected: ExpectedTime?
    /// The text says the motion was not adopted (held over, rejected, withdrawn, not yet voted
    /// on): there is no execution to speak of.
    public let notAdopted: Bool
}

/// A motion as one document speaks of it: identity, mentions, answers and status.
public struct Motion: Hashable, Sendable {
    public let id: KamerstukID?
    public let nameKey: String
    /// Every key the mentions give, `nameKey` first (`motie-dobbe`, `motie-inzake-radio-dabanga`).
    public let nameKeys: [String]
    public let name: String
    public let mentions: [MotionMention]
    public let answers: [AnswerReference]
    /// The document's status for the motion: the most advanced of its readings.
    public let status: MotionStatus
    public let evidence: String
    public let evidenceLine: Int
    public let expected: ExpectedTime?
    /// Each answer's own reading, kept when they differ.
    public let readings: [AnswerReading]
    /// The answers read differently.
    public let mixed: Bool
    /// Less than certain: mixed, conditional, or an uncertain link.
    public let uncertain: Bool
    public let findings: [Finding]

    /// The motion's identity in the ledger.
    public var key: String { id?.canonical ?? nameKey }

    /// The seam to the ledger.
    public var reading: MotionReading {
        MotionReading(id: id, nameKey: nameKey, otherKeys: Array(nameKeys.dropFirst()), name: name, status: status,
                      evidence: evidence, evidenceLine: evidenceLine, answers: answers, expected: expected, uncertain: uncertain)
    }
}

extension Finding.Category {
    /// A link between a mention and a Kamerstuk (or between two mentions) that is not sure.
    public static let uncertainLink = Finding.Category(rawValue: "uncertain-link")
    /// A motion is mentioned but nothing identifies it.
    public static let unidentifiedMotion = Finding.Category(rawValue: "unidentified-motion")
    /// Answers of one document read differently.
    public static let mixedReadings = Finding.Category(rawValue: "mixed-readings")
    /// A motion the text says was not adopted: held over, rejected, withdrawn, not yet voted on.
    public static let notAdopted = Finding.Category(rawValue: "not-adopted")
}

/// Reads the motions of a document: finds every mention, links each to its Kamerstuk through
/// the routes of DOMAIN.md §3 (inline, a footnote on the mention, a footnote closing its
/// sentence, a footnote naming the motion), merges mentions of one motion and keeps different
/// motions apart, and reads each answer's status with the sentence that shows it.
///
/// A document is read in units: its question/answer pairs; or, in an annex table, its rows
/// (each opens with `Motie …`); or, in a letter, the whole text. Mentions of one unit are
/// matched with each other, and a motion's status is read per unit.
public struct MotionReader {
    public let document: AnswerDocument
    public internal(set) var motions: [Motion] = []
    /// Findings about the document's motions as a whole (and the document's own).
    public internal(set) var findings: [Finding] = []

    /// A stretch of the document read as one.
    struct Unit {
        /// The question/answer pair, when the unit is one.
        let pair: AnswerPair?
        /// Mentions in here belong to the unit.
        let range: Range<Int>
        /// Where its statuses are read: an answer, a row, a letter.
        let scope: Range<Int>
        /// A letter: a back-reference means the motion of its paragraph, else the letter's own.
        let isLetter: Bool
    }

    /// A mention placed in the document.
    struct Located {
        var mention: Mention
        var unit: Int?
        /// The offset that places the mention in a sentence: the mention itself, or for a
        /// mention in a footnote the footnote's marker in the text.
        var anchor: Int
        var id: KamerstukID?
        /// A citation stands right behind the mention but does not resolve (`Kamerstuk 36 800-`
        /// broken over a page): the motion has a Kamerstuk of its own, unknown.
        var unreadCitation = false
        /// The Kamerstuk came from a citation in brackets right behind the mention.
        var citedInline = false
        var uncertain = false
        var notes: [(Finding.Category, String)] = []
    }

    /// A motion being assembled from its mentions.
    struct Group {
        var id: KamerstukID?
        var nameKey: String?
        var members: [Int] = []
        var units: Set<Int> = []
        /// The submitter lists and parties its mentions name, each once, for matching.
        var submitterLists: [[String]] = []
        /// Those of the lists written with `c.s.`: the submitters named are not all.
        var cosignedLists: Set<[String]> = []
        /// The content words of the subjects its mentions give (`over diertransporten`).
        var subjects: [Set<String>] = []
        var parties: [(party: String, subject: String?)] = []
        var uncertain = false
        var notes: [(Finding.Category, String, Int)] = []
    }

    /// A unit's scope read once: its sentences, their words and the motions each names.
    struct Region {
        let sentences: [Range<Int>]
        let words: [[Word]]
        let mentioned: [Set<Int>]
        let headings: [Bool]
    }

    var units: [Unit] = []
    var located: [Located] = []
    var groups: [Group] = []
    var groupOf: [Int: Int] = [:]
    var unitGroups: [Int: [Int]] = [:]
    var groupByID: [KamerstukID: Int] = [:]
    var groupByKey: [String: Int] = [:]
    var regions: [Int: Region] = [:]
    /// The running text's paragraphs, in order.
    var paragraphs: [Range<Int>] = []

    public init(_ document: AnswerDocument) {
        self.document = document
        findings = document.findings
        paragraphs = MotionReader.paragraphs(of: document.body)
        makeUnits()
        locateMentions()
        linkInline()
        linkCitedRows()
        let usedMarkers = linkGluedMarkers()
        linkSentenceMarkers(skipping: usedMarkers)
        group()
        readRegions()
        motions = groups.indices.compactMap(motion).sorted {
            ($0.mentions.first?.line ?? 0, $0.mentions.first?.column ?? 0) < ($1.mentions.first?.line ?? 0, $1.mentions.first?.column ?? 0)
        }
    }

    // MARK: - Units

    mutating func makeUnits() {
        let whole = 0..<document.body.count
        if !document.pairs.isEmpty {
            units = document.pairs.map {
                Unit(pair: $0, range: $0.questionSpan.lowerBound..<$0.answerSpan.upperBound, scope: $0.answerSpan, isLetter: false)
            }
        } else if document.rows.count >= 2 {
            let intro = 0..<document.rows[0].lowerBound
            units = [Unit(pair: nil, range: intro, scope: intro, isLetter: true)]
                + document.rows.map { Unit(pair: nil, range: $0, scope: $0, isLetter: false) }
        } else {
            units = [Unit(pair: nil, range: whole, scope: whole, isLetter: true)]
        }
    }

    /// The unit an offset falls in; units follow each other through the text.
    func unit(containing offset: Int) -> Int? {
        var lo = 0, hi = units.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if units[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && units[lo - 1].range.contains(offset) ? lo - 1 : nil
    }

    // MARK: - Mentions and their Kamerstukken

    mutating func locateMentions() {
        let body = document.body
        for mention in MentionReader(text: body, range: 0..<body.count).mentions(inFootnote: false) {
            let unit = unit(containing: mention.range.lowerBound)
            located.append(Located(mention: mention, unit: unit, anchor: mention.range.lowerBound))
            // `De moties van de leden Brekelmans en Piri over … (Kamerstuk 36 045, nrs. 251 en
            // 256)`: a motion of those submitters for each document cited.
            guard mention.kind == .plural, !mention.submitters.isEmpty else { continue }
            let ids = citationList(after: mention.subjectEnd ?? mention.range.upperBound)
            guard ids.count >= 2 else { continue }
            for id in ids {
                let each = Mention(kind: .named, range: mention.range, submitters: mention.submitters, surnames: mention.surnames,
                                   cosigned: mention.cosigned, party: nil, subject: mention.subject, subjectEnd: mention.subjectEnd,
                                   name: mention.name, inFootnote: false, list: mention.range.lowerBound)
                located.append(Located(mention: each, unit: unit, anchor: mention.range.lowerBound, id: id))
            }
        }
        let clean = document.text.bytes
        for footnote in document.footnotes {
            let mentions = MentionReader(text: clean, range: footnote.range).mentions(inFootnote: true)
                .filter { $0.kind != .plural && $0.kind != .backReference }
            guard let first = mentions.first else { continue }
            let marker = footnote.marker.map { document.markers[$0] }
            let target = motionCitation(in: footnote)
            let anchor = marker?.range.lowerBound ?? footnote.range.lowerBound
            var entry = Located(mention: first, unit: marker.flatMap { unit(containing: $0.range.lowerBound) }, anchor: anchor,
                                id: target?.id)
            if target?.uncertain == true {
                entry.uncertain = true
                entry.notes.append((.uncertainLink, "footnote \(footnote.number) cites several papers; the motion is taken to be \(target!.id.canonical)"))
            }
            located.append(entry)
        }
        located.sort { $0.anchor < $1.anchor }
    }

    /// The Kamerstuk a footnote gives for a motion: its only citation, or the one whose title in
    /// the footnote's list names a motion (`Kamerstukken 36200 V, J en 36200 V, M (Gewijzigde
    /// motie-Karimi …; Verslag …)`).
    /// A footnote whose own title is a letter's or a report's (`Kamerbrief over de uitvoering
    /// van de motie …, Kamerstuk …`) gives none: its paper is about the motion, not the motion.
    func motionCitation(in footnote: Footnote) -> (id: KamerstukID, uncertain: Bool)? {
        let ids = citations(in: footnote).compactMap(\.id)
        guard let first = ids.first else { return nil }
        if ids.count == 1 { return paperTitle(of: footnote) == .otherPaper ? nil : (first, false) }
        if let open = footnote.text.firstIndex(of: "("), let close = footnote.text.lastIndex(of: ")"), open < close {
            // One title per citation, sometimes followed by the dossier's own title.
            let titles = footnote.text[footnote.text.index(after: open)..<close].split(separator: ";")
            let naming = titles.indices.filter { MotionReader.titleNamesMotion(titles[$0]) }
            if titles.count == ids.count || titles.count == ids.count + 1, naming.count == 1, naming[0] < ids.count {
                return (ids[naming[0]], false)
            }
        }
        return (first, true)
    }

    /// Whether a paper's title is a motion's: `Motie van het lid …`, `Gewijzigde motie-Karimi …`
    /// — not `Verslag … over de uitvoering van de motie …`.
    static func titleNamesMotion(_ title: Substring) -> Bool {
        let words = TextBytes.folded(title).split { !($0.isLetter || $0 == "-") }
        guard let first = words.first else { return false }
        if first.hasPrefix("motie") { return true }
        return ["gewijzigde", "nader", "aangehouden", "aangenomen"].contains(String(first)) && words.count > 1
            && words[1].hasPrefix("motie")
    }

    /// Papers that are not motions; a citation behind such a word is the paper's.
    static let otherPapers: Set<String> = [
        "brief", "kamerbrief", "verslag", "rapport", "nota", "notitie", "fiche", "antwoord", "antwoorden", "beantwoording",
        "kabinetsreactie", "wetsvoorstel", "amendement", "toezegging", "besluit", "regeling", "agenda", "jaarverslag",
    ]

    /// The citations that start in a footnote, found by search (the citations are in order).
    func citations(in footnote: Footnote) -> ArraySlice<CitationMatch> {
        let from = firstIndex(document.citations, atOrAfter: footnote.range.lowerBound, by: \.range.lowerBound) ?? document.citations.count
        return document.citations[from...].prefix { footnote.range.contains($0.range.lowerBound) }
    }

    /// Words that name another paper in a sentence of running text (not `regeling` or
    /// `besluit`, which are as often what the motion is about).
    static let papersInRunningText: Set<String> = [
        "brief", "kamerbrief", "verslag", "rapport", "notitie", "fiche", "kabinetsreactie", "beantwoording", "jaarverslag",
    ]

    /// Whether a footnote cites a paper that says it is not a motion: a letter, a report — by
    /// its title, or by naming such a paper and no motion at all.
    func citesOtherPaper(_ footnote: Footnote) -> Bool {
        if paperTitle(of: footnote) == .otherPaper { return true }
        let words = Set(TextBytes.folded(footnote.text).split { !$0.isLetter }.map(String.init))
        return !words.contains { $0.hasPrefix("motie") } && !words.isDisjoint(with: MotionReader.otherPapers)
    }

    enum PaperTitle { case motion, otherPaper, none }

    /// What a footnote's title — its words before its first citation — says its paper is:
    /// `Motie van het lid …` a motion, `Kamerbrief over …` or `Verslag van …` another paper;
    /// a footnote that opens with its citation has no title.
    func paperTitle(of footnote: Footnote) -> PaperTitle {
        let start = citations(in: footnote).first?.range.lowerBound
            ?? footnote.range.upperBound
        let title = TextBytes.collapsed(document.text.bytes[footnote.range.lowerBound..<max(footnote.range.lowerBound, start)])
        if MotionReader.titleNamesMotion(Substring(title)) { return .motion }
        let words = TextBytes.folded(title).split { !$0.isLetter }
        guard let first = words.first(where: { !["zie", "ook", "de", "het", "een"].contains($0) }) else { return .none }
        return MotionReader.otherPapers.contains(String(first)) ? .otherPaper : .none
    }

    /// A citation behind the mention: in brackets, after a comma, on the next line of an annex
    /// row, or behind the motion's subject (`motie-Dobbe over … in Iran (Kamerstuk …)`). What
    /// stands between may not end a sentence, name another motion or another paper; the
    /// motion a `Gewijzigde motie` replaces (`t.v.v. 36 045, nr. 240`) is passed over.
    mutating func linkInline() {
        var lists: [Int: [Int]] = [:]
        for index in located.indices where !located[index].mention.inFootnote && located[index].mention.kind != .plural {
            if let list = located[index].mention.list {
                lists[list, default: []].append(index)
                continue
            }
            guard let citation = citation(after: located[index].mention.range.upperBound, for: index) else { continue }
            if let id = citation.id {
                located[index].id = id
                // In brackets behind the name or subject: the motion's own (`… (Kamerstuk …)`).
                let before = document.body[..<citation.range.lowerBound].last { !TextBytes.isSpace($0) }
                located[index].citedInline = before == UInt8(ascii: "(")
            } else {
                located[index].unreadCitation = true
                located[index].uncertain = true
                let raw = TextBytes.collapsed(document.text.bytes[citation.range])
                located[index].notes.append((.uncertainLink, "its Kamerstuk ('\(raw)') could not be read; kept apart from motions of the same name"))
            }
        }
        // `de moties A en B (Kamerstukken X en Y)`: the citations, in order.
        for members in lists.values {
            let ids = citationList(after: located[members.last!].mention.range.upperBound)
            guard ids.count == members.count else { continue }
            for (index, id) in zip(members, ids) { located[index].id = id }
        }
    }

    func citation(after offset: Int, for index: Int) -> CitationMatch? {
        let body = document.body
        guard var k = firstIndex(document.citations, atOrAfter: offset, by: \.range.lowerBound) else { return nil }
        var from = offset
        while k < document.citations.count, document.citations[k].range.lowerBound - offset <= 240 {
            let citation = document.citations[k]
            let gap = from..<citation.range.lowerBound
            if MotionReader.replaced(before: citation.range.lowerBound, in: body) {
                // Past the replaced motion's citation and its closing bracket.
                from = citation.range.upperBound
                while from < body.count, body[from] == UInt8(ascii: ")") || body[from] == 0x20 { from += 1 }
                k += 1
                continue
            }
            // `deze motie (Kamerstuk …)` only: a back-reference has no subject, so words after
            // it (`deze motie bij uw Kamer ingediend (Kamerstuk …)`) belong to something else.
            if located[index].mention.kind == .backReference,
               body[gap].contains(where: { $0 >= 0x80 || TextBytes.isASCIILetter($0) }) { return nil }
            guard !body[gap].contains(where: { ".?!;:".utf8.contains($0) }),
                  located(in: offset..<citation.range.lowerBound).allSatisfy({ $0 == index }),
                  Set(Words.split(body, in: gap).map(\.folded)).isDisjoint(with: MotionReader.otherPapers)
            else { return nil }
            return citation
        }
        return nil
    }

    /// Rows of a table whose first column is the Kamerstuk (`36 600 VIII, nr. 45  Motie van
    /// het lid …`): the citations before the first mention are the row's motions', in order;
    /// one alone is the motion the row opens with. Other links made in such a row — to a
    /// motion named in the description beside another — are flagged.
    mutating func linkCitedRows() {
        for unit in units.indices where units[unit].pair == nil && !units[unit].isLetter {
            let row = units[unit].range
            let named = located(in: row).filter {
                located[$0].unit == unit && !located[$0].mention.inFootnote && [.named, .party].contains(located[$0].mention.kind)
            }
            guard let firstMention = named.first.map({ located[$0].mention.range.lowerBound }) else { continue }
            // A citation may reach back over the blanked column heads above the first row.
            let from = firstIndex(document.citations, atOrAfter: max(0, row.lowerBound - 512), by: \.range.lowerBound)
                ?? document.citations.count
            let leading = document.citations[from...].prefix { $0.range.lowerBound < firstMention }.filter {
                row.contains($0.range.upperBound - 1)
            }
            // Before it only the row's running number, if the table has one (`12  36 410 XIV, nr. 33`).
            guard let opening = leading.first,
                  document.body[row.lowerBound..<max(row.lowerBound, opening.range.lowerBound)]
                      .allSatisfy({ TextBytes.isSpace($0) || TextBytes.isDigit($0) || $0 == UInt8(ascii: ".") })
            else { continue }
            let ids = leading.compactMap(\.id)
            guard ids.count == leading.count else { continue }
            let linked = ids.count == named.count ? named : [named[0]]
            for (index, id) in zip(linked, ids) { located[index].id = id }
            for index in named.dropFirst(linked.count) where located[index].id != nil && !located[index].citedInline {
                located[index].uncertain = true
                located[index].notes.append((.uncertainLink, "the row gives \(ids.count) Kamerstuk(ken) for \(named.count) motions; this one's is not certain"))
            }
        }
    }

    /// Whether the text just before a citation is `t.v.v.` (ter vervanging van).
    static func replaced(before offset: Int, in body: [UInt8]) -> Bool {
        var i = offset
        while i > 0, body[i - 1] == 0x20 { i -= 1 }
        return i >= 6 && TextBytes.folded(String(decoding: body[(i - 6)..<i], as: UTF8.self)) == "t.v.v."
    }

    /// The citations in a row right after `offset`: `(Kamerstukken 21 501-02, nr. 3236 en 36 800-V, nr. 27)`.
    func citationList(after offset: Int) -> [KamerstukID] {
        let body = document.body
        guard var k = firstIndex(document.citations, atOrAfter: offset, by: \.range.lowerBound) else { return [] }
        var ids: [KamerstukID] = []
        var from = offset
        while k < document.citations.count {
            let citation = document.citations[k]
            let gap = TextBytes.folded(String(decoding: body[from..<max(from, citation.range.lowerBound)], as: UTF8.self))
            let allowed = ids.isEmpty ? gap.allSatisfy { $0 == " " || $0 == "(" || $0 == "\n" }
                : gap.split { $0 == " " || $0 == "," || $0 == ";" || $0 == "\n" }.allSatisfy { $0 == "en" }
            guard allowed, let id = citation.id else { break }
            if ids.last != id { ids.append(id) }
            from = citation.range.upperBound
            k += 1
        }
        return ids
    }

    /// `motie Dobbe19`, `motie Piri c.s.7`, `een motie17`, `van de SGP?15`: a marker on the mention.
    mutating func linkGluedMarkers() -> Set<Int> {
        // Markers by their place in `document.markers`.
        var used: Set<Int> = []
        let clean = document.text.bytes
        for index in located.indices where !located[index].mention.inFootnote && located[index].mention.kind != .plural {
            let mention = located[index].mention
            let end = mention.range.upperBound
            guard let m = firstIndex(document.markers, atOrAfter: end, by: \.range.lowerBound) else { continue }
            let marker = document.markers[m]
            let onName = marker.range.lowerBound <= end + 2
                && clean[end..<marker.range.lowerBound].allSatisfy({ " .?!,)".utf8.contains($0) })
            // `de motie van het lid Vestering over … in ontwikkelingslanden5 alsnog`: a marker
            // in the motion's subject, when its footnote cites no other paper.
            let onSubject = mention.subjectEnd.map { marker.range.lowerBound <= $0 + 2 } ?? false
                && marker.footnote.map { !citesOtherPaper(document.footnotes[$0]) } ?? false
            guard onName || onSubject else { continue }
            used.insert(m)
            guard located[index].id == nil else { continue }
            // A lost footnote is a finding of the document already; the mention may still be
            // linked by its name.
            guard let footnote = marker.footnote.map({ document.footnotes[$0] }) else { continue }
            if let target = motionCitation(in: footnote) {
                located[index].id = target.id
                if target.uncertain {
                    located[index].uncertain = true
                    located[index].notes.append((.uncertainLink, "footnote \(marker.number) cites several papers; the motion is taken to be \(target.id.canonical)"))
                }
            } else if let paper = citations(in: footnote).first?.id {
                located[index].notes.append((.uncertainLink, "footnote \(marker.number) cites \(paper.canonical), a paper about the motion, not the motion itself"))
            }
        }
        return used
    }

    /// The index of the first element whose position is at or after `offset`, in a list sorted
    /// by position.
    func firstIndex<T>(_ list: [T], atOrAfter offset: Int, by position: (T) -> Int) -> Int? {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if position(list[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count ? lo : nil
    }

    /// `… conform de motie van de leden A en B heeft het kabinet … gedaan.[5 ]`: a marker that
    /// closes a sentence naming exactly one motion without a Kamerstuk. A back-reference takes
    /// it only when nothing in its unit has a Kamerstuk yet: `deze motie` means the motion
    /// the question named, and a footnote elsewhere in the sentence cites something else.
    mutating func linkSentenceMarkers(skipping used: Set<Int>) {
        var sentencesOf: [Int: [Range<Int>]] = [:]
        for (m, marker) in document.markers.enumerated() where !used.contains(m) && closesSentence(marker) {
            guard let footnote = marker.footnote.map({ document.footnotes[$0] }), !citesOtherPaper(footnote),
                  let target = motionCitation(in: footnote) else { continue }
            let offset = marker.range.lowerBound
            let region: Range<Int>
            let key: Int
            if let (pair, inAnswer) = document.pair(containing: offset) {
                region = inAnswer ? pair.answerSpan : pair.questionSpan
                key = region.lowerBound
            } else {
                region = unit(containing: offset).map { units[$0].range } ?? 0..<document.body.count
                key = region.lowerBound
            }
            if sentencesOf[key] == nil { sentencesOf[key] = Sentences.split(document.body, in: region) }
            guard let sentence = sentencesOf[key]!.last(where: { $0.lowerBound < offset }) else { continue }
            let unitHasID = unit(containing: offset).map { u in located.contains { $0.unit == u && $0.id != nil } } ?? false
            let candidates = located(in: sentence).filter {
                !located[$0].mention.inFootnote && located[$0].mention.kind != .plural && located[$0].id == nil
                    && !(located[$0].mention.kind == .backReference && unitHasID)
            }
            // `… heeft het kabinet uw Kamer per brief geïnformeerd.1`: the footnote may cite the
            // letter as well as the motion.
            let papers = Words.split(document.body, in: sentence).map(\.folded).filter(MotionReader.papersInRunningText.contains)
            if candidates.count == 1, let paper = papers.first {
                findings.append(Finding(.uncertainLink, "footnote \(marker.number) closes a sentence that names a motion and a \(paper); it may cite either, so it is linked to neither",
                                        at: document.location(of: marker.range.lowerBound)))
            } else if candidates.count == 1 {
                located[candidates[0]].id = target.id
                located[candidates[0]].uncertain = located[candidates[0]].uncertain || target.uncertain
            } else if candidates.count > 1 {
                findings.append(Finding(.uncertainLink, "footnote \(marker.number) closes a sentence that names \(candidates.count) motions; it is linked to none",
                                        at: document.location(of: marker.range.lowerBound)))
            }
        }
    }

    /// Whether a marker closes its sentence: right after its punctuation (`gedaan.[5 ]`,
    /// `in Iran? 18`) or right before it (`reisadvies3?`) — not one inside a sentence
    /// (`aangegeven4, is deze motie …`).
    func closesSentence(_ marker: FootnoteMarker) -> Bool {
        let text = document.text.bytes
        var before = marker.range.lowerBound - 1
        while before > 0, text[before] == 0x20 { before -= 1 }
        if before >= 0, ".?!)\"".utf8.contains(text[before]) || text[before] == 0x9D || text[before] == 0x99 { return true }
        var after = marker.range.upperBound
        while after < text.count, text[after] == 0x20 { after += 1 }
        return after < text.count && ".?!".utf8.contains(text[after])
    }

    /// The mentions anchored in a range (`located` is sorted by anchor).
    func located(in range: Range<Int>) -> Range<Int> {
        var lo = 0, hi = located.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if located[mid].anchor < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < located.count, located[end].anchor < range.upperBound { end += 1 }
        return lo..<end
    }
}
