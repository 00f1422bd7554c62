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

/// How far one part of a parallel pass got: its lines (as a single pass would frame them), how
/// it numbers them, and its first fault.
struct PartProgress: Sendable {
    /// The number of the line before the part's first: 0 for the first part; a later part
    /// learns it from the `seq` of the first line it decodes.
    var lineBase: Int?
    /// That first decoded line of a later part, to check once the lines before it are counted:
    /// its line within the part, its `seq`, and the column of the `seq` value.
    var firstNumbered: (line: Int, seq: Int, column: Int)?
    var outcome = LinePassOutcome()
    /// The first fault, its line counted within the part.
    var error: LedgerError?

    init(lineBase: Int?) {
        self.lineBase = lineBase
    }

    /// The file's line number of the part's line `line`, whose `seq` is `seq` (at byte
    /// `offset` of `bytes`); fails as a single pass would when they disagree.
    mutating func number(line: Int, seq: Int, at offset: Int, in bytes: UnsafeRawBufferPointer) throws(LineFault) -> Int {
        guard let base = lineBase else {
            lineBase = seq - line
            firstNumbered = (line, seq, columnOf(offset: offset, in: bytes))
            return seq
        }
        guard seq == base + line else {
            throw LineFault("\"seq\" is \(seq) on line \(base + line): a line was removed, added or moved", at: offset)
        }
        return seq
    }

    /// The part's first fault in file order, now that `linesBefore` lines are known to come
    /// before it: a first `seq` taken at its word that was wrong, or the fault the part found.
    func fault(linesBefore: Int, path: String) -> LedgerError? {
        // A failed read has no place in the file, and stops everything.
        if let error, error.line == nil { return error }
        if let first = firstNumbered, first.seq != linesBefore + first.line, (error?.line ?? .max) >= first.line {
            return LedgerError(.damaged, "\"seq\" is \(first.seq) on line \(linesBefore + first.line): a line was removed, added or moved",
                               path: path, line: linesBefore + first.line, column: first.column)
        }
        guard let error, let line = error.line else { return nil }
        return LedgerError(error.kind, error.message, path: error.path, line: linesBefore + line, column: error.column)
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
