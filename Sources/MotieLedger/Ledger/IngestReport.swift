/// What ``Ledger/ingest(_:now:dryRun:wait:)`` appended, or with `dryRun` would append.
public struct IngestReport: Hashable, Sendable {
    public let records: [LedgerRecord]
    public let skipped: [SkippedDocument]
    public let dryRun: Bool
    /// Documents read under a number already in the ledger, with other bytes.
    public let reread: [RereadDocument]
    /// Keys that were not joined to a motion they may name, because it is not sure which.
    public let unjoined: [UnjoinedKey]
    /// The sequence numbers of the events that restate the status the ledger held at their
    /// date (and promise no other time): appended, but no news.
    package let restatements: Set<Int>
    /// Whether the ledger file was made by this ingest (in a dry run: would be).
    public let createdLedger: Bool
}
