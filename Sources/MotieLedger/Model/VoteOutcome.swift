/// How the Kamer dealt with a motion, in the words of its own decisions (`Besluit`).
package enum VoteOutcome: String, CaseIterable, Hashable, Sendable {
    /// Adopted: the motion asks something of the government.
    case aangenomen
    /// Rejected.
    case verworpen
    /// Held over: no vote yet; one may follow.
    case aangehouden
    /// Withdrawn by its submitters.
    case ingetrokken
    /// Submitted, not (yet) voted on.
    case ingediend

    /// The word for people, in Dutch (the default) or English.
    package func word(_ language: Language) -> String {
        switch (self, language) {
        case (_, .nl): rawValue
        case (.aangenomen, .en): "adopted"
        case (.verworpen, .en): "rejected"
        case (.aangehouden, .en): "held over"
        case (.ingetrokken, .en): "withdrawn"
        case (.ingediend, .en): "submitted"
        }
    }
}
