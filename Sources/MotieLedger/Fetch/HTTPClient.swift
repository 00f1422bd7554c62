import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// One HTTP GET through URLSession (FoundationNetworking), waited for: what the server
/// answered, or why no answer came.
struct HTTPClient: Sendable {
    struct Response: Sendable {
        let status: Int
        let body: [UInt8]
        /// `Retry-After` in seconds, when the server gives one.
        let retryAfter: Double?
    }

    /// Why no answer came; `transient` failures are worth another try.
    struct Failure: Error, Sendable {
        let message: String
        let transient: Bool
    }

    /// Seconds a request may wait for data before it fails.
    let timeout: Double
    let userAgent: String

    func get(_ url: URL) -> Result<Response, Failure> {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.timeoutInterval = timeout

        let outcome = Mutex<Result<Response, Failure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            let result: Result<Response, Failure>
            if let error {
                result = .failure(HTTPClient.failure(error, url: url))
            } else if let http = response as? HTTPURLResponse {
                let retryAfter = (http.value(forHTTPHeaderField: "Retry-After")).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                result = .success(Response(status: http.statusCode, body: Array(data ?? Data()), retryAfter: retryAfter))
            } else {
                result = .failure(Failure(message: "no HTTP answer from \(url.host ?? url.absoluteString)", transient: true))
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        task.resume()
        done.wait()
        return outcome.withLock { $0! }
    }

    private static func failure(_ error: Error, url: URL) -> Failure {
        let host = url.host ?? url.absoluteString
        guard let error = error as? URLError else {
            return Failure(message: "cannot fetch \(url.absoluteString): \(error.localizedDescription)", transient: true)
        }
        switch error.code {
        case .timedOut:
            return Failure(message: "\(host) did not answer in time", transient: true)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet, .networkConnectionLost,
             .secureConnectionFailed, .internationalRoamingOff, .dataNotAllowed:
            return Failure(message: "cannot reach \(host) (\(error.code == .networkConnectionLost ? "the connection broke off" : "no network or no server"))",
                           transient: true)
        case .httpTooManyRedirects, .redirectToNonExistentLocation:
            return Failure(message: "\(host) redirects without end", transient: false)
        default:
            return Failure(message: "cannot fetch \(url.absoluteString): \(error.localizedDescription)", transient: true)
        }
    }
}
