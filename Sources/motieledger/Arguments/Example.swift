/// A command line that shows how a command is used, with what it does. Help and the man page
/// show them.
struct Example: Sendable {
    /// What the line does, in one sentence.
    let purpose: String
    /// The line as typed in a shell, `motieledger` and all.
    let line: String

    /// An example that does `purpose` by running `line`.
    init(_ purpose: String, _ line: String) {
        self.purpose = purpose
        self.line = line
    }
}
