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
