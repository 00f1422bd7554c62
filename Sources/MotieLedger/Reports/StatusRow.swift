import Kamerstuk

/// A motion's status at a cutoff, with the full record of the event that set it: what each
/// report shows of a motion.
package struct StatusRow: Sendable {
    package let state: MotionState
    /// The event's record, read from the ledger: evidence, promised time, who and note.
    package let event: StatusEvent
    /// What the ledger's facts say the motion is.
    package var facts: MotionFacts?
    /// Why the reading is uncertain: the categories of the findings kept with it (empty when
    /// it is certain, confirmed, or kept none).
    package let uncertainBecause: [Finding.Category]

    /// The row of `state`, with its event's record, the facts and what `timeline` keeps of why
    /// the reading is uncertain.
    init(state: MotionState, event: StatusEvent, facts: MotionFacts? = nil, timeline: Timeline) {
        self.state = state
        self.event = event
        self.facts = facts
        uncertainBecause = state.event.uncertain ? timeline.keptFindings(of: state.event.seq).compactMap(\.category) : []
    }

    package var motion: TimelineMotion { state.motion }

    /// The rows of `states`, in their order, their events' details read from the timeline's
    /// file in bulk (``Timeline/details(of:)``), with each motion's facts when `facts` has any.
    static func rows(_ states: some Collection<MotionState>, in timeline: Timeline, facts: FactsMerge? = nil) throws(LedgerError) -> [StatusRow] {
        zip(states, try timeline.details(of: states.map(\.event))).map {
            StatusRow(state: $0, event: $1, facts: $0.motion.id.flatMap { facts?.profile(for: $0)?.facts }, timeline: timeline)
        }
    }

    /// The motion's title: the facts', else its name when the reading named it by its subject.
    package var title: String? { MotionTitleText.title(motion, facts) }

    /// What shows the status: the source's sentence, or the note of a record made by hand.
    package var evidence: String? { event.evidence ?? event.note }

    /// The status word, marked when the reading is uncertain with why, as far as the findings
    /// kept with it say: `in uitvoering (onzeker: de passage stelt een voorwaarde)`.
    func statusText(_ language: Language) -> String {
        event.status.word(language) + (state.event.uncertain ? " (\(ReportWords.uncertain(uncertainBecause, language)))" : "")
    }

    /// The source, marked when a person recorded the status by hand.
    func sourceText(_ language: Language) -> String {
        ReportText.line(event.source) + (event.by == .manual ? language.pick(" (handmatig)", " (manual)") : "")
    }

    /// The promised time in words and as a range of days: `in het vierde kwartaal van 2026
    /// (2026-10-01 t/m 2026-12-31)`; `nil` when the event promises nothing.
    func expectedText(_ language: Language) -> String? {
        event.expected.map { "\(ReportText.line($0.text)) (\(ReportWords.range($0, language)))" }
    }

    /// The CSV heads of a status, each flag in a column of its own: status, uncertain, since,
    /// date, source, manual, debate, passage, and the promised time in words, from and to.
    static func csvHeads(_ language: Language) -> [String] {
        language == .nl
            ? ["Status", "Onzeker", "Sinds", "Datum", "Bron", "Handmatig", "Debat", "Passage", "Verwacht", "Verwacht vanaf", "Verwacht tot"]
            : ["Status", "Uncertain", "Since", "Date", "Source", "Manual", "Debate", "Evidence", "Expected", "Expected from", "Expected to"]
    }

    /// The CSV cells of ``csvHeads(_:)``: the words plain, a flag `ja` or `nee`, never packed
    /// into another value; all empty without a status (`row` nil).
    static func csvCells(_ row: StatusRow?, _ dialect: CSVDialect, _ language: Language) -> [String] {
        guard let row else { return Array(repeating: "", count: 11) }
        let event = row.event
        return [
            event.status.word(language), dialect.flag(event.uncertain, language), row.state.since.iso, event.date.iso,
            ReportText.line(event.source), dialect.flag(event.by == .manual, language), event.debate.map(ReportText.line) ?? "",
            ReportText.line(row.evidence ?? ""), event.expected.map { ReportText.line($0.text) } ?? "",
            event.expected?.from.iso ?? "", event.expected?.to.iso ?? "",
        ]
    }

    /// The members every report's JSON gives of a motion and its status.
    var jsonMembers: [(String, JSONValue)] {
        StatusRow.motionJSONMembers(motion) + StatusRow.statusJSONMembers(self)
    }

    /// The members every report's JSON gives of a motion: key, id, name and url.
    static func motionJSONMembers(_ motion: TimelineMotion) -> [(String, JSONValue)] {
        [("key", .string(motion.key)), ("id", optional(motion.id?.canonical)), ("name", .string(motion.name)), ("url", optional(motion.id?.url))]
    }

    /// The Kamerstuk cell of a Markdown table: the ID linked to its page, else the motion's key.
    static func kamerstukCell(_ motion: TimelineMotion) -> String {
        motion.id.map { MarkdownText.link($0.canonical, to: $0.url) } ?? MarkdownText.cell(motion.key)
    }

    /// The members every report's JSON gives of a status, from `status` to `note`; each is
    /// null without a status (`row` nil), as for a motion a diff finds at one end only.
    static func statusJSONMembers(_ row: StatusRow?) -> [(String, JSONValue)] {
        let event = row?.event
        return [
            ("status", optional(event?.status.rawValue)), ("since", optional(row?.state.since.iso)), ("date", optional(event?.date.iso)),
            ("source", optional(event?.source)), ("debate", optional(event?.debate)), ("evidence", optional(event?.evidence)),
            ("evidenceLine", event?.evidenceLine.map { .int(Int64($0)) } ?? .null), ("expected", event?.expected.map(expectedJSON) ?? .null),
            ("uncertain", row.map { .bool($0.state.event.uncertain) } ?? .null), ("by", optional(event?.by.rawValue)), ("who", optional(event?.who)),
            ("note", optional(event?.note)),
        ]
    }
}
