/// How a CSV file is written: as RFC 4180 says, for other programs, or as a spreadsheet on a
/// Dutch desktop opens it by a double click — Excel and LibreOffice there take `;` as the list
/// separator (the comma is the decimal sign) and read the file as UTF-8 only after a byte-order
/// mark. Lines end in CRLF either way.
public struct CSVDialect: Hashable, Sendable {
    /// The byte between fields.
    package let separator: UInt8
    /// Whether the file opens with the UTF-8 byte-order mark.
    package let byteOrderMark: Bool

    /// Commas, no byte-order mark.
    public static let rfc4180 = CSVDialect(separator: UInt8(ascii: ","), byteOrderMark: false)
    /// Semicolons, after a byte-order mark: what `--excel` writes.
    public static let spreadsheet = CSVDialect(separator: UInt8(ascii: ";"), byteOrderMark: true)

    /// What the file starts with, before its header.
    package var start: [UInt8] { byteOrderMark ? [0xEF, 0xBB, 0xBF] : [] }

    /// One record: the fields, each made safe by ``CSVText/field(_:separator:)``, joined by
    /// the separator and ended by CRLF.
    package func record(_ fields: [String]) -> String {
        fields.map { CSVText.field($0, separator: separator) }.joined(separator: String(UnicodeScalar(separator))) + "\r\n"
    }

    /// A flag in a column of its own: `ja` or `nee` (`yes`, `no`), so that a spreadsheet can
    /// filter on it.
    package func flag(_ value: Bool, _ language: Language) -> String {
        value ? language.pick("ja", "yes") : language.pick("nee", "no")
    }
}
