import Kamerstuk

/// A status event: what one source says about one motion, dated by that source.
package struct StatusEvent: Hashable, Sendable {
    /// The motion's key as the source gave it: its canonical ID, or its name key.
    package var motion: String
    package var id: KamerstukID?
    /// The key from the submitters' names; `nil` only in a manual record for a motion the ledger
    /// did not know.
    package var nameKey: String?
    /// Further keys the source's mentions give the motion (`motie-inzake-radio-dabanga` for a
    /// `motie Dobbe`), so that a motion read later under one of them, without an ID, is known
    /// as this one. Empty in a manual record.
    package var otherKeys: [String]
    package var name: String
    package var status: MotionStatus
    /// The source's date: the event's place in the history.
    package var date: Day
    /// The document number, or a manual record's source text.
    package var source: String
    /// The label of the debate the source answers.
    package var debate: String?
    package var answers: [AnswerReference]
    /// The sentence that shows the status; `nil` in a manual record.
    package var evidence: String?
    package var evidenceLine: Int?
    package var expected: ExpectedTime?
    package var uncertain: Bool
    package var by: EventOrigin
    /// The person who made a manual record.
    package var who: String?
    package var note: String?
    /// Whether this manual record corrects what was read from its source, a document in the ledger.
    package var corrects: Bool

    package init(motion: String, id: KamerstukID?, nameKey: String?, otherKeys: [String] = [], name: String, status: MotionStatus,
                date: Day, source: String, debate: String?, answers: [AnswerReference], evidence: String?, evidenceLine: Int?,
                expected: ExpectedTime?, uncertain: Bool, by: EventOrigin, who: String?, note: String?, corrects: Bool) {
        self.motion = motion
        self.id = id
        self.nameKey = nameKey
        self.otherKeys = otherKeys
        self.name = name
        self.status = status
        self.date = date
        self.source = source
        self.debate = debate
        self.answers = answers
        self.evidence = evidence
        self.evidenceLine = evidenceLine
        self.expected = expected
        self.uncertain = uncertain
        self.by = by
        self.who = who
        self.note = note
        self.corrects = corrects
    }
}
