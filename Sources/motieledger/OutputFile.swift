import Glibc

/// Writes `bytes` as the file at `path`, whole or not at all: into a temporary file beside it,
/// synced, then renamed over it, so that a full disk or a failed write leaves no half file (and
/// an older copy as it was). Fails with exit status 74, naming the file.
func writeFileWhole(_ bytes: [UInt8], to path: String) throws(CLIError) {
    let temporary = path + ".part-\(getpid())"
    func failure(_ what: String) -> CLIError {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        return CLIError(.ioError, "\(what): \(reason)", at: Place(path: path))
    }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure("cannot write the page") }
    var written = 0
    while written < bytes.count {
        let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else {
            let error = failure("cannot write the page")
            close(fd)
            throw error
        }
        written += count
    }
    guard fsync(fd) == 0 else {
        let error = failure("cannot sync the page")
        close(fd)
        throw error
    }
    close(fd)
    guard rename(temporary, path) == 0 else { throw failure("cannot put the page in place") }
}
