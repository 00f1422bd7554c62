import Foundation
import MotieLedger
import Testing

/// The path of the system's `sha256sum`, if there is one, for the cross-check.
private let sha256sumPath: String? = {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return searchPath.split(separator: ":")
        .map { "\($0)/sha256sum" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}()

/// Deterministic bytes that differ with `seed`, from a 64-bit linear congruential generator.
private func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 56)
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func fipsExampleVectors(message: String, expected: String) {
        #expect(SHA256.hash(Array(message.utf8)).hex == expected)
        #expect(SHA256.hash(message.utf8).hex == expected)
    }

    @Test func oneMillionTimesA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(message.withUnsafeBytes { SHA256.hash($0) }.hex == expected)

        var hasher = SHA256()
        let thousand = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(thousand) }
        #expect(hasher.finalize().hex == expected)
    }

    @Test(arguments: [1, 3, 7, 13, 55, 56, 63, 64, 65, 127, 200])
    func streamingInChunksEqualsOneShot(chunkSize: Int) {
        let message = pseudoRandomBytes(count: 1000, seed: UInt64(chunkSize))
        var hasher = SHA256()
        for start in stride(from: 0, to: message.count, by: chunkSize) {
            message[start..<min(start + chunkSize, message.count)].withUnsafeBytes { hasher.update($0) }
        }
        #expect(hasher.finalize() == SHA256.hash(message))
    }

    @Test func nonContiguousSequenceTakesTheSlowPathCorrectly() {
        let message = (0..<300).lazy.map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var hasher = SHA256()
        hasher.update(message)
        #expect(hasher.finalize() == SHA256.hash(Array(message)))
    }

    @Test func finalizeResetsTheHasher() {
        var hasher = SHA256()
        hasher.update(Array("first message".utf8))
        _ = hasher.finalize()
        hasher.update(Array("abc".utf8))
        #expect(hasher.finalize() == SHA256.hash(Array("abc".utf8)))
    }

    @Test func digestHexRoundTripsAndIsStrict() throws {
        let digest = SHA256.hash(Array("abc".utf8))
        #expect(SHA256.Digest(hex: digest.hex) == digest)
        #expect(digest.description == digest.hex)
        #expect(digest.bytes.count == SHA256.Digest.byteCount)
        #expect(digest.bytes.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
        #expect(digest.bytes.suffix(2) == [0x15, 0xad])

        #expect(SHA256.Digest(hex: digest.hex.uppercased()) == nil)
        #expect(SHA256.Digest(hex: String(digest.hex.dropLast())) == nil)
        #expect(SHA256.Digest(hex: digest.hex + "0") == nil)
        #expect(SHA256.Digest(hex: "g" + digest.hex.dropFirst()) == nil)
        #expect(SHA256.Digest(hex: "") == nil)
        #expect(SHA256.Digest(hex: String(repeating: "0", count: 64))?.bytes == [UInt8](repeating: 0, count: 32))
    }

    @Test func digestsAreHashable() {
        let digests: Set = [SHA256.hash([1]), SHA256.hash([1]), SHA256.hash([2])]
        #expect(digests.count == 2)
    }

    /// Compares with the system's `sha256sum` on every length across the padding boundaries.
    @Test(.enabled(if: sha256sumPath != nil, "sha256sum is not installed; skipping the cross-check"))
    func matchesSystemSha256sum() throws {
        let lengths = Array(0...200) + [1000, 4096]
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sha256-crosscheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        var expected: [String: SHA256.Digest] = [:]
        for length in lengths {
            let message = pseudoRandomBytes(count: length, seed: UInt64(length) &+ 1)
            let url = directory.appendingPathComponent("\(length).bin")
            try Data(message).write(to: url)
            expected[url.path] = SHA256.hash(message)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(sha256sumPath))
        process.arguments = Array(expected.keys)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        var checked = 0
        for line in text.split(separator: "\n") {
            // Each line is "<hex digest>  <path>".
            let hex = String(line.prefix(64))
            let path = String(line.dropFirst(66))
            #expect(expected[path]?.hex == hex, "length file \(path)")
            checked += 1
        }
        #expect(checked == lengths.count)
    }
}
