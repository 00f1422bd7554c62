/// A document that an ingest left alone because its bytes are already in the ledger.
public struct SkippedDocument: Hashable, Sendable {
    /// The number the reading gave.
    public let number: String
    public let sha256: String
    /// The record of the same bytes in the ledger (or earlier in the same batch).
    public let existing: LedgerDocument
}

/// A document read under a number the ledger already holds, with other bytes (another
/// SHA-256): read all the same, as a reading of its own at its own date, and reported, since a
/// document seldom changes under its number and a correction naming the number then applies
/// to the latest reading that mentions the motion.
public struct RereadDocument: Hashable, Sendable {
    public let number: String
    public let sha256: String
    /// The latest earlier reading under the number, in the ledger or earlier in the same batch.
    public let earlier: LedgerDocument
}

/// A key of a motion read without an ID that may name a motion the ledger knows by another
/// key, but is not joined to it: it names more than one (two `motie Dobbe`), or a motion
/// without an ID.
public struct UnjoinedKey: Hashable, Sendable {
    public let key: String
    /// The document whose reading met the key.
    public let document: String
    /// The keys (IDs where known) of the motions it may name, in the ledger's order, then the document's.
    public let candidates: [String]
}

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
