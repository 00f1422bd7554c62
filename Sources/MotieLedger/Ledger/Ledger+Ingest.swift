import Kamerstuk

extension Ledger {
    /// Reads documents into the ledger as one batch: for each document not yet in the ledger
    /// (by SHA-256; a document withdrawn by a void is read again), an event for each motion it mentions, even one that restates what the
    /// ledger holds (so that what each document said stands at its date, whatever the order of
    /// reading; the timeline tells news from restatements); an alias where the
    /// document gives the ID of a motion the ledger knew by key alone; the document's record,
    /// which closes its reading; then the findings of the reading, with the lines they concern.
    public func ingest(_ readings: [DocumentReading], now: Now, dryRun: Bool = false, wait: Double = 10) throws(LedgerError)
        -> IngestReport
    {
        var skipped: [SkippedDocument] = []
        var reread: [RereadDocument] = []
        var unjoined: [UnjoinedKey] = []
        var restatements: Set<Int> = []
        let (records, created) = try appendCreating(now: now, wait: wait, dryRun: dryRun) { batch throws(LedgerError) in
            for reading in readings {
                if let existing = batch.timeline.document(sha256: reading.sha256) {
                    skipped.append(SkippedDocument(number: reading.number, sha256: reading.sha256, existing: existing))
                } else {
                    if let earlier = batch.timeline.document(number: reading.number) {
                        reread.append(RereadDocument(number: reading.number, sha256: reading.sha256, earlier: earlier))
                    }
                    batch.read(reading)
                }
            }
            unjoined = batch.unjoined
            restatements = batch.restatements
        }
        return IngestReport(records: records, skipped: skipped, dryRun: dryRun, reread: reread, unjoined: unjoined,
                            restatements: restatements, createdLedger: created)
    }

    /// Appends a person's status as a manual event. Naming a document in the ledger as its
    /// source, it corrects what was read from that document for the motion, at that document's
    /// date; otherwise it is news at its date.
    package func record(_ manual: ManualRecord, now: Now, wait: Double = 10) throws(LedgerError) -> LedgerRecord {
        let records = try append(now: now, wait: wait) { batch throws(LedgerError) in
            batch.append(.status(try batch.event(for: manual, today: now.today, path: path)))
        }
        return records[0]
    }
}

extension StatusEvent {
    /// The longest evidence an event keeps, in characters: a sentence well beyond any real one,
    /// so that no sentence a document holds can make a line longer than a reader accepts.
    package static let maximumEvidence = 2000

    /// `evidence` cut, when longer than ``maximumEvidence``, after the last whole word that
    /// fits, with `…` to show the cut; only a first word longer than that is cut inside.
    static func shortened(_ evidence: String) -> String {
        guard evidence.count > maximumEvidence else { return evidence }
        var kept = Shortening.cutAtWord(evidence, before: evidence.index(evidence.startIndex, offsetBy: maximumEvidence - 1))
        while kept.last?.isWhitespace == true { kept = kept.dropLast() }
        return kept + "…"
    }
}

extension LedgerBatch {
    /// Adds what one document brings.
    ///
    /// A key joins a motion read without an ID to one with an ID (an alias, appended before
    /// any event under the key) whichever of the two was read first, but only when the key
    /// names that one motion and no other. A motion with an ID read after the keyless one must
    /// be the only motion of its document with the key, and no motion in the ledger may carry
    /// the key (by the keys its events gave) besides the keyless one. A keyless motion read
    /// after must find exactly one motion in the ledger carrying its key, one with an ID, and
    /// not one its own document reads too. The motions one document reads are different
    /// motions, so it never joins two of its own: a document that names a key without an ID
    /// and gives a motion of the same key an ID speaks of two motions. Where a key may name
    /// more than one motion, none is joined: the keyless motion keeps its own history under
    /// its key, and ``IngestReport/unjoined`` says so.
    mutating func read(_ reading: DocumentReading) {
        let keyless = Set(reading.motions.filter { $0.id == nil }.flatMap { [$0.nameKey] + $0.otherKeys })
        let identified = reading.motions.filter { $0.id != nil }
        var findings: [FoundRecord] = []
        for motion in reading.motions {
            if let id = motion.id {
                // Every key the document's mentions give the motion (by name, by subject) may be
                // one the ledger knows a motion without an ID by: `motie Dobbe` was `motie
                // inzake Radio Dabanga` before.
                for key in [motion.nameKey] + motion.otherKeys where !keyless.contains(key) {
                    guard let known = timeline.motion(key: key), known.id == nil else { continue }
                    // Another motion that carried the key while the keyless one stayed apart
                    // was kept apart on purpose, or for want of certainty: that stands. One whose
                    // readings were all withdrawn (`--void-document`) carries nothing any more.
                    let carriedBefore = timeline.motions(carrying: key).contains { other in
                        other.key != known.key && !timeline.history(of: other).allSatisfy(\.isVoided)
                    }
                    let candidates = self.candidates(for: key, besides: known, in: identified)
                    if !carriedBefore, candidates.count == 1 {
                        append(.alias(AliasRecord(key: key, id: id, source: reading.number, date: reading.date)))
                    } else if candidates.count > 1 {
                        note(UnjoinedKey(key: key, document: reading.number, candidates: candidates.map(\.key)))
                    }
                }
            } else if timeline.motion(key: motion.nameKey) == nil {
                // A motion read before, with an ID, may carry the key: the same motion, when it
                // is the only one, and when this document does not read it as another motion.
                let candidates = self.candidates(for: motion.nameKey, besides: nil, in: [])
                if candidates.count == 1, let id = candidates[0].id {
                    if !identified.contains(where: { $0.id == id }) {
                        append(.alias(AliasRecord(key: motion.nameKey, id: id, source: reading.number, date: reading.date)))
                    }
                } else if !candidates.isEmpty {
                    note(UnjoinedKey(key: motion.nameKey, document: reading.number, candidates: candidates.map(\.key)))
                }
            }
            append(.status(StatusEvent(
                motion: motion.key, id: motion.id, nameKey: motion.nameKey, otherKeys: motion.otherKeys, name: motion.name,
                status: motion.status,
                date: reading.date, source: reading.number, debate: reading.debate?.label, answers: motion.answers,
                evidence: StatusEvent.shortened(motion.evidence), evidenceLine: motion.evidenceLine, expected: motion.expected,
                uncertain: motion.uncertain, by: .parser, who: nil, note: nil, corrects: false)))
            // The timeline's own test of news: the event restates when the status at its date
            // is still told by another.
            let seq = timeline.count
            if !motion.findings.isEmpty { findings.append(FoundRecord(target: seq, found: motion.findings.map(CodedFinding.init))) }
            if let known = timeline.motion(key: motion.key), timeline.state(of: known, at: .endOf(reading.date))?.event.seq != seq {
                restatements.insert(seq)
            }
        }
        append(.document(DocumentRecord(
            number: reading.number, date: reading.date, debate: reading.debate?.label, debateDate: reading.debate?.date,
            sha256: reading.sha256, motions: reading.motions.map(\.key))))
        // The findings follow the document's record, so that the lines of what was read keep
        // the numbers they had before findings were kept.
        if !reading.findings.isEmpty { append(.found(FoundRecord(target: timeline.count, found: reading.findings.map(CodedFinding.init)))) }
        for record in findings { append(.found(record)) }
    }

    /// The motions `key` may stand for, by their keys (IDs for those that have one), in the
    /// ledger's order: those whose events gave them the key, besides `known` (the motion of
    /// the key itself), and the motions of `identified` (read with an ID) that the document
    /// gives the key.
    private func candidates(for key: String, besides known: TimelineMotion?, in identified: [MotionReading])
        -> [(key: String, id: KamerstukID?)]
    {
        var candidates = timeline.motions(carrying: key).filter { $0.key != known?.key }.map { (key: $0.key, id: $0.id) }
        for motion in identified where motion.nameKey == key || motion.otherKeys.contains(key) {
            if !candidates.contains(where: { $0.key == motion.key }) { candidates.append((motion.key, motion.id)) }
        }
        return candidates
    }

    /// Keeps a key left unjoined, once per document.
    private mutating func note(_ key: UnjoinedKey) {
        if !unjoined.contains(where: { $0.key == key.key && $0.document == key.document }) { unjoined.append(key) }
    }

    /// The manual event `manual` asks for, checked against the ledger.
    func event(for manual: ManualRecord, today: Day, path: String) throws(LedgerError) -> StatusEvent {
        let ids = MotionQuery(manual.motion).ids
        if ids.count > 1 {
            throw LedgerError(.rejected, "'\(manual.motion)' names \(ids.count) motions; record one at a time", path: path)
        }
        // The motion as `status` finds it, so that what one command finds the other records.
        let matches = timeline.motions(matching: manual.motion)
        let key: String
        var known: TimelineMotion?
        if matches.count > 1 {
            let keys = matches.prefix(5).map(\.key).joined(separator: ", ")
            throw LedgerError(.rejected, "'\(manual.motion)' names \(matches.count) motions (\(keys)\(matches.count > 5 ? ", …" : "")); record one at a time, by its key or Kamerstuk",
                              path: path)
        } else if let motion = matches.first {
            if manual.isNew {
                throw LedgerError(.rejected, "--new, but the ledger knows '\(manual.motion)' as \(motion.key); leave out --new to record its status",
                                  path: path)
            }
            known = motion
            key = motion.key
        } else if let id = ids.first, timeline.facts().profile(for: id) != nil {
            // Known from its facts (open data, its own text), though no document spoke of it yet.
            key = id.canonical
        } else if !manual.isNew {
            throw LedgerError(.noMatch, "no motion '\(manual.motion)' in the ledger; give --new if it is a motion the ledger has not read yet",
                              path: path)
        } else if let id = ids.first {
            key = id.canonical
        } else if Ledger.isKeyLike(manual.motion) {
            key = manual.motion
        } else {
            throw LedgerError(.rejected, "a new motion is named by its Kamerstuk (kst-36800-V-30) or a key (motie-erkens), not '\(manual.motion)'",
                              path: path)
        }
        // A correction replaces what a reading of the document said of the motion, and takes
        // its date: of the readings under the number (a document read again with other bytes),
        // the latest that mentions the motion.
        let readings = timeline.documents(number: manual.source)
        let keys = Set([key] + (known?.aliases ?? []))
        let document = readings.last { $0.motions.contains(where: keys.contains) }
        if document == nil, let number = readings.last?.number {
            throw LedgerError(.rejected, "\(number) does not mention \(key): a correction (--source a document in the ledger) must name a document that read the motion; for news, give another --source",
                              path: path)
        }
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
