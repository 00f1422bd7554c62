/// A fault in one ledger line: what is wrong, at which byte of the line.
struct LineFault: Error, Sendable {
    /// The 0-based byte offset within the line.
    let offset: Int
    let message: String

    init(_ message: String, at offset: Int) {
        self.offset = offset
        self.message = message
    }

    /// The fault as the ledger's error: damage at line `number` of `path`, in the column of
    /// the offending byte of `line`.
    func damage(in line: UnsafeRawBufferPointer, number: Int, path: String) -> LedgerError {
        LedgerError(.damaged, message, path: path, line: number, column: columnOf(offset: offset, in: line))
    }
}
