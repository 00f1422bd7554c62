import Kamerstuk

/// The identifier of a publication on officielebekendmakingen.nl (`kst-36410-31`,
/// `ah-tk-20232024-1432`, `h-tk-20232024-12-3`), read from what a user types: the identifier
/// itself, a Kamerstuk citation in any form `normalize` reads, or the URL of its page.
package struct PublicationID: Hashable, Sendable, CustomStringConvertible {
    /// The identifier as the source names its files.
    package let value: String
    /// The source a URL named (its address less the file), if the argument was a URL.
    package let base: String?

    package var description: String { value }

    /// Reads `argument`; nil when it names no publication.
    package init?(_ argument: String) {
        var text = argument.trimmingWhitespace
        var base: String?
        if text.hasPrefix("http://") || text.hasPrefix("https://") {
            guard let slash = text.lastIndex(of: "/"), text[text.index(after: slash)...].count > 0 else { return nil }
            base = String(text[..<slash])
            text = String(text[text.index(after: slash)...])
            if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
            for suffix in [".html", ".xml", ".pdf", ".htm"] where text.lowercased().hasSuffix(suffix) {
                text = String(text.dropLast(suffix.count))
            }
        }
        if let id = KamerstukID(canonical: text.lowercased().hasPrefix("kst-") ? "kst-" + text.dropFirst(4) : "") {
            self.init(value: id.canonical, base: base)
            return
        }
        if PublicationID.isOtherIdentifier(text) {
            self.init(value: text.lowercased(), base: base)
            return
        }
        guard base == nil else { return nil }
        let ids = SourceText(text).citations(mode: .citation).compactMap(\.id)
        guard ids.count == 1 else { return nil }
        self.init(value: ids[0].canonical, base: nil)
    }

    private init(value: String, base: String?) {
        self.value = value
        self.base = base
    }

    /// `ah-tk-20232024-1432`, `h-tk-20232024-12-3`, `stb-2024-12`: a known prefix, then
    /// letters, digits and hyphens.
    private static func isOtherIdentifier(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard ["ah-", "h-", "stb-", "stcrt-", "trb-", "blg-"].contains(where: lower.hasPrefix), lower.count <= 64 else { return false }
        return lower.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" } && !lower.hasSuffix("-")
            && lower.contains(where: \.isNumber)
    }
}

