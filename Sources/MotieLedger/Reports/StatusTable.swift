/// The status table of every motion in the ledger at a cutoff (`motieledger table`): one row a
/// motion, ordered by Kamerstuk (dossier, toevoeging, number) with the motions without one
/// after them by key, and optionally grouped by status.
///
/// A table holds every row with its event's full record. ``Chunks`` writes the same text a
/// chunk of rows at a time, for a ledger whose rows are too many to hold at once.
public struct StatusTable: Sendable {
    /// How the rows are grouped.
    public enum Grouping: String, Sendable {
        /// One table in Kamerstuk order.
        case none
        /// A table for each status, in the order of ``MotionStatus/allCases``, each in Kamerstuk order.
        case status
    }

    /// What the table is written as.
    package enum Format: String, Sendable {
        /// GitHub-flavoured Markdown, as ``StatusTable/markdown(_:)`` gives it.
        case markdown
        /// RFC 4180, as ``StatusTable/csv(_:)`` gives it.
        case csv
        /// JSON Lines, as ``StatusTable/jsonLines`` gives them.
        case json
    }

    /// The cutoff asked for; `nil` for the ledger as it stands.
    public let cutoff: Cutoff?
    public let grouping: Grouping
    /// The rows in the order shown.
    package let rows: [StatusRow]
    /// The motions known only from facts, after the rows, in Kamerstuk order.
    package let unread: [MotionFacts]
    /// How many motions have each status, in the order of ``MotionStatus/allCases``; statuses
    /// no motion has are left out.
    public let totals: [(status: MotionStatus, count: Int)]

    /// The table of `timeline` at `cutoff`, of the motions `selection` admits; motions with no
    /// status by then are left out, but for those the facts give (without a cutoff).
    public init(timeline: Timeline, at cutoff: Cutoff? = nil, grouping: Grouping = .none,
                selection: TableSelection = TableSelection()) throws(LedgerError) {
        let layout = Layout(timeline: timeline, cutoff: cutoff, grouping: grouping, selection: selection)
        self.cutoff = cutoff
        self.grouping = grouping
        rows = try StatusRow.rows(layout.states, in: timeline, facts: layout.facts)
        unread = layout.unread
        totals = layout.totals
    }

    /// The table in GitHub-flavoured Markdown: a line naming the cutoff (if one was asked), the
    /// table (a heading and a table for each status when grouped), and a line of totals. Every
    /// cell is escaped by ``MarkdownText``; evidence is shortened to 160 characters.
    public func markdown(_ language: Language) -> String {
        String(decoding: text(.markdown, language), as: UTF8.self)
    }

    /// The table as CSV (CRLF line ends, fields quoted where needed, formula injection
    /// guarded by ``CSVText``; RFC 4180, or as a Dutch spreadsheet opens it): a header, then one
    /// record a motion with its link, each flag (uncertain, manual) and the debate, date and
    /// promised range in columns of their own, and the evidence in full.
    public func csv(_ language: Language, dialect: CSVDialect = .rfc4180) -> [UInt8] {
        text(.csv, language, dialect: dialect)
    }

    /// One JSON object a line, a motion each: key, id, name, url, status (the ledger's word),
    /// since, date, source, debate, evidence, evidenceLine, expected, uncertain, by, who, note.
    public var jsonLines: [UInt8] {
        // The JSON gives the ledger's own words, in no language of people.
        text(.json, .nl)
    }

    /// `Totaal: 19 moties — 10 uitgevoerd, 3 in uitvoering, …`.
    func totalsLine(_ language: Language) -> String {
        Writer.totalsLine(totals, language, unread: unread.count)
    }

    private func text(_ format: Format, _ language: Language, dialect: CSVDialect = .rfc4180) -> [UInt8] {
        let writer = Writer(format: format, language: language, dialect: dialect, cutoff: cutoff, grouping: grouping, totals: totals,
                            unread: unread.count)
        var text: [UInt8] = []
        writer.opening(into: &text)
        for index in rows.indices {
            writer.append(rows[index], after: index > 0 ? rows[index - 1].state.event.status : nil, into: &text)
        }
        for (index, facts) in unread.enumerated() { writer.append(unread: facts, first: index == 0, afterRows: !rows.isEmpty, into: &text) }
        writer.closing(hasRows: !rows.isEmpty || !unread.isEmpty, into: &text)
        return text
    }
}

extension StatusTable {
    /// The text of a table, written a chunk of rows at a time: the rows of a chunk are cut
    /// into parts that are read (each part's details in bulk, ``Timeline/details(of:)``) and
    /// written at once on all cores, and let go after, so that only the motions' states and
    /// one chunk are held at once, however many motions the ledger has. The text is exactly
    /// what a ``StatusTable`` of the same arguments gives.
    package struct Chunks: Sendable {
        private let timeline: Timeline
        private let states: [MotionState]
        private let facts: FactsMerge
        private let unread: [MotionFacts]
        private let writer: Writer
        private let rowsPerChunk: Int
        /// The first state whose row is not written yet.
        private var position = 0
        private var isDone = false

        /// The table of `timeline` at `cutoff` as ``StatusTable/init(timeline:at:grouping:)``
        /// makes it, written in `format` and `language`, `rowsPerChunk` rows to a chunk.
        package init(timeline: Timeline, at cutoff: Cutoff? = nil, grouping: Grouping = .none, selection: TableSelection = TableSelection(),
                    format: Format, language: Language, dialect: CSVDialect = .rfc4180, rowsPerChunk: Int = 4096) {
            precondition(rowsPerChunk > 0, "a chunk needs room for a row")
            let layout = Layout(timeline: timeline, cutoff: cutoff, grouping: grouping, selection: selection)
            self.timeline = timeline
            states = layout.states
            facts = layout.facts
            unread = layout.unread
            writer = Writer(format: format, language: language, dialect: dialect, cutoff: cutoff, grouping: grouping, totals: layout.totals,
                            unread: layout.unread.count)
            self.rowsPerChunk = rowsPerChunk
        }

        /// The next chunk of the text: the first holds what comes before the rows, the last
        /// what comes after; `nil` once the whole text was given.
        package mutating func next() throws(LedgerError) -> [UInt8]? {
            guard !isDone else { return nil }
            var text: [UInt8] = []
            if position == 0 { writer.opening(into: &text) }
            let end = min(states.count, position + rowsPerChunk)
            for part in try rows(position..<end) { text += part }
            position = end
            if position == states.count {
                for (index, facts) in unread.enumerated() {
                    writer.append(unread: facts, first: index == 0, afterRows: !states.isEmpty, into: &text)
                }
                writer.closing(hasRows: !states.isEmpty || !unread.isEmpty, into: &text)
                isDone = true
            }
            return text
        }

        /// The text of the rows of `range`, in parts written at once; fails with the first
        /// failure in the rows' order.
        private func rows(_ range: Range<Int>) throws(LedgerError) -> [[UInt8]] {
            // A part of a few rows is written faster than a thread starts.
            let parts = max(1, min(LedgerParts.cores, range.count / 256))
            let (timeline, states, writer, facts) = (self.timeline, self.states, self.writer, self.facts)
            let texts = LedgerParts.run(parts) { k in
                Result { () throws(LedgerError) in
                    let part = range.lowerBound + range.count * k / parts..<range.lowerBound + range.count * (k + 1) / parts
                    var text: [UInt8] = []
                    for (index, row) in zip(part, try StatusRow.rows(states[part], in: timeline, facts: facts)) {
                        writer.append(row, after: index > 0 ? states[index - 1].event.status : nil, into: &text)
                    }
                    return text
                }
            }
            return try texts.map { text throws(LedgerError) in try text.get() }
        }
    }

    /// The motions' states in the order shown, and the totals: what a table knows before any
    /// event's details are read.
    struct Layout {
        let states: [MotionState]
        let totals: [(status: MotionStatus, count: Int)]
        let facts: FactsMerge
        /// The motions known only from facts that the table shows (none at a cutoff).
        let unread: [MotionFacts]

        init(timeline: Timeline, cutoff: Cutoff?, grouping: Grouping, selection: TableSelection) {
            let facts = timeline.facts()
            self.facts = facts
            let states = timeline.snapshot(at: cutoff).filter { state in
                selection.admits(id: state.motion.id, facts: state.motion.id.flatMap { facts.profile(for: $0)?.facts }, since: state.since)
            }
            unread = cutoff != nil ? [] : facts.orderedIDs
                .filter { timeline.motion(key: $0.canonical) == nil }
                .map { facts.profiles[$0]!.facts }
                .filter(selection.admitsWithoutReading)
            var counts = [Int](repeating: 0, count: MotionStatus.allCases.count)
            for state in states { counts[MotionStatus.allCases.firstIndex(of: state.event.status)!] += 1 }
            totals = zip(MotionStatus.allCases, counts).filter { $0.1 > 0 }.map { (status: $0, count: $1) }
            self.states = grouping == .status
                ? MotionStatus.allCases.flatMap { status in states.filter { $0.event.status == status } }
                : states
        }
    }

    /// Writes a table a row at a time: what comes before the rows, each row (a grouped table
    /// puts the heading and head of a new group before the group's first row), and what comes
    /// after. A whole table and one written in chunks both go through it, so they cannot differ.
    struct Writer: Sendable {
        let format: Format
        let language: Language
        /// How CSV is written.
        let dialect: CSVDialect
        let cutoff: Cutoff?
        let grouping: Grouping
        let totals: [(status: MotionStatus, count: Int)]
        /// How many motions known only from facts follow the rows.
        let unread: Int

        /// Writes what comes before the rows.
        func opening(into text: inout [UInt8]) {
            switch format {
            case .markdown:
                if let cutoff {
                    text += "\(language.pick("Stand per", "As of")) \(MarkdownText.cell(ReportWords.cutoff(cutoff, language)))\n\n".utf8
                }
                if grouping == .none { text += markdownHead.utf8 }
            case .csv:
                text += dialect.start
                text += dialect.record(
                    (language == .nl ? ["Motie", "Titel", "Kamerstuk", "Link"] : ["Motion", "Title", "Kamerstuk", "Link"])
                        + StatusRow.csvHeads(language)
                        + (language == .nl ? ["Stemming", "Stemdatum", "Appreciatie"] : ["Vote", "Vote date", "Advice"])
                ).utf8
            case .json:
                break
            }
        }

        /// Writes `row`, which follows a row of the status `previous` (`nil` for the first row).
        func append(_ row: StatusRow, after previous: MotionStatus?, into text: inout [UInt8]) {
            switch format {
            case .markdown:
                let status = row.state.event.status
                if grouping == .status, status != previous {
                    // The blank line that ends the group before.
                    if previous != nil { text.append(0x0A) }
                    let count = totals.first { $0.status == status }?.count ?? 0
                    text += "### \(status.word(language)) (\(count))\n\n\(markdownHead)".utf8
                }
                text += MarkdownText.row([
                    MarkdownText.cell(row.motion.name), MarkdownText.cell(ReportText.shortened(row.title ?? "", limit: 80)),
                    StatusRow.kamerstukCell(row.motion), MarkdownText.cell(row.statusText(language)),
                    row.state.since.iso, MarkdownText.cell(row.sourceText(language)),
                    MarkdownText.cell(ReportText.shortened(row.evidence ?? "")),
                    MarkdownText.cell(row.expectedText(language) ?? ""),
                ]).utf8
            case .csv:
                text += dialect.record([
                    ReportText.line(row.motion.name), ReportText.line(row.title ?? ""), row.motion.id?.canonical ?? ReportText.line(row.motion.key),
                    row.motion.id?.url ?? "",
                ] + StatusRow.csvCells(row, dialect, language) + Writer.factsCells(row.facts, language)).utf8
            case .json:
                let facts = [("title", optional(row.title))] + FactsText.jsonMembers(row.facts).dropFirst()
                JSONValue.object(row.jsonMembers + facts).encode(into: &text, canonical: false)
                text.append(0x0A)
            }
        }

        /// Writes a motion known only from facts: no status was read of it. `first` of them, after
        /// status rows when `afterRows`.
        func append(unread facts: MotionFacts, first: Bool, afterRows: Bool, into text: inout [UInt8]) {
            let name = facts.submitters.map { ReportWords.capitalisingStart($0.map(\.name).joined(separator: ", ")) } ?? ""
            let noReading = language.pick("geen reactie", "no reading")
            switch format {
            case .markdown:
                if grouping == .status, first {
                    if afterRows { text.append(0x0A) }
                    text += "### \(noReading) (\(unread))\n\n\(markdownHead)".utf8
                }
                text += MarkdownText.row([
                    MarkdownText.cell(name), MarkdownText.cell(ReportText.shortened(facts.title ?? "", limit: 80)),
                    facts.id.map { MarkdownText.link($0.canonical, to: $0.url) } ?? "", noReading, facts.vote?.date?.iso ?? "",
                    MarkdownText.cell(facts.vote.map { "\(language.pick("stemming", "vote")): \($0.outcome.word(language))" } ?? ""), "", "",
                ]).utf8
            case .csv:
                var status = StatusRow.csvCells(nil, dialect, language)
                status[0] = noReading
                text += dialect.record([ReportText.line(name), ReportText.line(facts.title ?? ""), facts.id?.canonical ?? "", facts.id?.url ?? ""]
                    + status + Writer.factsCells(facts, language)).utf8
            case .json:
                let motion: [(String, JSONValue)] = [
                    ("key", optional(facts.id?.canonical)), ("id", optional(facts.id?.canonical)), ("name", .string(name)),
                    ("url", optional(facts.id?.url)),
                ]
                JSONValue.object(motion + StatusRow.statusJSONMembers(nil) + FactsText.jsonMembers(facts)).encode(into: &text, canonical: false)
                text.append(0x0A)
            }
        }

        /// The CSV cells of a motion's vote and advice.
        static func factsCells(_ facts: MotionFacts?, _ language: Language) -> [String] {
            [facts?.vote?.outcome.word(language) ?? "", facts?.vote?.date?.iso ?? "", ReportText.line(facts?.advice ?? "")]
        }

        /// Writes what follows the rows, of which there were some when `hasRows`.
        func closing(hasRows: Bool, into text: inout [UInt8]) {
            guard format == .markdown else { return }
            // A blank line first: a line right under a table would be read as another row.
            if grouping == .none || hasRows { text.append(0x0A) }
            text += "\(Writer.totalsLine(totals, language, unread: unread))\n".utf8
        }

        private var markdownHead: String {
            let heads = language == .nl
                ? ["Motie", "Titel", "Kamerstuk", "Status", "Sinds", "Bron", "Passage", "Verwacht"]
                : ["Motion", "Title", "Kamerstuk", "Status", "Since", "Source", "Evidence", "Expected"]
            return MarkdownText.header(heads)
        }

        /// `Totaal: 19 moties — 10 uitgevoerd, 3 in uitvoering, …`.
        /// `unread`: the motions known only from facts, counted last (`2 zonder reactie`).
        static func totalsLine(_ totals: [(status: MotionStatus, count: Int)], _ language: Language, unread: Int = 0) -> String {
            let count = totals.reduce(0) { $0 + $1.count } + unread
            var line = language.pick("Totaal: \(count) \(count == 1 ? "motie" : "moties")",
                                     "Total: \(count) \(count == 1 ? "motion" : "motions")")
            var parts = totals.map { "\($0.count) \($0.status.word(language))" }
            if unread > 0 { parts.append("\(unread) \(language.pick("zonder reactie", "without a reading"))") }
            if !parts.isEmpty { line += " — " + parts.joined(separator: ", ") }
            return line
        }
    }
}
