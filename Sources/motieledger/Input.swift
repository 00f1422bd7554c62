import Glibc
import Kamerstuk
import MotieLedger

/// A document named on the command line, read whole and turned into text by its kind.
struct InputDocument {
    /// The name the user gave: a path, or `-` for standard input.
    let name: String
    let source: SourceDocument
}

/// Reads `name` (`-` for standard input) as whatever it is: text, PDF, XML. Errors carry the
/// exit status the contract gives them: 66 for a file that does not exist, 74 for one that
/// cannot be read (a directory, no permission), 65 for bytes that are no document, 69 for a
/// PDF without `pdftotext`.
func readDocument(_ name: String, options: SourceDocument.Options) throws(CLIError) -> InputDocument {
    let bytes = try readBytes(name)
    do {
        return InputDocument(name: name, source: try SourceDocument.read(bytes, options: options))
    } catch {
        throw inputError(error, in: name)
    }
}

/// Why an input is no document, as the error the contract gives it.
func inputError(_ error: InputError, in name: String) -> CLIError {
    let place = error.location.map { Place(path: name, $0) } ?? Place(path: name)
    switch error.kind {
    case .badData: return CLIError(.dataError, error.message, at: place)
    case .unavailable: return CLIError(.unavailable, error.message, at: place)
    case .failed: return CLIError(.ioError, error.message, at: place)
    }
}

/// `--pdf-layout`: the option of every command that reads documents.
let pdfLayoutOption = Flag("pdf-layout", help: "Read a PDF with pdftotext -layout (columns side by side, for tables)")

/// How the command's arguments ask for PDFs to be read.
func readOptions(_ arguments: ParsedArguments) -> SourceDocument.Options {
    SourceDocument.Options(pdfLayout: arguments[pdfLayoutOption])
}

/// Why bytes are not text, as the error the contract gives it (exit 65, with the place).
func textError(_ error: TextError, in name: String) -> CLIError {
    let place = Place(path: name, line: error.location.line, column: error.location.column)
    switch error.kind {
    case .invalidUTF8:
        return CLIError(.dataError, "not UTF-8 text: invalid byte sequence at byte offset \(error.offset)", at: place)
    case .binary:
        return CLIError(.dataError, "binary file, not text: NUL byte at byte offset \(error.offset)", at: place)
    }
}

/// An input's bytes: a large regular file mapped into memory, which spares copying it, and
/// anything else read.
///
/// A mapped file that another program truncates while it is read ends the process with
/// SIGBUS; so only files of at least `InputBytes.mapFrom` bytes are mapped.
final class InputBytes {
    static let mapFrom = 4 << 20
    private let mapped: UnsafeMutableRawPointer?
    private let mappedCount: Int
    private let array: [UInt8]

    private init(mapped: UnsafeMutableRawPointer?, count: Int, array: [UInt8]) {
        self.mapped = mapped
        mappedCount = count
        self.array = array
    }

    deinit {
        if let mapped { munmap(mapped, mappedCount) }
    }

    /// Opens `name` (`-` for standard input) for reading whole.
    static func open(_ name: String) throws(CLIError) -> InputBytes {
        if name != "-" {
            var info = stat()
            if stat(name, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) >= mapFrom {
                let fd = Glibc.open(name, O_RDONLY | O_CLOEXEC)
                if fd >= 0 {
                    defer { close(fd) }
                    var opened = stat()
                    if fstat(fd, &opened) == 0, opened.st_size > 0,
                       let map = mmap(nil, Int(opened.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), map != MAP_FAILED {
                        return InputBytes(mapped: map, count: Int(opened.st_size), array: [])
                    }
                }
            }
        }
        return InputBytes(mapped: nil, count: 0, array: try readBytes(name))
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws(CLIError) -> R) throws(CLIError) -> R {
        if let mapped {
            return try body(UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: mappedCount))
        }
        return try array.withUnsafeBufferPointer { buffer in Result { () throws(CLIError) in try body(buffer) } }.get()
    }
}

/// The bytes of a file, or of standard input for `-`.
func readBytes(_ name: String) throws(CLIError) -> [UInt8] {
    let fd: Int32
    if name == "-" {
        fd = 0
    } else {
        fd = open(name, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw openError(name, errno) }
    }
    defer { if fd != 0 { close(fd) } }

    var info = stat()
    guard fstat(fd, &info) == 0 else { throw readError(name, errno) }
    if info.st_mode & S_IFMT == S_IFDIR {
        throw CLIError(.ioError, "cannot read: is a directory, not a file", at: Place(path: name))
    }
    // A regular file is read straight into a buffer of its size; pipes, devices and a file that
    // grows meanwhile go on in chunks until the end.
    var bytes = try readChunk(fd, name, size: info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0)
    while true {
        let chunk = try readChunk(fd, name, size: max(1 << 16, bytes.count / 2))
        if chunk.isEmpty { return bytes }
        bytes += chunk
    }
}

/// Up to `size` bytes, fewer only at the end of the input.
private func readChunk(_ fd: Int32, _ name: String, size: Int) throws(CLIError) -> [UInt8] {
    var failure: Int32 = 0
    let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        count = 0
        while count < size {
            let got = read(fd, buffer.baseAddress! + count, size - count)
            if got > 0 {
                count += got
            } else if got == 0 {
                break
            } else if errno != EINTR {
                failure = errno
                break
            }
        }
    }
    if failure != 0 { throw readError(name, failure) }
    return chunk
}

private func openError(_ name: String, _ code: Int32) -> CLIError {
    switch code {
    case ENOENT: CLIError(.noInput, "no such file", at: Place(path: name))
    case ENOTDIR: CLIError(.noInput, "no such file (a part of the path is not a directory)", at: Place(path: name))
    default: readError(name, code)
    }
}

private func readError(_ name: String, _ code: Int32) -> CLIError {
    if code == EISDIR { return CLIError(.ioError, "cannot read: is a directory, not a file", at: Place(path: name)) }
    return CLIError(.ioError, "cannot read: \(String(cString: strerror(code)))", at: Place(path: name))
}

extension Place {
    /// A place in a named input at a source location.
    init(path: String, _ location: SourceLocation) {
        self.init(path: path, line: location.line, column: location.column)
    }
}
