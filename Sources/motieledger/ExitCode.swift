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
