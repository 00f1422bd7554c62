import Glibc

/// An input named on the command line, read whole: a path, or `-` for standard input.
///
/// Whatever can be read to its end is an input: a regular file, standard input, a pipe named
/// as a file (as process substitution, `<(…)`, names one), a terminal. A directory, a socket
/// and any other device are refused at once: a device such as `/dev/zero` would be read
/// without end.
package enum InputFile {
    /// The bytes of `name`, or of standard input for `-`.
    ///
    /// - Throws: `.missing` when there is no such file; `.failed` when it cannot be read (a
    ///   directory, a socket, a device, no permission, an error while reading).
    package static func read(_ name: String) throws(InputError) -> [UInt8] {
        let descriptor: Int32
        if name == "-" {
            descriptor = 0
        } else {
            descriptor = open(name, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw openError(name, errno) }
        }
        defer { if descriptor != 0 { close(descriptor) } }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw readError(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw readError(EISDIR)
        case S_IFCHR where name != "-" && isatty(descriptor) == 0, S_IFBLK where name != "-":
            // A terminal is someone typing, and standard input is whatever the shell gave.
            throw InputError(.failed, "cannot read: a device, not a document (name a file, or - for standard input)")
        default:
            break
        }
        // A regular file is read straight into a buffer of its size; pipes, terminals and a file
        // that grows meanwhile go on in chunks until the end.
        var bytes = try readChunk(descriptor, size: info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0)
        while true {
            let chunk = try readChunk(descriptor, size: max(1 << 16, bytes.count / 2))
            if chunk.isEmpty { return bytes }
            bytes += chunk
        }
    }

    /// Up to `size` bytes, fewer only at the end of the input.
    private static func readChunk(_ descriptor: Int32, size: Int) throws(InputError) -> [UInt8] {
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
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
        if failure != 0 { throw readError(failure) }
        return chunk
    }

    private static func openError(_ name: String, _ code: Int32) -> InputError {
        switch code {
        case ENOENT: InputError(.missing, "no such file")
        case ENOTDIR: InputError(.missing, "no such file (a part of the path is not a directory)")
        case ENXIO where isSocket(name): InputError(.failed, "cannot read: a socket, not a file")
        default: readError(code)
        }
    }

    /// Whether `name` is a socket, which `open(2)` refuses with no word of why (`ENXIO`).
    private static func isSocket(_ name: String) -> Bool {
        var info = stat()
        return stat(name, &info) == 0 && info.st_mode & S_IFMT == S_IFSOCK
    }

    private static func readError(_ code: Int32) -> InputError {
        if code == EISDIR { return InputError(.failed, "cannot read: is a directory, not a file") }
        return InputError(.failed, "cannot read: \(String(cString: strerror(code)))")
    }
}
