import Kamerstuk

extension MotionReader {
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
        // Named without a Kamerstuk: the motion of that name in the same unit, else one by name.
        // A mention whose own citation could not be read is its own motion.
        for index in located.indices where located[index].id == nil && [.named, .party].contains(located[index].mention.kind) {
            let mention = located[index].mention
            let sameUnit = located[index].unreadCitation ? [] : groupsDiscussed(in: located[index].unit)
            let exact = sameUnit.filter { nameMatch(mention, $0) == .exact }
            let partial = sameUnit.filter { [.exact, .partial].contains(nameMatch(mention, $0)) }
            let loose = sameUnit.filter { nameMatch(mention, $0) == .loose }
            if exact.count == 1 {
                add(index, to: exact[0])
            } else if exact.isEmpty, partial.count == 1 {
                add(index, to: partial[0])
            } else if partial.isEmpty, sameUnit.count == 1, groups[sameUnit[0]].id != nil, !hasName(sameUnit[0]),
                      located[index].unit.map({ !units[$0].isLetter }) ?? false {
                add(index, to: sameUnit[0])
            } else if partial.isEmpty, let bySubject = unnamedOfSubject(mention, among: sameUnit) {
                // `haar motie over medicijntekorten (Kamerstuk …)`, then `de motie Tielen over
                // medicijntekorten`: the motion cited without a name, known by its subject.
                add(index, to: bySubject)
            } else {
                let elsewhere = groups.indices.filter { groups[$0].id != nil && nameMatch(mention, $0) == .exact }
                add(index, to: keyedGroup(for: mention))
                if !loose.isEmpty {
                    let names = loose.map { motionLabel($0) }.joined(separator: ", ")
                    groups[groupOf[index]!].notes.append((.uncertainLink,
                        "'motie \(mention.name ?? "")' may be the motion of \(names); the submitters differ, so it is kept apart", located[index].anchor))
                    groups[groupOf[index]!].uncertain = true
                } else if !elsewhere.isEmpty {
                    let ids = elsewhere.compactMap { groups[$0].id?.canonical }.joined(separator: ", ")
                    groups[groupOf[index]!].notes.append((.uncertainLink,
                        "'motie \(mention.name ?? "")' may be \(ids), cited elsewhere in the document; kept apart", located[index].anchor))
                    groups[groupOf[index]!].uncertain = true
                }
            }
        }
        // Subject, unnamed and back-references: the motion they point at.
        let letterSubject = letterSubjectGroup()
        for index in located.indices where located[index].id == nil && [.subject, .unnamed, .backReference].contains(located[index].mention.kind) {
            let mention = located[index].mention
            let sameUnit = groupsDiscussed(in: located[index].unit)
            if let target = pointedAt(index, sameUnit: sameUnit, letterSubject: letterSubject) {
                add(index, to: target)
            } else if sameUnit.isEmpty, mention.kind == .subject, let subject = mention.subject {
                add(index, to: keyedGroup(MotionReader.subjectKey(subject)))
            } else if mention.kind != .unnamed || mention.subject != nil {
                // A bare `een motie` is often no motion at all (`een motie aannemen`); the rest
                // means a motion that stays unknown.
                let text = TextBytes.collapsed(document.text.bytes[mention.range])
                let why = sameUnit.count > 1 ? "several motions are discussed here; it is linked to none" : "nothing identifies it"
                findings.append(Finding(.unidentifiedMotion, "'\(text)': \(why)", at: document.location(of: located[index].anchor)))
            }
        }
        // `de moties die …`: the answer belongs to every motion discussed in it.
        for index in located.indices where located[index].mention.kind == .plural {
            guard let unit = located[index].unit else { continue }
            for g in groupsDiscussed(in: unit) where groups[g].units.insert(unit).inserted { unitGroups[unit, default: []].append(g) }
        }
    }

    /// The motion a back-reference, subject or unnamed mention points at. In a question/answer
    /// pair or an annex row: the one motion discussed there, else (a back-reference) the
    /// nearest named before it. In a letter: the motion named in the same paragraph, else the
    /// letter's own motion (the one its `Betreft` or `Hierbij …` names).
    func pointedAt(_ index: Int, sameUnit: [Int], letterSubject: Int?) -> Int? {
        let mention = located[index].mention
        guard let unit = located[index].unit else { return nil }
        if let ordinal = mention.ordinal { return ordinalTarget(ordinal, of: index, in: unit) }
        if units[unit].isLetter, mention.kind == .backReference {
            let paragraph = self.paragraph(containing: located[index].anchor)
            if let nearest = located(in: paragraph.lowerBound..<located[index].anchor).last(where: { $0 < index && groupOf[$0] != nil }) {
                return groupOf[nearest]
            }
            if let letterSubject { return letterSubject }
        }
        if sameUnit.count == 1 { return sameUnit[0] }
        // `De motie over bont …` where two motions are discussed: the one of that subject.
        if let subject = mention.subject.flatMap(MotionReader.subjectWords), sameUnit.count > 1 {
            let matching = sameUnit.filter { hasSubject($0, like: subject) }
            if matching.count == 1 { return matching[0] }
        }
        if mention.kind == .backReference, sameUnit.count > 1,
           let nearest = located[..<index].indices.last(where: { groupOf[$0] != nil && located[$0].unit == unit }) {
            return groupOf[nearest]
        }
        return nil
    }

    /// `de tweede motie`: the second of the motions named before it — in the pair or row, or in
    /// a letter in the paragraphs just before (up to three back) — when at least two are.
    func ordinalTarget(_ ordinal: Int, of index: Int, in unit: Int) -> Int? {
        let anchor = located[index].anchor
        func named(from: Int) -> [Int] {
            var order: [Int] = []
            for other in located(in: from..<anchor) {
                if let g = groupOf[other], !order.contains(g) { order.append(g) }
            }
            return order
        }
        var order = named(from: units[unit].range.lowerBound)
        if units[unit].isLetter {
            var from = paragraph(containing: anchor).lowerBound
            order = named(from: from)
            for _ in 0..<3 where order.count < 2 && from > 0 {
                from = paragraph(containing: max(0, from - 2)).lowerBound
                order = named(from: from)
            }
        }
        guard order.count >= 2 else { return nil }
        let k = ordinal > 0 ? ordinal - 1 : order.count - 1
        return order.indices.contains(k) ? order[k] : nil
    }

    /// The motion a letter is about: named in its `Betreft` line or in the sentence that opens
    /// with `Hierbij` (`Hierbij informeer ik uw Kamer over de uitvoering van de motie …`).
    func letterSubjectGroup() -> Int? {
        guard units.first?.isLetter == true else { return nil }
        var sentencesOf: [Int: [Range<Int>]] = [:]
        for index in located.indices where groupOf[index] != nil && located[index].unit == 0 {
            let anchor = located[index].anchor
            let line = document.text.bytes[lineRange(containing: anchor)]
            if Words.split(Array(line), in: 0..<line.count).contains(where: { $0.folded == "betreft" }) { return groupOf[index] }
            let paragraph = self.paragraph(containing: anchor)
            if sentencesOf[paragraph.lowerBound] == nil { sentencesOf[paragraph.lowerBound] = Sentences.split(document.body, in: paragraph) }
            let sentence = sentencesOf[paragraph.lowerBound]!.first { $0.contains(anchor) }
            let opening = sentence.map { $0.lowerBound..<min($0.upperBound, $0.lowerBound + 16) }
            if opening.map({ Words.split(document.body, in: $0).first?.folded }) == "hierbij" { return groupOf[index] }
        }
        return nil
    }

    /// The paragraphs of the running text: runs of lines between blank lines.
    static func paragraphs(of body: [UInt8]) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start: Int?
        var lineStart = 0
        while lineStart <= body.count {
            var lineEnd = lineStart
            while lineEnd < body.count, body[lineEnd] != 0x0A { lineEnd += 1 }
            if body[lineStart..<lineEnd].allSatisfy(TextBytes.isSpace) {
                if let open = start { paragraphs.append(open..<max(open, lineStart - 1)) }
                start = nil
            } else if start == nil {
                start = lineStart
            }
            lineStart = lineEnd + 1
        }
        if let open = start { paragraphs.append(open..<body.count) }
        return paragraphs
    }

    /// The paragraph around an offset: up to the blank lines before and after it (on a blank
    /// line, that line).
    func paragraph(containing offset: Int) -> Range<Int> {
        var lo = 0, hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid].upperBound < offset { lo = mid + 1 } else { hi = mid }
        }
        if lo < paragraphs.count, paragraphs[lo].lowerBound <= offset { return paragraphs[lo] }
        return lineRange(containing: offset)
    }

    /// The line around an offset, without its line break.
    func lineRange(containing offset: Int) -> Range<Int> {
        let body = document.body
        var start = min(offset, body.count)
        while start > 0, body[start - 1] != 0x0A { start -= 1 }
        var end = min(offset, body.count)
        while end < body.count, body[end] != 0x0A { end += 1 }
        return start..<end
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
        if mention.kind == .named, mention.cosigned { groups[group].cosignedLists.insert(mention.surnames) }
        if let words = mention.subject.flatMap(MotionReader.subjectWords), !groups[group].subjects.contains(words) {
            groups[group].subjects.append(words)
        }
        if mention.kind == .party, let party = mention.party {
            groups[group].parties.append((TextBytes.folded(party), mention.subject.map(MotionReader.subjectKey)))
        }
        if let unit = located[index].unit, groups[group].units.insert(unit).inserted {
            unitGroups[unit, default: []].append(group)
        }
        if located[index].uncertain { groups[group].uncertain = true }
        for (category, message) in located[index].notes {
            groups[group].notes.append((category, message, located[index].anchor))
        }
    }

    /// The motions with a mention in the unit.
    func groupsDiscussed(in unit: Int?) -> [Int] {
        unit.flatMap { unitGroups[$0] } ?? []
    }

    func hasName(_ group: Int) -> Bool {
        !groups[group].submitterLists.isEmpty || !groups[group].parties.isEmpty
    }

    /// `exact`: the same submitters; `partial`: one list is the other's with `c.s.`; `loose`:
    /// one list is part of the other without `c.s.` (`motie Van Baarle` and `motie van de leden
    /// Van Baarle en Paternotte`), which DOMAIN.md §3 counts as two motions.
    enum NameMatch { case exact, partial, loose }

    /// How a named mention matches a motion's names: the same submitters, or the lead submitter
    /// of one among the other's (`van der Burg c.s.` and `Van der Burg en Piri`). A party's
    /// motions are told apart by their subjects, where both give one.
    func nameMatch(_ mention: Mention, _ group: Int) -> NameMatch? {
        if mention.kind == .party {
            let party = TextBytes.folded(mention.party ?? "")
            let subject = mention.subject.map(MotionReader.subjectKey)
            return groups[group].parties.contains { $0.party == party && ($0.subject == nil || subject == nil || $0.subject == subject) }
                ? .exact : nil
        }
        // Two subjects that share no word are two motions of one submitter.
        if let mine = MotionReader.subjectWords(mention), !groups[group].subjects.isEmpty,
           !hasSubject(group, like: mine) {
            return nil
        }
        let mine = Set(mention.surnames)
        var result: NameMatch?
        for other in groups[group].submitterLists {
            if Set(other) == mine { return .exact }
            guard let lead = mention.surnames.first, lead == other.first else { continue }
            if mine.isSubset(of: other), mention.cosigned {
                result = .partial
            } else if Set(other).isSubset(of: mine), groups[group].cosignedLists.contains(other) {
                result = .partial
            } else if mine.isSubset(of: other) || Set(other).isSubset(of: mine), result == nil {
                result = .loose
            }
        }
        return result
    }

    /// The one motion among `candidates` that has a Kamerstuk but no name, and a subject that
    /// shares a word with the mention's.
    func unnamedOfSubject(_ mention: Mention, among candidates: [Int]) -> Int? {
        guard let words = MotionReader.subjectWords(mention) else { return nil }
        let matching = candidates.filter { g in
            groups[g].id != nil && !hasName(g) && hasSubject(g, like: words)
        }
        return matching.count == 1 ? matching[0] : nil
    }

    /// The content words of a mention's subject: `over de import van bont` → {import, bont}.
    /// Words of what is said about the motion after it (`wordt`, `niet`) are left out.
    static func subjectWords(_ mention: Mention) -> Set<String>? {
        guard mention.kind == .named, let subject = mention.subject else { return nil }
        return subjectWords(subject)
    }

    static func subjectWords(_ subject: String) -> Set<String>? {
        var words: Set<String> = []
        for word in TextBytes.folded(subject).split(whereSeparator: { !$0.isLetter }).map(String.init) {
            if MotionReader.subjectStops.contains(word) { break }
            if word.count > 2, !MotionReader.subjectFillers.contains(word) { words.insert(word) }
        }
        return words.isEmpty ? nil : words
    }

    /// Whether one of the motion's subjects is `words`' (``sameSubject(_:_:)``).
    func hasSubject(_ group: Int, like words: Set<String>) -> Bool {
        groups[group].subjects.contains { MotionReader.sameSubject($0, words) }
    }

    /// Whether two subjects share a word, or the stem of one (`fatbike` and `fatbikes`,
    /// `diertransport` and `diertransporten`).
    static func sameSubject(_ a: Set<String>, _ b: Set<String>) -> Bool {
        if !a.isDisjoint(with: b) { return true }
        return a.contains { x in
            b.contains { y in min(x.count, y.count) >= 5 && (x.hasPrefix(y) || y.hasPrefix(x)) }
        }
    }

    /// Words that end a subject: verbs of what is said about the motion.
    static let subjectStops: Set<String> = [
        "wordt", "worden", "werd", "is", "zijn", "was", "heeft", "hebben", "zal", "zullen", "kan", "kunnen", "moet", "niet", "nog",
    ]

    /// Words of a subject that say nothing of what it is about.
    static let subjectFillers: Set<String> = [
        "over", "inzake", "betreffende", "aangaande", "van", "voor", "het", "een", "der", "den", "met", "aan", "bij", "naar",
        "tot", "dat", "die", "deze", "dit", "hun", "onder", "andere", "meer", "om", "ter",
    ]

    /// The motion without a Kamerstuk a named mention belongs to: the one of this document of
    /// that name whose subject does not differ, else a new one, keyed by its submitters
    /// (`motie-erkens`). Where the document holds two such motions of one name, told apart by
    /// their subjects, each is keyed with its subject's first word too (`motie-erkens-india`,
    /// `motie-erkens-oekraine`) — the first as well as the second, so that no order of
    /// mentioning gives one of them the key another document gives the other. The submitters'
    /// key stays among the keys of each (``Motion/nameKeys``).
    mutating func keyedGroup(for mention: Mention) -> Int {
        let plain = nameKey(mention)
        let sameName = groupByKey.filter { $0.key == plain || $0.key.hasPrefix(plain + "-") }.map(\.value)
            .filter { [.exact, .partial].contains(nameMatch(mention, $0)) }
        if sameName.count == 1 { return sameName[0] }
        guard let existing = groupByKey[plain] else { return keyedGroup(plain) }
        guard let qualified = qualifiedKey(plain, for: mention) else { return existing }
        let mentions = groups[existing].members.map { located[$0].mention }
        if let first = mentions.first(where: { MotionReader.subjectWords($0) != nil }),
           let renamed = qualifiedKey(plain, for: first), groupByKey[renamed] == nil {
            groupByKey[plain] = nil
            groupByKey[renamed] = existing
            groups[existing].nameKey = renamed
        }
        return keyedGroup(qualified)
    }

    /// The submitters' key with the first word of the mention's subject: `motie-erkens-india`.
    func qualifiedKey(_ plain: String, for mention: Mention) -> String? {
        guard let words = MotionReader.subjectWords(mention), let first = MotionReader.subjectSlugWord(mention, in: words) else { return nil }
        return plain + "-" + first
    }

    /// The first content word of a mention's subject, for a key.
    static func subjectSlugWord(_ mention: Mention, in words: Set<String>) -> String? {
        TextBytes.folded(mention.subject ?? "").split(whereSeparator: { !$0.isLetter }).map(String.init).first(where: words.contains)
    }

    /// How a motion is named in a finding: its ID, else its key.
    func motionLabel(_ group: Int) -> String {
        groups[group].id?.canonical ?? groups[group].nameKey ?? "motie"
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
        let unitsRead = group.units.sorted()
        let answers = unitsRead.compactMap { units[$0].pair }.map { pair -> AnswerReference in
            let section = pair.section.map { document.sections[$0] }
            return AnswerReference(index: pair.index, label: pair.label, askers: section?.askers ?? [], party: section?.party)
        }
        var readings = unitsRead.map { read(group: g, in: $0) }
        if readings.isEmpty {
            // Named only outside any unit (in a document's header): nothing read of it.
            let first = located[members[0]].anchor
            readings = [AnswerReading(answer: nil, status: .onbekend, evidence: document.bodyText(lineRange(containing: first)),
                                      evidenceLine: document.location(of: first).line, conditional: false, expected: nil,
                                      notAdopted: false)]
        }
        let positive = readings.filter { $0.status.progress >= 2 && !$0.notAdopted }
        let chosen = positive.max { ($0.status.progress, $1.evidenceLine) < ($1.status.progress, $0.evidenceLine) }
            ?? readings.first { ($0.status == .nietUitgevoerd || $0.status == .vervallen) && !$0.notAdopted }
            ?? readings.first { $0.notAdopted }
            ?? readings.first!
        let mixed = Set(readings.map(\.status)).count > 1
        var motionFindings = group.notes.map { Finding($0.0, $0.1, at: document.location(of: $0.2)) }
        if mixed {
            let list = readings.map { "answer \($0.answer.map(String.init) ?? "-"): \($0.status.rawValue)" }.joined(separator: ", ")
            motionFindings.append(Finding(.mixedReadings, "the answers read differently (\(list)); the most advanced is taken",
                                          at: SourceLocation(line: chosen.evidenceLine, column: 1)))
        }
        if chosen.notAdopted {
            motionFindings.append(Finding(.notAdopted, "the text says the motion was not adopted: \(chosen.evidence)",
                                          at: SourceLocation(line: chosen.evidenceLine, column: 1)))
        }
        return Motion(id: group.id, nameKey: key, nameKeys: keys, name: name, mentions: mentionList, answers: answers,
                      status: chosen.status, evidence: chosen.evidence, evidenceLine: chosen.evidenceLine, expected: chosen.expected,
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

    mutating func readRegions() {
        var needed: Set<Int> = []
        for group in groups { needed.formUnion(group.units) }
        for unit in needed {
            let range = units[unit].scope
            let sentences = Sentences.split(document.body, in: range)
            regions[unit] = Region(sentences: sentences, words: sentences.map { Words.split(document.body, in: $0) },
                                   mentioned: sentences.map { Set(located(in: $0).compactMap { groupOf[$0] }) },
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
        let analysis = regions[unit]!
        let sentences = analysis.sentences
        let mentioned = analysis.mentioned
        var scope: [Int] = []
        var inRun = false
        for s in sentences.indices {
            if mentioned[s].contains(g) {
                inRun = true
            } else if !mentioned[s].isEmpty || analysis.headings[s] {
                inRun = false
            }
            if inRun { scope.append(s) }
        }
        if scope.isEmpty {
            for s in sentences.indices {
                if !mentioned[s].isEmpty || (analysis.headings[s] && !scope.isEmpty) { break }
                scope.append(s)
            }
        }
        let first = mentioned.firstIndex { $0.contains(g) }
        let pair = units[unit].pair
        // An annex row gives the status of the motion it opens with; another motion it names
        // (`ingehaald door … de motie-Paternotte c.s.`) is only mentioned in passing — unless a
        // sentence of its own opens with it (`De motie van de leden … is … vervallen.`).
        if pair == nil, !units[unit].isLetter, let opening = rowMotion(unit), opening != g,
           !sentences.indices.contains(where: { opensWith(g, sentences[$0], analysis.words[$0]) }) {
            let s = first ?? 0
            return AnswerReading(answer: nil, status: .onbekend, evidence: document.bodyText(sentences[s]),
                                 evidenceLine: document.location(of: sentences[s].lowerBound).line, conditional: false,
                                 expected: nil, notAdopted: false)
        }
        // Held over, rejected, withdrawn, not yet voted on: no execution to read. In an annex row
        // the status cell (`Aangehouden.`) speaks of the row's motion without naming it.
        let ownsRow = pair == nil && !units[unit].isLetter && rowMotion(unit) == g
        if let s = scope.first(where: {
            (mentioned[$0].contains(g) || (ownsRow && mentioned[$0].isEmpty))
                && MotionReader.saysNotAdopted(wordsOutsideSubjects(sentences[$0], analysis.words[$0]))
        }) {
            return AnswerReading(answer: pair?.index, status: .onbekend, evidence: document.bodyText(sentences[s]),
                                 evidenceLine: document.location(of: sentences[s].lowerBound).line, conditional: false,
                                 expected: nil, notAdopted: true)
        }
        let date = document.date
        var best: (index: Int, reading: SentenceReading, expected: ExpectedTime?)?
        for s in scope {
            let words = analysis.words[s]
            guard let reading = StatusReader.read(words.map(\.folded), mentionsMotion: mentioned[s].contains(g)) else { continue }
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
        let status = best?.reading.status ?? .onbekend
        let pending: Set<MotionStatus> = [.deelsUitgevoerd, .inUitvoering, .inBehandeling]
        let expected = !pending.contains(status) ? nil : best?.expected ?? scope.lazy.compactMap {
            PromisedTime.read(analysis.words[$0], text: self.document.body, documentDate: date)
        }.first
        return AnswerReading(answer: pair?.index, status: status, evidence: evidence, evidenceLine: line,
                             conditional: best?.reading.conditional ?? false, expected: expected, notAdopted: false)
    }

    /// The sentence of the unit in which the motion is first named.
    func namingSentence(of g: Int, in unit: Int) -> Range<Int>? {
        let range = units[unit].range
        guard let anchor = groups[g].members.map({ located[$0].anchor }).filter(range.contains).min() else { return nil }
        return Sentences.split(document.body, in: range).first { $0.contains(anchor) }
            ?? lineRange(containing: anchor)
    }

    /// A sentence's words but those of a motion's subject: `de motie over ingetrokken
    /// verblijfsvergunningen` says nothing of the motion's adoption.
    func wordsOutsideSubjects(_ sentence: Range<Int>, _ words: [Word]) -> [String] {
        let subjects = located(in: sentence).compactMap { index -> Range<Int>? in
            let mention = located[index].mention
            return mention.subjectEnd.map { mention.range.upperBound..<max(mention.range.upperBound, $0) }
        }
        // A capital inside a subject opens the row's next cell (`over mestverwerking Aangehouden.`).
        return words.filter { word in
            !subjects.contains { $0.contains(word.range.lowerBound) } || TextBytes.isUpper(document.body[word.range.lowerBound])
        }.map(\.folded)
    }

    /// Whether a sentence opens with a mention of the motion: within its first three words
    /// (`De motie …`, `De gewijzigde motie-Koffeman …`).
    func opensWith(_ g: Int, _ sentence: Range<Int>, _ words: [Word]) -> Bool {
        guard let first = located(in: sentence).first(where: { !located[$0].mention.inFootnote }), groupOf[first] == g,
              words.count >= 3 else { return false }
        return located[first].mention.range.lowerBound <= words[min(2, words.count - 1)].range.lowerBound
    }

    /// The motion an annex row opens with: the group of its first mention.
    func rowMotion(_ unit: Int) -> Int? {
        located(in: units[unit].range).lazy.compactMap { groupOf[$0] }.first
    }

    /// `aangehouden`, `verworpen`, `ingetrokken`, `(nog) niet aangenomen`.
    static func saysNotAdopted(_ words: [String]) -> Bool {
        if words.contains(where: notAdoptedWords.contains) { return true }
        return zip(words, words.dropFirst()).contains { $0 == "niet" && $1 == "aangenomen" }
            || zip(words, words.dropFirst(2)).contains { $0 == "niet" && $1 == "aangenomen" }
    }
}
