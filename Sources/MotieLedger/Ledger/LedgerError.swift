/// Why a ledger operation failed, and where: the ledger's path and, when the fault is in a line,
/// the 1-based line and column (in Unicode scalars) of the first bad byte.
public struct LedgerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure it is; the command line maps each kind to its exit status.
    public enum Kind: Hashable, Sendable {
        /// The ledger's bytes are not a sound ledger: corrupt, tampered with, or not a ledger at all.
        case damaged
        /// The last line ends without a line break, as an interrupted append leaves it. Only this
        /// damage may be repaired, by moving the line aside.
        case tornTail
        /// Reading, writing or syncing failed.
        case io
        /// Another writer held the ledger's lock past the wait.
        case locked
        /// There is no ledger at the path.
        case missing
        /// A query or a manual record named a motion, document or debate the ledger does not hold.
        case noMatch
        /// The request does not fit what the ledger holds (a `--date` that contradicts the
        /// document it names), or would make a record no reader accepts (an empty source, a
        /// clock outside the years 0001–9999), and nothing was written.
        case rejected
        /// A record would be a line longer than a reader accepts (1 MiB): the
        /// input holds too much for one record, and the batch was not written.
        case tooLong
    }

    public let kind: Kind
    /// What is wrong, in one English sentence without the path.
    public let message: String
    /// The ledger as the caller named it.
    public let path: String
    /// The 1-based line of the fault, if it is in a line.
    public let line: Int?
    /// The 1-based column of the fault in Unicode scalars; only given with a line.
    public let column: Int?

    package init(_ kind: Kind, _ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
        self.line = line
        self.column = line == nil ? nil : column
    }

    /// `PATH:LINE:COLUMN: MESSAGE`, as far as the place is known.
    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
