import Kamerstuk

/// The fourth stage: the mentions that say which motion they are — by Kamerstuk, by
/// submitters, by party — put together, one motion per Kamerstuk, and motions of the same
/// name told apart by their units, their subjects and their Kamerstukken.
struct MotionGrouper {
    let units: ReadingUnits
    private(set) var groups: MotionGroups

    init(units: ReadingUnits, mentions: PlacedMentions, links: [MentionLink]) {
        self.units = units
        groups = MotionGroups(mentions: mentions, links: links)
        // Mentions with a Kamerstuk: one motion per Kamerstuk.
        for index in mentions.indices {
            guard let id = links[index].id else { continue }
            groups.add(index, to: groups.group(for: id))
        }
        for index in mentions.indices where links[index].id == nil && [.named, .party].contains(mentions[index].mention.kind) {
            groupNamed(index)
        }
    }

    /// Named without a Kamerstuk: the motion of that name in the same unit, else one by name.
    /// A mention whose own citation could not be read is its own motion.
    mutating func groupNamed(_ index: Int) {
        let placed = groups.mentions[index]
        let mention = placed.mention
        let names = mention.kind == .party ? [TextBytes.folded(mention.party ?? "")] : mention.surnames
        let unread = groups.links[index].unreadCitation
        let unit = unread ? nil : placed.unit
        // In an annex row a motion's text never names that motion: a name after the row's
        // opening (`verzoekt de regering conform de motie-Kwint c.s. …`) is another one.
        let opening = unit.flatMap { rowOpening(of: $0) }.flatMap { $0 == index ? nil : groups.groupOf[$0] }
        let sameName = unit.map { u in groups.named(names).filter { groups[$0].units.contains(u) && $0 != opening } } ?? []
        let exact = sameName.filter { groups[$0].match(mention) == .exact }
        let partial = sameName.filter { [.exact, .partial].contains(groups[$0].match(mention)) }
        let loose = sameName.filter { groups[$0].match(mention) == .loose }
        let discussed = groups.discussed(in: unit)
        let elsewhere = groups.named(names).filter { groups[$0].id != nil && groups[$0].match(mention) == .exact }
        if exact.count == 1 {
            groups.add(index, to: exact[0])
        } else if exact.isEmpty, partial.count == 1 {
            groups.add(index, to: partial[0])
        } else if partial.isEmpty, discussed.count == 1, groups[discussed[0]].id != nil, !groups[discussed[0]].hasName,
                  unit.map({ !units[$0].isLetter }) ?? false {
            groups.add(index, to: discussed[0])
        } else if partial.isEmpty, let bySubject = unnamedOfSubject(mention, in: unit) {
            // `haar motie over medicijntekorten (Kamerstuk …)`, then `de motie Tielen over
            // medicijntekorten`: the motion cited without a name, known by its subject.
            groups.add(index, to: bySubject)
        } else if partial.isEmpty, elsewhere.count == 1, !unread, let title = units.questionsTitle,
                  title.contains(placed.anchor) || groups[elsewhere[0]].members.contains(where: { title.contains(groups.mentions[$0].anchor) }) {
            // The questions' title names the motion they are about: where the title or the
            // questions cite it, a mention of that name in the other is that motion.
            groups.add(index, to: elsewhere[0])
        } else {
            let group = keyedGroup(for: mention)
            groups.add(index, to: group)
            if !loose.isEmpty {
                let labels = loose.map(label).joined(separator: ", ")
                groups.note(group, MotionNote(.otherSubmitters, [mention.name ?? "", labels],
                                              at: placed.anchor))
            } else if !elsewhere.isEmpty {
                let ids = elsewhere.compactMap { groups[$0].id?.canonical }.joined(separator: ", ")
                groups.note(group, MotionNote(.citedElsewhere, [mention.name ?? "", ids],
                                              at: placed.anchor))
            }
        }
    }

    /// The mention an annex row whose columns run into each other opens with (``TableRows``).
    func rowOpening(of unit: Int) -> Int? {
        guard units[unit].interleaved else { return nil }
        return groups.mentions.indices(in: units[unit].range).first {
            !groups.mentions[$0].mention.inFootnote && [.named, .party].contains(groups.mentions[$0].mention.kind)
        }
    }

    /// The one motion of the unit that has a Kamerstuk but no name, and a subject that shares
    /// a word with the mention's.
    func unnamedOfSubject(_ mention: Mention, in unit: Int?) -> Int? {
        guard let words = MotionNames.subjectWords(mention) else { return nil }
        let matching = groups.unnamedCited(in: unit).filter { groups[$0].hasSubject(like: words) }
        return matching.count == 1 ? matching[0] : nil
    }

    /// The motion without a Kamerstuk a named mention belongs to: the one of this document of
    /// that name whose subject does not differ, else a new one, keyed by its submitters
    /// (`motie-erkens`). Where the document holds two such motions of one name, told apart by
    /// their subjects, each is keyed with its subject's first word too (`motie-erkens-india`,
    /// `motie-erkens-oekraine`) — the first as well as the second, so that no order of
    /// mentioning gives one of them the key another document gives the other. The submitters'
    /// key stays among the keys of each (``Motion/nameKeys``).
    mutating func keyedGroup(for mention: Mention) -> Int {
        let plain = MotionNames.nameKey(mention)
        let sameName = groups.keyed(from: plain).filter { [.exact, .partial].contains(groups[$0].match(mention)) }
        if sameName.count == 1 { return sameName[0] }
        guard let existing = groups.group(forKeyed: plain) else { return groups.group(forKey: plain) }
        guard let qualified = MotionNames.qualifiedKey(plain, for: mention) else { return existing }
        let mentions = groups[existing].members.map { groups.mentions[$0].mention }
        if let first = mentions.first(where: { MotionNames.subjectWords($0) != nil }),
           let renamed = MotionNames.qualifiedKey(plain, for: first), groups.group(forKeyed: renamed) == nil {
            groups.rekey(existing, from: plain, to: renamed)
        }
        return groups.group(forKey: qualified)
    }

    /// How a motion is named in a finding: its ID, else its key.
    func label(_ group: Int) -> String {
        groups[group].id?.canonical ?? groups[group].nameKey ?? "motie"
    }
}
