import Kamerstuk

/// A document as the user gave it — text, PDF, officielebekendmakingen XML, text in another
/// encoding — turned into the text the rest of the pipeline reads, with where it came from.
///
/// This is the stage before text: bytes → kind (by content) → text, whose every place is one
/// the user can find (the XML file's lines and columns; the extracted text's for a PDF, as
/// `origin` says).
public struct SourceDocument: Sendable {
    /// How a PDF is read.
    public struct Options: Hashable, Sendable {
        /// `pdftotext -layout` instead of the default running text (for tables).
        public var pdfLayout: Bool
        /// How long `pdftotext` may take, in seconds.
        public var pdfTimeout: Double

        /// Running text, or `-layout` when `pdfLayout`; `pdftotext` may take a minute.
        public init(pdfLayout: Bool = false) {
            self.init(pdfLayout: pdfLayout, pdfTimeout: PDFText.defaultTimeout)
        }

        package init(pdfLayout: Bool, pdfTimeout: Double) {
            self.pdfLayout = pdfLayout
            self.pdfTimeout = pdfTimeout
        }
    }

    /// The user's own bytes (their SHA-256 identifies the document in the ledger).
    public let bytes: [UInt8]
    public let origin: Origin
    /// The text to read; for XML its places are the XML file's.
    public let text: SourceText
    /// What the document says of itself (XML), else nil.
    package let metadata: DocumentMetadata?
    /// Citations the publisher linked (XML `extref`), in the text's byte offsets.
    package let links: [OfficialXML.Link]

    package init(bytes: [UInt8], origin: Origin, text: SourceText, metadata: DocumentMetadata? = nil, links: [OfficialXML.Link] = []) {
        self.bytes = bytes
        self.origin = origin
        self.text = text
        self.metadata = metadata
        self.links = links
    }

    /// Reads `bytes` by what they are.
    ///
    /// - Throws: `InputError`: `.unavailable` when a PDF meets no `pdftotext`; `.badData` for
    ///   bytes that are no readable document (the message says what to do); `.failed` when
    ///   `pdftotext` could not run.
    public static func read(_ bytes: [UInt8], options: Options = Options()) throws(InputError) -> SourceDocument {
        switch InputKind.of(bytes) {
        case .pdf:
            let text = try PDFText.extract(bytes, layout: options.pdfLayout, timeout: options.pdfTimeout)
            return SourceDocument(bytes: bytes, origin: options.pdfLayout ? .pdftotextLayout : .pdftotext, text: SourceText(validatedBytes: text))
        case .xml:
            let xml = try OfficialXML(bytes)
            return SourceDocument(bytes: bytes, origin: .xml, text: xml.text, metadata: xml.metadata, links: xml.links)
        case .html:
            throw InputError(.badData, "an HTML page, not a document: give its XML or PDF (motieledger fetch ID gets them)")
        case .utf16(let bigEndian):
            let text = try TextEncoding.decodeUTF16(bytes, bigEndian: bigEndian)
            return try readText(text, original: bytes, origin: bigEndian ? .utf16BE : .utf16LE)
        case .text:
            return try readText(bytes, original: bytes, origin: .text)
        }
    }

    /// UTF-8 text, or Windows-1252 where that is certain; text that is XML once decoded is read as XML.
    private static func readText(_ text: [UInt8], original: [UInt8], origin: Origin) throws(InputError) -> SourceDocument {
        let source: SourceText
        do {
            source = try SourceText(validating: text)
        } catch {
            if error.kind == .binary, TextEncoding.looksLikeUTF16WithoutMark(text) {
                throw InputError(.badData, "UTF-16 text without a byte-order mark: convert it with iconv -f UTF-16LE -t UTF-8 (or UTF-16BE)",
                                 at: error.location)
            }
            if error.kind == .invalidUTF8, origin == .text, let decoded = TextEncoding.decodeWindows1252(text) {
                return SourceDocument(bytes: original, origin: .windows1252, text: SourceText(validatedBytes: decoded))
            }
            switch error.kind {
            case .invalidUTF8:
                throw InputError(.badData, "not UTF-8 text: invalid byte sequence at byte offset \(error.offset); if it is Windows-1252 or Latin-1, convert it with iconv -f WINDOWS-1252 -t UTF-8",
                                 at: error.location)
            case .binary:
                throw InputError(.badData, "binary file, not text: NUL byte at byte offset \(error.offset)", at: error.location)
            }
        }
        if origin != .text, InputKind.of(text) == .xml {
            let xml = try OfficialXML(text)
            return SourceDocument(bytes: original, origin: .xml, text: xml.text, metadata: xml.metadata, links: xml.links)
        }
        return SourceDocument(bytes: original, origin: origin, text: source)
    }
}
