import Kamerstuk

// MARK: - What was appended

extension IngestReport {
    /// What was appended (or would be, in a dry run), for people: per document its events,
    /// aliases and keys left unjoined, then a line with the count and the new head.
    public func text(ledger path: String) -> String {
        var text = ""
        var pending: [LedgerRecord] = []
        for record in records {
            guard case .document(let document) = record.entry else {
                pending.append(record)
                continue
            }
            let events = pending.filter { if case .status = $0.entry { true } else { false } }.count
            let aliases = pending.count - events
            var header = "\(document.number) (\(document.date.iso)"
            if let debate = document.debate { header += ", \(debate)" }
            header += "): \(document.motions.count) \(plural(document.motions.count, "motion")) mentioned, \(events) \(plural(events, "event"))"
            let restating = pending.filter { restatements.contains($0.seq) }.count
            if restating > 0 { header += " (\(restating) restating what the ledger held)" }
            if aliases > 0 { header += ", \(aliases) \(plural(aliases, "alias"))" }
            text += header + "\n"
            for line in pending { text += "  " + line.summary(restating: restatements.contains(line.seq)) + "\n" }
            for key in unjoined where key.document == document.number {
                text += "  ? \(key.key) may be \(key.candidates.joined(separator: " or ")): not joined, it is not sure which\n"
            }
            pending = []
        }
        for document in reread {
            text += "\(document.number): read again with other bytes (SHA-256 \(document.sha256.prefix(12))…, not \(document.earlier.sha256.prefix(12))… of line \(document.earlier.seq)); both readings are kept, each at its own date\n"
        }
        for document in skipped {
            text += "\(document.number): already in the ledger as \(document.existing.number) (line \(document.existing.seq), same SHA-256); nothing appended\n"
        }
        text += LedgerRecord.appendedLine(records, ledger: path, dryRun: dryRun)
        return text
    }

    /// One JSON object a line: each record exactly as the ledger holds it (or would), then one
    /// `{"type":"reread",…}` object for each document read again with other bytes, one
    /// `{"type":"skipped",…}` object for each document already in the ledger, and one
    /// `{"type":"unjoined","key":…,"document":…,"candidates":[…]}` for each key left unjoined.
    public var jsonLines: [UInt8] {
        var bytes: [UInt8] = []
        for record in records {
            bytes += record.line
            bytes.append(0x0A)
        }
        for document in reread {
            bytes += JSONValue.object([
                ("type", "reread"), ("document", .string(document.number)), ("sha256", .string(document.sha256)),
                ("earlierSHA256", .string(document.earlier.sha256)), ("seq", .int(Int64(document.earlier.seq))),
            ]).encoded(canonical: false)
            bytes.append(0x0A)
        }
        for document in skipped {
            bytes += JSONValue.object([
                ("type", "skipped"), ("document", .string(document.number)), ("sha256", .string(document.sha256)),
                ("existing", .string(document.existing.number)), ("seq", .int(Int64(document.existing.seq))),
            ]).encoded(canonical: false)
            bytes.append(0x0A)
        }
        for key in unjoined {
            bytes += JSONValue.object([
                ("type", "unjoined"), ("key", .string(key.key)), ("document", .string(key.document)),
                ("candidates", .array(key.candidates.map { .string($0) })),
            ]).encoded(canonical: false)
            bytes.append(0x0A)
        }
        return bytes
    }
}

extension LedgerRecord {
    /// The record on one line: `+ kst-21501-02-3236  in-uitvoering  2026-01-28  Paternotte c.s.`.
    /// `restating`: the event restates what the ledger held at its date (`·`, not `+`).
    public func summary(restating: Bool = false) -> String {
        switch entry {
        case .status(let event):
            var text = "\(restating ? "·" : "+") \(event.motion)  \(event.status.rawValue)  \(event.date.iso)  \(ReportText.line(event.name))"
            if let expected = event.expected { text += "  (expected \(expected.from.iso)–\(expected.to.iso))" }
            if event.by == .manual {
                text += "  [manual by \(ReportText.line(event.who ?? "?")); source \(ReportText.line(event.source))\(event.corrects ? ", corrects it" : "")]"
            }
            return text
        case .alias(let alias):
            return "= \(alias.key) is \(alias.id.canonical) (from \(alias.source))"
        case .document(let document):
            return "document \(document.number) (\(document.date.iso))"
        }
    }

    /// `appended 3 records to PATH (lines 4–6); head 6:…`, or what a dry run would have done.
    public static func appendedLine(_ records: [LedgerRecord], ledger path: String, dryRun: Bool) -> String {
        guard let first = records.first, let last = records.last else {
            return dryRun ? "dry run: nothing would be appended to \(path)\n" : "nothing appended to \(path)\n"
        }
        let lines = first.seq == last.seq ? "line \(first.seq)" : "lines \(first.seq)–\(last.seq)"
        let count = "\(records.count) \(plural(records.count, "record"))"
        if dryRun { return "dry run: would append \(count) to \(path) (\(lines)); nothing was written\n" }
        return "appended \(count) to \(path) (\(lines)); head \(last.seq):\(last.lineHash)\n"
    }
}

private func plural(_ count: Int, _ word: String) -> String {
    count == 1 ? word : (word.hasSuffix("s") ? word + "es" : word + "s")
}

// MARK: - Status and history

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

    public init(timeline: Timeline, motion: TimelineMotion, at cutoff: Cutoff?) throws(LedgerError) {
        self.motion = motion
        self.cutoff = cutoff
        state = timeline.state(of: motion, at: cutoff)
        var history: [(TimelineEvent, LedgerRecord)] = []
        for event in timeline.history(of: motion, upTo: cutoff) {
            history.append((event, try timeline.record(of: event)))
        }
        self.history = history
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
        let nl = language == .nl
        var text = motion.key
        if motion.name != motion.key { text += " — \(ReportText.line(motion.name))" }
        text += "\n"
        if let id = motion.id { text += "  \(id.url)\n" }
        if !motion.aliases.isEmpty { text += "  \(nl ? "ook bekend als" : "also known as"): \(motion.aliases.joined(separator: ", "))\n" }
        if let cutoff { text += "  \(nl ? "stand per" : "as of"): \(cutoff.description)\n" }
        guard let state, let event = current else {
            text += "  status: \(nl ? "geen status vastgelegd" : "no status recorded")"
            text += cutoff.map { " \(nl ? "tot" : "up to") \($0.description)" } ?? ""
            return text + "\n"
        }
        func row(_ nlLabel: String, _ enLabel: String, _ value: String) {
            let label = (nl ? nlLabel : enLabel) + ":"
            text += "  " + label + String(repeating: " ", count: max(1, 14 - label.count)) + value + "\n"
        }
        row("status", "status", "\(event.status.word(language)) (\(nl ? "sinds" : "since") \(state.since.iso))")
        var source = "\(ReportText.line(event.source)), \(event.date.iso)"
        if let debate = event.debate { source += " (\(ReportText.line(debate)))" }
        row("bron", "source", source)
        if let evidence = event.evidence {
            row("bewijs", "evidence", "\u{201C}\(ReportText.line(evidence))\u{201D}" + (event.evidenceLine.map { " (\(nl ? "regel" : "line") \($0))" } ?? ""))
        }
        if let expected = event.expected {
            row("verwacht", "expected", "\(expected.from.iso) \(nl ? "t/m" : "to") \(expected.to.iso): \(ReportText.line(expected.text))")
        }
        if event.uncertain { row("onzeker", "uncertain", nl ? "ja, lees het bewijs na" : "yes, check the evidence") }
        if event.by == .manual {
            row("vastgelegd", "recorded by", "\(ReportText.line(event.who ?? "?"))\(event.corrects ? (nl ? ", correctie van de bron" : ", correcting the source") : "")")
        }
        if let note = event.note { row("notitie", "note", ReportText.line(note)) }
        text += "  \(nl ? "geschiedenis" : "history"):\n"
        text += historyText(language, indent: "    ")
        return text
    }

    /// The history, one event a line: date, status, source, and the evidence or note.
    public func historyText(_ language: Language, indent: String = "") -> String {
        let nl = language == .nl
        let width = MotionStatus.allCases.map { $0.word(language).count }.max() ?? 0
        var text = ""
        for (event, record) in history {
            guard case .status(let details) = record.entry else { continue }
            let word = event.status.word(language)
            var line = "\(indent)\(event.date.iso)  \(word)\(String(repeating: " ", count: width - word.count))  \(ReportText.line(event.source))"
            if event.by == .manual { line += "  [\(nl ? "handmatig" : "manual"): \(ReportText.line(details.who ?? "?"))\(event.corrects ? (nl ? ", correctie" : ", correction") : "")]" }
            if event.isCorrected { line += "  [\(nl ? "gecorrigeerd" : "corrected")]" }
            if let evidence = details.evidence { line += "  \u{201C}\(ReportText.line(evidence))\u{201D}" }
            if let note = details.note { line += "  \(nl ? "notitie" : "note"): \(ReportText.line(note))" }
            text += line + "\n"
        }
        return text
    }

    /// One object: the motion, its status at the cutoff, and its history.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("key", .string(motion.key)), ("id", optional(motion.id?.canonical)), ("name", .string(motion.name)),
            ("names", .array(motion.names.map { .string($0) })), ("nameKey", optional(motion.nameKey)),
            ("otherKeys", .array(motion.otherKeys.map { .string($0) })),
            ("aliases", .array(motion.aliases.map { .string($0) })), ("url", optional(motion.id?.url)),
            ("at", optional(cutoff?.description)),
        ]
        let event = current
        members += [
            ("status", optional(event?.status.rawValue)), ("since", optional(state?.since.iso)),
            ("date", optional(event?.date.iso)), ("source", optional(event?.source)), ("debate", optional(event?.debate)),
            ("evidence", optional(event?.evidence)), ("evidenceLine", event?.evidenceLine.map { .int(Int64($0)) } ?? .null),
            ("expected", event?.expected.map(expectedJSON) ?? .null), ("uncertain", event.map { .bool($0.uncertain) } ?? .null),
            ("by", optional(event?.by.rawValue)), ("who", optional(event?.who)), ("note", optional(event?.note)),
            ("seq", state.map { .int(Int64($0.event.seq)) } ?? .null),
            ("history", .array(history.map { MotionReport.eventJSON($0.event, $0.record, motion: motion) })),
        ]
        return .object(members)
    }

    /// The history as JSON Lines: one event a line.
    public var historyJSONLines: [UInt8] {
        var bytes: [UInt8] = []
        for (event, record) in history {
            MotionReport.eventJSON(event, record, motion: motion).encode(into: &bytes, canonical: false)
            bytes.append(0x0A)
        }
        return bytes
    }

    static func eventJSON(_ event: TimelineEvent, _ record: LedgerRecord, motion: TimelineMotion) -> JSONValue {
        guard case .status(let details) = record.entry else { return .null }
        return .object([
            ("seq", .int(Int64(event.seq))), ("motion", .string(motion.key)), ("key", .string(details.motion)),
            ("id", optional(details.id?.canonical)), ("name", .string(details.name)),
            ("otherKeys", .array(details.otherKeys.map { .string($0) })), ("date", .string(details.date.iso)),
            ("status", .string(details.status.rawValue)), ("source", .string(details.source)), ("debate", optional(details.debate)),
            ("evidence", optional(details.evidence)), ("evidenceLine", details.evidenceLine.map { .int(Int64($0)) } ?? .null),
            ("expected", details.expected.map(expectedJSON) ?? .null), ("answers", .array(details.answers.map(answerJSON))),
            ("uncertain", .bool(details.uncertain)), ("by", .string(details.by.rawValue)), ("who", optional(details.who)),
            ("note", optional(details.note)), ("corrects", .bool(details.corrects)), ("corrected", .bool(event.isCorrected)),
            ("recorded", .string(record.recorded.iso)),
        ])
    }
}
