/// A mistake in how the program was called: exit status 64, and one line in English that says
/// what was wrong and how to mend it.
struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line, without the `motieledger: error:` prefix.
    let message: String

    /// A usage error that says `message`.
    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
