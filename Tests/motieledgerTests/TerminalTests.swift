import Foundation
import Glibc
import Testing
@testable import motieledger

/// A stream that keeps what is written to it, to read back in a test.
final class Recorder {
    /// Everything written so far.
    private(set) var bytes: [UInt8] = []
    /// How many times the writer called the sink.
    private(set) var calls = 0

    /// What was written, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A writer whose every byte lands here, and also in `log` when given.
    func output(capacity: Int = 64 * 1024, streamName: String = "standard output", log: Recorder? = nil) -> BufferedOutput {
        BufferedOutput(streamName: streamName, capacity: capacity) { buffer in
            self.calls += 1
            self.bytes += buffer
            log?.bytes += buffer
            return .wrote(buffer.count)
        }
    }
}

/// A terminal whose streams are recorded: each apart, and both together in the order they
/// reached the "screen", so a test can see that an error comes after the output before it.
struct RecordedTerminal {
    /// Standard output.
    let output = Recorder()
    /// Standard error.
    let errors = Recorder()
    /// Both, interleaved as written.
    let screen = Recorder()
    /// The terminal to hand to the program.
    let terminal: Terminal

    init() {
        terminal = Terminal(
            output: output.output(log: screen),
            errors: errors.output(capacity: 0, streamName: "standard error", log: screen))
    }
}

/// The error that `body` throws, or `nil`. Untyped, because Swift takes a closure to throw
/// `any Error` unless told otherwise.
private func caught(_ body: () throws -> Void) -> CLIError? {
    do {
        try body()
        return nil
    } catch let error as CLIError {
        return error
    } catch {
        Issue.record("expected a CLIError, got \(error)")
        return nil
    }
}

@Suite struct RenderingTests {
    @Test func exitCodesAreTheSysexitsValues() {
        let codes: [ExitCode] = [.ok, .noMatch, .usage, .dataError, .noInput, .ioError, .tempFail]
        #expect(codes.map(\.rawValue) == [0, 1, 64, 65, 66, 74, 75])
    }

    @Test func errorLines() {
        let message = "no such motion"
        #expect(CLIError(.dataError, message, at: Place(path: "ledger/moties.jsonl", line: 12, column: 3)).rendered
            == "motieledger: ledger/moties.jsonl:12:3: error: no such motion")
        #expect(CLIError(.dataError, message, at: Place(path: "a.txt", line: 12)).rendered
            == "motieledger: a.txt:12: error: no such motion")
        #expect(CLIError(.noInput, message, at: Place(path: "a.txt")).rendered == "motieledger: a.txt: error: no such motion")
        #expect(CLIError(.usage, message).rendered == "motieledger: error: no such motion")
        #expect("\(CLIError(.usage, message))" == "motieledger: error: no such motion")
    }

    @Test func warningLines() {
        #expect(warningLine("ambiguous citation", at: Place(path: "2026D03887.txt", line: 152, column: 54))
            == "motieledger: 2026D03887.txt:152:54: warning: ambiguous citation")
        #expect(warningLine("no footnotes") == "motieledger: warning: no footnotes")
    }

    @Test func lineBreaksAreEscapedSoEveryMessageStaysOneLine() {
        #expect(CLIError(.usage, "unknown command 'a\nb'", at: Place(path: "x\r\ny")).rendered
            == #"motieledger: x\r\ny: error: unknown command 'a\nb'"#)
    }

    @Test("control characters and bidirectional overrides from the input are shown escaped, never sent")
    func controlsAreEscaped() {
        #expect(CLIError(.noMatch, "no motion matches 'x\u{1B}[2J\u{202E}y\u{7}'").rendered
            == #"motieledger: error: no motion matches 'x\u{1B}[2J\u{202E}y\u{7}'"#)
        #expect(warningLine("in 'a\tb'") == #"motieledger: warning: in 'a\u{9}b'"#)
    }

    @Test func usageErrorsExitWith64() {
        let error = CLIError(UsageError("missing FILE"))
        #expect(error.code == .usage)
        #expect(error.rendered == "motieledger: error: missing FILE")
    }
}

@Suite struct BufferingTests {
    @Test func holdsBytesBackUntilFlush() throws {
        let recorder = Recorder()
        let output = recorder.output(capacity: 16)
        try output.write("abc")
        try output.write([0xFF, 0x00])
        #expect(recorder.calls == 0)
        try output.flush()
        #expect(recorder.bytes == Array("abc".utf8) + [0xFF, 0x00])
        #expect(recorder.calls == 1)
        try output.flush()
        #expect(recorder.calls == 1)
    }

    @Test func writesWhatNoLongerFits() throws {
        let recorder = Recorder()
        let output = recorder.output(capacity: 8)
        try output.write("12345")
        try output.write("6789")
        #expect(recorder.text == "12345")
        try output.flush()
        #expect(recorder.text == "123456789")
    }

    @Test func writesLargeChunksStraightThrough() throws {
        let recorder = Recorder()
        let output = recorder.output(capacity: 8)
        try output.write("ab")
        try output.write(String(repeating: "x", count: 20))
        #expect(recorder.calls == 2)
        #expect(recorder.text == "ab" + String(repeating: "x", count: 20))
    }

    @Test func unbufferedWritesAtOnce() throws {
        let recorder = Recorder()
        try recorder.output(capacity: 0).write("now\n")
        #expect(recorder.text == "now\n")
    }

    @Test func takesAnySequenceOfBytes() throws {
        let recorder = Recorder()
        let output = recorder.output()
        try output.write([UInt8](arrayLiteral: 1, 2, 3)[1...])
        try output.write(repeatElement(UInt8(9), count: 2))
        try output.write(Data([4]))
        try output.write("é".utf8)
        try output.flush()
        #expect(recorder.bytes == [2, 3, 9, 9, 4, 0xC3, 0xA9])
    }
}

@Suite struct WriteFailureTests {
    @Test func goesOnAfterShortWritesAndInterruptions() throws {
        var received: [UInt8] = []
        var calls = 0
        let output = BufferedOutput(streamName: "standard output", capacity: 10) { buffer in
            calls += 1
            if calls.isMultiple(of: 2) { return .failed(errno: EINTR) }
            let count = min(3, buffer.count)
            received += buffer.prefix(count)
            return .wrote(count)
        }
        let text = (0..<100).map(String.init).joined(separator: ",")
        try output.write(text)
        try output.write("!")
        try output.flush()
        #expect(String(decoding: received, as: UTF8.self) == text + "!")
    }

    @Test func reportsTheSystemsReason() {
        let output = BufferedOutput(streamName: "standard output", capacity: 0) { _ in .failed(errno: EIO) }
        let error = caught { try output.write("x") }
        #expect(error == CLIError(.ioError, "cannot write to standard output: Input/output error"))
    }

    @Test func aWriteThatMakesNoProgressIsAFailure() {
        let output = BufferedOutput(streamName: "standard output", capacity: 0) { _ in .wrote(0) }
        #expect(caught { try output.write("x") } == CLIError(.ioError, "cannot write to standard output: nothing was written"))
    }

    @Test func aFailureStaysAFailure() {
        var calls = 0
        let output = BufferedOutput(streamName: "standard output", capacity: 4) { _ in
            calls += 1
            return .failed(errno: ENOSPC)
        }
        let expected = CLIError(.ioError, "cannot write to standard output: No space left on device")
        #expect(caught { try output.write("12345") } == expected)
        #expect(caught { try output.write("a") } == expected)
        #expect(caught { try output.flush() } == expected)
        #expect(calls == 1)
    }

    @Test func aClosedPipeEndsQuietly() throws {
        ignoreBrokenPipeSignal()
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        let output = BufferedOutput(fileDescriptor: ends[1], streamName: "standard output")
        try output.write("nobody reads this\n")
        let error = try #require(caught { try output.flush() })
        #expect(error == .readerGone("standard output"))
        #expect(error.isQuiet)
        #expect(error.code == .ok)
    }

    @Test func aFullDiskIsAnError() throws {
        let device = open("/dev/full", O_WRONLY)
        guard device >= 0 else {
            print("note: /dev/full cannot be opened here; skipping the full-disk test")
            return
        }
        defer { close(device) }
        let output = BufferedOutput(fileDescriptor: device, streamName: "standard output")
        try output.write("data\n")
        let error = caught { try output.flush() }
        #expect(error == CLIError(.ioError, "cannot write to standard output: No space left on device"))
        #expect(error?.isQuiet == false)
    }

    @Test func everyByteReachesAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-\(UUID().uuidString)")
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        try #require(descriptor >= 0)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = BufferedOutput(fileDescriptor: descriptor, streamName: "standard output", capacity: 4096)
        var expected: [UInt8] = []
        for line in 0..<20_000 {
            let text = "regel \(line): Kamerstuk 21 501-02, nr. \(line)\n"
            try output.write(text)
            expected += text.utf8
        }
        try output.write([UInt8](repeating: 0x2A, count: 10_000))
        expected += [UInt8](repeating: 0x2A, count: 10_000)
        try output.flush()
        close(descriptor)
        #expect(try [UInt8](Data(contentsOf: url)) == expected)
    }
}

@Suite struct TerminalMessagesTests {
    @Test func warningsAndErrorsGoToStandardError() {
        let recorded = RecordedTerminal()
        let terminal = recorded.terminal
        terminal.warn("missing footnote 3", at: Place(path: "a.txt", line: 4, column: 1))
        terminal.report(CLIError(.noInput, "no such file", at: Place(path: "b.txt")))
        terminal.report(.readerGone("standard output"))
        #expect(recorded.errors.text == """
            motieledger: a.txt:4:1: warning: missing footnote 3
            motieledger: b.txt: error: no such file

            """)
        #expect(recorded.output.bytes.isEmpty)
    }

    @Test func aFailingStandardErrorIsBorneSilently() {
        let terminal = Terminal(
            output: Recorder().output(),
            errors: BufferedOutput(streamName: "standard error", capacity: 0) { _ in .failed(errno: EIO) })
        terminal.warn("nowhere to go")
        terminal.report(CLIError(.dataError, "nor this"))
    }
}

/// Runs the built `motieledger` with `arguments`, its standard output going to `output`, and
/// SIGPIPE at its default (which would kill it) so that the program must ignore it by itself.
/// `nil` when the executable has not been built next to the tests.
private func runTool(_ arguments: [String], output: Any) throws -> (status: Int32, errors: String)? {
    let tests = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    let tool = URL(fileURLWithPath: tests).deletingLastPathComponent().appendingPathComponent("motieledger")
    guard FileManager.default.isExecutableFile(atPath: tool.path) else {
        print("note: \(tool.path) is not built; skipping the test of the executable")
        return nil
    }
    let process = Process()
    // The tests ignore SIGPIPE, and a child inherits that: env puts the default back.
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["--default-signal=PIPE", tool.path] + arguments
    process.standardOutput = output
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    return (process.terminationStatus, String(decoding: message, as: UTF8.self))
}

@Suite struct ExecutableTests {
    @Test func printsItsVersion() throws {
        let output = Pipe()
        guard let result = try runTool(["--version"], output: output) else { return }
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "motieledger 0.1.0\n")
        #expect(result.status == 0)
        #expect(result.errors == "")
    }

    @Test func aFullDiskExitsWith74() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
            print("note: /dev/full cannot be opened here; skipping the full-disk test")
            return
        }
        guard let result = try runTool(["--help"], output: full) else { return }
        #expect(result.status == 74)
        #expect(result.errors == "motieledger: error: cannot write to standard output: No space left on device\n")
    }

    @Test func aClosedPipeEndsQuietly() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        let output = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        guard let result = try runTool(["--help"], output: output) else { return }
        #expect(result.status == 0)
        #expect(result.errors == "")
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        guard let result = try runTool(["--verison"], output: FileHandle.nullDevice) else { return }
        #expect(result.status == 64)
        #expect(result.errors == "motieledger: error: unknown option '--verison'; did you mean '--version'?\n")
    }
}
