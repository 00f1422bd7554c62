/// The records a batch adds, with the timeline as it will be after them, so that each
/// document of a batch sees what the ones before it appended.
package struct LedgerBatch: Sendable {
    /// The ledger with the batch so far applied.
    package private(set) var timeline: Timeline
    /// The records to append, in order.
    package private(set) var records: [LedgerRecord] = []
    /// Keys the batch's documents left unjoined (see ``LedgerBatch/read(_:)``).
    var unjoined: [UnjoinedKey] = []
    /// The events of the batch that restate what the ledger held at their date.
    var restatements: Set<Int> = []
    let recorded: Timestamp

    init(timeline: Timeline, recorded: Timestamp) {
        self.timeline = timeline
        self.recorded = recorded
    }

    /// Numbers, chains and adds `entry`; the timeline takes it as it is, without reading its
    /// line back. Its line is checked before the batch is written (``Ledger/append(now:wait:dryRun:_:)``).
    package mutating func append(_ entry: LedgerEntry) {
        let record = LedgerRecord(entry, seq: timeline.count + 1, recorded: recorded, prev: timeline.head.hash)
        let offset = timeline.byteCount
        timeline.append(record, offset: offset)
        timeline.finish(lines: record.seq, bytes: offset + record.line.count + 1, lastLine: record.line)
        records.append(record)
    }
}
