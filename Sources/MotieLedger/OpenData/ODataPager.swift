import Foundation

/// Asks the open-data API a query and follows its pages (`@odata.nextLink`) to the end, with the
/// network rules of every fetch (`PatientGet`: timeouts, bounded retries with backoff). Each
/// page is read whole into the batch before the next is asked, so a page that breaks off is
/// asked again, and a malformed record stops the fetch with its name, before anything is
/// written.
package struct ODataPager: Sendable {
    package var base: String
    package var userAgent: String
    package var timeout: Double
    package var attempts: Int
    package var backoff: Double
    package var maxWait: Double
    /// A bound on pages, so that a server whose next link never ends cannot keep a fetch going.
    package var maxPages: Int

    package init(base: String = ODataQuery.defaultBase, userAgent: String, timeout: Double = 30, attempts: Int = 4,
                backoff: Double = 1, maxWait: Double = 30, maxPages: Int = 10_000) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.userAgent = userAgent
        self.timeout = timeout
        self.attempts = attempts
        self.backoff = backoff
        self.maxWait = maxWait
        self.maxPages = maxPages
    }

    /// Reads every page of `query` into `batch`; returns how many pages were read.
    @discardableResult
    package func fetch(_ query: ODataQuery, into batch: inout OpenDataBatch) throws(FetchError) -> Int {
        let get = PatientGet(client: HTTPClient(timeout: timeout, userAgent: userAgent), attempts: attempts, backoff: backoff, maxWait: maxWait)
        var next: String? = query.url(base: base)
        var seen: Set<String> = []
        var pages = 0
        while let address = next {
            guard pages < maxPages else {
                throw FetchError(.badData, "\(address): more than \(maxPages) pages; stopped")
            }
            guard seen.insert(address).inserted else {
                throw FetchError(.badData, "\(address): the server's next page is one already read; stopped")
            }
            guard let url = URL(string: address) else { throw FetchError(.usage, "not a URL: \(address)") }
            var page = batch
            var link: String?
            let body = try get.body(url) { body in
                page = batch
                do throws(OpenDataError) {
                    link = try page.read(body, file: address)
                    return .accept
                } catch {
                    // A body cut short does not parse: worth another try. A record that parses
                    // but is malformed will not mend.
                    return error.message.hasPrefix("not JSON") ? .retry(error.message) : .reject("line \(error.line), column \(error.column): \(error.message)")
                }
            }
            guard body != nil else {
                throw FetchError(.notFound, "\(address): the API has no such collection (HTTP 404)")
            }
            batch = page
            next = link.map(resolve(_:))
            pages += 1
        }
        return pages
    }

    /// A next link as the configured base serves it: the API writes its own host into the link,
    /// which a mirror (or a test's server) named by `MOTIELEDGER_ODATA_URL` replaces.
    func resolve(_ link: String) -> String {
        if link.hasPrefix(ODataQuery.defaultBase), base != ODataQuery.defaultBase {
            return base + link.dropFirst(ODataQuery.defaultBase.count)
        }
        if !link.contains("://") {
            return link.hasPrefix("/") ? (URL(string: base).flatMap { URL(string: link, relativeTo: $0)?.absoluteString } ?? base + link)
                : base + "/" + link
        }
        return link
    }
}
