import Glibc

/// The folder fetched documents are kept in (`ledger/documents/`), each under its identifier
/// and format (`kst-36410-31.xml`). A document is written to a temporary file, synced, and
/// only then renamed into place: a download that breaks off never leaves a document behind.
public struct DocumentStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The documents folder beside a ledger file (`ledger/moties.jsonl` → `ledger/documents`).
    public init(besideLedger ledgerPath: String) {
        let folder = ledgerPath.lastIndex(of: "/").map { String(ledgerPath[..<$0]) } ?? "."
        self.init(directory: (folder.isEmpty ? "/" : folder) + "/documents")
    }

    /// The file that holds `id`, if one was fetched (XML first).
    public func existing(_ id: PublicationID) -> String? {
        for format in ["xml", "pdf"] {
            let path = self.path(id, format: format)
            if access(path, F_OK) == 0 { return path }
        }
        return nil
    }

    public func path(_ id: PublicationID, format: String) -> String {
        directory + "/" + id.value + "." + format
    }

    /// Writes `bytes` as `id`'s document in `format`, replacing an older copy in one step, and
    /// removes a copy in the other format (a document is kept once).
    @discardableResult
    public func store(_ bytes: [UInt8], as id: PublicationID, format: String) throws(FetchError) -> String {
        try makeDirectory(directory)
        let target = path(id, format: format)
        let temporary = directory + "/." + id.value + "." + format + ".part-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ioError("cannot write \(temporary)") }
        var written = 0
        while written < bytes.count {
            let got = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else {
                let error = ioError("cannot write \(temporary)")
                close(fd)
                unlink(temporary)
                throw error
            }
            written += got
        }
        guard fsync(fd) == 0 else {
            let error = ioError("cannot sync \(temporary)")
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, target) == 0 else {
            let error = ioError("cannot move the download into \(target)")
            unlink(temporary)
            throw error
        }
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
        for other in ["xml", "pdf"] where other != format { unlink(path(id, format: other)) }
        return target
    }

    private func makeDirectory(_ path: String) throws(FetchError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw FetchError(.io, "\(path) is not a directory") }
            return
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectory(String(path[..<slash]))
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw ioError("cannot make the folder \(path)") }
    }

    private func ioError(_ what: String) -> FetchError {
        FetchError(.io, "\(what): \(String(cString: strerror(errno)))")
    }
}
