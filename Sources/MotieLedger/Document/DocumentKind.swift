/// What a document is, as its own words say: it tells the motion reader whether answers are to
/// be found in it at all.
package enum DocumentKind: String, Hashable, Sendable {
    /// Answers to questions: an Aanhangsel's answers to Kamervragen, or a minister's written
    /// answers to the questions of a debate.
    case answers
    /// An Aanhangsel's Mededeling: the answer is postponed. The questions are repeated; no
    /// answer is given.
    case mededeling
    /// Questions alone, as a member submitted them (`kv-tk-2024Z18435`).
    case questions
    /// A motion's own text (`De Kamer, gehoord de beraadslaging, …`).
    case motion
    /// A ministry's annual report (`Jaarverslag en slotwet`), with its annex of motions.
    case annualReport = "annual-report"
    /// A letter, a memo or a report: anything else.
    case letter
}
