import Kamerstuk

/// The fifth stage: mentions that do not say which motion they are — `deze motie`, `de
/// motie`, `een motie die …`, `de motie over …`, `de tweede motie` — resolved to the motion they
/// point back at, or reported when nothing (or more than one motion) could be meant.
struct ReferenceResolver {
    let document: AnswerDocument
    let units: ReadingUnits
    let places: TextPlaces
    private(set) var groups: MotionGroups
    private(set) var findings: [MotionNote] = []
    /// Per unit, the last mention (so far, in order) that belongs to a motion.
    private var lastGrouped: [Int: Int] = [:]

    /// How far back `de tweede motie` looks for the motions it counts: more than any sentence
    /// names, few enough that a document of thousands of motions is read in linear time.
    static let ordinalReach = 64

    init(_ document: AnswerDocument, units: ReadingUnits, places: TextPlaces, groups: MotionGroups) {
        self.document = document
        self.units = units
        self.places = places
        self.groups = groups
        let subject = letterSubjectGroup() ?? titleSubjectGroup()
        let mentions = groups.mentions
        for index in mentions.indices {
            let placed = mentions[index]
            if groups.groupOf[index] == nil, groups.links[index].id == nil,
               [.subject, .unnamed, .backReference].contains(placed.mention.kind) {
                resolve(index, subject: subject)
            }
            if let unit = placed.unit, self.groups.groupOf[index] != nil { lastGrouped[unit] = index }
        }
    }

    mutating func resolve(_ index: Int, subject: Int?) {
        let placed = groups.mentions[index]
        let mention = placed.mention
        let discussed = groups.discussed(in: placed.unit)
        if let target = pointedAt(index, discussed: discussed, subject: subject) {
            groups.add(index, to: target)
        } else if discussed.isEmpty, mention.kind == .subject, let subject = mention.subject {
            groups.add(index, to: groups.group(forKey: MotionNames.subjectKey(subject)))
        } else if mention.kind != .unnamed || mention.subject != nil {
            // A bare `een motie` is often no motion at all (`een motie aannemen`); the rest
            // means a motion that stays unknown.
            let text = TextBytes.collapsed(document.text.bytes[mention.range])
            findings.append(MotionNote(discussed.count > 1 ? .severalDiscussed : .unidentified, [text], at: placed.anchor))
        }
    }

    /// The motion a back-reference, subject or unnamed mention points at. In a question/answer
    /// pair or an annex row: the one motion discussed there, else (a back-reference) the
    /// nearest named before it; a back-reference in a pair that names no motion (`conform de
    /// motie van uw Kamer`) means the motion the questions' title names. In a letter: the
    /// motion named in the same paragraph, else the letter's own motion (the one its `Betreft`
    /// or `Hierbij …` names).
    func pointedAt(_ index: Int, discussed: [Int], subject: Int?) -> Int? {
        let placed = groups.mentions[index]
        let mention = placed.mention
        guard let unit = placed.unit else { return nil }
        if let ordinal = mention.ordinal { return ordinalTarget(ordinal, of: index, in: unit) }
        let nearest = lastGrouped[unit]
        if units[unit].isLetter, mention.kind == .backReference {
            let paragraph = places.paragraph(containing: placed.anchor)
            if let nearest, groups.mentions[nearest].anchor >= paragraph.lowerBound { return groups.groupOf[nearest] }
            if let subject { return subject }
        }
        if discussed.count == 1 { return discussed[0] }
        if discussed.isEmpty, mention.kind == .backReference, units.questionsTitle != nil, let subject { return subject }
        // `De motie over bont …` where two motions are discussed: the one of that subject.
        if let subject = mention.subject.flatMap(MotionNames.subjectWords), discussed.count > 1 {
            let matching = discussed.filter { groups[$0].hasSubject(like: subject) }
            if matching.count == 1 { return matching[0] }
        }
        if mention.kind == .backReference, discussed.count > 1, let nearest { return groups.groupOf[nearest] }
        return nil
    }

    /// `de tweede motie`: the second of the motions named before it — in the pair or row, or in
    /// a letter in the paragraphs just before (up to three back) — when at least two are.
    func ordinalTarget(_ ordinal: Int, of index: Int, in unit: Int) -> Int? {
        let anchor = groups.mentions[index].anchor
        func named(from: Int) -> [Int] {
            var order: [Int] = []
            let before = groups.mentions.indices(in: from..<anchor)
            for other in before.suffix(ReferenceResolver.ordinalReach) {
                if let g = groups.groupOf[other], !order.contains(g) { order.append(g) }
            }
            return order
        }
        var order = named(from: units[unit].range.lowerBound)
        if units[unit].isLetter {
            var from = places.paragraph(containing: anchor).lowerBound
            order = named(from: from)
            for _ in 0..<3 where order.count < 2 && from > 0 {
                from = places.paragraph(containing: max(0, from - 2)).lowerBound
                order = named(from: from)
            }
        }
        guard order.count >= 2 else { return nil }
        let k = ordinal > 0 ? ordinal - 1 : order.count - 1
        return order.indices.contains(k) ? order[k] : nil
    }

    /// The motion a document of questions is about: the one motion its questions' title names
    /// (``ReadingUnits/questionsTitle``).
    func titleSubjectGroup() -> Int? {
        guard let title = units.questionsTitle else { return nil }
        let named = Set(groups.mentions.indices(in: title).compactMap { groups.groupOf[$0] })
        return named.count == 1 ? named.first : nil
    }

    /// The motion a letter is about: named in its `Betreft` line or in the sentence that opens
    /// with `Hierbij` (`Hierbij informeer ik uw Kamer over de uitvoering van de motie …`).
    func letterSubjectGroup() -> Int? {
        guard units.units.first?.isLetter == true else { return nil }
        var sentencesOf: [Int: [Range<Int>]] = [:]
        let mentions = groups.mentions
        for index in mentions.indices where mentions[index].unit == 0 {
            guard let group = groups.groupOf[index] else { continue }
            let anchor = mentions[index].anchor
            // A `Betreft` line is short; a line of a whole paragraph is no subject line.
            let line = places.line(containing: anchor)
            if line.count <= 240, Words.split(document.text.bytes, in: line).contains(where: { $0.folded == "betreft" }) { return group }
            let paragraph = places.paragraph(containing: anchor)
            if sentencesOf[paragraph.lowerBound] == nil { sentencesOf[paragraph.lowerBound] = Sentences.split(document.body, in: paragraph) }
            guard let sentence = Sorted.range(sentencesOf[paragraph.lowerBound]!, containing: anchor) else { continue }
            let opening = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 16)
            if Words.split(document.body, in: opening).first?.folded == "hierbij" { return group }
        }
        return nil
    }
}
