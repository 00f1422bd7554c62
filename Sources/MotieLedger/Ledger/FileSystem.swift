import Glibc

/// A failed system call: its `errno`.
package struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
    package let code: Int32

    package init(_ code: Int32) {
        self.code = code
    }

    /// The system's words for the error: `No space left on device`.
    package var description: String { String(cString: strerror(code)) }
}

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

/// What `stat(2)` tells of a file that the ledger needs: what kind of file it is, its size, and
/// which file it is (device and inode), which is the same through every path that leads to it.
package struct FileStatus: Hashable, Sendable {
    /// The kinds of file a path can name.
    package enum Kind: Hashable, Sendable, CustomStringConvertible {
        case regular, directory, fifo, socket, characterDevice, blockDevice, symbolicLink, unknown

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFREG: self = .regular
            case S_IFDIR: self = .directory
            case S_IFIFO: self = .fifo
            case S_IFSOCK: self = .socket
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFLNK: self = .symbolicLink
            default: self = .unknown
            }
        }

        /// The kind in words, with its article: `a FIFO`.
        package var description: String {
            switch self {
            case .regular: "a regular file"
            case .directory: "a directory"
            case .fifo: "a FIFO"
            case .socket: "a socket"
            case .characterDevice: "a character device"
            case .blockDevice: "a block device"
            case .symbolicLink: "a symbolic link"
            case .unknown: "a file of an unknown kind"
            }
        }
    }

    package let kind: Kind
    package let size: Int
    package let device: UInt64
    package let inode: UInt64

    package init(kind: Kind, size: Int, device: UInt64, inode: UInt64) {
        self.kind = kind
        self.size = size
        self.device = device
        self.inode = inode
    }

    init(_ info: stat) {
        self.init(kind: Kind(mode: info.st_mode), size: Int(info.st_size), device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Whether both are the same file, whatever the paths that led to them.
    package func isSameFile(as other: FileStatus) -> Bool {
        device == other.device && inode == other.inode
    }
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
