/// What kind of document a run of bytes is, told by its content — magic bytes, a byte-order
/// mark, a root element — never by a file's name, so that standard input and a misnamed file
/// are read alike.
package enum InputKind: Hashable, Sendable {
    /// A PDF: `%PDF-` within its first kilobyte (the format allows bytes before it).
    case pdf
    /// XML whose root element is not `html`.
    case xml
    /// An HTML page (`<!DOCTYPE html>`, `<html>`): the page of a document, not the document.
    case html
    /// UTF-16 text, recognised by its byte-order mark.
    case utf16(bigEndian: Bool)
    /// Anything else: text, to be checked as UTF-8 (or recognised as Windows-1252).
    case text

    /// The kind of `bytes`.
    package static func of(_ bytes: [UInt8]) -> InputKind {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16(bigEndian: false) }
            if bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16(bigEndian: true) }
        }
        if bytes.starts(with: Array("%PDF-".utf8)) || containsPDFMagic(bytes.prefix(1024)) { return .pdf }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return .text }
        return markupKind(bytes, from: i)
    }

    private static func containsPDFMagic(_ head: ArraySlice<UInt8>) -> Bool {
        let magic = Array("%PDF-".utf8)
        guard head.count >= magic.count else { return false }
        for start in head.startIndex...(head.endIndex - magic.count) where head[start] == 0x25 {
            if head[start..<(start + magic.count)].elementsEqual(magic) { return true }
        }
        return false
    }

    /// XML or HTML, by the first element (or doctype) after the declaration, comments and
    /// processing instructions; text that merely opens with `<` stays text.
    private static func markupKind(_ bytes: [UInt8], from start: Int) -> InputKind {
        var i = start
        var sawDeclaration = false
        while i < bytes.count {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "<") else { break }
            let rest = bytes[(i + 1)...]
            if rest.starts(with: Array("?".utf8)) {
                sawDeclaration = sawDeclaration || rest.starts(with: Array("?xml".utf8))
                guard let end = find(Array("?>".utf8), in: bytes, from: i) else { break }
                i = end + 2
            } else if rest.starts(with: Array("!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: bytes, from: i) else { break }
                i = end + 3
            } else if rest.starts(with: Array("!".utf8)) {
                let word = name(bytes, from: i + 2)
                if word.lowercased() == "doctype" {
                    let root = name(bytes, from: skipSpaces(bytes, from: i + 2 + word.utf8.count))
                    return root.lowercased() == "html" ? .html : .xml
                }
                break
            } else {
                let root = name(bytes, from: i + 1)
                if root.lowercased() == "html" { return .html }
                return root.isEmpty && !sawDeclaration ? .text : .xml
            }
        }
        return sawDeclaration ? .xml : .text
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func skipSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i
    }

    /// An XML name's ASCII letters, digits and `-_.:` from `start`.
    private static func name(_ bytes: [UInt8], from start: Int) -> String {
        var end = start
        while end < bytes.count, end - start < 64 {
            let b = bytes[end]
            let isName = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
                || (end > start && (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") || [0x2D, 0x5F, 0x2E, 0x3A].contains(b)))
            guard isName else { break }
            end += 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
