/// What a person asks of a reading already in the ledger, by `record`: withdraw one event,
/// withdraw every reading of a document, or accept a reading as it stands. Each is a record of
/// its own, appended; nothing already written changes.
package enum Correction: Hashable, Sendable {
    /// `record --void SEQ`: the status event of line SEQ no longer counts.
    case void(seq: Int)
    /// `record --void-document NUMBER`: the document's readings no longer count, and it can be
    /// read again.
    case voidDocument(number: String)
    /// `record --confirm SEQ`: the reading of line SEQ stands; it is no longer uncertain.
    case confirm(seq: Int)
}

extension Ledger {
    /// Appends the record `correction` asks for, with the person's `note` and name. A line that
    /// is not in the ledger, is no status event, or was already voided (or confirmed, for a
    /// confirmation), and a number no reading in the ledger has, match nothing
    /// (``LedgerError/Kind/noMatch``).
    package func correct(_ correction: Correction, note: String?, by who: String, now: Now, wait: Double = 10)
        throws(LedgerError) -> LedgerRecord
    {
        let records = try append(now: now, wait: wait) { batch throws(LedgerError) in
            batch.append(try batch.timeline.correctionEntry(correction, note: note, who: who, path: path))
        }
        return records[0]
    }
}

extension Timeline {
    /// The record `correction` asks for, checked against the ledger.
    func correctionEntry(_ correction: Correction, note: String?, who: String, path: String) throws(LedgerError) -> LedgerEntry {
        switch correction {
        case .void(let seq):
            let event = try statusEvent(seq, path: path)
            if let void = void(ofEvent: event) {
                throw LedgerError(.noMatch, "line \(seq) was already voided by line \(void.seq)", path: path)
            }
            return .void(VoidRecord(event: seq, document: nil, note: note, who: who))
        case .voidDocument(let number):
            guard let document = documents(number: number).last else {
                let withdrawn = allDocuments(number: number).isEmpty ? "no document \(number) was read into the ledger"
                    : "every reading of \(number) was already voided"
                throw LedgerError(.noMatch, withdrawn, path: path)
            }
            return .void(VoidRecord(event: nil, document: document.number, note: note, who: who))
        case .confirm(let seq):
            let event = try statusEvent(seq, path: path)
            if let void = void(ofEvent: event) {
                throw LedgerError(.noMatch, "line \(seq) was voided by line \(void.seq); a voided reading cannot be confirmed", path: path)
            }
            if let confirmation = confirmation(ofEvent: seq) {
                throw LedgerError(.noMatch, "line \(seq) was already confirmed by line \(confirmation.seq)", path: path)
            }
            return .confirm(ConfirmRecord(event: seq, note: note, who: who))
        }
    }

    /// The status event of line `seq`, or why there is none.
    private func statusEvent(_ seq: Int, path: String) throws(LedgerError) -> TimelineEvent {
        guard seq <= count else {
            throw LedgerError(.noMatch, "there is no line \(seq): the ledger has \(count) records", path: path)
        }
        guard let event = event(seq: seq) else {
            if voids.contains(where: { $0.seq == seq }) {
                throw LedgerError(.noMatch, "line \(seq) is itself a void; a void is not undone, record the status again instead", path: path)
            }
            throw LedgerError(.noMatch, "line \(seq) is not a status event (to withdraw a document, give --void-document NUMBER)", path: path)
        }
        return event
    }
}
