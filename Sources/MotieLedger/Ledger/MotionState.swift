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
