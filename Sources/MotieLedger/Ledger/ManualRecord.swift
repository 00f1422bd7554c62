/// A status a person records by hand (`motieledger record`).
package struct ManualRecord: Hashable, Sendable {
    /// The motion as the person named it: a Kamerstuk in any citation form, or the key of a
    /// motion without one.
    package var motion: String
    package var status: MotionStatus
    /// A document number in the ledger (the record then corrects what was read from it), or
    /// any other source text (the record is then news at `date`).
    package var source: String
    package var note: String?
    /// The date of news; by default today. A correction takes its document's date.
    package var date: Day?
    /// Who records it.
    package var by: String
    /// The motion is meant to be new to the ledger (`--new`): without it, a motion the ledger
    /// does not know is refused, so that a typo makes no phantom motion.
    package var isNew: Bool

    package init(motion: String, status: MotionStatus, source: String, note: String?, date: Day?, by: String, isNew: Bool = false) {
        self.motion = motion
        self.status = status
        self.source = source
        self.note = note
        self.date = date
        self.by = by
        self.isNew = isNew
    }
}
