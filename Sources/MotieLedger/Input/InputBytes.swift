import Glibc

/// An input's bytes, whole: a large regular file mapped into memory, anything else read with
/// ``InputFile/read(_:)``.
///
/// Mapping spares the copy that reading makes, a quarter of what `refs` spends on a large
/// file. But a mapped file that another program cuts short while it is read ends the process
/// with SIGBUS at the first page past its new end. So while a file is mapped,
/// ``MappedInputGuard`` puts zeros where such pages were, the reading goes on to its end, and
/// then the input is reported as changed — never what the zeros made of it. One file is
/// mapped at a time; an input opened while another is mapped, and every input under
/// ``mapFrom`` bytes, is read.
package final class InputBytes {
    /// The size from which a regular file is mapped rather than read.
    package static let mapFrom = 4 << 20
    private let mapping: (address: UnsafeMutableRawPointer, count: Int, descriptor: Int32)?
    private let array: [UInt8]

    private init(mapping: (UnsafeMutableRawPointer, Int, Int32)?, array: [UInt8]) {
        self.mapping = mapping
        self.array = array
    }

    deinit {
        if let mapping {
            MappedInputGuard.release()
            munmap(mapping.address, mapping.count)
            close(mapping.descriptor)
        }
    }

    /// Opens `name` (`-` for standard input) to be read whole.
    ///
    /// - Throws: as ``InputFile/read(_:)``.
    package static func open(_ name: String) throws(InputError) -> InputBytes {
        if name != "-", let mapping = map(name) {
            return InputBytes(mapping: mapping, array: [])
        }
        return InputBytes(mapping: nil, array: try InputFile.read(name))
    }

    /// `name` mapped, when it is a regular file of at least ``mapFrom`` bytes and no other
    /// input is mapped; `nil` when it is to be read instead (which also gives every error).
    private static func map(_ name: String) -> (UnsafeMutableRawPointer, Int, Int32)? {
        var info = stat()
        guard stat(name, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) >= mapFrom else { return nil }
        let descriptor = Glibc.open(name, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG, opened.st_size > 0,
              let address = mmap(nil, Int(opened.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0), address != MAP_FAILED
        else {
            close(descriptor)
            return nil
        }
        guard MappedInputGuard.claim(address, count: Int(opened.st_size)) else {
            munmap(address, Int(opened.st_size))
            close(descriptor)
            return nil
        }
        return (address, Int(opened.st_size), descriptor)
    }

    /// What `body` makes of the bytes.
    ///
    /// - Throws: `.failed` when a mapped file was cut short while `body` read it, whatever
    ///   `body` made of the bytes it saw. (A file that only grew meanwhile was read as it was.)
    package func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) throws(InputError) -> R {
        guard let mapping else { return array.withUnsafeBufferPointer(body) }
        let result = body(UnsafeBufferPointer(start: mapping.address.assumingMemoryBound(to: UInt8.self), count: mapping.count))
        var info = stat()
        let size = fstat(mapping.descriptor, &info) == 0 ? Int(info.st_size) : -1
        if size < mapping.count || MappedInputGuard.hasFaulted {
            throw InputError(.failed, "the file changed while it was read (it is now \(size) bytes, was \(mapping.count))")
        }
        return result
    }
}
