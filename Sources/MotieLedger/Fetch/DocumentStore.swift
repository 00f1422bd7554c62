import Glibc

/// The folder fetched documents are kept in (`ledger/documents/`), each under its identifier
/// and format (`kst-36410-31.xml`). A document is written to a temporary file, synced, and
/// only then renamed into place: a download that breaks off never leaves a document behind.
package struct DocumentStore: Sendable {
    package let directory: String

    package init(directory: String) {
        self.directory = directory
    }

    /// The documents folder beside a ledger file (`ledger/moties.jsonl` → `ledger/documents`).
    package init(besideLedger ledgerPath: String) {
        let folder = ledgerPath.lastIndex(of: "/").map { String(ledgerPath[..<$0]) } ?? "."
        self.init(directory: (folder.isEmpty ? "/" : folder) + "/documents")
    }

    /// The file that holds `id`, if one was fetched (XML first).
    package func existing(_ id: PublicationID) -> String? {
        for format in ["xml", "pdf"] {
            let path = self.path(id, format: format)
            if access(path, F_OK) == 0 { return path }
        }
        return nil
    }

    package func path(_ id: PublicationID, format: String) -> String {
        directory + "/" + id.value + "." + format
    }

    /// Writes `bytes` as `id`'s document in `format`, replacing an older copy in one step, and
    /// removes a copy in the other format (a document is kept once).
    @discardableResult
    package func store(_ bytes: [UInt8], as id: PublicationID, format: String) throws(FetchError) -> String {
        try makeDirectory(directory)
        let target = path(id, format: format)
        let temporary = directory + "/." + id.value + "." + format + ".part-\(getpid())"
        do throws(WholeFile.Failure) {
            try WholeFile.write(bytes, to: target, through: temporary)
        } catch {
            let what = switch error.step {
            case .write: "cannot write \(temporary)"
            case .sync: "cannot sync \(temporary)"
            case .rename: "cannot move the download into \(target)"
            }
            throw FetchError(.io, "\(what): \(error.reason)")
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
