import Foundation
import Glibc
import Synchronization

/// A small HTTP/1.1 server on 127.0.0.1 for the fetch tests: it serves scripted answers per
/// path and misbehaves on purpose (a status, a slow answer, a body cut short). Each connection
/// gets one answer and is closed. It listens on a port of its own until `stop()`.
public final class LocalHTTPServer: @unchecked Sendable {
    public enum Answer: Sendable {
        /// A status with a body and extra headers.
        case status(Int, [UInt8], headers: [(String, String)] = [])
        /// The same after a pause.
        case slow(Double, Int, [UInt8])
        /// A 200 that declares the whole body but sends only its first half, then closes.
        case truncated([UInt8])
    }

    public struct Request: Sendable {
        public let path: String
        public let userAgent: String?
    }

    public let port: UInt16
    private let listener: Int32
    /// The answers for each path, given in turn; the last one stands for every later request.
    private let script: Mutex<[String: [Answer]]>
    private let seen = Mutex<[Request]>([])
    private let running = Atomic<Bool>(true)
    private let stopped = DispatchSemaphore(value: 0)

    public init(_ script: [String: [Answer]]) throws {
        self.script = Mutex(script)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// `http://127.0.0.1:PORT`.
    public var base: String { "http://127.0.0.1:\(port)" }

    /// The requests answered so far, in order.
    public var requests: [Request] { seen.withLock { $0 } }

    /// Stops listening and waits for the loop to end.
    public func stop() {
        running.store(false, ordering: .sequentiallyConsistent)
        stopped.wait()
        close(listener)
    }

    private func acceptLoop() {
        defer { stopped.signal() }
        while running.load(ordering: .sequentiallyConsistent) {
            var entry = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 50) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        while received.count < 65536, !(received.count >= 4 && received.suffix(4).elementsEqual(end)) {
            let got = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard got > 0 else { return }
            received += buffer[..<got]
        }
        let head = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = head[0].split(separator: " ")
        guard parts.count >= 2 else { return }
        let path = String(parts[1])
        let agent = head.dropFirst().first { $0.lowercased().hasPrefix("user-agent:") }.map { String($0.dropFirst(11)).trimmingCharacters(in: .whitespaces) }
        seen.withLock { $0.append(Request(path: path, userAgent: agent)) }
        let answer = script.withLock { script -> Answer in
            guard var answers = script[path], !answers.isEmpty else { return .status(404, Array("not here".utf8)) }
            let next = answers.count > 1 ? answers.removeFirst() : answers[0]
            script[path] = answers
            return next
        }
        switch answer {
        case .status(let code, let body, let headers):
            send(connection, code: code, body: body, declared: body.count, headers: headers)
        case .slow(let seconds, let code, let body):
            usleep(UInt32(seconds * 1_000_000))
            send(connection, code: code, body: body, declared: body.count, headers: [])
        case .truncated(let body):
            send(connection, code: 200, body: Array(body.prefix(body.count / 2)), declared: body.count, headers: [])
        }
    }

    private func send(_ connection: Int32, code: Int, body: [UInt8], declared: Int, headers: [(String, String)]) {
        var text = "HTTP/1.1 \(code) \(code == 200 ? "OK" : "Scripted")\r\nContent-Length: \(declared)\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        let bytes = Array((text + "\r\n").utf8) + body
        var sent = 0
        while sent < bytes.count {
            let got = bytes.withUnsafeBytes { Glibc.send(connection, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            guard got > 0 else { return }
            sent += got
        }
    }
}
