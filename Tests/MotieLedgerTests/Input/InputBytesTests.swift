import Foundation
import Glibc
import Testing
@testable import MotieLedger

/// An input that another program cuts short while it is read is an error that says so, never
/// a signal that ends the process, whatever its size; one read whole before it was cut holds
/// what it held.
@Suite struct InputBytesTests {
    /// A file of `size` bytes of text with citations, in a fresh directory.
    static func largeInput(size: Int) throws -> (directory: String, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-input-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let line = "De motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) wordt uitgevoerd.\n"
        let path = directory + "/large.txt"
        try String(repeating: line, count: size / line.utf8.count + 1).write(toFile: path, atomically: false, encoding: .utf8)
        #expect(truncate(path, off_t(size)) == 0)
        return (directory, path)
    }

    @Test(arguments: [64 << 10, InputBytes.mapFrom, 9 << 20])
    func anInputCutShortWhileItIsReadIsAnError(size: Int) throws {
        let (directory, path) = try InputBytesTests.largeInput(size: size)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let input = try InputBytes.open(path)
        #expect(truncate(path, 4096) == 0)
        // Every byte, as a reading of the whole file sees them.
        let seen: Result<Data, InputError> = Result { () throws(InputError) in try input.withBytes { Data($0) } }
        if size >= InputBytes.mapFrom {
            #expect(throws: InputError(.failed, "the file changed while it was read (it is now 4096 bytes, was \(size))")) { try seen.get() }
        } else {
            #expect(try seen.get() == original)
        }
    }

    /// A file that only grew while it was read was read as it was when it was opened.
    @Test func anInputThatGrewIsReadAsItWas() throws {
        let (directory, path) = try InputBytesTests.largeInput(size: InputBytes.mapFrom)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let input = try InputBytes.open(path)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("Nog een regel.\n".utf8))
        try handle.close()
        #expect(try input.withBytes { Data($0) } == original)
    }

    /// One mapping at a time: a second large input opened while the first is held is read,
    /// and both give their bytes.
    @Test func twoLargeInputsAtOnce() throws {
        let (first, firstPath) = try InputBytesTests.largeInput(size: InputBytes.mapFrom)
        let (second, secondPath) = try InputBytesTests.largeInput(size: InputBytes.mapFrom + 1)
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        let one = try InputBytes.open(firstPath), two = try InputBytes.open(secondPath)
        #expect(try one.withBytes { $0.count } == InputBytes.mapFrom)
        #expect(try two.withBytes { $0.count } == InputBytes.mapFrom + 1)
    }

    /// What is no file to read whole is refused with what it is.
    @Test func whatCannotBeReadIsSaid() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-input-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: InputError(.missing, "no such file")) { try InputFile.read(directory + "/none.txt") }
        #expect(throws: InputError(.failed, "cannot read: is a directory, not a file")) { try InputFile.read(directory) }
        #expect(throws: InputError(.failed, "cannot read: a device, not a document (name a file, or - for standard input)")) {
            try InputFile.read("/dev/zero")
        }
    }
}
