/// The motions whose promised time has passed on a day with no newer status than the one that
/// promised it (`motieledger overdue`): what a clerk asks the minister about next.
///
/// The ledger is read as it stood at the end of the day, so a promise is judged by what was
/// known then. Any later event of the motion, whatever it says, is the news the promise was
/// waiting for; a promise made with the status `uitgevoerd` or `vervallen` asks nothing more.
public struct OverdueReport: FormattedReport, Sendable {
    /// One motion past its promised time.
    package struct Entry: Sendable {
        package let row: StatusRow
        /// The time the motion's current status promised.
        package let expected: ExpectedTime
        /// Days from the last promised day to the day asked about: 1 on the day after.
        package let daysOverdue: Int
    }

    /// The day asked about.
    public let day: Day
    /// The motions, longest overdue first, then in Kamerstuk order.
    package let entries: [Entry]

    /// The motions of `timeline` overdue on `day`. Only their events are read in full, in bulk.
    public init(timeline: Timeline, on day: Day) throws(LedgerError) {
        try self.init(timeline: timeline, on: day, states: timeline.snapshot(at: .endOf(day)))
    }

    /// The motions overdue on `day` among `states`, the timeline's snapshot at the end of the
    /// day, already made.
    init(timeline: Timeline, on day: Day, states: [MotionState]) throws(LedgerError) {
        let overdue = states.filter { state in
            guard let promised = state.event.expected else { return false }
            return promised.upperBound < day && state.event.status != .uitgevoerd && state.event.status != .vervallen
        }
        let entries = try StatusRow.rows(overdue, in: timeline).compactMap { row in
            row.event.expected.map { Entry(row: row, expected: $0, daysOverdue: day.daysSinceEpoch - $0.to.daysSinceEpoch) }
        }
        self.day = day
        // Sorted by the last promised day; the enumeration keeps Kamerstuk order among equals.
        self.entries = entries.enumerated().sorted { ($0.element.expected.to, $0.offset) < ($1.element.expected.to, $1.offset) }
            .map(\.element)
    }

    /// `Termijn verstreken op 2026-11-29: 2 moties` (as the Eerste Kamer writes it).
    func heading(_ language: Language) -> String {
        "\(language.pick("Termijn verstreken op", "Overdue on")) \(day.iso): \(ReportWords.motions(entries.count, language))"
    }

    /// For people: a heading, then each motion with its days overdue, status, source,
    /// evidence and the promise in its own words.
    public func text(_ language: Language) -> String {
        var text: PersonText = "\(heading(language))\n"
        for entry in entries {
            var block = MotionBlock(entry.row.motion)
            block.row(language.pick("verstreken", "overdue"), "\(ReportWords.days(entry.daysOverdue, language))")
            block.row("status", "\(entry.row.statusText(language)) (\(language.pick("sinds", "since")) \(entry.row.state.since))")
            block.details(of: entry.row.event, language, uncertain: entry.row.state.event.uncertain)
            text += "\n" + block.text
        }
        return text.text
    }

    /// The heading as a sentence, then a table: the motion, its status, the promise and its
    /// range, days overdue, source and evidence (shortened).
    public func markdown(_ language: Language) -> String {
        let heads = language == .nl
            ? ["Motie", "Kamerstuk", "Status", "Verwacht", "Termijn", "Verstreken", "Bron", "Passage"]
            : ["Motion", "Kamerstuk", "Status", "Promised", "Range", "Overdue", "Source", "Evidence"]
        let rows = entries.map { entry in
            let row = entry.row
            return [
                MarkdownText.cell(row.motion.name), StatusRow.kamerstukCell(row.motion), MarkdownText.cell(row.statusText(language)),
                MarkdownText.cell(entry.expected.text), ReportWords.range(entry.expected, language),
                ReportWords.days(entry.daysOverdue, language), MarkdownText.cell(row.sourceText(language)),
                MarkdownText.cell(ReportText.shortened(row.evidence ?? "")),
            ]
        }
        return MarkdownText.table(heads, rows, under: heading(language) + ".")
    }

    /// A header, then a motion a record: the day asked about, the motion, the days since its
    /// promised time ran out, and its status as the table's CSV gives it, each flag in a
    /// column of its own.
    public func csv(_ language: Language, dialect: CSVDialect = .rfc4180) -> [UInt8] {
        var bytes = dialect.start
        let heads = language == .nl ? ["Op", "Motie", "Kamerstuk", "Link", "Dagen verstreken"] : ["On", "Motion", "Kamerstuk", "Link", "Days overdue"]
        bytes += dialect.record(heads + StatusRow.csvHeads(language)).utf8
        for entry in entries {
            let motion = entry.row.motion
            bytes += dialect.record([
                day.iso, ReportText.line(motion.name), motion.id?.canonical ?? ReportText.line(motion.key), motion.id?.url ?? "",
                String(entry.daysOverdue),
            ] + StatusRow.csvCells(entry.row, dialect, language)).utf8
        }
        return bytes
    }

    /// One object a line: the motion and its status as ``StatusTable/jsonLines`` gives them,
    /// with `on` (the day asked about) and `daysOverdue`.
    public var jsonLines: [UInt8] {
        JSONValue.lines(entries.lazy.map { entry in
            .object(entry.row.jsonMembers + [("on", .string(day.iso)), ("daysOverdue", .int(Int64(entry.daysOverdue)))])
        })
    }
}
