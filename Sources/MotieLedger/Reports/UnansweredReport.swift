import Kamerstuk

/// Adopted motions the government has not reported on (`motieledger unanswered`, "Aangenomen
/// moties zonder reactie"): motions the facts say were adopted, with no execution reading dated
/// on or after the vote — a reading being any status read from a document other than
/// `onbekend`, or a person's record — up to the day asked about. Oldest vote first, with the
/// days since the vote.
package struct UnansweredReport: FormattedReport, Sendable {
    /// One adopted motion without a reading.
    package struct Entry: Sendable {
        package let id: KamerstukID
        package let facts: MotionFacts
        package let adopted: Day
        /// Days from the vote to the day asked about.
        package let days: Int
        /// The ledger's motion, when documents mentioned it (without saying how it is carried out).
        package let motion: TimelineMotion?
    }

    /// The day asked about.
    package let day: Day
    /// The motions, oldest vote first, then in Kamerstuk order.
    package let entries: [Entry]

    /// The adopted motions of `timeline` without a reading on `day`, voted more than
    /// `olderThan` days before it when given.
    package init(timeline: Timeline, on day: Day, olderThan: Int? = nil) {
        let facts = timeline.facts()
        var entries: [Entry] = []
        for id in facts.orderedIDs {
            let profile = facts.profiles[id]!.facts
            guard let vote = profile.vote, vote.outcome == .aangenomen, let adopted = vote.date, adopted <= day else { continue }
            let days = day.daysSinceEpoch - adopted.daysSinceEpoch
            if let olderThan, days <= olderThan { continue }
            let motion = timeline.motion(key: id.canonical)
            if let motion, timeline.history(of: motion, upTo: .endOf(day)).contains(where: { event in
                event.date >= adopted && !event.isCorrected && !event.isVoided && (event.status != .onbekend || event.by == .manual)
            }) { continue }
            entries.append(Entry(id: id, facts: profile, adopted: adopted, days: days, motion: motion))
        }
        self.day = day
        self.entries = entries.enumerated().sorted { ($0.element.adopted, $0.offset) < ($1.element.adopted, $1.offset) }.map(\.element)
    }

    /// `Aangenomen moties zonder reactie op 2026-03-20: 2 moties`.
    func heading(_ language: Language) -> String {
        "\(language.pick("Aangenomen moties zonder reactie op", "Adopted motions without a reading on")) \(day.iso): \(ReportWords.motions(entries.count, language))"
    }

    /// For people: a heading, then each motion with its title, submitters, vote and advice.
    package func text(_ language: Language) -> String {
        var text: PersonText = "\(heading(language))\n"
        for entry in entries {
            var block = MotionBlock(id: entry.id, name: entry.motion?.name)
            block.row(language.pick("zonder reactie", "no reading"), "\(ReportWords.days(entry.days, language)) \(language.pick("sinds de stemming", "since the vote"))")
            block.facts(entry.facts, language)
            text += "\n" + block.text
        }
        return text.text
    }

    /// The heading as a sentence, then a table: the motion, its title, the vote's day, the days
    /// since, submitters and advice.
    package func markdown(_ language: Language) -> String {
        let heads = language == .nl
            ? ["Kamerstuk", "Titel", "Aangenomen", "Dagen", "Indieners", "Appreciatie"]
            : ["Kamerstuk", "Title", "Adopted", "Days", "Submitters", "Advice"]
        let rows = entries.map { entry in
            [
                MarkdownText.link(entry.id.canonical, to: entry.id.url), MarkdownText.cell(ReportText.shortened(entry.facts.title ?? "", limit: 80)),
                entry.adopted.iso, "\(entry.days)", MarkdownText.cell(FactsText.submitters(entry.facts.submitters ?? [])),
                MarkdownText.cell(entry.facts.advice ?? ""),
            ]
        }
        return MarkdownText.table(heads, rows, under: heading(language) + ".")
    }

    /// CSV (RFC 4180, or as a Dutch spreadsheet opens it), a header then a motion a record,
    /// the title and submitters whole.
    package func csv(_ language: Language, dialect: CSVDialect = .rfc4180) -> [UInt8] {
        var text = String(decoding: dialect.start, as: UTF8.self) + dialect.record(language == .nl
            ? ["Kamerstuk", "Link", "Titel", "Aangenomen", "Dagen", "Indieners", "Appreciatie"]
            : ["Kamerstuk", "Link", "Title", "Adopted", "Days", "Submitters", "Advice"])
        for entry in entries {
            text += dialect.record([
                entry.id.canonical, entry.id.url, ReportText.line(entry.facts.title ?? ""), entry.adopted.iso, "\(entry.days)",
                ReportText.line(FactsText.submitters(entry.facts.submitters ?? [])), ReportText.line(entry.facts.advice ?? ""),
            ])
        }
        return Array(text.utf8)
    }

    /// One object a line: `id`, `url`, `on`, `adopted`, `days`, and the facts as `table`
    /// gives them (`title`, `submitters`, `vote`, `advice`).
    package var jsonLines: [UInt8] {
        JSONValue.lines(entries.lazy.map { entry in
            .object([
                ("key", .string(entry.motion?.key ?? entry.id.canonical)), ("id", .string(entry.id.canonical)), ("url", .string(entry.id.url)),
                ("on", .string(day.iso)), ("adopted", .string(entry.adopted.iso)), ("days", .int(Int64(entry.days))),
            ] + FactsText.jsonMembers(entry.facts))
        })
    }
}
