/// What one answer (or a row of an annex table, or a letter) says of a motion's execution.
package struct AnswerReading: Hashable, Sendable {
    /// The pair's index, or nil for a document without questions.
    package let answer: Int?
    package let status: MotionStatus
    package let evidence: String
    package let evidenceLine: Int
    /// The sentence makes the status depend on something (`indien`, `mits`, `als er`).
    package let conditional: Bool
    package let expected: ExpectedTime?
    /// The text says the motion was not adopted (held over, rejected, withdrawn, not yet voted
    /// on): there is no execution to speak of.
    package let notAdopted: Bool
    /// Why the status is not read from the text about the motion itself, where it is not (the
    /// title of its table says it): the motion is flagged uncertain.
    package var note: FindingText? = nil
}
