/// How the text the reader reads was got from the user's input; JSON output names it
/// (`"origin"`), since it says what its lines and columns count.
public struct Origin: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// UTF-8 text as given: lines and columns are the file's.
    public static let text = Origin(rawValue: "text")
    /// UTF-16 text (with its byte-order mark), read as UTF-8: lines and columns are the file's.
    public static let utf16LE = Origin(rawValue: "text utf-16le")
    public static let utf16BE = Origin(rawValue: "text utf-16be")
    /// Windows-1252 (or Latin-1) text, recognised with certainty: lines and columns are the file's.
    public static let windows1252 = Origin(rawValue: "text windows-1252")
    /// A PDF's text as `pdftotext` gives it: lines and columns are those of that text, not of
    /// anything in the PDF.
    public static let pdftotext = Origin(rawValue: "pdftotext")
    /// The same in `pdftotext -layout` (columns kept side by side, for tables).
    public static let pdftotextLayout = Origin(rawValue: "pdftotext -layout")
    /// officielebekendmakingen XML: the text of its elements, its places those of the XML file.
    public static let xml = Origin(rawValue: "xml")
}
