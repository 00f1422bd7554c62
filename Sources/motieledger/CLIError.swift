/// A failure that ends the command: the exit status, and the one line that tells the user why.
struct CLIError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The status the program exits with.
    let code: ExitCode
    /// What went wrong, in English, without the `motieledger: error:` prefix.
    let message: String
    /// Where in the input it went wrong, if that is known.
    let place: Place?

    /// A failure with exit status `code`, pointing at `place` when given.
    init(_ code: ExitCode, _ message: String, at place: Place? = nil) {
        self.code = code
        self.message = message
        self.place = place
    }

    /// The reader of `stream` went away (`motieledger refs | head`). It already has all it wanted,
    /// so this ends the command with status 0 and no message.
    static func readerGone(_ stream: String) -> CLIError {
        CLIError(.ok, "\(stream) was closed by its reader")
    }

    /// Whether this ends the command without a message, as a closed pipe does.
    var isQuiet: Bool { code == .ok }

    /// The line for standard error: `motieledger: PATH:LINE:COLUMN: error: MESSAGE`.
    var rendered: String { diagnosticLine(severity: "error", message: message, place: place) }

    var description: String { rendered }
}
