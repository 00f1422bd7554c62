import Kamerstuk
import TestSupport
@testable import MotieLedger

/// A fixture read as a document, for the tests of the stages after the text.
extension Fixture {
    static func document(_ name: String) throws -> AnswerDocument {
        AnswerDocument(try SourceText(validating: bytes(name)))
    }
}
