/// What a shell may offer for a value while it is typed: the generated completion scripts
/// read it, the parser does not.
enum Completion: Equatable, Sendable {
    /// Nothing is known in advance (a query, a date, a label).
    case none
    /// A path to a file (folders included, to reach one).
    case files
    /// A path to a folder.
    case directories
    /// One of these words.
    case words([String])
}
