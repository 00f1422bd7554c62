import Glibc

/// The name the program goes by at the start of every message it prints.
let programName = "motieledger"

/// The line for standard error that reports a finding: `motieledger: PATH:LINE:COLUMN: warning: MESSAGE`.
func warningLine(_ message: String, at place: Place? = nil) -> String {
    diagnosticLine(severity: "warning", message: message, place: place)
}

/// One diagnostic line. Line breaks in a message or path (which may come from the input) are
/// escaped, so that every diagnostic stays one line for `grep` and for editors that jump to it;
/// so are other control characters and bidirectional overrides, which could steer a terminal or
/// make the line show other than it reads (`\u{1B}`, `\u{202E}`).
func diagnosticLine(severity: String, message: String, place: Place?) -> String {
    let prefix = place.map { "\(programName): \($0): " } ?? "\(programName): "
    var line = ""
    for scalar in (prefix + severity + ": " + message).unicodeScalars {
        switch scalar {
        case "\n": line += "\\n"
        case "\r": line += "\\r"
        case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{200E}", "\u{200F}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
            line += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: line.unicodeScalars.append(scalar)
        }
    }
    return line
}

/// Makes a reader that goes away (`motieledger refs | head`) show up as `EPIPE` from `write(2)`
/// rather than a signal that kills the process, so the program decides how it ends.
func ignoreBrokenPipeSignal() {
    _ = signal(SIGPIPE, SIG_IGN)
}

/// The two streams a command speaks through. Handed to every command rather than reached
/// globally, so that tests can listen in.
struct Terminal {
    /// Where results go: buffered, and every failure to write there is reported.
    let output: BufferedOutput
    /// Where errors and warnings go.
    let errors: BufferedOutput

    /// File descriptors 1 and 2. Standard error is unbuffered, so that a message is out
    /// before anything that follows it can go wrong.
    static func standard() -> Terminal {
        Terminal(
            output: BufferedOutput(fileDescriptor: 1, streamName: "standard output"),
            errors: BufferedOutput(fileDescriptor: 2, streamName: "standard error", capacity: 0)
        )
    }

    /// Prints a finding as a `warning:` line on standard error.
    func warn(_ message: String, at place: Place? = nil) {
        say(warningLine(message, at: place))
    }

    /// Prints `error` on standard error, unless it is one that ends the command quietly.
    func report(_ error: CLIError) {
        guard !error.isQuiet else { return }
        say(error.rendered)
    }

    /// A message that cannot be written to standard error is dropped: there is nowhere left to
    /// say so, and the exit status still tells.
    private func say(_ line: String) {
        try? errors.write(line + "\n")
    }
}
