/// Finds where each piece of character data an XML parser reports stands in the XML file's
/// bytes, so that text read from XML keeps pointing into the file (line and column of the XML).
///
/// The parser reports character data in document order; the locator follows with one cursor
/// over the raw bytes, skipping markup (tags, comments, processing instructions, the doctype)
/// and decoding what the parser decoded (the five predefined entities, character references,
/// CDATA sections, `\r\n` line ends) as it matches. One forward pass: linear in the file.
struct XMLSourceLocator {
    private let xml: [UInt8]
    private var cursor = 0
    private var inCDATA = false

    init(_ xml: [UInt8]) { self.xml = xml }

    /// Where the bytes of `piece` come from: `(piece offset, file offset)` points, from each of
    /// which bytes map one to one up to the next. Text the parser does not report (white space
    /// outside the root element) is passed over; when the piece cannot be matched (an entity
    /// the file's doctype declares), its unmatched rest is placed where matching stopped.
    mutating func locate(_ piece: [UInt8]) -> [(piece: Int, file: Int)] {
        var points: [(piece: Int, file: Int)] = []
        var k = 0
        var continuous = false
        while k < piece.count {
            if !inCDATA { skipMarkup() }
            guard cursor < xml.count else { break }
            if inCDATA, xml[cursor] == UInt8(ascii: "]"), starts("]]>") {
                cursor += 3
                inCDATA = false
                continuous = false
                continue
            }
            let b = xml[cursor]
            if !inCDATA, b == UInt8(ascii: "&"), let (decoded, length) = entity(at: cursor),
               k + decoded.count <= piece.count, piece[k..<(k + decoded.count)].elementsEqual(decoded) {
                points.append((k, cursor))
                k += decoded.count
                cursor += length
                continuous = false
            } else if b == 0x0D, piece[k] == 0x0A {
                points.append((k, cursor))
                cursor += cursor + 1 < xml.count && xml[cursor + 1] == 0x0A ? 2 : 1
                k += 1
                continuous = false
            } else if b == piece[k] {
                if !continuous { points.append((k, cursor)) }
                continuous = true
                // The common case: plain text, byte for byte, up to the next byte that needs a look.
                let run = xml.withUnsafeBufferPointer { file in
                    piece.withUnsafeBufferPointer { text in
                        var length = 1
                        while k + length < text.count, cursor + length < file.count {
                            let next = file[cursor + length]
                            guard next == text[k + length], next != UInt8(ascii: "<"), next != UInt8(ascii: "&"),
                                  next != UInt8(ascii: "]"), next != 0x0D else { break }
                            length += 1
                        }
                        return length
                    }
                }
                k += run
                cursor += run
            } else if k == 0, !inCDATA {
                // Nothing of the piece matched yet: what stands here is no character data the
                // parser reports (white space before the root element, a doctype's content).
                // Go on from the next markup.
                while cursor < xml.count, xml[cursor] != UInt8(ascii: "<") { cursor += 1 }
                points.removeAll()
                continuous = false
            } else {
                break
            }
        }
        if k < piece.count {
            // Lost: the rest stands where matching stopped; find the next markup to go on from.
            points.append((k, min(cursor, xml.count)))
            while cursor < xml.count, xml[cursor] != UInt8(ascii: "<") { cursor += 1 }
        }
        return points
    }

    /// Moves the cursor past markup that holds no character data.
    private mutating func skipMarkup() {
        while cursor < xml.count, xml[cursor] == UInt8(ascii: "<") {
            let next = cursor + 1 < xml.count ? xml[cursor + 1] : 0
            if next != UInt8(ascii: "!"), next != UInt8(ascii: "?") {
                cursor = endOfTag(from: cursor + 1)
            } else if starts("<![CDATA[") {
                cursor += 9
                inCDATA = true
                return
            } else if starts("<!--") {
                cursor = end(of: "-->", from: cursor + 4)
            } else if starts("<?") {
                cursor = end(of: "?>", from: cursor + 2)
            } else if starts("<!") {
                cursor = endOfTag(from: cursor + 2, bracketed: true)
            } else {
                cursor = endOfTag(from: cursor + 1)
            }
        }
    }

    private func starts(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard cursor + count <= xml.count else { return false }
        return literal.withUTF8Buffer { xml[cursor..<(cursor + count)].elementsEqual($0) }
    }

    private func end(of literal: StaticString, from start: Int) -> Int {
        let count = literal.utf8CodeUnitCount
        var i = start
        while i + count <= xml.count {
            if literal.withUTF8Buffer({ xml[i..<(i + count)].elementsEqual($0) }) { return i + count }
            i += 1
        }
        return xml.count
    }

    /// The end of a tag: the first `>` outside a quoted attribute value — and, for a
    /// `<!DOCTYPE …>` (`bracketed`), outside its internal subset in brackets.
    private func endOfTag(from start: Int, bracketed: Bool = false) -> Int {
        var i = start
        var depth = 0
        var quote: UInt8 = 0
        while i < xml.count {
            let b = xml[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if bracketed, b == UInt8(ascii: "[") {
                depth += 1
            } else if bracketed, b == UInt8(ascii: "]") {
                depth -= 1
            } else if b == UInt8(ascii: ">"), depth <= 0 {
                return i + 1
            }
            i += 1
        }
        return xml.count
    }

    /// A predefined entity or character reference at `start`: its UTF-8 and its length in the file.
    private func entity(at start: Int) -> ([UInt8], Int)? {
        var end = start + 1
        while end < xml.count, end - start < 12, xml[end] != UInt8(ascii: ";") { end += 1 }
        guard end < xml.count, xml[end] == UInt8(ascii: ";") else { return nil }
        let name = xml[(start + 1)..<end]
        let length = end + 1 - start
        func named(_ literal: StaticString) -> Bool { literal.withUTF8Buffer { name.elementsEqual($0) } }
        if named("amp") { return ([UInt8(ascii: "&")], length) }
        if named("lt") { return ([UInt8(ascii: "<")], length) }
        if named("gt") { return ([UInt8(ascii: ">")], length) }
        if named("quot") { return ([UInt8(ascii: "\"")], length) }
        if named("apos") { return ([UInt8(ascii: "'")], length) }
        guard name.first == UInt8(ascii: "#") else { return nil }
        let hex = name.dropFirst().first.map { $0 | 0x20 == UInt8(ascii: "x") } ?? false
        guard let value = UInt32(String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self), radix: hex ? 16 : 10),
              let scalar = Unicode.Scalar(value) else { return nil }
        return (Array(UTF8.encode(scalar)!), length)
    }
}
