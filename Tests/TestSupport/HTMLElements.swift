/// The elements of an HTML text as a browser's parser would find their tags: each start tag's
/// name and attributes, in order, and the comments. Enough to check that text put into a page
/// made no element, attribute or comment of its own; the contents of `script` and `style`
/// are raw text, as HTML reads them, up to their end tag.
public struct HTMLElements {
    public struct Element: Equatable {
        public let name: String
        public let attributes: [(name: String, value: String)]

        public static func == (lhs: Element, rhs: Element) -> Bool {
            lhs.name == rhs.name && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
        }

        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    public private(set) var elements: [Element] = []
    public private(set) var comments = 0

    public init(_ html: String) {
        let text = Array(html.unicodeScalars)
        var i = 0
        func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            !scalar.properties.isWhitespace && scalar != ">" && scalar != "/" && scalar != "=" && scalar != "<"
        }
        while i < text.count {
            guard text[i] == "<" else { i += 1; continue }
            if text[i...].starts(with: "<!--".unicodeScalars) {
                comments += 1
                while i < text.count, !text[i...].starts(with: "-->".unicodeScalars) { i += 1 }
                i += 3
                continue
            }
            if i + 1 < text.count, text[i + 1] == "/" || text[i + 1] == "!" {
                while i < text.count, text[i] != ">" { i += 1 }
                continue
            }
            i += 1
            var name = ""
            while i < text.count, isNameCharacter(text[i]) { name.unicodeScalars.append(text[i]); i += 1 }
            guard !name.isEmpty else { continue }
            var attributes: [(name: String, value: String)] = []
            while i < text.count, text[i] != ">" {
                if text[i].properties.isWhitespace || text[i] == "/" { i += 1; continue }
                var attribute = ""
                while i < text.count, isNameCharacter(text[i]) { attribute.unicodeScalars.append(text[i]); i += 1 }
                var value = ""
                if i < text.count, text[i] == "=" {
                    i += 1
                    if i < text.count, text[i] == "\"" || text[i] == "'" {
                        let quote = text[i]
                        i += 1
                        while i < text.count, text[i] != quote { value.unicodeScalars.append(text[i]); i += 1 }
                        i += 1
                    } else {
                        while i < text.count, !text[i].properties.isWhitespace, text[i] != ">" { value.unicodeScalars.append(text[i]); i += 1 }
                    }
                }
                if attribute.isEmpty { i += 1 } else { attributes.append((attribute.lowercased(), value)) }
            }
            i += 1
            let lowered = name.lowercased()
            elements.append(Element(name: lowered, attributes: attributes))
            if lowered == "script" || lowered == "style" {
                let end = "</\(lowered)".unicodeScalars
                while i < text.count, !text[i...].starts(with: end) { i += 1 }
            }
        }
    }
}
