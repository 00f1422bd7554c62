import Foundation

/// Fetches documents by their number from officielebekendmakingen.nl (or the source
/// `MOTIELEDGER_SOURCE_URL` names): `<base>/<id>.xml`, else `<base>/<id>.pdf`, into a
/// `DocumentStore`.
///
/// The network rules are `PatientGet`'s (timeouts, bounded retries with backoff). What arrives
/// is checked before it is kept: XML that parses to its end as XML (not an HTML page), a PDF
/// with its end marker.
package struct DocumentFetcher: Sendable {
    /// The source officielebekendmakingen.nl serves documents from.
    package static let defaultBase = "https://zoek.officielebekendmakingen.nl"

    package var base: String
    package var timeout: Double
    package var attempts: Int
    /// The first wait before another try, in seconds; each further wait is twice the last.
    package var backoff: Double
    package var maxWait: Double
    package var userAgent: String

    /// - Parameters:
    ///   - base: the source; `MOTIELEDGER_SOURCE_URL` replaces the default.
    ///   - userAgent: names the tool and its version (`motieledger/0.1.0`).
    package init(base: String = DocumentFetcher.defaultBase, userAgent: String, timeout: Double = 30, attempts: Int = 4,
                backoff: Double = 1, maxWait: Double = 30) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.userAgent = userAgent
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.maxWait = maxWait
    }

    /// What a fetch did.
    package enum Outcome: Hashable, Sendable {
        /// Downloaded and written to this path.
        case fetched(String)
        /// Already in the store (no request made).
        case present(String)
    }

    /// Fetches `id` into `store`, unless it is there already and `refresh` is false.
    package func fetch(_ id: PublicationID, into store: DocumentStore, refresh: Bool = false) throws(FetchError) -> Outcome {
        if !refresh, let path = store.existing(id) { return .present(path) }
        let source = id.base ?? base
        for format in ["xml", "pdf"] {
            guard let url = URL(string: source + "/" + id.value + "." + format) else {
                throw FetchError(.usage, "not a URL: \(source)/\(id.value).\(format)")
            }
            guard let bytes = try download(url, format: format) else { continue }
            return .fetched(try store.store(bytes, as: id, format: format))
        }
        throw FetchError(.notFound, "no such document: \(source) has neither \(id.value).xml nor \(id.value).pdf")
    }

    /// The checked body at `url`, or nil for a 404.
    private func download(_ url: URL, format: String) throws(FetchError) -> [UInt8]? {
        let get = PatientGet(client: HTTPClient(timeout: timeout, userAgent: userAgent), attempts: attempts, backoff: backoff, maxWait: maxWait)
        return try get.body(url) { body in
            switch check(body, format: format) {
            case .some(let problem) where problem.transient: .retry(problem.message)
            case .some(let problem): .reject(problem.message)
            case .none: .accept
            }
        }
    }

    /// What is wrong with a body that should be a document in `format`, if anything; an
    /// incomplete one is worth another try.
    private func check(_ body: [UInt8], format: String) -> (message: String, transient: Bool)? {
        let kind = InputKind.of(body)
        if kind == .html { return ("the server sent an HTML page, not the document's \(format.uppercased())", false) }
        if format == "xml" {
            guard kind == .xml else { return ("the server sent something that is not XML", false) }
            do {
                _ = try OfficialXML(body)
            } catch {
                return ("the XML is incomplete or damaged (\(error.message))", true)
            }
        } else {
            guard kind == .pdf else { return ("the server sent something that is not a PDF", false) }
            let tail = body.suffix(1024)
            let end = Array("%%EOF".utf8)
            let complete = tail.count >= end.count
                && (tail.startIndex...(tail.endIndex - end.count)).contains { tail[$0..<($0 + end.count)].elementsEqual(end) }
            if !complete { return ("the PDF is incomplete (no %%EOF at its end)", true) }
        }
        return nil
    }
}
