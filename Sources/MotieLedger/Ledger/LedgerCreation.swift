import Glibc

extension Ledger {
    /// Makes a new, empty ledger at the path, with the folders it needs, synced: a ledger made
    /// on purpose, before anything is read into it. Refuses (`rejected`, nothing changed) when
    /// anything is at the path already — a ledger, empty or not, is never made anew over one.
    package func create() throws(LedgerError) {
        let createdDirectories = try makeParentDirectories()
        let descriptor: Int32
        do {
            descriptor = try fileSystem.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        } catch where error.code == EEXIST {
            throw LedgerError(.rejected, "there is a ledger here already (init never makes one over another); give another PATH, or use this one",
                              path: path)
        } catch {
            throw LedgerError(.io, "cannot create the ledger: \(error)", path: path)
        }
        defer { fileSystem.close(descriptor) }
        do {
            try fileSystem.syncData(descriptor)
            try syncDirectory(of: path)
            for directory in createdDirectories { try syncDirectory(of: directory) }
        } catch {
            throw LedgerError(.io, "cannot sync the new ledger: \(error)", path: path)
        }
    }
}
