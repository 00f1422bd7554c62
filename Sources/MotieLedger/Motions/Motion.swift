import Kamerstuk

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
