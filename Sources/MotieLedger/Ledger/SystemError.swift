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
