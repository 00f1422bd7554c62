import Glibc
import MotieLedger

/// What `ingest` is to read, in order: its arguments, each folder among them opened into the
/// documents it holds.
enum IngestInput {
    /// A file (or `-`, or a document's number or URL to fetch) to read.
    case document(String)
    /// Something a folder held that is no document to read, and why.
    case skipped(path: String, reason: SkipReason)
    /// A folder that could not be read, as the error it ends in.
    case failed(CLIError)

    /// The argument or path it stands for.
    var name: String {
        switch self {
        case .document(let name): name
        case .skipped(let path, _): path
        case .failed(let error): error.place?.path ?? ""
        }
    }
}

/// Opens every argument that is a folder into the documents under it, depth first, the
/// entries of each folder in the byte order of their names, so that a folder reads the same
/// on every machine and as its files given one by one in that order. Other arguments stay as
/// they are.
///
/// A folder's documents are its files whose content the input stage reads — PDF, XML, text
/// (UTF-8, UTF-16, Windows-1252) — told by their first bytes, never their names. Skipped, each
/// with its reason: hidden entries (a name that starts with `.`; a hidden folder is not opened),
/// the ledger with its lock and backups, HTML pages, binary files, empty files, and what is
/// neither file nor folder. A folder reached twice through a link is read once.
func ingestInputs(_ arguments: [String], ledger: String) -> [IngestInput] {
    var walk = FolderWalk(ledger: ledger)
    for argument in arguments {
        var info = stat()
        if argument != "-", stat(argument, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            walk.open(argument, info)
        } else {
            walk.inputs.append(.document(argument))
        }
    }
    return walk.inputs
}

/// The walk through the folders `ingest` is given.
private struct FolderWalk {
    /// A file's or folder's identity, the same through every path and link to it.
    struct Identity: Hashable {
        let device: UInt
        let inode: UInt

        init(_ info: stat) {
            device = UInt(info.st_dev)
            inode = UInt(info.st_ino)
        }
    }

    var inputs: [IngestInput] = []
    private var opened: Set<Identity> = []
    /// The ledger's folder and its name in it, so that the ledger and the files beside it that
    /// belong to it (`NAME.lock`, `NAME.torn-line…`) are never read as documents.
    private let ledgerFolder: Identity?
    private let ledgerName: String
    private let ledgerFile: Identity?

    init(ledger: String) {
        let slash = ledger.lastIndex(of: "/")
        ledgerName = slash.map { String(ledger[ledger.index(after: $0)...]) } ?? ledger
        let folder = slash.map { String(ledger[...$0]) } ?? "."
        var info = stat()
        ledgerFolder = stat(folder, &info) == 0 ? Identity(info) : nil
        ledgerFile = stat(ledger, &info) == 0 ? Identity(info) : nil
    }

    /// Adds what the folder at `path` holds, folders within it opened in their place.
    mutating func open(_ path: String, _ info: stat) {
        guard opened.insert(Identity(info)).inserted else {
            inputs.append(.skipped(path: path, reason: .linkedBack))
            return
        }
        let names: [String]
        do throws(CLIError) {
            names = try entries(of: path)
        } catch {
            inputs.append(.failed(error))
            return
        }
        let isLedgerFolder = ledgerFolder == Identity(info)
        for name in names {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            if name.hasPrefix(".") {
                inputs.append(.skipped(path: child, reason: .hidden))
                continue
            }
            if isLedgerFolder, name == ledgerName || name.hasPrefix(ledgerName + ".") {
                inputs.append(.skipped(path: child, reason: name == ledgerName ? .ledger : .lockOrBackup))
                continue
            }
            var entry = stat()
            guard stat(child, &entry) == 0 else {
                // A link to nothing, or an entry gone since the folder was listed.
                inputs.append(.failed(CLIError(.noInput, "no such file (a link to nothing?)", at: Place(path: child))))
                continue
            }
            if let ledgerFile, Identity(entry) == ledgerFile {
                inputs.append(.skipped(path: child, reason: .ledger))
                continue
            }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR:
                open(child, entry)
            case S_IFREG:
                if let reason = notADocument(child) {
                    inputs.append(.skipped(path: child, reason: reason))
                } else {
                    inputs.append(.document(child))
                }
            default:
                inputs.append(.skipped(path: child, reason: .neitherFileNorFolder))
            }
        }
    }

    /// The names in the folder at `path`, `.` and `..` left out, in the byte order of their UTF-8.
    private func entries(of path: String) throws(CLIError) -> [String] {
        guard let folder = opendir(path) else {
            throw CLIError(.ioError, "cannot read the folder: \(String(cString: strerror(errno)))", at: Place(path: path))
        }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Why the file at `path` is no document to read, by its first bytes as the input stage
    /// tells them; `nil` for a document. A file that cannot be read is left to the reading,
    /// which says why.
    private func notADocument(_ path: String) -> SkipReason? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let size = 1 << 16
        var head = [UInt8](repeating: 0, count: size)
        var count = 0
        while count < size {
            let got = head.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, size - count) }
            if got > 0 {
                count += got
            } else if got == 0 || errno != EINTR {
                break
            }
        }
        head.removeSubrange(count...)
        if head.isEmpty { return .empty }
        switch InputKind.of(head) {
        case .pdf, .xml, .utf16: return nil
        case .html: return .html
        case .text: return head.contains(0) ? .binary : nil
        }
    }
}
