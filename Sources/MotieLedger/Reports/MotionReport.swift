/// One motion's status and history as `status` and `history` show them, with the details of
/// every event read from the ledger.
public struct MotionReport: Sendable {
    public let motion: TimelineMotion
    /// The status at the cutoff; `nil` when the motion had none by then.
    public let state: MotionState?
    /// The cutoff asked for; `nil` for now.
    public let cutoff: Cutoff?
    /// Every event up to the cutoff, with its full record, in history order.
    public let history: [(event: TimelineEvent, record: LedgerRecord)]
    /// What the ledger's facts say the motion is (title, submitters, vote, advice).
    package let facts: MotionFacts?
    /// The timeline read, for what it keeps beside the events: voids, confirmations, findings.
    private let timeline: Timeline

    public init(timeline: Timeline, motion: TimelineMotion, at cutoff: Cutoff?) throws(LedgerError) {
        self.motion = motion
        self.cutoff = cutoff
        state = timeline.state(of: motion, at: cutoff)
        var history: [(TimelineEvent, LedgerRecord)] = []
        for event in timeline.history(of: motion, upTo: cutoff) {
            history.append((event, try timeline.record(of: event)))
        }
        self.history = history
        facts = motion.id.flatMap { timeline.facts().profile(for: $0)?.facts }
        self.timeline = timeline
    }

    private var current: StatusEvent? {
        guard let state else { return nil }
        return history.last { $0.event.seq == state.event.seq }.flatMap { pair in
            if case .status(let event) = pair.record.entry { event } else { nil }
        }
    }

    /// The status, since when, source, evidence and promised time, then the history: in Dutch
    /// or English.
    public func text(_ language: Language) -> String {
        var block = MotionBlock(motion)
        if !motion.aliases.isEmpty {
            block.line("\(language.pick("ook bekend als", "also known as")): \(motion.aliases.joined(separator: ", "))")
        }
        if let cutoff { block.line("\(language.pick("stand per", "as of")): \(ReportWords.cutoff(cutoff, language))") }
        block.facts(facts, language)
        guard let state, let event = current else {
            let upTo: PersonText = cutoff.map { " \(language.pick("tot", "up to")) \(ReportWords.cutoff($0, language))" } ?? ""
            block.line("status: \(language.pick("geen status vastgelegd", "no status recorded"))\(upTo)")
            return block.text.text
        }
        block.row("status", "\(event.status.word(language)) (\(language.pick("sinds", "since")) \(state.since))")
        block.details(of: event, language, timeline: timeline, seq: state.event.seq)
        block.line("\(language.pick("geschiedenis", "history")):")
        return (block.text + historyLines(language, indent: "    ")).text
    }

    /// The motion's key and name, then its history, one event a line, then each alias that
    /// joined a key to it and was withdrawn with the document that proposed it, with its
    /// source, date and line, and the void's line.
    public func historyText(_ language: Language) -> String {
        var text = MotionBlock.heading(motion) + "\n" + historyLines(language, indent: "  ")
        let id = motion.id?.canonical
        for join in timeline.aliasJoins where join.id == id || join.key == motion.key {
            guard let void = join.withdrawnBy else { continue }
            var line: PersonText = "  alias  \(join.key) = \(join.id)  (\(language.pick("uit", "from")) \(join.source)"
            if let date = join.date { line += ", \(date)" }
            line += "; \(language.pick("regel", "line")) \(join.seq))"
            line += "  [\(language.pick("ingetrokken met het document", "withdrawn with its document")), \(language.pick("regel", "line")) \(void)]"
            text += line + "\n"
        }
        return text.text
    }

    /// The history, one event a line: date, status, source, and the evidence or note.
    func historyLines(_ language: Language, indent: PersonText) -> PersonText {
        let width = MotionStatus.allCases.map { $0.word(language).count }.max() ?? 0
        var text: PersonText = ""
        for (event, record) in history {
            guard case .status(let details) = record.entry else { continue }
            let word = event.status.word(language)
            var line: PersonText = "\(indent)\(event.date)  \(word)\(PersonText(stringLiteral: String(repeating: " ", count: width - word.count)))  \(event.source)"
            if event.by == .manual {
                let correction = event.corrects ? language.pick(", correctie", ", correction") : ""
                line += "  [\(language.pick("handmatig", "manual")): \(details.who ?? "?")\(correction)]"
            }
            if event.isCorrected { line += "  [\(language.pick("gecorrigeerd", "corrected"))]" }
            if let void = timeline.void(ofEvent: event) {
                let what = void.record.document == nil
                    ? language.pick("ingetrokken", "voided") : language.pick("document ingetrokken", "document voided")
                line += "  [\(what): \(void.record.who), \(language.pick("regel", "line")) \(void.seq)"
                line += void.record.note.map { "; \($0)]" } ?? "]"
            }
            if event.isConfirmed, let confirmation = timeline.confirmation(ofEvent: event.seq) {
                line += "  [\(language.pick("bevestigd", "confirmed")): \(confirmation.record.who)]"
            } else if event.uncertain, !event.isVoided {
                line += "  [\(ReportWords.uncertain(timeline.keptFindings(of: event.seq).compactMap(\.category), language))]"
            }
            if let evidence = details.evidence { line += "  \u{201C}\(evidence)\u{201D}" }
            if let note = details.note { line += "  \(language.pick("notitie", "note")): \(note)" }
            text += line + "\n"
        }
        return text
    }

    /// One object: the motion, its status at the cutoff, and its history.
    package var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("key", .string(motion.key)), ("id", optional(motion.id?.canonical)), ("name", .string(motion.name)),
            ("names", .array(motion.names.map { .string($0) })), ("nameKey", optional(motion.nameKey)),
            ("otherKeys", .array(motion.otherKeys.map { .string($0) })),
            ("aliases", .array(motion.aliases.map { .string($0) })), ("url", optional(motion.id?.url)),
            // Scripts have always read the English.
            ("at", optional(cutoff.map { ReportWords.cutoff($0, .en) })),
        ] + FactsText.jsonMembers(facts)
        let event = current
        members += [
            ("status", optional(event?.status.rawValue)), ("since", optional(state?.since.iso)),
            ("date", optional(event?.date.iso)), ("source", optional(event?.source)), ("debate", optional(event?.debate)),
            ("evidence", optional(event?.evidence)), ("evidenceLine", event?.evidenceLine.map { .int(Int64($0)) } ?? .null),
            ("expected", event?.expected.map(expectedJSON) ?? .null), ("uncertain", state.map { .bool($0.event.uncertain) } ?? .null),
            ("findings", .array((state.map { timeline.findings(of: $0.event.seq) } ?? []).map { .string($0) })),
            ("by", optional(event?.by.rawValue)), ("who", optional(event?.who)), ("note", optional(event?.note)),
            ("seq", state.map { .int(Int64($0.event.seq)) } ?? .null),
            ("history", .array(history.map { eventJSON($0.event, $0.record) })),
        ]
        return .object(members)
    }

    /// The history as JSON Lines: one event a line.
    public var historyJSONLines: [UInt8] {
        JSONValue.lines(history.lazy.map { eventJSON($0.event, $0.record) })
    }

    /// An event as `history --format json` gives it: its record, whether a person corrected,
    /// voided or confirmed it, and the findings kept with it.
    private func eventJSON(_ event: TimelineEvent, _ record: LedgerRecord) -> JSONValue {
        guard case .status(let details) = record.entry else { return .null }
        let void = timeline.void(ofEvent: event)
        return .object([
            ("seq", .int(Int64(event.seq))), ("motion", .string(motion.key)), ("key", .string(details.motion)),
            ("id", optional(details.id?.canonical)), ("name", .string(details.name)),
            ("otherKeys", .array(details.otherKeys.map { .string($0) })), ("date", .string(details.date.iso)),
            ("status", .string(details.status.rawValue)), ("source", .string(details.source)), ("debate", optional(details.debate)),
            ("evidence", optional(details.evidence)), ("evidenceLine", details.evidenceLine.map { .int(Int64($0)) } ?? .null),
            ("expected", details.expected.map(expectedJSON) ?? .null), ("answers", .array(details.answers.map(answerJSON))),
            ("uncertain", .bool(event.uncertain)), ("by", .string(details.by.rawValue)), ("who", optional(details.who)),
            ("note", optional(details.note)), ("corrects", .bool(details.corrects)), ("corrected", .bool(event.isCorrected)),
            ("voided", .bool(event.isVoided)), ("voidedBy", void.map { .int(Int64($0.seq)) } ?? .null),
            ("confirmed", .bool(event.isConfirmed)), ("findings", .array(timeline.findings(of: event.seq).map { .string($0) })),
            ("recorded", .string(record.recorded.iso)),
        ])
    }
}
