import Glibc

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
