import Foundation
import Glibc
import Testing

/// `refs` on a large file that another program cuts short while refs reads it, round after
/// round: the whole listing (when it read the file before the cut) or exit 74 with the file's
/// name, never a signal. Before, the mapped file's missing pages ended refs with SIGBUS.
@Suite(.enabled(if: toolPath != nil, "the built motieledger is needed"))
struct InputCutShortTests {
    @Test func refsOnAFileCutShortEndsInAnErrorNotASignal() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-cut-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/large.txt"
        let line = "De motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) wordt uitgevoerd.\n"
        let original = Data(String(repeating: line, count: (16 << 20) / line.utf8.count).utf8)
        try original.write(to: URL(fileURLWithPath: path))
        // The cut falls at eight moments spread over the time a whole reading takes here.
        let started = Date()
        let whole = Process()
        whole.executableURL = URL(fileURLWithPath: toolPath!)
        whole.arguments = ["refs", path]
        whole.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try whole.run()
        whole.waitUntilExit()
        #expect(whole.terminationStatus == 0)
        let reading = Date().timeIntervalSince(started)
        var outcomes: [Int32: Int] = [:]
        for round in 0..<8 {
            try original.write(to: URL(fileURLWithPath: path))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: toolPath!)
            process.arguments = ["refs", path]
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            usleep(UInt32(reading * 1e6 * Double(round) / 8))
            #expect(truncate(path, 4096) == 0)
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "round \(round): signal \(process.terminationStatus)")
            #expect([0, 74].contains(process.terminationStatus), "round \(round): \(message)")
            if process.terminationStatus == 74 {
                #expect(message == "motieledger: \(path): error: the file changed while it was read (it is now 4096 bytes, was \(original.count))\n",
                        "round \(round)")
            }
            outcomes[process.terminationStatus, default: 0] += 1
        }
        print("note: refs on a file cut short, exit statuses over 8 rounds: \(outcomes)")
    }
}
