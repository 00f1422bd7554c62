import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Kamerstuk

/// The text of an officielebekendmakingen XML publication (`kst-…`, `ah-…`, `h-…`), read with
/// FoundationXML's `XMLParser`: its metadata, its running text with a map back to the XML
/// file, and the citations the publisher linked itself (`<extref doc="kst-…">`).
///
/// The text is laid out as the readers of later stages expect running text: each block
/// (`al`, `tussenkop`, `titel`, a list item, a table row) a paragraph of its own, a list
/// item's number before its text, a footnote's marker where it stands and its text (`noot`)
/// at the end under `Noten`, numbered as the document numbers it. An element the reader does
/// not know is read for its text, never refused.
package struct OfficialXML: Sendable {
    /// A link the publisher put around a citation: the document it names and the range of the
    /// text it spans (in the text's byte offsets).
    package struct Link: Hashable, Sendable {
        /// The linked document (`kst-21501-02-3151`, `trb-1988-7`).
        package let document: String
        package let range: Range<Int>
        /// `dossierref` links a dossier, not a document.
        package let isDossier: Bool
    }

    package let text: SourceText
    package let metadata: DocumentMetadata
    package let links: [Link]

    /// Reads `xml` (UTF-8 bytes).
    package init(_ xml: [UInt8]) throws(InputError) {
        let original: SourceText
        do {
            original = try SourceText(validating: xml)
        } catch {
            throw InputError(.badData, "XML that is not UTF-8 text (convert it: iconv -t UTF-8)", at: error.location)
        }
        let reader = XMLTextReader(xml)
        let parser = XMLParser(data: Data(xml))
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if let failure = reader.failure ?? (parsed ? nil : (parser.parserError.map { $0 as NSError }, parser.lineNumber, parser.columnNumber)) {
            let location = SourceLocation(line: max(1, failure.line), column: max(1, failure.column))
            let reason = failure.error.map { XMLTextReader.describe($0) } ?? "unknown error"
            throw InputError(.badData, "XML that does not parse: \(reason)", at: location)
        }
        let (bytes, anchors, links) = reader.finish()
        text = SourceText(derived: bytes, from: original, anchors: anchors)
        metadata = reader.metadata.metadata
        self.links = links
    }
}

/// The parser's delegate: lays the text out and notes the metadata and links as they come.
private final class XMLTextReader: NSObject, XMLParserDelegate {
    /// What an element is to the reader; an element not named here is read for its text.
    enum Role {
        case inline, block, head, meta, datum, note, noteNumber, listNumber, link, dossierLink, entry
        /// The metadata, and the head every Kamerstuk repeats (`Vergaderjaar …`,
        /// `Kamerstukken`: page furniture, which would read as a citation of the dossier that
        /// follows it).
        case hidden
    }

    /// Each element's role, looked up once when it opens.
    static let roles: [String: Role] = {
        var roles: [String: Role] = [
            "meta": .meta, "datum": .datum, "noot": .note, "noot.nr": .noteNumber, "li.nr": .listNumber, "extref": .link,
            "dossierref": .dossierLink, "entry": .entry, "metadata": .hidden, "kamerstukkop": .hidden,
            "dossiernr": .head, "begrotingshoofdstuk": .head, "raadnr": .head, "ondernummer": .head,
        ]
        // Elements that are paragraphs of their own.
        for block in ["al", "tussenkop", "kop", "titel", "tekstregel", "li", "row", "stuknr", "datumtekst", "dossiernummer",
                      "ondertekening", "functie", "naam", "p", "vraag", "antwoord", "nr", "aanhef", "slotformulering",
                      "intitule", "considerans", "onderwerp", "omschrijving", "kamervragen", "kop.titel", "noot.al"] {
            roles[block] = .block
        }
        return roles
    }()

    private var locator: XMLSourceLocator
    private var main = MappedTextBuilder()
    private var notes = MappedTextBuilder()
    private var inNote = 0
    /// The roles of the open elements, innermost last.
    private var open: [Role] = []
    private var hidden = 0
    /// The line holds only a list item's or footnote's number: the item's first paragraph
    /// goes on from it.
    private var afterNumber = false
    private var openLinks: [(document: String, start: Int, inNote: Bool, isDossier: Bool)?] = []
    private var links: [(document: String, range: Range<Int>, inNote: Bool, isDossier: Bool)] = []
    private var headText = ""
    var metadata = MetadataCollector()
    /// The first error the parser reported, with where it stood.
    private(set) var failure: (error: NSError?, line: Int, column: Int)?
    /// Where in the file the last text stood, for text the reader adds.
    private var lastOffset = 0

    init(_ xml: [UInt8]) {
        locator = XMLSourceLocator(xml)
    }

    static func describe(_ error: NSError) -> String {
        if let message = error.userInfo["NSXMLParserErrorMessage"] as? String {
            return message.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return "error \(error.code)"
    }

    func finish() -> ([UInt8], [(text: Int, original: Int)], [OfficialXML.Link]) {
        main.endBlock()
        let notesStart: Int
        if notes.bytes.isEmpty {
            notesStart = main.bytes.count
        } else {
            main.appendSynthetic("Noten\n\n", at: lastOffset)
            notesStart = main.bytes.count
            main.append(notes)
            main.endBlock()
        }
        // One line break at the end, not the blank line a block leaves.
        while main.bytes.count >= 2, main.bytes[main.bytes.count - 1] == 0x0A, main.bytes[main.bytes.count - 2] == 0x0A {
            main.dropLast()
        }
        let placed = links.map { link in
            let shift = link.inNote ? notesStart : 0
            return OfficialXML.Link(document: link.document, range: (link.range.lowerBound + shift)..<(link.range.upperBound + shift),
                                    isDossier: link.isDossier)
        }
        return (main.bytes, main.anchors, placed)
    }

    /// Changes the text being written: a footnote's, or the main text. In place, so that the
    /// builder's buffer is never copied.
    private func withCurrent<R>(_ body: (inout MappedTextBuilder) -> R) -> R {
        inNote > 0 ? body(&notes) : body(&main)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let role = XMLTextReader.roles[name] ?? .inline
        open.append(role)
        switch role {
        case .hidden:
            hidden += 1
            if name == "metadata" { return }
        case .meta:
            if let metaName = attributes["name"], let content = attributes["content"] {
                metadata.meta(name: metaName, content: content, scheme: attributes["scheme"])
            }
        case .datum:
            if let iso = attributes["isodatum"] { metadata.date(iso: iso) }
        case .note:
            inNote += 1
            notes.endBlock()
            afterNumber = false
        case .link, .dossierLink:
            let document = attributes["doc"] ?? attributes["dossier"] ?? attributes["ref"]
            let start = withCurrent { $0.bytes.count }
            openLinks.append(document.map { ($0, start, inNote > 0, role == .dossierLink) })
        case .entry:
            withCurrent { $0.endLine() }
        case .head:
            headText = ""
        case .block:
            if afterNumber { withCurrent { $0.space() } } else { withCurrent { $0.endBlock() } }
            afterNumber = false
        case .inline, .noteNumber, .listNumber:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch open.removeLast() {
        case .hidden:
            hidden -= 1
        case .head:
            metadata.head(name, text: headText)
        case .note:
            notes.endBlock()
            inNote -= 1
            afterNumber = false
        case .listNumber, .noteNumber:
            afterNumber = true
            withCurrent { $0.space() }
        case .link, .dossierLink:
            if let link = openLinks.popLast(), let link {
                let bytes = link.inNote ? notes.bytes : main.bytes
                var start = link.start
                while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
                if start < bytes.count {
                    links.append((link.document, start..<bytes.count, link.inNote, link.isDossier))
                }
            }
        case .block:
            withCurrent { $0.endBlock() }
            afterNumber = false
        case .inline, .meta, .datum, .entry:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil { failure = (parseError as NSError, parser.lineNumber, parser.columnNumber) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(Array(string.utf8))
    }

    func parser(_ parser: XMLParser, foundCDATA data: Data) {
        text(Array(data))
    }

    private func text(_ piece: [UInt8]) {
        let points = locator.locate(piece)
        if let last = points.last { lastOffset = last.file }
        if hidden > 0 { return }
        switch open.last {
        case .head:
            headText += String(decoding: piece, as: UTF8.self)
        case .noteNumber:
            // The marker stays in the text where it stands; the number opens the footnote.
            main.append(piece, points: points)
            notes.append(piece, points: points)
            return
        default:
            break
        }
        withCurrent { $0.append(piece, points: points) }
    }
}
