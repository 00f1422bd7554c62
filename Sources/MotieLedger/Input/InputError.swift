import Kamerstuk

/// Why an input could not be read as a document: a value with its kind (which decides the
/// exit status a command gives it) and, where known, its place in the input.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// There is no file at the path named.
        case missing
        /// The bytes are no document the reader can read: not text, a damaged or encrypted PDF,
        /// a PDF without text, XML that does not parse, an HTML page.
        case badData
        /// An outside program the input needs (`pdftotext`) is not installed.
        case unavailable
        /// The input could not be read — a directory, a socket or a device named as a file, no
        /// permission, a file cut short while it was read — or the outside program failed for a
        /// reason of its own (it could not be started, it took too long).
        case failed
    }

    public let kind: Kind
    public let message: String
    /// Where in the input, when the problem has a place.
    public let location: SourceLocation?

    package init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
