/// Why open-data input cannot be read: the file and the place of the record, the record's name
/// (`Zaak 2025Z15877`, `Stemming 819651e3-…`), and what is wrong with it.
package struct OpenDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    package let file: String
    /// 1-based line and column of the record (or of the fault, for JSON that does not parse).
    package let line: Int
    package let column: Int
    package let message: String

    package init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String { "\(file):\(line):\(column): \(message)" }
}
