import Kamerstuk

/// A motion's mentions and readings made into the ``Motion`` a document gives: its name and
/// keys, its answers, and of its readings the most advanced, with what is uncertain about it.
struct MotionAssembly {
    let document: AnswerDocument
    let units: ReadingUnits
    let places: TextPlaces
    let status: MotionStatusReader

    init(_ document: AnswerDocument, units: ReadingUnits, places: TextPlaces, status: MotionStatusReader) {
        self.document = document
        self.units = units
        self.places = places
        self.status = status
    }

    var groups: MotionGroups { status.groups }

    func motion(_ g: Int) -> Motion {
        let group = groups[g]
        let members = group.members.sorted { groups.mentions[$0].anchor < groups.mentions[$1].anchor }
        let mentions = members.map { groups.mentions[$0].mention }
        let name = displayName(mentions, members: members)
        let key = group.nameKey ?? bestKey(mentions) ?? group.id!.canonical
        var keys = [key]
        for mention in mentions where [.named, .party].contains(mention.kind) || mention.subject != nil {
            let other = MotionNames.nameKey(mention)
            if other != "motie-", !keys.contains(other) { keys.append(other) }
        }
        let clean = document.text
        let mentionList = members.map { index -> MotionMention in
            let range = groups.mentions[index].mention.range
            let location = clean.location(of: range.lowerBound)
            return MotionMention(line: location.line, column: location.column, text: TextBytes.collapsed(clean.bytes[range]))
        }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        let unitsRead = group.units.sorted()
        let answers = unitsRead.compactMap { units[$0].pair }.map { pair -> AnswerReference in
            let section = pair.section.map { document.sections[$0] }
            return AnswerReference(index: pair.index, label: pair.label, askers: section?.askers ?? [], party: section?.party)
        }
        var readings = unitsRead.map { status.read(group: g, in: $0) }
        if readings.isEmpty {
            // Named only outside any unit (in a document's header): nothing read of it.
            let first = groups.mentions[members[0]].anchor
            readings = [AnswerReading(answer: nil, status: .onbekend, evidence: document.bodyText(places.line(containing: first)),
                                      evidenceLine: document.location(of: first).line, conditional: false, expected: nil,
                                      notAdopted: false)]
        }
        let positive = readings.filter { $0.status.progress >= 2 && !$0.notAdopted }
        let chosen = positive.max { ($0.status.progress, $1.evidenceLine) < ($1.status.progress, $0.evidenceLine) }
            ?? readings.first { ($0.status == .nietUitgevoerd || $0.status == .vervallen) && !$0.notAdopted }
            ?? readings.first { $0.notAdopted }
            ?? readings.first!
        let mixed = Set(readings.map(\.status)).count > 1
        var motionFindings = group.notes.map { $0.finding(in: document) }
        if mixed {
            let read = readings.flatMap { [$0.answer.map(String.init) ?? "-", $0.status.rawValue] }
            motionFindings.append(FindingText.answersDiffer.finding(read, at: SourceLocation(line: chosen.evidenceLine, column: 1)))
        }
        if let note = chosen.note {
            motionFindings.append(note.finding(at: SourceLocation(line: chosen.evidenceLine, column: 1)))
        }
        if chosen.notAdopted {
            motionFindings.append(FindingText.notAdopted.finding([chosen.evidence], at: SourceLocation(line: chosen.evidenceLine, column: 1)))
        } else if chosen.status == .onbekend {
            motionFindings.append(unknownReason(group, readings: readings).finding(at: SourceLocation(line: chosen.evidenceLine, column: 1)))
        }
        return Motion(id: group.id, nameKey: key, nameKeys: keys, name: name, mentions: mentionList, answers: answers,
                      status: chosen.status, evidence: chosen.evidence, evidenceLine: chosen.evidenceLine, expected: chosen.expected,
                      readings: readings, mixed: mixed, uncertain: mixed || chosen.conditional || group.uncertain || chosen.note != nil,
                      findings: motionFindings)
    }

    /// Why nothing could be read of a motion's execution.
    func unknownReason(_ group: MotionGroup, readings: [AnswerReading]) -> FindingText {
        if status.motionPaper { return .motionTextOnly }
        let pairs = group.units.compactMap { units[$0].pair }
        if !pairs.isEmpty, pairs.allSatisfy({ pair in
            !group.members.contains { pair.answerSpan.contains(groups.mentions[$0].anchor) }
        }) {
            return pairs.allSatisfy({ $0.answerSpan.isEmpty }) ? .questionWithoutAnswer : .answerSilent
        }
        return .nothingSaysHowFar
    }

    /// The name the document gives: from the mention that carries the citation, else the most
    /// complete one; `c.s.` when any mention says so.
    func displayName(_ mentions: [Mention], members: [Int]) -> String {
        let named = zip(mentions, members).filter { $0.0.kind == .named }
        let cited = named.first { groups.links[$0.1].id != nil && !$0.0.inFootnote }?.0
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
        if let named = mentions.filter({ $0.kind == .named }).max(by: { $0.surnames.count < $1.surnames.count }) {
            return MotionNames.nameKey(named)
        }
        if let party = mentions.first(where: { $0.kind == .party }) { return MotionNames.nameKey(party) }
        if let subject = mentions.first(where: { $0.subject != nil }) { return MotionNames.nameKey(subject) }
        return nil
    }
}
