import Kamerstuk

/// A document as the ledger records it.
public struct LedgerDocument: Hashable, Sendable {
    public let number: String
    public let date: Day
    public let debate: String?
    public let debateDate: Day?
    public let sha256: String
    /// The line of its record, which closes its reading.
    public let seq: Int
    /// The record's `motions` as the line holds them: an array of strings in canonical JSON.
    /// A replay reads a million keys here that nothing asks for, so they are decoded on demand.
    let motionsJSON: [UInt8]

    /// The keys of the motions it mentions, in document order.
    public var motions: [String] {
        var keys: [String] = []
        // The array was checked when its line was read; whether it is well formed is known.
        _ = motionsJSON.withUnsafeBytes { LineValue.forEachString(inArray: $0) { keys.append(unescaped($0)) } }
        return keys
    }
}

/// A status event as the replay keeps it: everything needed to compute statuses. The evidence,
/// answers and other details stay in the file until ``Timeline/details(of:)`` reads them.
public struct TimelineEvent: Hashable, Sendable {
    public let seq: Int
    /// The source's date.
    public let date: Day
    public let status: MotionStatus
    public let source: String
    /// The motion's key as this event gave it (before aliases).
    public let key: String
    public let name: String
    public let by: EventOrigin
    /// Whether this manual record corrects what was read from its source.
    public let corrects: Bool
    /// Whether a manual record corrected this parser event, so that it no longer counts.
    public let isCorrected: Bool
    /// Whether a void withdrew it (or its document), so that it no longer counts.
    public let isVoided: Bool
    /// Whether a person confirmed the reading as it stands.
    public let isConfirmed: Bool
    /// Whether the reading is less than certain and no person has confirmed it.
    public let uncertain: Bool
    /// The promised time, as a range of days (its words are in the details).
    public let expected: ClosedRange<Day>?
    /// Where the line is in the file.
    let offset: Int
    let length: Int
}

/// A motion as the ledger knows it, its aliases applied.
public struct TimelineMotion: Hashable, Sendable {
    /// Its canonical ID, or its name key when the ledger knows no ID for it.
    public let key: String
    public let id: KamerstukID?
    /// The name its latest event gives.
    public let name: String
    /// Every name its events give, in order of first appearance.
    public let names: [String]
    public let nameKey: String?
    /// Every other key its events give it (earlier name keys, keys by subject), in order of
    /// first appearance.
    public let otherKeys: [String]
    /// Name keys joined to this motion's ID by alias records.
    public let aliases: [String]
    let index: Int32
}

/// A motion's status at a cutoff: the event that last told news of it, and since when the
/// status holds.
public struct MotionState: Hashable, Sendable {
    public let motion: TimelineMotion
    /// The latest event, by date, that changed the status or the promised time: its source and
    /// evidence are the status's. Later restatements are in the history.
    public let event: TimelineEvent
    /// When the status last changed: the date of the first event of the unbroken run of this
    /// status that ends in `event`, restatements and readings without a status passed over.
    public let since: Day
}
