import Glibc

/// The name the program goes by at the start of every message it prints.
let programName = "motieledger"

/// How the program ends: the values of BSD `sysexits.h`, which scripts already know.
enum ExitCode: Int32, CaseIterable, Sendable {
    /// All went well, also when a document holds nothing to report.
    case ok = 0
    /// A query matched nothing, as with `grep`.
    case noMatch = 1
    /// The program was called wrongly: an unknown option, a missing argument.
    case usage = 64
    /// The input is bad: a corrupt ledger, text that is not UTF-8.
    case dataError = 65
    /// An input file does not exist (or a document to fetch: the source has no such number).
    case noInput = 66
    /// An outside program a command needs (`pdftotext`) is not installed, or the network is
    /// unreachable.
    case unavailable = 69
    /// Reading, writing or syncing failed.
    case ioError = 74
    /// The ledger stayed locked by another writer past the wait.
    case tempFail = 75
}

/// Where in the user's input a message points: a file and, when known, a line and a column.
struct Place: Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    let path: String
    /// The 1-based line, if known.
    let line: Int?
    /// The 1-based column in Unicode scalars; only given together with a line.
    let column: Int?

    /// A place in `path`; a column needs a line, since `PATH::7` would mean nothing.
    init(path: String, line: Int? = nil, column: Int? = nil) {
        precondition(column == nil || line != nil, "a column needs a line")
        self.path = path
        self.line = line
        self.column = column
    }

    /// `PATH`, `PATH:LINE` or `PATH:LINE:COLUMN`, the form editors and compilers use.
    var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }
}

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

/// The line for standard error that reports a finding: `motieledger: PATH:LINE:COLUMN: warning: MESSAGE`.
func warningLine(_ message: String, at place: Place? = nil) -> String {
    diagnosticLine(severity: "warning", message: message, place: place)
}

/// One diagnostic line. Line breaks in a message or path (which may come from the input) are
/// escaped, so that every diagnostic stays one line for `grep` and for editors that jump to it;
/// so are other control characters and bidirectional overrides, which could steer a terminal or
/// make the line show other than it reads (`\u{1B}`, `\u{202E}`).
private func diagnosticLine(severity: String, message: String, place: Place?) -> String {
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

/// What one call of `write(2)` did.
enum WriteResult: Equatable, Sendable {
    /// It wrote this many bytes, which may be fewer than it was given.
    case wrote(Int)
    /// It failed with this `errno`.
    case failed(errno: Int32)
}

/// A byte stream to a file descriptor. Buffered, so that a report of many short lines costs
/// few system calls.
///
/// A write that fails ends the command: the writer throws, and keeps throwing the same error
/// on every later write and flush, so that a command which swallowed the first error still
/// cannot end in a silent success. A reader that went away gives ``CLIError/readerGone(_:)``
/// (quiet, status 0); any other failure exit status 74.
final class BufferedOutput {
    /// The system call, as a seam: tests give one that writes a few bytes at a time or fails.
    typealias Sink = (UnsafeRawBufferPointer) -> WriteResult

    /// The stream's name in messages: `standard output`.
    let streamName: String
    private let capacity: Int
    private let sink: Sink
    private var buffer: [UInt8] = []
    private var failure: CLIError?

    /// A writer that hands its bytes to `sink`, holding up to `capacity` bytes back; with a
    /// capacity of 0 every write goes straight through.
    init(streamName: String, capacity: Int = 64 * 1024, sink: @escaping Sink) {
        precondition(capacity >= 0, "a buffer cannot hold fewer than 0 bytes")
        self.streamName = streamName
        self.capacity = capacity
        self.sink = sink
        buffer.reserveCapacity(capacity)
    }

    /// A writer to the open file descriptor `fileDescriptor`.
    convenience init(fileDescriptor: Int32, streamName: String, capacity: Int = 64 * 1024) {
        self.init(streamName: streamName, capacity: capacity) { bytes in
            let count = Glibc.write(fileDescriptor, bytes.baseAddress, bytes.count)
            return count >= 0 ? .wrote(count) : .failed(errno: errno)
        }
    }

    /// Writes the UTF-8 bytes of `text`.
    func write(_ text: String) throws(CLIError) {
        var text = text
        // `withUTF8` only rethrows untyped errors, so the typed one travels out in a Result.
        try text.withUTF8 { utf8 in
            Result { () throws(CLIError) in try put(UnsafeRawBufferPointer(utf8)) }
        }.get()
    }

    /// Writes `bytes` as they are.
    func write(_ bytes: some Sequence<UInt8>) throws(CLIError) {
        let contiguous = bytes.withContiguousStorageIfAvailable { storage in
            Result { () throws(CLIError) in try put(UnsafeRawBufferPointer(storage)) }
        }
        if let contiguous {
            try contiguous.get()
        } else {
            try write(Array(bytes))
        }
    }

    /// Hands everything buffered to the stream. Call it before the program ends: the last
    /// bytes can fail to arrive as well as the first.
    func flush() throws(CLIError) {
        if let failure { throw failure }
        guard !buffer.isEmpty else { return }
        let outcome = buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
        if let outcome { throw fail(outcome) }
    }

    private func put(_ bytes: UnsafeRawBufferPointer) throws(CLIError) {
        if let failure { throw failure }
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            // Too big to gain from the buffer: copying it there would only cost time.
            if let outcome = writeAll(bytes) { throw fail(outcome) }
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes all of `bytes`, going on after short writes and interrupted calls; returns the
    /// failure, if any.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> CLIError? {
        var offset = 0
        while offset < bytes.count {
            switch sink(UnsafeRawBufferPointer(rebasing: bytes[offset...])) {
            case .wrote(let count) where count > 0:
                offset += count
            case .wrote:
                // write(2) that makes no progress and names no error would otherwise spin forever.
                return CLIError(.ioError, "cannot write to \(streamName): nothing was written")
            case .failed(errno: EINTR):
                continue
            case .failed(errno: EPIPE):
                return CLIError.readerGone(streamName)
            case .failed(let code):
                return CLIError(.ioError, "cannot write to \(streamName): \(String(cString: strerror(code)))")
            }
        }
        return nil
    }

    private func fail(_ error: CLIError) -> CLIError {
        failure = error
        return error
    }
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
