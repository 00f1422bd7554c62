import Glibc

/// A file written whole or not at all: the bytes go into a temporary file, are synced, and the
/// temporary is renamed over the target, so that a full disk or a failed write leaves no half
/// file (and an older copy as it was). Used by every command that writes a file of its own (a
/// fetched document, a page).
package enum WholeFile {
    /// The step that failed, and why (the system's words for `errno`).
    package struct Failure: Error, Sendable {
        package enum Step: Sendable { case write, sync, rename }
        package let step: Step
        package let reason: String
    }

    /// Writes `bytes` to `path` through `temporary`; the temporary is removed on failure.
    package static func write(_ bytes: [UInt8], to path: String, through temporary: String) throws(Failure) {
        func failure(_ step: Failure.Step) -> Failure {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return Failure(step: step, reason: reason)
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(.write) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let error = failure(.write)
                close(fd)
                throw error
            }
            written += count
        }
        guard fsync(fd) == 0 else {
            let error = failure(.sync)
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw failure(.rename) }
    }
}
