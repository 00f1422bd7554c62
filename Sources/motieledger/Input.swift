import Glibc
import Kamerstuk

/// A document named on the command line, read whole and checked to be UTF-8 text.
struct InputDocument {
    /// The name the user gave: a path, or `-` for standard input.
    let name: String
    let text: SourceText
}

/// Reads `name` (`-` for standard input) and checks it is text. Errors carry the exit status
/// the contract gives them: 66 for a file that does not exist, 74 for one that cannot be read
/// (a directory, no permission), 65 for bytes that are not UTF-8 text.
func readDocument(_ name: String) throws(CLIError) -> InputDocument {
    let bytes = try readBytes(name)
    do {
        return InputDocument(name: name, text: try SourceText(validating: bytes))
    } catch {
        let place = Place(path: name, line: error.location.line, column: error.location.column)
        switch error.kind {
        case .invalidUTF8:
            throw CLIError(.dataError, "not UTF-8 text: invalid byte sequence at byte offset \(error.offset)", at: place)
        case .binary:
            throw CLIError(.dataError, "binary file, not text: NUL byte at byte offset \(error.offset)", at: place)
        }
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
    // A regular file is read into a buffer of its size; pipes and devices grow as they come.
    var bytes = [UInt8]()
    bytes.reserveCapacity(info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) + 1 : 1 << 16)
    var chunk = max(1 << 16, bytes.capacity - bytes.count)
    while true {
        let start = bytes.count
        var failure: Int32 = 0
        var count = 0
        bytes.append(contentsOf: repeatElement(0, count: chunk))
        bytes.withUnsafeMutableBytes { buffer in
            repeat {
                count = read(fd, buffer.baseAddress! + start, chunk)
            } while count < 0 && errno == EINTR
            if count < 0 { failure = errno }
        }
        bytes.removeLast(chunk - max(count, 0))
        if failure != 0 { throw readError(name, failure) }
        if count == 0 { return bytes }
        chunk = max(1 << 16, bytes.count)
    }
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
