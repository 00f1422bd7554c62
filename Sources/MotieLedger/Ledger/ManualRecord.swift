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
    /// The motion is meant to be new to the ledger (`--new`): without it, a motion the ledger
    /// does not know is refused, so that a typo makes no phantom motion.
    public var isNew: Bool

    public init(motion: String, status: MotionStatus, source: String, note: String?, date: Day?, by: String, isNew: Bool = false) {
        self.motion = motion
        self.status = status
        self.source = source
        self.note = note
        self.date = date
        self.by = by
        self.isNew = isNew
    }
}
