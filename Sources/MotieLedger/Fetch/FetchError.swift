/// Why a document could not be fetched: a value whose kind decides the exit status.
package struct FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    package enum Kind: Hashable, Sendable {
        /// The source has no such document (HTTP 404 for its XML and its PDF).
        case notFound
        /// The source could not be reached, kept failing (429/5xx past the retries), timed
        /// out, or broke the download off.
        case unavailable
        /// The source answered with something that is not the document (an HTML page where
        /// XML was expected, a PDF without its end).
        case badData
        /// The document could not be written where it belongs.
        case io
        /// The argument names no document.
        case usage
    }

    package let kind: Kind
    package let message: String

    package init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    package var description: String { message }
}
