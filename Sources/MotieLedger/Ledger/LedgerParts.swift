import Dispatch
import Glibc
import Synchronization

/// A pass over the ledger on all cores: the file is cut at line breaks into parts, each part
/// is read on its own thread, and the caller puts the parts' results together in file order.
///
/// A part after the first does not know how many lines come before it until the parts before
/// it are read. It takes its first line's `seq` at its word, numbers its lines from there, and
/// ``PartProgress/fault(linesBefore:)`` checks that word once the count is known: if it was
/// wrong, that line is where a single pass would have stopped, with the same error.
enum LedgerParts {
    /// The smallest part worth a thread of its own.
    static let minimumSize = 1 << 20
    /// The most parts: each holds a read buffer and an interner of its own, and the parts are
    /// put together on one core, so that more cores add memory faster than speed.
    static let maximumCount = 8

    /// How many parts to cut `size` bytes into: one per core (at most ``maximumCount``), none
    /// smaller than ``minimumSize``; `requested`, when given, wins (tests ask for many parts of
    /// a small ledger).
    static func count(size: Int, requested: Int?) -> Int {
        if let requested { return max(1, requested) }
        return max(1, min(cores, maximumCount, size / minimumSize))
    }

    /// The number of cores online.
    static var cores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// Where to cut the first `size` bytes of `file` into about `parts` parts: about evenly,
    /// each cut just after a line break. A cut that finds no line break in the bytes that hold
    /// any line a reader accepts (``LineReader/lineWindow``, only in a damaged ledger) is left
    /// out, so that the part holding the long line reports it as a single pass would.
    static func bounds(of file: LedgerFile, size: Int, parts: Int) throws(LedgerError) -> [Int] {
        var bounds = [0]
        if parts > 1 {
            for k in 1..<parts {
                // From the byte before the even cut, so that a line ending exactly there is cut after.
                let from = max(bounds.last!, size * k / parts - 1)
                guard from < size else { break }
                let window = try file.bytes(at: from, count: min(size - from, LineReader.lineWindow))
                guard let newline = window.firstIndex(of: 0x0A) else { continue }
                let bound = from + newline + 1
                if bound < size, bound > bounds.last! { bounds.append(bound) }
            }
        }
        bounds.append(size)
        return bounds
    }

    /// `body(k)` for every part `k` in `0..<count`, at once; the results in order.
    static func run<Part: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Part) -> [Part] {
        if count == 1 { return [body(0)] }
        let results = Mutex([Part?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { k in
            let part = body(k)
            results.withLock { $0[k] = part }
        }
        return results.withLock { $0.map { $0! } }
    }
}

/// The outcome of a pass made of parts: lines counted over all, the end and torn tail of the last.
extension LinePassOutcome {
    init(joining parts: [LinePassOutcome]) {
        self.init()
        lines = parts.reduce(0) { $0 + $1.lines }
        completeBytes = parts.last?.completeBytes ?? 0
        tornTail = parts.last?.tornTail
        lastLine = parts.last { $0.lines > 0 }?.lastLine ?? []
    }
}
