import Foundation
import Glibc
import Testing
import TestSupport
@testable import MotieLedger

/// A ledger is a regular file. A path that names a FIFO, a device, a socket or a directory is
/// refused at once by every command, with what it is, and nothing is created beside it or
/// written into it; no command blocks on it, whatever `--wait` says.
@Suite(.enabled(if: toolPath != nil, "the built motieledger is needed"))
struct LedgerFileKindTests {
    /// Every command that reads or writes the ledger.
    static let commands: [[String]] = [
        ["table"], ["head"], ["verify"], ["verify", "--repair"], ["status", "motie Paternotte"], ["history", "kst-21501-02-3236"],
        ["overdue"], ["diff", "2026-01-01", "2026-03-01"], ["record", "motie-erkens", "uitgevoerd", "--source", "brief"],
        ["ingest", fixture("2026D07412.txt")],
    ]

    @Test(arguments: ["fifo", "socket", "directory", "/dev/null", "/dev/urandom", "/dev/zero"])
    func aLedgerThatIsNoRegularFileIsRefused(kind: String) throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let path: String
        var socketDescriptor: Int32?
        switch kind {
        case "fifo":
            path = workspace.directory + "/moties.jsonl"
            #expect(mkfifo(path, 0o644) == 0)
        case "socket":
            path = workspace.directory + "/moties.jsonl"
            socketDescriptor = try listeningSocket(at: path)
        case "directory":
            path = workspace.directory + "/moties.jsonl"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        default:
            path = kind
        }
        defer { if let socketDescriptor { close(socketDescriptor) } }
        let lockExisted = FileManager.default.fileExists(atPath: path + ".lock")
        // A read end held open, to see whether a writer put bytes into the pipe.
        let reader = kind == "fifo" ? open(path, O_RDONLY | O_NONBLOCK) : -1
        defer { if reader >= 0 { close(reader) } }
        let what = ["fifo": "a FIFO", "socket": "a socket", "directory": "a directory"][kind] ?? "a character device"
        for arguments in LedgerFileKindTests.commands {
            let result = try workspace.runBounded(arguments + ["--ledger", path, "--wait", "1"], seconds: 20)
            #expect(result.status == 74, "\(kind), \(arguments[0]): \(result.err)")
            #expect(result.err == "motieledger: \(path): error: the ledger is \(what), not a regular file\n", "\(kind), \(arguments[0])")
            #expect(result.out.isEmpty, "\(kind), \(arguments[0])")
        }
        #expect(FileManager.default.fileExists(atPath: path + ".lock") == lockExisted)
        if reader >= 0 {
            var byte: UInt8 = 0
            #expect(read(reader, &byte, 1) <= 0, "a writer put bytes into the pipe")
        }
    }

    /// A FIFO, a socket or a directory where earlier versions kept their lock file is nothing
    /// to the ledger's commands.
    @Test(arguments: ["fifo", "directory"])
    func whatLiesAtTheOldLockPathIsNothingToTheLedger(kind: String) throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try workspace.ingestJanuary()
        let lock = workspace.ledger + ".lock"
        try? FileManager.default.removeItem(atPath: lock)
        if kind == "fifo" {
            #expect(mkfifo(lock, 0o644) == 0)
        } else {
            try FileManager.default.createDirectory(atPath: lock, withIntermediateDirectories: false)
        }
        for arguments in [["table"], ["head"], ["verify"], ["status", "motie Paternotte"], ["record", "motie-erkens", "uitgevoerd", "--source", "brief"]] {
            let result = try workspace.runBounded(arguments + ["--wait", "1"], seconds: 20)
            #expect(result.status == 0, "\(kind), \(arguments[0]): \(result.err)")
        }
    }

    /// A device or a socket named as a document is refused at once: a device such as
    /// `/dev/zero` would be read without end.
    @Test func aDeviceOrASocketIsNoDocument() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let socketPath = workspace.directory + "/socket"
        let socketDescriptor = try listeningSocket(at: socketPath)
        defer { close(socketDescriptor) }
        let refused = [
            ("/dev/zero", "cannot read: a device, not a document (name a file, or - for standard input)"),
            ("/dev/urandom", "cannot read: a device, not a document (name a file, or - for standard input)"),
            (socketPath, "cannot read: a socket, not a file"),
        ]
        for (path, message) in refused {
            for command in [["refs"], ["motions"], ["ingest", "--dry-run"]] {
                let result = try workspace.runBounded(command + [path], seconds: 20)
                #expect(result.status == 74, "\(command[0]) \(path): \(result.err)")
                #expect(result.err == "motieledger: \(path): error: \(message)\n", "\(command[0]) \(path)")
            }
        }
    }

    /// Documents still come from pipes: standard input, and a FIFO named as a file (as process
    /// substitution, `<(…)`, names one).
    @Test func documentsStillComeFromAPipe() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let text = try Data(contentsOf: URL(fileURLWithPath: fixture("2026D11873.txt")))
        let fifo = workspace.directory + "/letter.fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        writer.start()
        let result = try workspace.runBounded(["ingest", fifo], seconds: 30)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("nieuwe ledger gemaakt: ledger/moties.jsonl\n2026D11873 (2026-04-14"), "\(result.out)")
    }
}

extension Workspace {
    /// Runs `motieledger` to its end, or kills it after `seconds` and says so in `err` (status -1).
    func runBounded(_ arguments: [String], seconds: Double) throws -> (status: Int32, out: String, err: String) {
        let (process, out, err) = try start(arguments)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return (-1, "", "still running after \(seconds) s: killed")
        }
        process.waitUntilExit()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}

/// A Unix socket listening at `path`.
private func listeningSocket(at path: String) throws -> Int32 {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
        for (index, byte) in bytes.enumerated() { buffer[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    try #require(bound == 0, "bind: \(String(cString: strerror(errno)))")
    try #require(listen(descriptor, 1) == 0)
    return descriptor
}

