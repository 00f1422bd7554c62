/// Why a byte sequence is not acceptable JSON, and where.
package struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in words.
    package let message: String
    /// The 0-based byte offset of the offending byte within the parsed bytes.
    package let offset: Int
    /// The 1-based line of ``offset``; lines end at U+000A.
    package let line: Int
    /// The 1-based column of ``offset``, counted in Unicode scalars from the start of its line.
    package let column: Int

    /// `line L, column C: message`.
    package var description: String { "line \(line), column \(column): \(message)" }
}
