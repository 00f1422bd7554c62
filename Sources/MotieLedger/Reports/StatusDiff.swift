/// What changed between two moments of the ledger (`motieledger diff FROM TO`): each motion's
/// status as it stood after FROM beside its status after TO, with the evidence of the latter.
public struct StatusDiff: FormattedReport, Sendable {
    /// How a motion's status at TO compares with its status at FROM.
    package enum Change: String, Sendable {
        /// No status at FROM: the motion came up since.
        case new
        /// Another status at TO.
        case changed
        /// The same status; shown only when asked for.
        case unchanged
        /// A status at FROM but none at TO, as when TO lies before FROM.
        case absent
    }

    /// One motion's line of the diff.
    package struct Entry: Sendable {
        package let motion: TimelineMotion
        package let change: Change
        /// The status at FROM; `nil` for a new motion.
        package let from: MotionState?
        /// The status at TO, with its details; `nil` for an absent one.
        package let to: StatusRow?
    }

    public let from: Cutoff
    public let to: Cutoff
    /// The motions, in Kamerstuk order (those without one after, by key).
    package let entries: [Entry]

    /// Compares `timeline` at the two cutoffs; unchanged motions are listed only with
    /// `includeUnchanged`. Only the events shown are read in full from the ledger file, in bulk.
    public init(timeline: Timeline, from: Cutoff, to: Cutoff, includeUnchanged: Bool = false) throws(LedgerError) {
        var shown: [(motion: TimelineMotion, change: Change, from: MotionState?, to: MotionState?)] = []
        for motion in timeline.motions {
            let before = timeline.state(of: motion, at: from)
            let after = timeline.state(of: motion, at: to)
            let change: Change
            switch (before, after) {
            case (nil, nil): continue
            case (nil, .some): change = .new
            case (.some, nil): change = .absent
            case let (before?, after?): change = before.event.status == after.event.status ? .unchanged : .changed
            }
            if change == .unchanged && !includeUnchanged { continue }
            shown.append((motion, change, before, after))
        }
        // A record for each status at TO, in order, each made into its row as its entry is made:
        // a diff of every motion holds no array of rows besides the entries.
        var details = try timeline.details(of: shown.compactMap { $0.to?.event }).makeIterator()
        self.from = from
        self.to = to
        entries = shown.map { motion, change, before, after in
            Entry(motion: motion, change: change, from: before, to: after.map { StatusRow(state: $0, event: details.next()!, timeline: timeline) })
        }
    }

    /// `6 gewijzigd, 1 nieuw`, or `geen wijzigingen`.
    func summary(_ language: Language) -> String {
        let counts: [(Change, String, String)] = [
            (.changed, "gewijzigd", "changed"), (.new, "nieuw", "new"), (.absent, "zonder status", "without a status"),
            (.unchanged, "ongewijzigd", "unchanged"),
        ]
        let parts = counts.compactMap { change, dutch, english in
            let count = entries.filter { $0.change == change }.count
            return count == 0 ? nil : "\(count) \(language.pick(dutch, english))"
        }
        return parts.isEmpty ? language.pick("geen wijzigingen", "no changes") : parts.joined(separator: ", ")
    }

    // MARK: Text

    /// For people: the two moments and a summary, then each motion with its old and new status
    /// side by side and the source and evidence of the new one.
    public func text(_ language: Language) -> String {
        let labels = [language.pick("van:", "from:"), language.pick("tot:", "to:")]
        let width = labels.map(\.count).max() ?? 0
        var text: PersonText = ""
        for (label, moment) in zip(labels, [from, to]) {
            let padding = PersonText(stringLiteral: String(repeating: " ", count: width + 1 - label.count))
            text += "\(label)\(padding)\(ReportWords.cutoff(moment, language))\n"
        }
        text += "\(summary(language))\n"
        let since = { (state: MotionState) -> PersonText in " (\(language.pick("sinds", "since")) \(state.since))" }
        for entry in entries {
            var block = MotionBlock(entry.motion)
            let old: PersonText = entry.from.map { "\($0.event.status.word(language))\(since($0))" } ?? "\(language.pick("nieuw", "new"))"
            let new: PersonText = entry.to.map { "\($0.statusText(language))\(since($0.state))" } ?? "\(language.pick("geen status", "no status"))"
            block.row("status", entry.change == .unchanged ? new : "\(old) → \(new)")
            if let to = entry.to { block.details(of: to.event, language, uncertain: to.state.event.uncertain) }
            text += "\n" + block.text
        }
        return text.text
    }

    // MARK: Markdown

    /// A line naming the two moments with the summary, then a table of the motions: old and
    /// new status side by side, since when, source, evidence (shortened) and promised time.
    public func markdown(_ language: Language) -> String {
        var sentence = "\(language.pick("Van", "From")) \(MarkdownText.cell(ReportWords.cutoff(from, language))) "
        sentence += "\(language.pick("tot", "to")) \(MarkdownText.cell(ReportWords.cutoff(to, language))): \(summary(language))."
        let heads = language == .nl
            ? ["Motie", "Kamerstuk", "Oud", "Nieuw", "Sinds", "Bron", "Passage", "Verwacht"]
            : ["Motion", "Kamerstuk", "Old", "New", "Since", "Source", "Evidence", "Expected"]
        let rows = entries.map { entry in
            let old = entry.from.map { $0.event.status.word(language) } ?? "—"
            let to = entry.to
            return [
                MarkdownText.cell(entry.motion.name), StatusRow.kamerstukCell(entry.motion), old, MarkdownText.cell(to?.statusText(language) ?? "—"),
                to?.state.since.iso ?? "", MarkdownText.cell(to?.sourceText(language) ?? ""),
                MarkdownText.cell(ReportText.shortened(to?.evidence ?? "")), MarkdownText.cell(to?.expectedText(language) ?? ""),
            ]
        }
        return MarkdownText.table(heads, rows, under: sentence)
    }

    // MARK: CSV

    /// A header, then a motion a record: the change, the status at FROM with its since and
    /// source, then the status at TO as the table's CSV gives it, each flag in a column of its
    /// own; the two moments are the `from` and `to` columns of every record.
    public func csv(_ language: Language, dialect: CSVDialect = .rfc4180) -> [UInt8] {
        var bytes = dialect.start
        let heads = language == .nl
            ? ["Van", "Tot", "Motie", "Kamerstuk", "Link", "Wijziging", "Oud", "Oud sinds", "Oude bron"]
            : ["From", "To", "Motion", "Kamerstuk", "Link", "Change", "Old", "Old since", "Old source"]
        bytes += dialect.record(heads + StatusRow.csvHeads(language)).utf8
        let changes: [Change: (String, String)] = [
            .new: ("nieuw", "new"), .changed: ("gewijzigd", "changed"), .unchanged: ("ongewijzigd", "unchanged"), .absent: ("zonder status", "without a status"),
        ]
        let moments = [ReportText.line(ReportWords.cutoff(from, language)), ReportText.line(ReportWords.cutoff(to, language))]
        for entry in entries {
            let change = changes[entry.change]!
            bytes += dialect.record(moments + [
                ReportText.line(entry.motion.name), entry.motion.id?.canonical ?? ReportText.line(entry.motion.key), entry.motion.id?.url ?? "",
                language.pick(change.0, change.1), entry.from.map { $0.event.status.word(language) } ?? "", entry.from?.since.iso ?? "",
                entry.from.map { ReportText.line($0.event.source) } ?? "",
            ] + StatusRow.csvCells(entry.to, dialect, language)).utf8
        }
        return bytes
    }

    // MARK: JSON

    /// One object a line: `id`, `name`, `from` (the status at FROM, `null` for a new motion),
    /// `to` (at TO, `null` when absent), `change`, `fromSince` and `fromSource` (of the status at
    /// FROM), then the details of the status at TO as ``StatusTable/jsonLines`` gives them. Every
    /// line has every member, `null` for what an end without a status cannot say.
    public var jsonLines: [UInt8] {
        JSONValue.lines(entries.lazy.map { entry in
            var members: [(String, JSONValue)] = [
                ("id", optional(entry.motion.id?.canonical)), ("name", .string(entry.motion.name)),
                ("from", optional(entry.from?.event.status.rawValue)), ("to", optional(entry.to?.event.status.rawValue)),
                ("change", .string(entry.change.rawValue)), ("fromSince", optional(entry.from?.since.iso)),
                ("fromSource", optional(entry.from?.event.source)),
            ]
            let details = StatusRow.motionJSONMembers(entry.motion) + StatusRow.statusJSONMembers(entry.to)
            members += details.filter { key, _ in !["id", "name", "status"].contains(key) }
            return JSONValue.object(members)
        })
    }
}
