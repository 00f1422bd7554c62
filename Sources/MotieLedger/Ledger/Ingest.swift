import Kamerstuk

/// A document that an ingest left alone because its bytes are already in the ledger.
public struct SkippedDocument: Hashable, Sendable {
    /// The number the reading gave.
    public let number: String
    public let sha256: String
    /// The record of the same bytes in the ledger (or earlier in the same batch).
    public let existing: LedgerDocument
}

/// What ``Ledger/ingest(_:now:dryRun:wait:)`` appended, or with `dryRun` would append.
public struct IngestReport: Hashable, Sendable {
    public let records: [LedgerRecord]
    public let skipped: [SkippedDocument]
    public let dryRun: Bool
}

/// A status a person records by hand (`motieledger record`).
public struct ManualRecord: Hashable, Sendable {
    /// The motion as the person named it: a Kamerstuk in any citation form, or the key of a
    /// motion without one.
    public var motion: String
    public var status: MotionStatus
    /// A document number in the ledger (the record then corrects what was read from it), or
    /// any other source text (the record is then news at `date`).
    public var source: String
    public var note: String?
    /// The date of news; by default today. A correction takes its document's date.
    public var date: Day?
    /// Who records it.
    public var by: String

    public init(motion: String, status: MotionStatus, source: String, note: String?, date: Day?, by: String) {
        self.motion = motion
        self.status = status
        self.source = source
        self.note = note
        self.date = date
        self.by = by
    }
}

extension Ledger {
    /// Reads documents into the ledger as one batch: for each document not yet in the ledger
    /// (by SHA-256), an event for each motion whose status or promised time differs from what
    /// the ledger holds for it at the document's date, or that is new; an alias where the
    /// document gives the ID of a motion the ledger knew by key alone; and the document's record,
    /// which closes its reading.
    public func ingest(_ readings: [DocumentReading], now: Now, dryRun: Bool = false, wait: Double = 10) throws(LedgerError)
        -> IngestReport
    {
        var skipped: [SkippedDocument] = []
        let records = try append(now: now, wait: wait, dryRun: dryRun) { batch throws(LedgerError) in
            for reading in readings {
                if let existing = batch.timeline.document(sha256: reading.sha256) {
                    skipped.append(SkippedDocument(number: reading.number, sha256: reading.sha256, existing: existing))
                } else {
                    batch.read(reading)
                }
            }
        }
        return IngestReport(records: records, skipped: skipped, dryRun: dryRun)
    }

    /// Appends a person's status as a manual event. Naming a document in the ledger as its
    /// source, it corrects what was read from that document for the motion, at that document's
    /// date; otherwise it is news at its date.
    public func record(_ manual: ManualRecord, now: Now, wait: Double = 10) throws(LedgerError) -> LedgerRecord {
        let records = try append(now: now, wait: wait) { batch throws(LedgerError) in
            batch.append(.status(try batch.event(for: manual, today: now.today, path: path)))
        }
        return records[0]
    }
}

extension LedgerBatch {
    /// Adds what one document brings.
    mutating func read(_ reading: DocumentReading) {
        // A document that names a key without an ID and gives another motion of the same key an
        // ID speaks of two motions: no alias between them.
        let keyless = Set(reading.motions.filter { $0.id == nil }.flatMap { [$0.nameKey] + $0.otherKeys })
        for motion in reading.motions {
            // Every key the document's mentions give the motion (by name, by subject) may be
            // one the ledger knows it by: `motie Dobbe` was `motie inzake Radio Dabanga` before.
            for key in [motion.nameKey] + motion.otherKeys {
                if let id = motion.id, !keyless.contains(key), let known = timeline.motion(key: key), known.id == nil {
                    append(.alias(AliasRecord(key: key, id: id, source: reading.number, date: reading.date)))
                }
            }
            let held = timeline.motion(key: motion.key).flatMap { timeline.state(of: $0, at: .endOf(reading.date)) }
            guard LedgerBatch.isNews(motion, held: held?.event) else { continue }
            append(.status(StatusEvent(
                motion: motion.key, id: motion.id, nameKey: motion.nameKey, name: motion.name, status: motion.status,
                date: reading.date, source: reading.number, debate: reading.debate?.label, answers: motion.answers,
                evidence: motion.evidence, evidenceLine: motion.evidenceLine, expected: motion.expected,
                uncertain: motion.uncertain, by: .parser, who: nil, note: nil, corrects: false)))
        }
        append(.document(DocumentRecord(
            number: reading.number, date: reading.date, debate: reading.debate?.label, debateDate: reading.debate?.date,
            sha256: reading.sha256, motions: reading.motions.map(\.key))))
    }

    /// Whether a reading tells something the held event does not: a new motion, another status,
    /// or another promised time. A document that mentions a known motion without a word on its
    /// execution (`onbekend`) or without a promise leaves what is known standing.
    static func isNews(_ reading: MotionReading, held: TimelineEvent?) -> Bool {
        guard let held else { return true }
        if reading.status != held.status && reading.status != .onbekend { return true }
        if let promise = reading.expected, held.expected != promise.from...promise.to { return true }
        return false
    }

    /// The manual event `manual` asks for, checked against the ledger.
    func event(for manual: ManualRecord, today: Day, path: String) throws(LedgerError) -> StatusEvent {
        let ids = MotionQuery(manual.motion).ids
        let key: String
        var known: TimelineMotion?
        if ids.count > 1 {
            throw LedgerError(.rejected, "'\(manual.motion)' names \(ids.count) motions; record one at a time", path: path)
        } else if let id = ids.first {
            known = timeline.motion(key: id.canonical)
            key = known?.key ?? id.canonical
        } else if let motion = timeline.motion(key: manual.motion) {
            known = motion
            key = motion.key
        } else {
            throw LedgerError(.noMatch, "no motion '\(manual.motion)' in the ledger: give a Kamerstuk ID, or the key of a motion the ledger holds",
                              path: path)
        }
        let document = timeline.document(number: manual.source)
        if let document, let date = manual.date, date != document.date {
            throw LedgerError(.rejected, "\(document.number) is dated \(document.date.iso): a correction of it takes that date; leave out --date \(date.iso)",
                              path: path)
        }
        return StatusEvent(
            motion: key, id: KamerstukID(canonical: key).flatMap { $0.canonical == key ? $0 : nil },
            nameKey: known?.nameKey, name: known?.name ?? key, status: manual.status,
            date: document?.date ?? manual.date ?? today, source: document?.number ?? manual.source,
            debate: document?.debate, answers: [], evidence: nil, evidenceLine: nil, expected: nil, uncertain: false,
            by: .manual, who: manual.by, note: manual.note, corrects: document != nil)
    }
}
