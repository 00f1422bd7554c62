/// What needs a person (`motieledger review`), newest first: readings still uncertain, with the
/// findings that say why; findings of a document (a mention that identifies no motion, a link
/// left open); keys joined to a Kamerstuk by an alias, each with the document that proposed it
/// and its date (an alias withdrawn with its document says so), and keys left unjoined because
/// they may name more than one motion; and numbers read twice with other bytes. Each item says
/// how to settle it.
package struct ReviewReport: FormattedReport, Sendable {
    /// What kind of question an item asks.
    package enum Kind: String, Sendable {
        /// A reading less than certain, not confirmed, voided or corrected.
        case uncertain
        /// A finding of a document as a whole.
        case finding
        /// A key joined to a Kamerstuk ID (proposed), or a join that did not hold.
        case alias
        /// A motion known by a key that other motions carry too: not joined, for it is not sure to which.
        case unjoined
        /// A document number read more than once with other bytes.
        case reread

        func word(_ language: Language) -> String {
            switch self {
            case .uncertain: language.pick("onzeker", "uncertain")
            case .finding: language.pick("bevinding", "finding")
            case .alias: language.pick("alias", "alias")
            case .unjoined: language.pick("niet gekoppeld", "not joined")
            case .reread: language.pick("dubbel gelezen", "read twice")
            }
        }
    }

    /// One question for a person.
    package struct Item: Sendable {
        package let kind: Kind
        /// The line that raises it: the event, document or alias record.
        package let seq: Int
        package let date: Day?
        /// The motion's key, where the item is about one.
        package let motion: String?
        package let name: String?
        /// The document (or other source) it comes from.
        package let source: String?
        package let status: MotionStatus?
        /// Why it needs a person: the findings kept with it, or what the ledger sees.
        package let reasons: [String]
        /// The commands that settle it.
        package let settle: [String]
    }

    /// The items, newest line first.
    package let items: [Item]

    /// What needs a person in `timeline`, each reason the ledger sees in `language` (a finding
    /// kept with a reading as it was kept).
    package init(timeline: Timeline, language: Language = .nl) {
        var items: [Item] = []
        for motion in timeline.motions {
            for event in timeline.history(of: motion) where event.uncertain && !event.isVoided && !event.isCorrected {
                items.append(Item(kind: .uncertain, seq: event.seq, date: event.date, motion: motion.key, name: motion.name,
                                  source: event.source, status: event.status, reasons: timeline.keptFindings(of: event.seq).map { $0.text(language) },
                                  settle: ["motieledger record --confirm \(event.seq)", "motieledger record --void \(event.seq) --note …"]))
            }
            if motion.id == nil {
                let others = timeline.motions(carrying: motion.key).filter { $0.key != motion.key }.map(\.key)
                if !others.isEmpty, let last = timeline.history(of: motion).last {
                    items.append(Item(kind: .unjoined, seq: last.seq, date: last.date, motion: motion.key, name: motion.name,
                                      source: last.source, status: nil,
                                      reasons: ["\(motion.key) \(language.pick("is misschien", "may be")) " + others.joined(separator: language.pick(" of ", " or "))],
                                      settle: ["motieledger status \(motion.key)"]))
                }
            }
        }
        for document in timeline.documents {
            let findings = timeline.keptFindings(of: document.seq).map { $0.text(language) }
            if !findings.isEmpty {
                items.append(Item(kind: .finding, seq: document.seq, date: document.date, motion: nil, name: nil, source: document.number,
                                  status: nil, reasons: findings, settle: ["motieledger record --void-document \(document.number) --note …"]))
            }
        }
        var readings: [String: [LedgerDocument]] = [:]
        for document in timeline.documents { readings[document.number.lowercased(), default: []].append(document) }
        for (_, documents) in readings where documents.count > 1 {
            let later = documents.last!
            items.append(Item(kind: .reread, seq: later.seq, date: later.date, motion: nil, name: nil, source: later.number, status: nil,
                              reasons: documents.map { "\($0.number), \(language.pick("regel", "line")) \($0.seq), \($0.date.iso), SHA-256 \($0.sha256.prefix(12))…" },
                              settle: ["motieledger record --void-document \(later.number) --note …"]))
        }
        for join in timeline.aliasJoins {
            let why: String = if let void = join.withdrawnBy {
                language.pick(" (ingetrokken met het document, regel \(void))", " (withdrawn with its document, line \(void))")
            } else if !join.held {
                language.pick(" (geldt niet: de sleutel was al eerder gekoppeld)", " (did not hold: the key was joined before)")
            } else {
                ""
            }
            items.append(Item(kind: .alias, seq: join.seq, date: join.date, motion: join.id, name: timeline.motion(key: join.id)?.name,
                              source: join.source, status: nil, reasons: ["\(join.key) = \(join.id)" + why],
                              settle: ["motieledger history \(join.id)"]))
        }
        self.items = items.enumerated().sorted { ($0.element.seq, $0.offset) > ($1.element.seq, $1.offset) }.map(\.element)
    }

    /// `Te beoordelen: 3 punten`.
    func heading(_ language: Language) -> String {
        let count = items.count
        return language.pick("Te beoordelen: ", "To review: ")
            + (count == 0 ? language.pick("niets", "nothing")
                : language.pick("\(count) \(count == 1 ? "punt" : "punten")", "\(count) \(count == 1 ? "item" : "items")"))
    }

    /// For people: a heading, then each item with its line, kind, motion and source, why, and what settles it.
    package func text(_ language: Language) -> String {
        var text: PersonText = "\(heading(language))\n"
        for item in items {
            var line: PersonText = "\n\(language.pick("regel", "line")) \(item.seq)  \(item.kind.word(language))"
            if let motion = item.motion { line += "  \(item.name.map { $0 == motion ? motion : "\(motion) — \($0)" } ?? motion)" }
            if let source = item.source { line += "  \(source)" }
            if let date = item.date { line += " (\(date))" }
            if let status = item.status { line += "  \(status.word(language))" }
            text += line + "\n"
            for reason in item.reasons { text += "  \(language.pick("waarom", "why")): \(reason)\n" }
            text += "  \(language.pick("te doen", "to do")): \(item.settle.joined(separator: language.pick(" of ", " or ")))\n"
        }
        return text.text
    }

    /// A heading and a table, one item a row, each cell escaped.
    package func markdown(_ language: Language) -> String {
        var text = "## \(heading(language))\n\n"
        guard !items.isEmpty else { return text }
        let heads = [language.pick("Regel", "Line"), language.pick("Soort", "Kind"), language.pick("Motie", "Motion"),
                     language.pick("Bron", "Source"), language.pick("Datum", "Date"), "Status", language.pick("Waarom", "Why"),
                     language.pick("Te doen", "To do")]
        text += "| " + heads.joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: heads.count) + "\n"
        for item in items {
            let cells = ["\(item.seq)", item.kind.word(language), item.motion ?? "", item.source ?? "", item.date?.iso ?? "",
                         item.status?.word(language) ?? "", item.reasons.joined(separator: "; "), item.settle.joined(separator: "; ")]
            text += "| " + cells.map(MarkdownText.cell).joined(separator: " | ") + " |\n"
        }
        return text
    }

    /// One object a line: `{"kind":"uncertain","seq":13,"date":…,"motion":…,"name":…,"source":…,
    /// "status":…,"reasons":[…],"settle":[…]}`.
    package var jsonLines: [UInt8] {
        JSONValue.lines(items.lazy.map { item in
            .object([
                ("kind", .string(item.kind.rawValue)), ("seq", .int(Int64(item.seq))), ("date", optional(item.date?.iso)),
                ("motion", optional(item.motion)), ("name", optional(item.name)), ("source", optional(item.source)),
                ("status", optional(item.status?.rawValue)), ("reasons", .array(item.reasons.map { .string($0) })),
                ("settle", .array(item.settle.map { .string($0) })),
            ])
        })
    }
}
