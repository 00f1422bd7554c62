import Kamerstuk

/// A finding as the ledger keeps it: its ``FindingText`` code, its place in the document (line
/// and column, or none for the document as a whole) and the values its code puts in its words.
/// A finding the reader says in words only is kept under the code `text`, with its category and
/// its message as values.
package struct CodedFinding: Hashable, Sendable {
    package var code: String
    package var line: Int?
    package var column: Int?
    package var values: [String]

    package init(code: String, line: Int?, column: Int?, values: [String]) {
        self.code = code
        self.line = line
        self.column = column
        self.values = values
    }

    /// The code for a finding said in words only.
    static let textCode = "text"

    /// `finding` as the ledger keeps it.
    package init(_ finding: Finding) {
        let coded = finding.coded ?? Finding.Coded(CodedFinding.textCode, [finding.category.rawValue, finding.message])
        self.init(code: coded.code, line: finding.location?.line, column: finding.location?.column, values: coded.values)
    }
}
