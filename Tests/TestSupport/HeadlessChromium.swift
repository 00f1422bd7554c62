import Foundation
import Glibc

/// Debian's `chromium`, run headless as a child process: the page's DOM after its scripts ran,
/// or a screenshot. Each run has a profile of its own, removed after, and a deadline.
public struct HeadlessChromium: Sendable {
    public let path: String

    /// `chromium` on the PATH, or `nil` with a note saying what the tests that need it skip.
    public static let installed: HeadlessChromium? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        if let path = directories.map({ "\($0)/chromium" }).first(where: FileManager.default.isExecutableFile(atPath:)) {
            return HeadlessChromium(path: path)
        }
        print("note: chromium is not installed (Debian: apt-get install chromium); skipping the tests that open the page in a browser")
        return nil
    }()

    /// The DOM of `url` as serialised once its scripts ran (in virtual time, so that a page
    /// that waits on a timer is waited for).
    public func dumpDOM(_ url: String) throws -> String {
        String(decoding: try run(["--dump-dom", url]), as: UTF8.self)
    }

    /// A PNG of the window, `width` by `height`, showing `url`, written to `file`.
    public func screenshot(_ url: String, width: Int, height: Int, to file: String) throws {
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file)", url])
    }

    /// `url` printed as the browser prints it (its print style sheet, no header or footer), as
    /// a PDF written to `file`.
    public func printToPDF(_ url: String, to file: String) throws {
        _ = try run(["--no-pdf-header-footer", "--print-to-pdf=\(file)", url])
    }

    private func run(_ arguments: [String]) throws -> [UInt8] {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-chromium-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile)", "--virtual-time-budget=5000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let deadline = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: deadline)
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        guard process.terminationStatus == 0 else {
            throw ChromiumFailure(message: "chromium \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return [UInt8](bytes)
    }

    public struct ChromiumFailure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}

/// What a PNG file says of itself: its size (IHDR) and the bytes of its compressed image data
/// (all IDAT chunks). A window of one colour compresses to almost nothing; one with text and
/// pictures to far more, so the compressed size tells a blank screenshot from a full one.
public struct PNGSummary: Equatable {
    public let width: Int
    public let height: Int
    public let compressedImageBytes: Int

    /// `nil` when `bytes` is not a PNG with an IHDR first.
    public init?(_ bytes: [UInt8]) {
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        var position = 8
        var size: (Int, Int)?
        var image = 0
        while position + 8 <= bytes.count {
            let length = number(position)
            let type = String(decoding: bytes[position + 4..<position + 8], as: UTF8.self)
            guard position + 12 + length <= bytes.count else { return nil }
            if type == "IHDR" { size = (number(position + 8), number(position + 12)) }
            if type == "IDAT" { image += length }
            if size == nil { return nil }
            position += 12 + length
        }
        guard let size else { return nil }
        (width, height, compressedImageBytes) = (size.0, size.1, image)
    }
}
