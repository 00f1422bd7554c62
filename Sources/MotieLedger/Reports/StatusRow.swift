import Foundation

/// A motion's status at a cutoff, with the full record of the event that set it: what each
/// report shows of a motion.
public struct StatusRow: Sendable {
    public let state: MotionState
    /// The event's record, read from the ledger: evidence, promised time, who and note.
    public let event: StatusEvent

    public var motion: TimelineMotion { state.motion }

    /// The rows of `states`, in their order, their events' details read from the timeline's
    /// file in bulk (``Timeline/details(of:)``).
    static func rows(_ states: some Collection<MotionState>, in timeline: Timeline) throws(LedgerError) -> [StatusRow] {
        zip(states, try timeline.details(of: states.map(\.event))).map { StatusRow(state: $0, event: $1) }
    }

    /// What shows the status: the source's sentence, or the note of a record made by hand.
    public var evidence: String? { event.evidence ?? event.note }

    /// The status word, marked when the reading is uncertain, as the status report marks it.
    func statusText(_ language: Language) -> String {
        event.status.word(language) + (event.uncertain ? language.pick(" (onzeker)", " (uncertain)") : "")
    }

    /// The source, marked when a person recorded the status by hand.
    func sourceText(_ language: Language) -> String {
        ReportText.line(event.source) + (event.by == .manual ? language.pick(" (handmatig)", " (manual)") : "")
    }

    /// The promised time in words and as a range of days: `in het vierde kwartaal van 2026
    /// (2026-10-01 t/m 2026-12-31)`; `nil` when the event promises nothing.
    func expectedText(_ language: Language) -> String? {
        event.expected.map { "\(ReportText.line($0.text)) (\($0.range(language)))" }
    }

    /// The members every report's JSON gives of a motion and its status.
    var jsonMembers: [(String, JSONValue)] {
        motion.jsonMembers + StatusRow.statusJSONMembers(self)
    }

    /// The members every report's JSON gives of a status, from `status` to `note`; each is
    /// null without a status (`row` nil), as for a motion a diff finds at one end only.
    static func statusJSONMembers(_ row: StatusRow?) -> [(String, JSONValue)] {
        let event = row?.event
        return [
            ("status", optional(event?.status.rawValue)), ("since", optional(row?.state.since.iso)), ("date", optional(event?.date.iso)),
            ("source", optional(event?.source)), ("debate", optional(event?.debate)), ("evidence", optional(event?.evidence)),
            ("evidenceLine", event?.evidenceLine.map { .int(Int64($0)) } ?? .null), ("expected", event?.expected.map(expectedJSON) ?? .null),
            ("uncertain", event.map { .bool($0.uncertain) } ?? .null), ("by", optional(event?.by.rawValue)), ("who", optional(event?.who)),
            ("note", optional(event?.note)),
        ]
    }
}

extension TimelineMotion {
    /// The members every report's JSON gives of a motion: key, id, name and url.
    var jsonMembers: [(String, JSONValue)] {
        [("key", .string(key)), ("id", optional(id?.canonical)), ("name", .string(name)), ("url", optional(id?.url))]
    }

    /// The Kamerstuk cell of a Markdown table: the ID linked to its page, else the motion's key.
    var kamerstukCell: String {
        id.map { MarkdownText.link($0.canonical, to: $0.url) } ?? MarkdownText.cell(key)
    }
}

extension ExpectedTime {
    /// The range of days: `2026-10-01 t/m 2026-12-31`, or `2026-10-01 to 2026-12-31`.
    func range(_ language: Language) -> String {
        "\(from.iso) \(language.pick("t/m", "to")) \(to.iso)"
    }
}

extension Language {
    /// The Dutch or the English words, as the report's language asks.
    func pick(_ dutch: String, _ english: String) -> String {
        self == .nl ? dutch : english
    }
}

extension Ledger {
    /// The whole ledger replayed for a report, as ``timeline(wait:)`` gives it, but an absent
    /// ledger fails (``LedgerError/Kind/missing``) rather than reading as empty: a report of a
    /// mistyped path would be an empty table that looks like the truth.
    public func reportTimeline(wait: Double = 10) throws(LedgerError) -> Timeline {
        let timeline = try timeline(wait: wait)
        guard timeline.file != nil else {
            throw LedgerError(.missing, "no ledger here (nothing to report on); give its path with --ledger PATH", path: path)
        }
        return timeline
    }
}
