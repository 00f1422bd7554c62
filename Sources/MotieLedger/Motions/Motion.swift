import Kamerstuk

/// Where a document mentions a motion, in the user's input.
public struct MotionMention: Hashable, Sendable {
    public let line: Int
    public let column: Int
    /// The mention as written (`motie Paternotte c.s.`), white space collapsed.
    public let text: String
}

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
    package var note: String? = nil
}

/// A motion as one document speaks of it: identity, mentions, answers and status.
public struct Motion: Hashable, Sendable {
    public let id: KamerstukID?
    public let nameKey: String
    /// Every key the mentions give, `nameKey` first (`motie-dobbe`, `motie-inzake-radio-dabanga`).
    public let nameKeys: [String]
    public let name: String
    public let mentions: [MotionMention]
    public let answers: [AnswerReference]
    /// The document's status for the motion: the most advanced of its readings.
    public let status: MotionStatus
    public let evidence: String
    public let evidenceLine: Int
    public let expected: ExpectedTime?
    /// Each answer's own reading, kept when they differ.
    package let readings: [AnswerReading]
    /// The answers read differently.
    public let mixed: Bool
    /// Less than certain: mixed, conditional, or an uncertain link.
    public let uncertain: Bool
    public let findings: [Finding]

    /// The motion's identity in the ledger.
    public var key: String { id?.canonical ?? nameKey }

    /// The seam to the ledger.
    public var reading: MotionReading {
        MotionReading(id: id, nameKey: nameKey, otherKeys: Array(nameKeys.dropFirst()), name: name, status: status,
                      evidence: evidence, evidenceLine: evidenceLine, answers: answers, expected: expected, uncertain: uncertain)
    }
}

extension Finding.Category {
    /// A link between a mention and a Kamerstuk (or between two mentions) that is not sure.
    package static let uncertainLink = Finding.Category(rawValue: "uncertain-link")
    /// A motion is mentioned but nothing identifies it.
    package static let unidentifiedMotion = Finding.Category(rawValue: "unidentified-motion")
    /// Answers of one document read differently.
    package static let mixedReadings = Finding.Category(rawValue: "mixed-readings")
    /// A motion the text says was not adopted: held over, rejected, withdrawn, not yet voted on.
    package static let notAdopted = Finding.Category(rawValue: "not-adopted")
    /// A motion whose status is `onbekend`, with why: nothing says how far it has come.
    package static let statusUnknown = Finding.Category(rawValue: "status-unknown")
    /// A status read from the context of the motion rather than from what is said of it.
    package static let uncertainStatus = Finding.Category(rawValue: "uncertain-status")
}
