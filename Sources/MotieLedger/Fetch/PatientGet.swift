import Foundation
import Glibc

/// The network rules every fetch follows, in one place: each request has a timeout; a busy or
/// failing server (429, 5xx), a broken connection and a body that arrives incomplete are tried
/// again, at most `attempts` times in all, waiting longer each time (or as long as the server's
/// `Retry-After` says, within `maxWait`); any other answer ends at once with its reason.
struct PatientGet: Sendable {
    /// What a check makes of a 200's body.
    enum Verdict {
        case accept
        /// Incomplete or damaged in a way another try may mend.
        case retry(String)
        /// Not what was asked for; another try will not help.
        case reject(String)
    }

    let client: HTTPClient
    let attempts: Int
    /// The first wait before another try, in seconds; each further wait is twice the last.
    let backoff: Double
    let maxWait: Double

    /// The checked body at `url`, or nil when the server has no such thing (404, 410).
    func body(_ url: URL, check: ([UInt8]) -> Verdict) throws(FetchError) -> [UInt8]? {
        var wait = backoff
        var last = ""
        for attempt in 1...max(1, attempts) {
            if attempt > 1 {
                usleep(UInt32(min(wait, maxWait) * 1_000_000))
                wait *= 2
            }
            switch client.get(url) {
            case .failure(let failure):
                last = failure.message
                if !failure.transient { throw FetchError(.unavailable, failure.message) }
            case .success(let response):
                switch response.status {
                case 200:
                    switch check(response.body) {
                    case .accept: return response.body
                    case .retry(let problem): last = "\(url.absoluteString): \(problem)"
                    case .reject(let problem): throw FetchError(.badData, "\(url.absoluteString): \(problem)")
                    }
                case 404, 410:
                    return nil
                case 429, 500...599:
                    last = "\(url.absoluteString): HTTP \(response.status)"
                    if let after = response.retryAfter { wait = max(wait, after) }
                default:
                    throw FetchError(.unavailable, "\(url.absoluteString): the server answered HTTP \(response.status)")
                }
            }
        }
        throw FetchError(.unavailable, "\(last) (gave up after \(max(1, attempts)) tries)")
    }
}
