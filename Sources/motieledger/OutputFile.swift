import Glibc
import MotieLedger

/// Writes `bytes` as the file at `path`, whole or not at all: into a temporary file beside it,
/// synced, then renamed over it, so that a full disk or a failed write leaves no half file (and
/// an older copy as it was). Fails with exit status 74, naming the file.
func writeFileWhole(_ bytes: [UInt8], to path: String) throws(CLIError) {
    do throws(WholeFile.Failure) {
        try WholeFile.write(bytes, to: path, through: path + ".part-\(getpid())")
    } catch {
        let what = switch error.step {
        case .write: "cannot write the page"
        case .sync: "cannot sync the page"
        case .rename: "cannot put the page in place"
        }
        throw CLIError(.ioError, "\(what): \(error.reason)", at: Place(path: path))
    }
}
