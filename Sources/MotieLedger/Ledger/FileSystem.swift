import Glibc

/// The system calls the ledger makes, as a seam: tests replace single calls to inject a full
/// disk, an I/O error, a short write or a failing sync, and watch the ledger stay as it was.
///
/// Every call retries on `EINTR` itself, so callers see only real outcomes.
package struct FileSystem: Sendable {
    /// `open(2)`; returns the descriptor.
    package var open: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) throws(SystemError) -> Int32
    /// `close(2)`; its failure cannot be acted on, so it is not reported.
    package var close: @Sendable (_ descriptor: Int32) -> Void
    /// `pread(2)` at a byte offset: the number of bytes read, 0 at the end.
    package var readAt: @Sendable (_ descriptor: Int32, _ into: UnsafeMutableRawBufferPointer, _ offset: Int) throws(SystemError) -> Int
    /// `write(2)`: the number of bytes written, which may be fewer than given.
    package var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) -> Int
    /// What the open file is, from `fstat(2)`.
    package var status: @Sendable (_ descriptor: Int32) throws(SystemError) -> FileStatus
    /// What the file at a path is, from `stat(2)`, which follows symbolic links.
    package var pathStatus: @Sendable (_ path: String) throws(SystemError) -> FileStatus
    /// `ftruncate(2)`.
    package var truncate: @Sendable (_ descriptor: Int32, _ size: Int) throws(SystemError) -> Void
    /// `fdatasync(2)`: the file's data on stable storage.
    package var syncData: @Sendable (_ descriptor: Int32) throws(SystemError) -> Void
    /// `fsync(2)`, for directories, whose new entries `fdatasync` does not cover.
    package var sync: @Sendable (_ descriptor: Int32) throws(SystemError) -> Void
    /// `flock(2)` with `LOCK_NB`: throws `EWOULDBLOCK` while another process holds the lock.
    package var lock: @Sendable (_ descriptor: Int32, _ operation: Int32) throws(SystemError) -> Void
    /// `mkdir(2)`.
    package var makeDirectory: @Sendable (_ path: String) throws(SystemError) -> Void

    package init(
        open: @escaping @Sendable (String, Int32, mode_t) throws(SystemError) -> Int32,
        close: @escaping @Sendable (Int32) -> Void,
        readAt: @escaping @Sendable (Int32, UnsafeMutableRawBufferPointer, Int) throws(SystemError) -> Int,
        write: @escaping @Sendable (Int32, UnsafeRawBufferPointer) throws(SystemError) -> Int,
        status: @escaping @Sendable (Int32) throws(SystemError) -> FileStatus,
        pathStatus: @escaping @Sendable (String) throws(SystemError) -> FileStatus,
        truncate: @escaping @Sendable (Int32, Int) throws(SystemError) -> Void,
        syncData: @escaping @Sendable (Int32) throws(SystemError) -> Void,
        sync: @escaping @Sendable (Int32) throws(SystemError) -> Void,
        lock: @escaping @Sendable (Int32, Int32) throws(SystemError) -> Void,
        makeDirectory: @escaping @Sendable (String) throws(SystemError) -> Void
    ) {
        self.open = open
        self.close = close
        self.readAt = readAt
        self.write = write
        self.status = status
        self.pathStatus = pathStatus
        self.truncate = truncate
        self.syncData = syncData
        self.sync = sync
        self.lock = lock
        self.makeDirectory = makeDirectory
    }

    /// The real system calls.
    package static let system = FileSystem(
        open: { path, flags, mode throws(SystemError) in
            try retrying { Glibc.open(path, flags, mode) }
        },
        close: { descriptor in _ = Glibc.close(descriptor) },
        readAt: { descriptor, buffer, offset throws(SystemError) in
            try retrying { Glibc.pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset)) }
        },
        write: { descriptor, bytes throws(SystemError) in
            try retrying { Glibc.write(descriptor, bytes.baseAddress, bytes.count) }
        },
        status: { descriptor throws(SystemError) in
            var info = stat()
            _ = try retrying { fstat(descriptor, &info) }
            return FileStatus(info)
        },
        pathStatus: { path throws(SystemError) in
            var info = stat()
            _ = try retrying { stat(path, &info) }
            return FileStatus(info)
        },
        truncate: { descriptor, size throws(SystemError) in
            _ = try retrying { ftruncate(descriptor, off_t(size)) }
        },
        syncData: { descriptor throws(SystemError) in
            _ = try retrying { fdatasync(descriptor) }
        },
        sync: { descriptor throws(SystemError) in
            _ = try retrying { fsync(descriptor) }
        },
        lock: { descriptor, operation throws(SystemError) in
            _ = try retrying { flock(descriptor, operation | LOCK_NB) }
        },
        makeDirectory: { path throws(SystemError) in
            _ = try retrying { mkdir(path, 0o755) }
        }
    )
}

/// Calls `body` until it does not fail with `EINTR`; a negative result throws `errno`.
private func retrying<Result: BinaryInteger>(_ body: () -> Result) throws(SystemError) -> Result {
    while true {
        let result = body()
        if result >= 0 { return result }
        let code = errno
        if code != EINTR { throw SystemError(code) }
    }
}
