/// A question/answer pair of a document, as a motion refers to it.
public struct AnswerReference: Hashable, Sendable {
    /// The pair's 1-based position in the document.
    public let index: Int
    /// The pair's number as written (`"4 en 5"`), if the document numbers its questions.
    public let label: String?
    /// The members who asked, as the section heading names them.
    public let askers: [String]
    public let party: String?

    public init(index: Int, label: String?, askers: [String], party: String?) {
        self.index = index
        self.label = label
        self.askers = askers
        self.party = party
    }
}
