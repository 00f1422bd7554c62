import Kamerstuk

/// The last stage: what each unit says of each motion discussed in it — its status, the
/// sentence that shows it, a promised time — read from the sentences that speak of it.
struct MotionStatusReader {
    let document: AnswerDocument
    let units: ReadingUnits
    let places: TextPlaces
    let groups: MotionGroups
    /// The document is a motion's own text (``MotionPaper``).
    let motionPaper: Bool
    private var regions: [Int: Region] = [:]

    /// A unit's scope read once: its sentences, their words and the motions each names.
    struct Region {
        let sentences: [Range<Int>]
        let words: [[Word]]
        let mentioned: [Set<Int>]
        let headings: [Bool]
        /// Each motion's sentences, in order.
        let sentencesOf: [Int: [Int]]
        /// After each sentence, the next that names a motion or is a heading (or the end):
        /// where a run of sentences about one motion stops.
        let nextBreak: [Int]

        init(sentences: [Range<Int>], words: [[Word]], mentioned: [Set<Int>], headings: [Bool]) {
            self.sentences = sentences
            self.words = words
            self.mentioned = mentioned
            self.headings = headings
            var sentencesOf: [Int: [Int]] = [:]
            for (s, groups) in mentioned.enumerated() {
                for g in groups { sentencesOf[g, default: []].append(s) }
            }
            self.sentencesOf = sentencesOf
            var nextBreak = Array(repeating: sentences.count, count: sentences.count)
            var next = sentences.count
            for s in sentences.indices.reversed() {
                nextBreak[s] = next
                if !mentioned[s].isEmpty || headings[s] { next = s }
            }
            self.nextBreak = nextBreak
        }

        /// The runs of sentences from each one that names the motion up to the next that names
        /// another or is a heading — each sentence once, however many motions the unit holds.
        func scope(of g: Int) -> [Int] {
            var scope: [Int] = []
            for s in sentencesOf[g] ?? [] where scope.last.map({ s > $0 }) ?? true {
                scope += s..<nextBreak[s]
            }
            return scope
        }
    }

    init(_ document: AnswerDocument, units: ReadingUnits, places: TextPlaces, groups: MotionGroups, motionPaper: Bool) {
        self.document = document
        self.units = units
        self.places = places
        self.groups = groups
        self.motionPaper = motionPaper
        var needed: Set<Int> = []
        for g in groups.indices { needed.formUnion(groups[g].units) }
        for unit in needed {
            let range = units[unit].scope
            let sentences = Sentences.split(document.body, in: range)
            regions[unit] = Region(sentences: sentences, words: sentences.map { Words.split(document.body, in: $0) },
                                   mentioned: sentences.map { Set(groups.mentions.indices(in: $0).compactMap { groups.groupOf[$0] }) },
                                   headings: sentences.map { Sentences.isHeading($0, in: document.body, limit: range.upperBound) })
        }
    }

    /// Words that say a motion was not adopted, so that nothing of its execution can be read.
    static let notAdoptedWords: Set<String> = ["aangehouden", "verworpen", "ingetrokken"]

    /// One unit's reading. The scope is every run of sentences from one that speaks of the
    /// motion up to a heading or a sentence about another motion (or, when only the question
    /// names it, the answer up to where another motion is discussed); the sentence with the
    /// strongest wording is the evidence.
    func read(group g: Int, in unit: Int) -> AnswerReading {
        if motionPaper, let anchor = groups[g].members.map({ groups.mentions[$0].anchor }).min() {
            // What the Kamer finds or asks: the line that names the motion, nothing of its execution.
            let line = places.line(containing: anchor)
            return AnswerReading(answer: nil, status: .onbekend, evidence: document.bodyText(line),
                                 evidenceLine: document.location(of: anchor).line, conditional: false, expected: nil, notAdopted: false)
        }
        let analysis = regions[unit]!
        let sentences = analysis.sentences
        let mentioned = analysis.mentioned
        // A row whose columns run into each other: all of it speaks of the motion it opens with.
        var scope = units[unit].interleaved && rowMotion(unit) == g ? Array(sentences.indices) : analysis.scope(of: g)
        let pair = units[unit].pair
        // Named only in a question that asks for more than the motion asks: the answer is about
        // that, not about how far the motion has come.
        if scope.isEmpty, let pair, let naming = namingSentence(of: g, in: unit), pair.questionSpan.contains(naming.lowerBound),
           asksForMore(naming) {
            return AnswerReading(answer: pair.index, status: .onbekend, evidence: document.bodyText(naming),
                                 evidenceLine: document.location(of: naming.lowerBound).line, conditional: false,
                                 expected: nil, notAdopted: false)
        }
        if scope.isEmpty {
            for s in sentences.indices {
                if !mentioned[s].isEmpty || (analysis.headings[s] && !scope.isEmpty) { break }
                scope.append(s)
            }
        }
        let first = analysis.sentencesOf[g]?.first
        // An annex row gives the status of the motion it opens with; another motion it names
        // (`ingehaald door … de motie-Paternotte c.s.`) is only mentioned in passing, and so is
        // one a toezegging names — unless a sentence of its own opens with it (`De motie van de
        // leden … is … vervallen.`).
        if units[unit].commitments || units[unit].isRow && rowMotion(unit).map({ $0 != g }) ?? false,
           !sentences.indices.contains(where: { opensWith(g, sentences[$0], analysis.words[$0]) }) {
            let s = first ?? 0
            return AnswerReading(answer: nil, status: .onbekend, evidence: document.bodyText(sentences[s]),
                                 evidenceLine: document.location(of: sentences[s].lowerBound).line, conditional: false,
                                 expected: nil, notAdopted: false)
        }
        // Held over, rejected, withdrawn, not yet voted on: no execution to read. In an annex row
        // the status cell (`Aangehouden.`) speaks of the row's motion without naming it.
        let ownsRow = units[unit].isRow && rowMotion(unit) == g
        if !(ownsRow && units[unit].adopted), let s = scope.first(where: {
            (mentioned[$0].contains(g) || (ownsRow && mentioned[$0].isEmpty))
                && MotionStatusReader.saysNotAdopted(wordsOutsideSubjects(sentences[$0], analysis.words[$0]))
        }) {
            return AnswerReading(answer: pair?.index, status: .onbekend, evidence: document.bodyText(sentences[s]),
                                 evidenceLine: document.location(of: sentences[s].lowerBound).line, conditional: false,
                                 expected: nil, notAdopted: true)
        }
        let date = document.date
        var best: (index: Int, reading: SentenceReading, expected: ExpectedTime?)?
        // In a letter, a sentence that names the motion and says how far it has come is its
        // evidence: what the sentences after it say may be of something else.
        if units[unit].isLetter {
            let naming = scope.filter { s in
                mentioned[s].contains(g) && StatusReader.read(analysis.words[s].map(\.folded), mentionsMotion: true).map { $0.weight >= 2 } ?? false
            }
            if !naming.isEmpty { scope = naming }
        }
        for s in scope {
            let words = analysis.words[s]
            // In a row whose columns run into each other, what the motion asks and what was done
            // stand interleaved: no request is cut off.
            let mentions = mentioned[s].contains(g) && !units[unit].interleaved
            guard let reading = StatusReader.read(words.map(\.folded), mentionsMotion: mentions, inRow: units[unit].isRow,
                                                  interleaved: units[unit].interleaved) else { continue }
            let expected = PromisedTime.read(words, text: document.body, documentDate: date)
            if best == nil || reading.weight > best!.reading.weight
                || (reading.weight == best!.reading.weight && best!.reading.label && !reading.label)
                || (reading.weight == best!.reading.weight && expected != nil && best!.expected == nil) {
                best = (s, reading, expected)
            }
        }
        let evidenceIndex = best?.index ?? first ?? scope.first
        // Nothing in the answer speaks of it: the sentence that names it (in the question).
        let evidenceRange = evidenceIndex.map { sentences[$0] } ?? namingSentence(of: g, in: unit)
        let evidence = evidenceRange.map { document.bodyText($0) } ?? ""
        let line = evidenceRange.map { document.location(of: $0.lowerBound).line }
            ?? pair?.line ?? document.location(of: units[unit].scope.lowerBound).line
        // A time is promised only for what is still to come: not for what is done or refused.
        var status = best?.reading.status ?? .onbekend
        let note = ownsRow ? headingNote(units[unit].heading, read: &status) : nil
        let pending: Set<MotionStatus> = [.deelsUitgevoerd, .inUitvoering, .inBehandeling]
        let expected = !pending.contains(status) ? nil : best?.expected ?? scope.lazy.compactMap {
            PromisedTime.read(analysis.words[$0], text: self.document.body, documentDate: date)
        }.first
        return AnswerReading(answer: pair?.index, status: status, evidence: evidence, evidenceLine: line,
                             conditional: best?.reading.conditional ?? false, expected: expected, notAdopted: false, note: note)
    }

    /// What the title of a row's table says, set against what the row reads: a table of
    /// completed motions makes every motion in it carried out but one the row says lapsed or
    /// refused; in a table of motions not yet completed none is carried out, and one whose row
    /// says nothing readable is taken to be under way — flagged, with why.
    func headingNote(_ heading: TableHeading?, read status: inout MotionStatus) -> FindingText? {
        switch (heading, status) {
        case (.completed, .uitgevoerd), (.completed, .vervallen), (.completed, .nietUitgevoerd), (nil, _):
            return nil
        case (.completed, _):
            status = .uitgevoerd
            return nil
        case (.open, .uitgevoerd):
            status = .inUitvoering
            return .rowDoneButListedOpen
        case (.open, .onbekend):
            status = .inUitvoering
            return .rowStatusUnread
        case (.open, _):
            return nil
        }
    }

    /// Verbs of a question that asks for more than a motion asks: `Kunt u in de uitwerking van
    /// onze motie … ook het hulpaanbod voor … meenemen?`.
    static let addingVerbs: Set<String> = [
        "meenemen", "meegenomen", "betrekken", "betrokken", "opnemen", "opgenomen", "toevoegen", "toegevoegd", "uitbreiden",
        "uitgebreid",
    ]

    /// Whether the question's sentence that names the motion asks for something added to it
    /// (`ook` and ``addingVerbs``): its answer is about that addition.
    func asksForMore(_ naming: Range<Int>) -> Bool {
        let words = Words.split(document.body, in: naming).map(\.folded)
        return words.contains("ook") && words.contains(where: MotionStatusReader.addingVerbs.contains)
    }

    /// The sentence of the unit in which the motion is first named.
    func namingSentence(of g: Int, in unit: Int) -> Range<Int>? {
        let range = units[unit].range
        guard let anchor = groups[g].members.map({ groups.mentions[$0].anchor }).filter(range.contains).min() else { return nil }
        return Sentences.split(document.body, in: range).first { $0.contains(anchor) }
            ?? places.line(containing: anchor)
    }

    /// A sentence's words but those of a motion's subject: `de motie over ingetrokken
    /// verblijfsvergunningen` says nothing of the motion's adoption.
    func wordsOutsideSubjects(_ sentence: Range<Int>, _ words: [Word]) -> [String] {
        let subjects = groups.mentions.indices(in: sentence).compactMap { index -> Range<Int>? in
            let mention = groups.mentions[index].mention
            return mention.subjectEnd.map { mention.range.upperBound..<max(mention.range.upperBound, $0) }
        }
        // A capital inside a subject opens the row's next cell (`over mestverwerking Aangehouden.`).
        return words.filter { word in
            !subjects.contains { $0.contains(word.range.lowerBound) } || TextBytes.isUpper(document.body[word.range.lowerBound])
        }.map(\.folded)
    }

    /// Whether a sentence opens with a mention of the motion: within its first three words, the
    /// first capitalised (`De motie …`, `De gewijzigde motie-Koffeman …`) — not a bracket of
    /// what a motion's text finds (`(unaniem aangenomen motie 32 336, nr. 57 …)`).
    func opensWith(_ g: Int, _ sentence: Range<Int>, _ words: [Word]) -> Bool {
        guard let first = groups.mentions.indices(in: sentence).first(where: { !groups.mentions[$0].mention.inFootnote }),
              groups.groupOf[first] == g, words.count >= 3, TextBytes.isUpper(document.body[words[0].range.lowerBound])
        else { return false }
        return groups.mentions[first].mention.range.lowerBound <= words[min(2, words.count - 1)].range.lowerBound
    }

    /// The motion an annex row opens with: the motion of its first mention.
    func rowMotion(_ unit: Int) -> Int? {
        groups.mentions.indices(in: units[unit].range).lazy.compactMap { groups.groupOf[$0] }.first
    }

    /// `aangehouden`, `verworpen`, `ingetrokken`, `(nog) niet aangenomen`.
    static func saysNotAdopted(_ words: [String]) -> Bool {
        if words.contains(where: notAdoptedWords.contains) { return true }
        return zip(words, words.dropFirst()).contains { $0 == "niet" && $1 == "aangenomen" }
            || zip(words, words.dropFirst(2)).contains { $0 == "niet" && $1 == "aangenomen" }
    }
}
