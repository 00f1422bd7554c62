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
