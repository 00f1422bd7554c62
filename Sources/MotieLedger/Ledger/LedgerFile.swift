import Glibc

/// An open ledger file, kept open so that event details can be read after the replay; closed
/// when the last timeline using it goes.
final class LedgerFile: Sendable {
    let descriptor: Int32
    let fileSystem: FileSystem
    let path: String

    init(descriptor: Int32, fileSystem: FileSystem, path: String) {
        self.descriptor = descriptor
        self.fileSystem = fileSystem
        self.path = path
    }

    deinit { fileSystem.close(descriptor) }

    /// What the open file is, and its size.
    func status() throws(LedgerError) -> FileStatus {
        do {
            return try fileSystem.status(descriptor)
        } catch {
            throw LedgerError(.io, "cannot read the ledger's size: \(error)", path: path)
        }
    }

    /// The line whose line break is the byte before `end`, and the offset it starts at. Its
    /// framing has been checked, so it is no longer than a line may be.
    func line(endingAt end: Int) throws(LedgerError) -> (start: Int, bytes: [UInt8]) {
        let window = min(end, LineReader.lineWindow)
        let bytes = try self.bytes(at: end - window, count: window).dropLast()
        let start = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        return (end - window + start, Array(bytes[start...]))
    }

    /// `count` bytes from `offset`.
    func bytes(at offset: Int, count: Int) throws(LedgerError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got: Int
            do {
                got = try bytes.withUnsafeMutableBytes { buffer throws(SystemError) in
                    try fileSystem.readAt(descriptor, UnsafeMutableRawBufferPointer(rebasing: buffer[done...]), offset + done)
                }
            } catch {
                throw LedgerError(.io, "cannot read the ledger: \(error)", path: path)
            }
            guard got > 0 else { throw LedgerError(.io, "the ledger became shorter while it was read", path: path) }
            done += got
        }
        return bytes
    }
}
