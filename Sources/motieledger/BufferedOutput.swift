import Glibc

/// A byte stream to a file descriptor. Buffered, so that a report of many short lines costs
/// few system calls.
///
/// A write that fails ends the command: the writer throws, and keeps throwing the same error
/// on every later write and flush, so that a command which swallowed the first error still
/// cannot end in a silent success. A reader that went away gives ``CLIError/readerGone(_:)``
/// (quiet, status 0); any other failure exit status 74.
final class BufferedOutput {
    /// The system call, as a seam: tests give one that writes a few bytes at a time or fails.
    typealias Sink = (UnsafeRawBufferPointer) -> WriteResult

    /// The stream's name in messages: `standard output`.
    let streamName: String
    private let capacity: Int
    private let sink: Sink
    private var buffer: [UInt8] = []
    private var failure: CLIError?

    /// A writer that hands its bytes to `sink`, holding up to `capacity` bytes back; with a
    /// capacity of 0 every write goes straight through.
    init(streamName: String, capacity: Int = 64 * 1024, sink: @escaping Sink) {
        precondition(capacity >= 0, "a buffer cannot hold fewer than 0 bytes")
        self.streamName = streamName
        self.capacity = capacity
        self.sink = sink
        buffer.reserveCapacity(capacity)
    }

    /// A writer to the open file descriptor `fileDescriptor`.
    convenience init(fileDescriptor: Int32, streamName: String, capacity: Int = 64 * 1024) {
        self.init(streamName: streamName, capacity: capacity) { bytes in
            let count = Glibc.write(fileDescriptor, bytes.baseAddress, bytes.count)
            return count >= 0 ? .wrote(count) : .failed(errno: errno)
        }
    }

    /// Writes the UTF-8 bytes of `text`.
    func write(_ text: String) throws(CLIError) {
        var text = text
        // `withUTF8` only rethrows untyped errors, so the typed one travels out in a Result.
        try text.withUTF8 { utf8 in
            Result { () throws(CLIError) in try put(UnsafeRawBufferPointer(utf8)) }
        }.get()
    }

    /// Writes `bytes` as they are.
    func write(_ bytes: some Sequence<UInt8>) throws(CLIError) {
        let contiguous = bytes.withContiguousStorageIfAvailable { storage in
            Result { () throws(CLIError) in try put(UnsafeRawBufferPointer(storage)) }
        }
        if let contiguous {
            try contiguous.get()
        } else {
            try write(Array(bytes))
        }
    }

    /// Hands everything buffered to the stream. Call it before the program ends: the last
    /// bytes can fail to arrive as well as the first.
    func flush() throws(CLIError) {
        if let failure { throw failure }
        guard !buffer.isEmpty else { return }
        let outcome = buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
        if let outcome { throw fail(outcome) }
    }

    private func put(_ bytes: UnsafeRawBufferPointer) throws(CLIError) {
        if let failure { throw failure }
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            // Too big to gain from the buffer: copying it there would only cost time.
            if let outcome = writeAll(bytes) { throw fail(outcome) }
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes all of `bytes`, going on after short writes and interrupted calls; returns the
    /// failure, if any.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> CLIError? {
        var offset = 0
        while offset < bytes.count {
            switch sink(UnsafeRawBufferPointer(rebasing: bytes[offset...])) {
            case .wrote(let count) where count > 0:
                offset += count
            case .wrote:
                // write(2) that makes no progress and names no error would otherwise spin forever.
                return CLIError(.ioError, "cannot write to \(streamName): nothing was written")
            case .failed(errno: EINTR):
                continue
            case .failed(errno: EPIPE):
                return CLIError.readerGone(streamName)
            case .failed(let code):
                return CLIError(.ioError, "cannot write to \(streamName): \(String(cString: strerror(code)))")
            }
        }
        return nil
    }

    private func fail(_ error: CLIError) -> CLIError {
        failure = error
        return error
    }
}
