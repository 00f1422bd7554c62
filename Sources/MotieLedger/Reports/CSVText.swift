/// Text made safe for CSV as RFC 4180 writes it, and for the spreadsheets that open it.
package enum CSVText {
    /// `text` as one field. A field that a spreadsheet would take for a formula (it starts with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` in front, which the spreadsheet
    /// shows instead of running it (OWASP's CSV injection guard). A field is quoted when it
    /// holds `"`, the separator (`,`, or `;` for a spreadsheet), a line break, space at either
    /// end, or got that guard; a `"` inside is doubled. Line breaks inside a quoted field are
    /// kept: RFC 4180 allows them.
    package static func field(_ text: String, separator: UInt8 = UInt8(ascii: ",")) -> String {
        let guarded = text.utf8.first.map(formulaStarts.contains) ?? false
        let quoted = guarded || text.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == separator || $0 == 0x0A || $0 == 0x0D }
            || (text.unicodeScalars.first.map(ReportText.isWhitespace) ?? false)
            || (text.unicodeScalars.last.map(ReportText.isWhitespace) ?? false)
        guard quoted else { return text }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        if guarded { bytes.append(UInt8(ascii: "'")) }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One record: the fields, each made safe by ``field(_:)``, joined by commas and ended by
    /// CRLF as RFC 4180 asks.
    package static func record(_ fields: [String]) -> String {
        CSVDialect.rfc4180.record(fields)
    }

    /// The first bytes that make a spreadsheet read a field as a formula.
    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
}

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
