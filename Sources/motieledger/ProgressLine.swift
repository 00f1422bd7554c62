import Glibc
import MotieLedger

/// A line on standard error that says how far a long run has come — `ingest: 12/340
/// stukken/brief.pdf` — drawn over itself, and wiped when the run is done.
///
/// Only on a terminal, and only once the run has taken more than `delay` seconds: a quick
/// run, a pipe or a file gets no such line, so that nothing a script reads changes.
final class ProgressLine {
    private let label: String
    private let total: Int
    private let stream: BufferedOutput?
    private let clock: () -> Double
    private let delay: Double
    private let started: Double
    private var drawnAt: Double?

    /// A progress line for `total` steps of `label`, written to `stream` when it is a terminal
    /// (`isTerminal`); `clock` gives seconds, as a seam for tests.
    init(_ label: String, total: Int, stream: BufferedOutput, isTerminal: Bool, delay: Double = 1,
         clock: @escaping () -> Double = monotonicSeconds) {
        self.label = label
        self.total = total
        self.stream = isTerminal ? stream : nil
        self.clock = clock
        self.delay = delay
        started = clock()
    }

    /// A progress line on the terminal's standard error, if it is a terminal.
    convenience init(_ label: String, total: Int, terminal: Terminal) {
        self.init(label, total: total, stream: terminal.errors, isTerminal: isatty(2) == 1)
    }

    /// Says that `done` steps are done and `current` is the one under way; drawn at most ten
    /// times a second.
    func update(done: Int, current: String) {
        guard let stream else { return }
        let now = clock()
        guard now - started >= delay, drawnAt.map({ now - $0 >= 0.1 }) ?? true else { return }
        drawnAt = now
        try? stream.write("\r\u{1B}[K" + ProgressLine.line(label, done: done, total: total, current: current))
    }

    /// Wipes the line, if it was drawn, so that what is written next starts on a clean line;
    /// the next update draws it again.
    func wipe() {
        guard let stream, drawnAt != nil else { return }
        drawnAt = nil
        try? stream.write("\r\u{1B}[K")
    }

    /// `LABEL: DONE/TOTAL CURRENT`, the name cut from the left to keep the line within 79
    /// columns, and made safe as every text a person reads is, so that a file's name cannot
    /// steer the terminal.
    static func line(_ label: String, done: Int, total: Int, current: String, width: Int = 79) -> String {
        let head = "\(label): \(done)/\(total) "
        var name = ReportText.line(current)
        let room = max(width - head.count, 10)
        if name.count > room { name = "…" + name.suffix(room - 1) }
        return head + name
    }
}

/// Seconds on a clock that never goes back.
func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
