import Kamerstuk

/// What one document says about one motion: the seam between reading and the ledger.
public struct MotionReading: Hashable, Sendable {
    /// The motion's Kamerstuk, when the document gives it.
    public let id: KamerstukID?
    /// The motion's identity in the ledger: its canonical ID when the document gives one, else
    /// `nameKey`.
    public var key: String { id?.canonical ?? nameKey }
    /// A stable key from the submitters' surnames (`motie-erkens`, `motie-burg-piri`), or from
    /// the subject when no submitter is named (`motie-inzake-radio-dabanga`). When a later
    /// document gives the Kamerstuk of a motion known only by this key, the ledger records an
    /// alias, so that its history is never split.
    public let nameKey: String
    /// Further keys the document's mentions give the motion (by subject, by party: `motie
    /// Dobbe` named `motie inzake Radio Dabanga` elsewhere), so that an alias can join it to a
    /// motion the ledger knows under one of them.
    public let otherKeys: [String]
    /// The name as the document gives it: `Paternotte c.s.`, `Van der Burg en Piri`.
    public let name: String
    public let status: MotionStatus
    /// The sentence that shows the status, and the line it starts on in the document.
    public let evidence: String
    public let evidenceLine: Int
    /// The pairs whose question or answer speaks of the motion.
    public let answers: [AnswerReference]
    public let expected: ExpectedTime?
    /// Whether the reading is less than certain: a conditional or mixed answer, an uncertain link.
    public let uncertain: Bool
    /// What the reading found of the motion (why it is uncertain, among them): kept in the
    /// ledger with the event, coded (``FindingText``).
    public var findings: [Finding] = []

    public init(id: KamerstukID?, nameKey: String, otherKeys: [String] = [], name: String, status: MotionStatus, evidence: String,
                evidenceLine: Int, answers: [AnswerReference], expected: ExpectedTime?, uncertain: Bool) {
        self.id = id
        self.nameKey = nameKey
        self.otherKeys = otherKeys
        self.name = name
        self.status = status
        self.evidence = evidence
        self.evidenceLine = evidenceLine
        self.answers = answers
        self.expected = expected
        self.uncertain = uncertain
    }
}
