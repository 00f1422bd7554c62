import Kamerstuk

/// The third stage: each mention linked to its Kamerstuk through the routes <doc:Domain#Motions> names —
/// a citation behind it, the first column of an annex row, a footnote whose marker sits on
/// it, a footnote closing its sentence, a footnote whose text names it.
struct KamerstukLinker {
    let document: AnswerDocument
    let units: ReadingUnits
    let mentions: PlacedMentions
    let papers: FootnotePapers
    /// One link per mention, in the order of `mentions`.
    private(set) var links: [MentionLink]
    /// Links not made, with why.
    private(set) var findings: [MotionNote] = []

    init(_ document: AnswerDocument, units: ReadingUnits, mentions: PlacedMentions) {
        self.document = document
        self.units = units
        self.mentions = mentions
        papers = FootnotePapers(document)
        links = Array(repeating: MentionLink(), count: mentions.all.count)
        linkGiven()
        linkInline()
        linkCitedRows()
        linkInterleavedRows()
        let usedMarkers = linkGluedMarkers()
        linkSentenceMarkers(skipping: usedMarkers)
        linkMarkersApart(skipping: usedMarkers)
    }

    /// What the finding gave: a plural's citation, a footnote's.
    mutating func linkGiven() {
        for index in mentions.indices {
            switch mentions[index].source {
            case .text: break
            case .listed(let id): links[index].id = id
            case .replaced(let id):
                // Known by its number; a motion of that name in the text is another one.
                links[index].id = id
                links[index].standsApart = true
            case .footnote(let f):
                let footnote = document.footnotes[f]
                guard let target = papers.motionCitation(in: footnote) else { continue }
                links[index].id = target.id
                if target.uncertain {
                    links[index].uncertain = true
                    links[index].notes.append(MotionNote(.footnoteCitesSeveral, [String(footnote.number), target.id.canonical],
                                                         at: mentions[index].anchor))
                }
            }
        }
    }

    /// A citation behind the mention: in brackets, after a comma, on the next line of an annex
    /// row, or behind the motion's subject (`motie-Dobbe over … in Iran (Kamerstuk …)`). What
    /// stands between may not end a sentence, name another motion or another paper; the
    /// motion a `Gewijzigde motie` replaces (`t.v.v. 36 045, nr. 240`) is passed over. In the
    /// tables of toezeggingen only one right behind the name counts.
    mutating func linkInline() {
        var lists: [Int: [Int]] = [:]
        for index in mentions.indices where !mentions[index].mention.inFootnote && mentions[index].mention.kind != .plural
            && !links[index].standsApart {
            if let list = mentions[index].mention.list {
                lists[list, default: []].append(index)
                continue
            }
            guard let citation = citation(after: mentions[index].mention.range.upperBound, for: index) else { continue }
            if let id = citation.id {
                links[index].id = id
                // In brackets behind the name or subject: the motion's own (`… (Kamerstuk …)`).
                let before = document.body[..<citation.range.lowerBound].last { !TextBytes.isSpace($0) }
                links[index].citedInline = before == UInt8(ascii: "(")
            } else {
                links[index].unreadCitation = true
                links[index].uncertain = true
                let raw = TextBytes.collapsed(document.text.bytes[citation.range])
                links[index].notes.append(MotionNote(.kamerstukUnread, [raw],
                                                     at: mentions[index].anchor))
            }
        }
        // `de moties A en B (Kamerstukken X en Y)`: the citations, in order.
        for members in lists.values {
            let ids = CitationLists(document).list(after: mentions[members.last!].mention.range.upperBound)
            guard ids.count == members.count else { continue }
            for (index, id) in zip(members, ids) { links[index].id = id }
        }
    }

    func citation(after offset: Int, for index: Int) -> CitationMatch? {
        let body = document.body
        // In the tables of toezeggingen, whose columns run into each other, only a citation
        // right behind the name is the motion's (`de motie-El Yassini (31 524, nr. 518)`): one
        // further on may be the status column's letter.
        let adjacentOnly = mentions[index].unit.map { units[$0].commitments } ?? false
        guard var k = Sorted.firstIndex(document.citations, atOrAfter: offset, by: \.range.lowerBound) else { return nil }
        var from = offset
        while k < document.citations.count, document.citations[k].range.lowerBound - offset <= 240 {
            let citation = document.citations[k]
            let gap = from..<citation.range.lowerBound
            if KamerstukLinker.replaced(before: citation.range.lowerBound, in: body) {
                // Past the replaced motion's citation and its closing bracket.
                from = citation.range.upperBound
                while from < body.count, body[from] == UInt8(ascii: ")") || body[from] == 0x20 { from += 1 }
                k += 1
                continue
            }
            // `deze motie (Kamerstuk …)`, `de motie op stuk nr. 214 (26 150)` or `de motie uit
            // 2021 (20 361, nr. 190)` only: a back-reference has no subject, so words after it
            // (`deze motie bij uw Kamer ingediend (Kamerstuk …)`) belong to something else.
            if mentions[index].mention.kind == .backReference {
                // `De Tweede Kamer is … geïnformeerd over … van deze motie (Kamerstukken …, nr.
                // 653).`: in a row whose columns run into each other, the status column's letter.
                if let unit = mentions[index].unit, units[unit].interleaved, RowCitation(citation, in: body).inStatusColumn { return nil }
                let words = Words.split(body, in: gap).map(\.folded)
                let year = words.count == 2 && words[0] == "uit" && words[1].count == 4 && (words[1].hasPrefix("19") || words[1].hasPrefix("20"))
                    && words[1].allSatisfy(\.isNumber)
                if !year, !words.allSatisfy({ ["op", "stuk"].contains($0) }) { return nil }
            }
            if adjacentOnly, !body[gap].allSatisfy({ " (,".utf8.contains($0) }) { return nil }
            guard !body[gap].contains(where: { ".?!;:".utf8.contains($0) }),
                  mentions.indices(in: offset..<citation.range.lowerBound).allSatisfy({ $0 == index }),
                  Set(Words.split(body, in: gap).map(\.folded)).isDisjoint(with: FootnotePapers.otherPapers)
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
        for unit in units.indices where units[unit].isRow {
            let row = units[unit].range
            let named = mentions.indices(in: row).filter {
                mentions[$0].unit == unit && !mentions[$0].mention.inFootnote && [.named, .party].contains(mentions[$0].mention.kind)
            }
            guard let firstMention = named.first.map({ mentions[$0].mention.range.lowerBound }) else { continue }
            // A citation may reach back over the blanked column heads above the first row.
            let from = Sorted.firstIndex(document.citations, atOrAfter: max(0, row.lowerBound - 512), by: \.range.lowerBound)
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
            for (index, id) in zip(linked, ids) { links[index].id = id }
            for index in named.dropFirst(linked.count) where links[index].id != nil && !links[index].citedInline {
                links[index].uncertain = true
                links[index].notes.append(MotionNote(.rowCountsDiffer, [String(ids.count), String(named.count)],
                                                     at: mentions[index].anchor))
            }
        }
    }

    /// Words that say a citation near them is a paper that reported on the motion: `met de
    /// brief van 4 november 2022 (Kamerstukken …)`, `naar de Tweede Kamer gestuurd (…)`.
    static let reportWords: Set<String> = ["brief", "kamerbrief", "brieven", "gestuurd", "verzonden", "geinformeerd", "informeren",
                                           "ontvangt", "ontvangen", "verzamelbrief", "beleidsreactie", "rapport", "tijdelijk",
                                           "verantwoording", "jaarverslag", "voortgangsbrief", "voortgangsrapportage"]

    /// Rows of a table whose columns run into each other (``TableRows``): the row's motion is
    /// the one it opens with, and its Kamerstuk is where it was voted (the second column). The
    /// citation alone of the session of the debate the row dates (`Debat [16-12-2021]`) is it,
    /// its session read where the columns cut it off (``RowCitation``); where all are two
    /// sessions or more after the debate's, it was not read. Else the other citations are papers that reported on it (a
    /// letter cited in many rows, one of the status column — ending a sentence, or dated —, or
    /// one that the status column names a few words after `brief`, `gestuurd`, …) or motions
    /// its description names: of those cited in this row alone and not of another session, the
    /// one farthest from a report's word is taken — where two remain, the first; either way
    /// flagged.
    mutating func linkInterleavedRows() {
        let rows = units.indices.filter { units[$0].interleaved }
        guard !rows.isEmpty else { return }
        var citationsOf: [Int: [RowCitation]] = [:]
        var rowsCiting: [KamerstukID: Int] = [:]
        for unit in rows {
            let range = units[unit].range
            let from = Sorted.firstIndex(document.citations, atOrAfter: range.lowerBound, by: \.range.lowerBound) ?? document.citations.count
            let inside = document.citations[from...].prefix { $0.range.lowerBound < range.upperBound }.filter { $0.id != nil }
            citationsOf[unit] = inside.map { RowCitation($0, in: document.body) }
            for id in Set(inside.compactMap(\.id)) { rowsCiting[id, default: 0] += 1 }
        }
        for unit in rows {
            guard let opener = mentions.indices(in: units[unit].range).first(where: {
                !mentions[$0].mention.inFootnote && [.named, .party].contains(mentions[$0].mention.kind)
            }) else { continue }
            var all = citationsOf[unit] ?? []
            // Where it was voted is dated (`Debat [16-12-2021]`): the motion's paper is of that
            // session; a letter that reported on it came later.
            if let voted = KamerstukLinker.debateDate(in: units[unit].range, text: document.body) {
                let session = AanhangselHeader.session(of: voted)
                let ofSession = all.filter { $0.session == session }
                if Set(ofSession.compactMap(\.match.id)).count == 1 {
                    links[opener].id = ofSession[0].match.id
                    links[opener].citedInline = false
                    continue
                }
                // A paper of another session is not the motion's. Where every citation of the
                // row is one, a session misprinted by a year may be the motion's; where all are
                // two sessions or more after the debate, the motion's own was not read.
                let possible = all.filter { $0.session.map { $0 == session } ?? true }
                if !possible.isEmpty {
                    all = possible
                } else if let year = Int(session.prefix(4)),
                          all.allSatisfy({ ($0.session.flatMap { Int($0.prefix(4)) } ?? year) >= year + 2 }) {
                    continue
                }
            }
            let ownColumn = all.filter { !$0.inStatusColumn }
            if !ownColumn.isEmpty { all = ownColumn }
            let own = all.map(\.match).filter { rowsCiting[$0.id!] == 1 }
            var pool = own.isEmpty ? all.map(\.match) : own
            if pool.count > 1 {
                // The status column's letter stands a few words after `brief`, the other columns'
                // printed lines between: the citation farthest from such a word is the motion's.
                let distances = pool.map(reportDistance)
                let farthest = distances.max()!
                pool = zip(pool, distances).filter { $0.1 == farthest }.map(\.0)
            }
            guard let chosen = pool.first?.id else { continue }
            links[opener].id = chosen
            links[opener].citedInline = false
            if Set(pool.compactMap(\.id)).count > 1 {
                links[opener].uncertain = true
                let others = Set(pool.dropFirst().compactMap { $0.id?.canonical }).sorted().joined(separator: ", ")
                links[opener].notes.append(MotionNote(.rowCitesSeveral, [chosen.canonical, others],
                                                      at: mentions[opener].anchor))
            }
        }
    }

    /// The first date in square brackets in a range: `Debat [16-12-2021]`, the day a row's
    /// motion was debated.
    static func debateDate(in range: Range<Int>, text: [UInt8]) -> Day? {
        var k = range.lowerBound
        while k + 12 <= range.upperBound {
            if text[k] == UInt8(ascii: "["), text[k + 11] == UInt8(ascii: "]"), text[k + 3] == UInt8(ascii: "-"),
               text[k + 6] == UInt8(ascii: "-"), text[(k + 1)..<(k + 11)].allSatisfy({ $0 == UInt8(ascii: "-") || TextBytes.isDigit($0) }),
               let day = Int(String(decoding: text[(k + 1)..<(k + 3)], as: UTF8.self)),
               let month = Int(String(decoding: text[(k + 4)..<(k + 6)], as: UTF8.self)),
               let year = Int(String(decoding: text[(k + 7)..<(k + 11)], as: UTF8.self)) {
                return Day(year: year, month: month, day: day)
            }
            k += 1
        }
        return nil
    }

    /// How many words before a citation the nearest report word (``reportWords``) stands, up
    /// to 40.
    func reportDistance(_ citation: CitationMatch) -> Int {
        let before = Array(Words.split(document.body, in: max(0, citation.range.lowerBound - 400)..<citation.range.lowerBound).suffix(40))
        return before.lastIndex { KamerstukLinker.reportWords.contains($0.folded) }.map { before.count - 1 - $0 } ?? 40
    }

    /// Whether the text just before a citation is `t.v.v.` (ter vervanging van).
    static func replaced(before offset: Int, in body: [UInt8]) -> Bool {
        var i = offset
        while i > 0, body[i - 1] == 0x20 { i -= 1 }
        return i >= 6 && TextBytes.folded(String(decoding: body[(i - 6)..<i], as: UTF8.self)) == "t.v.v."
    }

    /// `motie Dobbe19`, `motie Piri c.s.7`, `een motie17`, `van de SGP?15`: a marker on the
    /// mention. Returns the markers used (by their place in `document.markers`).
    mutating func linkGluedMarkers() -> Set<Int> {
        var used: Set<Int> = []
        let clean = document.text.bytes
        for index in mentions.indices where !mentions[index].mention.inFootnote && mentions[index].mention.kind != .plural {
            let mention = mentions[index].mention
            let end = mention.range.upperBound
            guard let m = Sorted.firstIndex(document.markers, atOrAfter: end, by: \.range.lowerBound) else { continue }
            let marker = document.markers[m]
            let onName = marker.range.lowerBound <= end + 2
                && clean[end..<marker.range.lowerBound].allSatisfy({ " .?!,)".utf8.contains($0) })
            // `de motie van het lid Vestering over … in ontwikkelingslanden5 alsnog`: a marker
            // in the motion's subject, when its footnote cites no other paper.
            let onSubject = mention.subjectEnd.map { marker.range.lowerBound <= $0 + 2 } ?? false
                && marker.footnote.map { !papers.citesOtherPaper(document.footnotes[$0]) } ?? false
            guard onName || onSubject else { continue }
            used.insert(m)
            guard links[index].id == nil else { continue }
            // A lost footnote is a finding of the document already; the mention may still be
            // linked by its name.
            guard let footnote = marker.footnote.map({ document.footnotes[$0] }) else { continue }
            if let target = papers.motionCitation(in: footnote) {
                links[index].id = target.id
                if target.uncertain {
                    links[index].uncertain = true
                    links[index].notes.append(MotionNote(.footnoteCitesSeveral, [String(marker.number), target.id.canonical],
                                                         at: mentions[index].anchor))
                }
            } else if let paper = papers.citations(in: footnote).first?.id {
                links[index].notes.append(MotionNote(.footnoteCitesPaper, [String(marker.number), paper.canonical],
                                                     at: mentions[index].anchor))
            }
        }
        return used
    }

    /// `… conform de motie van de leden A en B heeft het kabinet … gedaan.[5 ]`: a marker that
    /// closes a sentence naming exactly one motion without a Kamerstuk. A back-reference takes
    /// it only when nothing in its unit has a Kamerstuk yet: `deze motie` means the motion
    /// the question named, and a footnote elsewhere in the sentence cites something else.
    mutating func linkSentenceMarkers(skipping used: Set<Int>) {
        var sentencesOf: [Int: [Range<Int>]] = [:]
        // Whether a unit has a mention with a Kamerstuk, kept as links are made.
        var unitHasID: Set<Int> = Set(mentions.indices.compactMap { links[$0].id != nil ? mentions[$0].unit : nil })
        for (m, marker) in document.markers.enumerated() where !used.contains(m) && closesSentence(marker) {
            guard let footnote = marker.footnote.map({ document.footnotes[$0] }), !papers.citesOtherPaper(footnote),
                  let target = papers.motionCitation(in: footnote) else { continue }
            let offset = marker.range.lowerBound
            let region: Range<Int>
            if let place = document.pair(containing: offset) {
                region = place.span
            } else {
                region = units.unit(containing: offset).map { units[$0].range } ?? 0..<document.body.count
            }
            if sentencesOf[region.lowerBound] == nil { sentencesOf[region.lowerBound] = Sentences.split(document.body, in: region) }
            let sentences = sentencesOf[region.lowerBound]!
            guard let k = Sorted.firstIndex(sentences, atOrAfter: offset, by: \.lowerBound).map({ $0 - 1 }) ?? Optional(sentences.count - 1),
                  k >= 0 else { continue }
            let sentence = sentences[k]
            let hasID = units.unit(containing: offset).map(unitHasID.contains) ?? false
            let candidates = mentions.indices(in: sentence).filter {
                !mentions[$0].mention.inFootnote && mentions[$0].mention.kind != .plural && links[$0].id == nil
                    && !(mentions[$0].mention.kind == .backReference && hasID)
            }
            // `… heeft het kabinet uw Kamer per brief geïnformeerd.1`: the footnote may cite the
            // letter as well as the motion.
            let paper = Words.split(document.body, in: sentence).map(\.folded).first(where: FootnotePapers.papersInRunningText.contains)
            if candidates.count == 1, let paper {
                findings.append(MotionNote(.sentenceNamesPaper, [String(marker.number), paper],
                                           at: marker.range.lowerBound))
            } else if candidates.count == 1 {
                links[candidates[0]].id = target.id
                links[candidates[0]].uncertain = links[candidates[0]].uncertain || target.uncertain
                if let unit = mentions[candidates[0]].unit { unitHasID.insert(unit) }
            } else if candidates.count > 1 {
                findings.append(MotionNote(.sentenceNamesSeveral, [String(marker.number), String(candidates.count)],
                                           at: marker.range.lowerBound))
            }
        }
    }

    /// `… de uitvoering van de motieBikker-Van den Hil.` with `2 3` on the line under it: the
    /// markers of a question or an answer that PyPDF moved to a line of their own
    /// (``FootnoteMarker/apart``). Which words bore which marker is lost, their order is not.
    /// The one motion the question or answer names without a Kamerstuk takes the footnote of
    /// the only marker when the text names no other paper; of several, the last one, when the
    /// motion's mention is what the text ends with — flagged, being read from their order.
    mutating func linkMarkersApart(skipping used: Set<Int>) {
        let body = document.body
        var m = 0
        while m < document.markers.count {
            guard document.markers[m].apart, !used.contains(m) else {
                m += 1
                continue
            }
            var line = [m]
            while let next = line.last.map({ $0 + 1 }), next < document.markers.count, document.markers[next].apart,
                  !body[document.markers[line.last!].range.upperBound..<document.markers[next].range.lowerBound].contains(0x0A) {
                line.append(next)
            }
            m += line.count
            let start = document.markers[line[0]].range.lowerBound
            guard let region = document.pair(containing: max(0, start - 1))?.span else { continue }
            let named = mentions.indices(in: region.lowerBound..<start).filter {
                !mentions[$0].mention.inFootnote && [.named, .party].contains(mentions[$0].mention.kind)
            }
            guard named.count == 1, let index = named.first, links[index].id == nil else { continue }
            let marker = document.markers[line.last!]
            guard let footnote = marker.footnote.map({ document.footnotes[$0] }), !papers.citesOtherPaper(footnote),
                  let target = papers.motionCitation(in: footnote) else { continue }
            let mention = mentions[index].mention
            if line.count == 1 {
                let paper = Words.split(body, in: region.lowerBound..<start).map(\.folded).first(where: FootnotePapers.papersInRunningText.contains)
                if let paper {
                    findings.append(MotionNote(.apartUnderPaper, [String(marker.number), paper],
                                               at: marker.range.lowerBound))
                    continue
                }
                links[index].id = target.id
                links[index].uncertain = links[index].uncertain || target.uncertain
            } else {
                let end = max(mention.range.upperBound, mention.subjectEnd ?? 0)
                guard body[end..<start].allSatisfy({ " .?!)\n".utf8.contains($0) }) else { continue }
                links[index].id = target.id
                links[index].uncertain = true
                links[index].notes.append(MotionNote(.apartFootnotes, [line.map { String(document.markers[$0].number) }.joined(separator: " "), target.id.canonical],
                                                     at: mentions[index].anchor))
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
}
