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
