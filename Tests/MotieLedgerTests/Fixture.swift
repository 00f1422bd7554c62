import Foundation
import Kamerstuk
@testable import MotieLedger

/// The shared test fixtures in `Tests/Fixtures`.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func document(_ name: String) throws -> AnswerDocument {
        AnswerDocument(try SourceText(validating: bytes(name)))
    }
}
