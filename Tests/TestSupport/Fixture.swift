import Foundation

/// The repository the tests belong to, found from this file's place in it (`Tests/TestSupport/`),
/// for its fixtures, golden files, README and bundled ledger.
public let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The shared test fixtures in `Tests/Fixtures`.
public enum Fixture {
    public static let directory = repository.appendingPathComponent("Tests/Fixtures")

    /// The bytes of the fixture `name` (a path below `Tests/Fixtures`).
    public static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

/// The path of the fixture `name` (a path below `Tests/Fixtures`), as a command is given it.
public func fixture(_ name: String) -> String {
    Fixture.directory.appendingPathComponent(name).path
}
