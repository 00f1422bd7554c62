/// The document a changed motion or amendment replaces, as its title names it: `GEWIJZIGDE
/// MOTIE VAN HET LID CEDER TER VERVANGING VAN DIE GEDRUKT ONDER NR. 3482`. Only the number is
/// written; the dossier is the citing document's own, so only a reader that knows that
/// document (the XML's `DC.identifier`) can read it.
extension CitationScanner {
    /// Every `gedrukt onder nr. N` in `text` (in any case), read as document N of `home`'s
    /// dossier and toevoeging. Each match runs from `nr.` to the number.
    package static func replacedDocuments(in text: UnsafeBufferPointer<UInt8>, of home: KamerstukID) -> [CitationMatch] {
        guard let base = text.baseAddress else { return [] }
        var matches: [CitationMatch] = []
        var k = 0
        while k < text.count {
            defer { k += 1 }
            guard text[k] | 0x20 == UInt8(ascii: "g"), k == 0 || !ASCII.isLetter(text[k - 1]) else { continue }
            var grammar = CitationGrammar(ByteCursor(base, count: text.count, at: k))
            guard grammar.cursor.matchWord("gedrukt"), grammar.cursor.skipHorizontalSpace(), grammar.cursor.matchWord("onder"),
                  grammar.cursor.skipHorizontalSpace()
            else { continue }
            let start = grammar.i
            guard grammar.readNumberWord() == false else { continue }
            grammar.skipSpace()
            guard grammar.cursor.atDigit, let number = grammar.readNumber(), number.doubt == nil,
                  let id = KamerstukID(dossier: home.dossier, toevoeging: home.toevoeging, number: number.text)
            else { continue }
            matches.append(CitationMatch(range: start..<grammar.i, reading: .kamerstuk(id), dossier: home.dossier))
            k = grammar.i
        }
        return matches
    }

    /// The citations of `text`, with the documents it says it replaces (``replacedDocuments(in:of:)``)
    /// among them in order, for a text that is `home` itself.
    package static func scan(_ text: UnsafeBufferPointer<UInt8>, home: KamerstukID) -> [CitationMatch] {
        let replaced = replacedDocuments(in: text, of: home)
        let scanned = scan(text)
        guard !replaced.isEmpty else { return scanned }
        return (scanned + replaced).enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
    }
}
