import Kamerstuk

/// Where a document mentions a motion, in the user's input.
public struct MotionMention: Hashable, Sendable {
    public let line: Int
    public let column: Int
    /// The mention as written (`motie Paternotte c.s.`), white space collapsed.
    public let text: String
}

/// What one answer (or, in a letter, the whole text) says of a motion's execution.
public struct AnswerReading: Hashable, Sendable {
    /// The pair's index, or nil for a document without questions.
    public let answer: Int?
    public let status: MotionStatus
    public let evidence: String
    public let evidenceLine: Int
    /// The sentence makes the status depend on something (`indien`, `mits`, `als er`).
    public let conditional: Bool
    public let expected: ExpectedTime?
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
}

/// Reads the motions of a document: finds every mention, links each to its Kamerstuk through
/// the routes of DOMAIN.md §3 (inline, a footnote on the mention, a footnote closing its
/// sentence, a footnote naming the motion), merges mentions of one motion and keeps different
/// motions apart, and reads each answer's status with the sentence that shows it.
public struct MotionReader {
    public let document: AnswerDocument
    public private(set) var motions: [Motion] = []
    /// Findings about the document's motions as a whole (and the document's own).
    public private(set) var findings: [Finding] = []

    /// A mention placed in the document.
    struct Located {
        var mention: Mention
        var pair: AnswerPair?
        /// The offset that places the mention in a sentence: the mention itself, or for a
        /// mention in a footnote the footnote's marker in the text.
        var anchor: Int
        var id: KamerstukID?
        var uncertain = false
        var notes: [(Finding.Category, String)] = []
    }

    /// A motion being assembled from its mentions.
    struct Group {
        var id: KamerstukID?
        var nameKey: String?
        var members: [Int] = []
        var pairs: Set<Int> = []
        /// The submitter lists and parties its mentions name, each once, for matching.
        var submitterLists: [[String]] = []
        var parties: Set<String> = []
        var uncertain = false
        var notes: [(Finding.Category, String, Int)] = []
    }

    var located: [Located] = []
    var groups: [Group] = []
    var groupOf: [Int: Int] = [:]
    /// The groups discussed in each pair (by pair index), and the keyed groups by key.
    var pairGroups: [Int: [Int]] = [:]
    var groupByID: [KamerstukID: Int] = [:]
    var groupByKey: [String: Int] = [:]
    /// Each pair's answer read once: its sentences, their words and the motions each names.
    var regions: [Int: Region] = [:]

    struct Region {
        let range: Range<Int>
        let sentences: [Range<Int>]
        let words: [[Word]]
        let mentioned: [Set<Int>]
    }

    public init(_ document: AnswerDocument) {
        self.document = document
        findings = document.findings
        locateMentions()
        linkInline()
        let usedMarkers = linkGluedMarkers()
        linkSentenceMarkers(skipping: usedMarkers)
        group()
        readRegions()
        motions = groups.indices.compactMap(motion).sorted { ($0.mentions.first?.line ?? 0, $0.mentions.first?.column ?? 0) < ($1.mentions.first?.line ?? 0, $1.mentions.first?.column ?? 0) }
    }

    // MARK: - Mentions and their Kamerstukken

    mutating func locateMentions() {
        let body = document.body
        for mention in MentionReader(text: body, range: 0..<body.count).mentions(inFootnote: false) {
            located.append(Located(mention: mention, pair: document.pair(containing: mention.range.lowerBound)?.pair,
                                   anchor: mention.range.lowerBound))
        }
        let clean = document.text.bytes
        for footnote in document.footnotes {
            let mentions = MentionReader(text: clean, range: footnote.range).mentions(inFootnote: true)
                .filter { $0.kind != .plural && $0.kind != .backReference }
            guard let first = mentions.first else { continue }
            let marker = footnote.marker.map { document.markers[$0] }
            let target = motionCitation(in: footnote)
            var entry = Located(mention: first, pair: marker.flatMap { document.pair(containing: $0.range.lowerBound)?.pair },
                                anchor: marker?.range.lowerBound ?? footnote.range.lowerBound, id: target?.id)
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
    func motionCitation(in footnote: Footnote) -> (id: KamerstukID, uncertain: Bool)? {
        let ids = document.citations.filter { footnote.range.contains($0.range.lowerBound) }.compactMap(\.id)
        guard let first = ids.first else { return nil }
        if ids.count == 1 { return (first, false) }
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

    /// Whether a footnote cites a paper that says it is not a motion: a letter, a report.
    func citesOtherPaper(_ footnote: Footnote) -> Bool {
        let text = TextBytes.folded(footnote.text)
        guard !text.contains("motie") else { return false }
        return ["brief", "verslag", "fiche", "rapport", "nota ", "antwoord", "beantwoording", "kabinetsreactie"].contains { text.contains($0) }
    }

    /// `motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236)`: a citation right behind the mention.
    mutating func linkInline() {
        let clean = document.text.bytes
        for index in located.indices where !located[index].mention.inFootnote && located[index].mention.kind != .plural {
            let mention = located[index].mention
            let end = mention.subjectEnd.map { clauseEnd(from: $0) } ?? mention.range.upperBound
            guard let citation = first(document.citations, atOrAfter: end, by: \.range.lowerBound), citation.range.lowerBound <= end + 4,
                  clean[end..<citation.range.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == UInt8(ascii: "(") }),
                  let id = citation.id
            else { continue }
            located[index].id = id
        }
    }

    /// Where the clause of a motion's subject ends, for a citation behind it: `motie-Dobbe
    /// over het steunen van … in Iran (Kamerstuk …)`. It runs on through words only, no
    /// punctuation, at most a few lines.
    func clauseEnd(from offset: Int) -> Int {
        let body = document.body
        var i = offset
        var lastWordEnd = offset
        while i < body.count, i - offset < 240 {
            let b = body[i]
            if TextBytes.isSpace(b) || b == UInt8(ascii: "-") {
                i += 1
            } else if TextBytes.isDigit(b) || TextBytes.isLetter(at: i, in: body) {
                i += Words.scalarLength(b)
                lastWordEnd = i
            } else {
                break
            }
        }
        return lastWordEnd
    }

    /// `motie Dobbe19`, `motie Piri c.s.7`, `een motie17`, `van de SGP?15`: a marker on the mention.
    mutating func linkGluedMarkers() -> Set<Int> {
        // Markers by their place in `document.markers`.
        var used: Set<Int> = []
        let clean = document.text.bytes
        for index in located.indices where !located[index].mention.inFootnote && located[index].mention.kind != .plural {
            let end = located[index].mention.range.upperBound
            guard let m = firstIndex(document.markers, atOrAfter: end, by: \.range.lowerBound),
                  document.markers[m].range.lowerBound <= end + 2,
                  clean[end..<document.markers[m].range.lowerBound].allSatisfy({ ".?!,)".utf8.contains($0) })
            else { continue }
            let marker = document.markers[m]
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
            }
        }
        return used
    }

    /// The first element whose position is at or after `offset`, in a list sorted by position.
    func first<T>(_ list: [T], atOrAfter offset: Int, by position: (T) -> Int) -> T? {
        firstIndex(list, atOrAfter: offset, by: position).map { list[$0] }
    }

    func firstIndex<T>(_ list: [T], atOrAfter offset: Int, by position: (T) -> Int) -> Int? {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if position(list[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count ? lo : nil
    }

    /// `… conform de motie van de leden A en B heeft het kabinet … gedaan.[5 ]`: a marker that
    /// closes a sentence naming exactly one motion without a Kamerstuk.
    mutating func linkSentenceMarkers(skipping used: Set<Int>) {
        var outside: [Range<Int>]?
        for (m, marker) in document.markers.enumerated() where !used.contains(m) {
            guard let footnote = marker.footnote.map({ document.footnotes[$0] }), !citesOtherPaper(footnote),
                  let target = motionCitation(in: footnote) else { continue }
            // The sentence the marker closes, in its question or answer; outside pairs in the
            // whole text, split once.
            let offset = marker.range.lowerBound
            let sentences: [Range<Int>]
            if let (pair, inAnswer) = document.pair(containing: offset) {
                sentences = Sentences.split(document.body, in: inAnswer ? pair.answerSpan : pair.questionSpan)
            } else {
                if outside == nil { outside = Sentences.split(document.body, in: 0..<document.body.count) }
                sentences = outside!
            }
            guard let sentence = sentences.last(where: { $0.lowerBound < offset }) else { continue }
            let candidates = located(in: sentence).filter {
                !located[$0].mention.inFootnote && located[$0].mention.kind != .plural && located[$0].id == nil
            }
            if candidates.count == 1 {
                located[candidates[0]].id = target.id
                located[candidates[0]].uncertain = located[candidates[0]].uncertain || target.uncertain
            } else if candidates.count > 1 {
                findings.append(Finding(.uncertainLink, "footnote \(marker.number) closes a sentence that names \(candidates.count) motions; it is linked to none",
                                        at: document.location(of: marker.range.lowerBound)))
            }
        }
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

    // MARK: - One motion, many mentions

    mutating func group() {
        // Mentions with a Kamerstuk: one motion per Kamerstuk.
        for index in located.indices {
            guard let id = located[index].id else { continue }
            if let existing = groupByID[id] {
                add(index, to: existing)
            } else {
                groups.append(Group(id: id))
                groupByID[id] = groups.count - 1
                add(index, to: groups.count - 1)
            }
        }
        // Named without a Kamerstuk: the motion of that name in the same answer, else one by name.
        for index in located.indices where located[index].id == nil && [.named, .party].contains(located[index].mention.kind) {
            let mention = located[index].mention
            let samePair = groupsDiscussed(in: located[index].pair)
            let exact = samePair.filter { nameMatch(mention, $0) == .exact }
            let partial = samePair.filter { nameMatch(mention, $0) != nil }
            if exact.count == 1 {
                add(index, to: exact[0])
            } else if exact.isEmpty, partial.count == 1 {
                add(index, to: partial[0])
            } else if partial.isEmpty, samePair.count == 1, groups[samePair[0]].id != nil, !hasName(samePair[0]) {
                add(index, to: samePair[0])
            } else {
                let key = nameKey(mention)
                let elsewhere = groups.indices.filter { groups[$0].id != nil && nameMatch(mention, $0) == .exact }
                add(index, to: keyedGroup(key))
                if !elsewhere.isEmpty {
                    let ids = elsewhere.compactMap { groups[$0].id?.canonical }.joined(separator: ", ")
                    groups[groupOf[index]!].notes.append((.uncertainLink,
                        "'motie \(mention.name ?? "")' may be \(ids), cited elsewhere in the document; kept apart", located[index].anchor))
                    groups[groupOf[index]!].uncertain = true
                }
            }
        }
        // Subject, unnamed and back-references: the motion of the same answer.
        for index in located.indices where located[index].id == nil && [.subject, .unnamed, .backReference].contains(located[index].mention.kind) {
            let samePair = groupsDiscussed(in: located[index].pair)
            if samePair.count == 1 {
                add(index, to: samePair[0])
            } else if located[index].mention.kind == .backReference, samePair.count > 1,
                      let nearest = located[..<index].indices.last(where: { groupOf[$0] != nil && located[$0].pair == located[index].pair }) {
                add(index, to: groupOf[nearest]!)
            } else if samePair.isEmpty, located[index].mention.kind == .subject, let subject = located[index].mention.subject {
                add(index, to: keyedGroup(MotionReader.subjectKey(subject)))
            } else if located[index].mention.kind != .backReference || samePair.count > 1 {
                let text = TextBytes.collapsed(document.text.bytes[located[index].mention.range])
                let why = samePair.count > 1 ? "several motions are discussed here; it is linked to none" : "nothing identifies it"
                findings.append(Finding(.unidentifiedMotion, "'\(text)': \(why)", at: document.location(of: located[index].anchor)))
            }
        }
        // `de moties die …`: the answer belongs to every motion discussed in it.
        for index in located.indices where located[index].mention.kind == .plural {
            guard let pair = located[index].pair else { continue }
            for g in groupsDiscussed(in: pair) { groups[g].pairs.insert(pair.index) }
        }
    }

    /// The group of a motion known by key only, made when first needed.
    mutating func keyedGroup(_ key: String) -> Int {
        if let existing = groupByKey[key] { return existing }
        groups.append(Group(id: nil, nameKey: key))
        groupByKey[key] = groups.count - 1
        return groups.count - 1
    }

    mutating func add(_ index: Int, to group: Int) {
        groups[group].members.append(index)
        groupOf[index] = group
        let mention = located[index].mention
        if mention.kind == .named, !groups[group].submitterLists.contains(mention.surnames) {
            groups[group].submitterLists.append(mention.surnames)
        }
        if mention.kind == .party, let party = mention.party { groups[group].parties.insert(TextBytes.folded(party)) }
        if let pair = located[index].pair, groups[group].pairs.insert(pair.index).inserted {
            pairGroups[pair.index, default: []].append(group)
        }
        if located[index].uncertain { groups[group].uncertain = true }
        for (category, message) in located[index].notes {
            groups[group].notes.append((category, message, located[index].anchor))
        }
    }

    /// The motions with a mention in the pair (or, for a document without pairs, all of them).
    func groupsDiscussed(in pair: AnswerPair?) -> [Int] {
        guard let pair else { return document.pairs.isEmpty ? Array(groups.indices) : [] }
        return pairGroups[pair.index] ?? []
    }

    func hasName(_ group: Int) -> Bool {
        !groups[group].submitterLists.isEmpty || !groups[group].parties.isEmpty
    }

    enum NameMatch { case exact, partial }

    /// How a named mention matches a motion's names: the same submitters, or the lead submitter
    /// of one among the other's (`van der Burg c.s.` and `Van der Burg en Piri`).
    func nameMatch(_ mention: Mention, _ group: Int) -> NameMatch? {
        if mention.kind == .party {
            return groups[group].parties.contains(TextBytes.folded(mention.party ?? "")) ? .exact : nil
        }
        let mine = Set(mention.surnames)
        var result: NameMatch?
        for other in groups[group].submitterLists {
            if Set(other) == mine { return .exact }
            if let lead = mention.surnames.first, lead == other.first, mine.isSubset(of: other) || Set(other).isSubset(of: mine) {
                result = .partial
            }
        }
        return result
    }

    func nameKey(_ mention: Mention) -> String {
        switch mention.kind {
        case .named: "motie-" + mention.surnames.map { MotionReader.slug($0, words: 3) }.joined(separator: "-")
        case .party: "motie-" + MotionReader.slug(mention.party ?? "", words: 3)
        default: MotionReader.subjectKey(mention.subject ?? "")
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

    // MARK: - Status

    func motion(_ g: Int) -> Motion? {
        let group = groups[g]
        let members = group.members.sorted { located[$0].anchor < located[$1].anchor }
        let mentions = members.map { located[$0].mention }
        let name = displayName(mentions, members: members)
        let key = group.nameKey ?? bestKey(mentions) ?? group.id!.canonical
        var keys = [key]
        for mention in mentions where [.named, .party].contains(mention.kind) || mention.subject != nil {
            let other = nameKey(mention)
            if other != "motie-", !keys.contains(other) { keys.append(other) }
        }
        let clean = document.text
        let mentionList = members.map { index -> MotionMention in
            let range = located[index].mention.range
            let location = clean.location(of: range.lowerBound)
            return MotionMention(line: location.line, column: location.column, text: TextBytes.collapsed(clean.bytes[range]))
        }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        let pairs = group.pairs.sorted().map { document.pairs[$0 - 1] }
        let answers = pairs.map { pair -> AnswerReference in
            let section = pair.section.map { document.sections[$0] }
            return AnswerReference(index: pair.index, label: pair.label, askers: section?.askers ?? [], party: section?.party)
        }
        let readings = (pairs.isEmpty ? [nil] : pairs.map { Optional($0) }).map { read(group: g, in: $0) }
        let positive = readings.filter { $0.status.progress >= 2 }
        let chosen = positive.max { ($0.status.progress, $1.evidenceLine) < ($1.status.progress, $0.evidenceLine) }
            ?? readings.first { $0.status == .nietUitgevoerd || $0.status == .vervallen }
            ?? readings.first!
        let mixed = Set(readings.map(\.status)).count > 1
        var motionFindings = group.notes.map { Finding($0.0, $0.1, at: document.location(of: $0.2)) }
        if mixed {
            let list = readings.map { "answer \($0.answer.map(String.init) ?? "-"): \($0.status.rawValue)" }.joined(separator: ", ")
            motionFindings.append(Finding(.mixedReadings, "the answers read differently (\(list)); the most advanced is taken",
                                          at: SourceLocation(line: chosen.evidenceLine, column: 1)))
        }
        return Motion(id: group.id, nameKey: key, nameKeys: keys, name: name, mentions: mentionList, answers: answers, status: chosen.status,
                      evidence: chosen.evidence, evidenceLine: chosen.evidenceLine, expected: chosen.expected,
                      readings: readings, mixed: mixed, uncertain: mixed || chosen.conditional || group.uncertain,
                      findings: motionFindings)
    }

    /// The name the document gives: from the mention that carries the citation, else the most
    /// complete one; `c.s.` when any mention says so.
    func displayName(_ mentions: [Mention], members: [Int]) -> String {
        let named = zip(mentions, members).filter { $0.0.kind == .named }
        let cited = named.first { located[$0.1].id != nil && !$0.0.inFootnote }?.0
        if let best = cited ?? named.max(by: { $0.0.submitters.count < $1.0.submitters.count })?.0, var name = best.name {
            if !best.cosigned, best.submitters.count == 1, named.contains(where: { $0.0.cosigned }) { name += " c.s." }
            return name
        }
        if let party = mentions.first(where: { $0.kind == .party })?.party { return party }
        if let subject = mentions.compactMap(\.subject).first {
            let words = subject.split(separator: " ")
            return words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
        }
        return "motie"
    }

    func bestKey(_ mentions: [Mention]) -> String? {
        if let named = mentions.filter({ $0.kind == .named }).max(by: { $0.surnames.count < $1.surnames.count }) { return nameKey(named) }
        if let party = mentions.first(where: { $0.kind == .party }) { return nameKey(party) }
        if let subject = mentions.first(where: { $0.subject != nil }) { return nameKey(subject) }
        return nil
    }

    /// One answer's reading: the sentences from the motion's first mention in the answer (or
    /// the whole answer when only the question names it), up to where another motion is
    /// discussed; the sentence with the strongest wording is the evidence.
    mutating func readRegions() {
        var needed: Set<Int> = []
        for group in groups { needed.formUnion(group.pairs) }
        if document.pairs.isEmpty { needed.insert(0) }
        for index in needed {
            let range = index == 0 ? 0..<document.body.count : document.pairs[index - 1].answer
            let sentences = Sentences.split(document.body, in: range)
            regions[index] = Region(range: range, sentences: sentences,
                                    words: sentences.map { Words.split(document.body, in: $0) },
                                    mentioned: sentences.map { Set(located(in: $0).compactMap { groupOf[$0] }) })
        }
    }

    func read(group g: Int, in pair: AnswerPair?) -> AnswerReading {
        let analysis = regions[pair?.index ?? 0]!
        let region = analysis.range
        let sentences = analysis.sentences
        let mentioned = analysis.mentioned
        let first = mentioned.firstIndex { $0.contains(g) }
        var scope: [Int] = []
        for s in (first ?? 0)..<sentences.count {
            if s != first, !mentioned[s].isEmpty, !mentioned[s].contains(g) { break }
            // A heading starts another topic.
            if s != first, Sentences.isHeading(sentences[s], in: document.body, limit: region.upperBound) { break }
            scope.append(s)
        }
        let date = document.date ?? Day(year: 2000, month: 1, day: 1)!
        var best: (index: Int, reading: SentenceReading, expected: ExpectedTime?)?
        for s in scope {
            let words = analysis.words[s]
            guard let reading = StatusReader.read(words.map(\.folded), mentionsMotion: mentioned[s].contains(g)) else { continue }
            let expected = PromisedTime.read(words, text: document.body, documentDate: date)
            if best == nil || reading.weight > best!.reading.weight
                || (reading.weight == best!.reading.weight && expected != nil && best!.expected == nil) {
                best = (s, reading, expected)
            }
        }
        let evidenceIndex = best?.index ?? first ?? scope.first
        let evidence = evidenceIndex.map { document.bodyText(sentences[$0]) } ?? ""
        let line = evidenceIndex.map { document.location(of: sentences[$0].lowerBound).line } ?? pair?.line ?? 1
        // A time is promised only for what is still to come: not for what is done or refused.
        let status = best?.reading.status ?? .onbekend
        let pending: Set<MotionStatus> = [.deelsUitgevoerd, .inUitvoering, .inBehandeling]
        let expected = !pending.contains(status) ? nil : best?.expected ?? scope.lazy.compactMap {
            PromisedTime.read(analysis.words[$0], text: self.document.body, documentDate: date)
        }.first
        return AnswerReading(answer: pair?.index, status: status, evidence: evidence, evidenceLine: line,
                             conditional: best?.reading.conditional ?? false, expected: expected)
    }
}
