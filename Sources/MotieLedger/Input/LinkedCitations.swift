import Kamerstuk

extension Finding.Category {
    /// A citation whose text and the publisher's link around it name different documents.
    package static let linkMismatch = Finding.Category(rawValue: "link-mismatch")
}

/// Joins the citations the publisher linked (`<extref doc="kst-…">`) with those the scanner
/// read in the text, in one list in text order.
///
/// A link needs no guessing, so it settles what the scanner read inside it: a citation that
/// names the linked document stays as read (with its chamber, session and page); one the
/// scanner could not resolve gives way to the link; one that names another document is
/// replaced by the link, with a finding that says both. A linked document the text does not
/// read (`de motie op stuk nr. 214 (26 150)`) is added with the link's range.
package enum LinkedCitations {
    /// `scanned` and `links`, in the offsets of one text; `place` says where an offset is.
    package static func join(_ scanned: [CitationMatch], links: [OfficialXML.Link], place: (Int) -> SourceLocation)
        -> (citations: [CitationMatch], findings: [Finding])
    {
        guard !links.isEmpty else { return (scanned, []) }
        // Both lists in text order; one sweep pairs each citation with the links over it.
        let documents = links.filter { !$0.isDossier }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let dossiers = links.filter(\.isDossier).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var findings: [Finding] = []
        var kept: [CitationMatch] = []
        var readByLink = [Set<KamerstukID>](repeating: [], count: documents.count)
        var firstDocument = 0, firstDossier = 0
        for match in scanned {
            let over = overlapping(match.range, in: documents, from: &firstDocument)
            guard !over.isEmpty else {
                if let id = match.id, let dossierLink = overlapping(match.range, in: dossiers, from: &firstDossier).first.map({ dossiers[$0] }),
                   normalizedDossier(dossierLink.document) != dossierKey(id) {
                    findings.append(FindingText.linkNamesDossier.finding([id.canonical, dossierLink.document], at: place(match.range.lowerBound)))
                }
                kept.append(match)
                continue
            }
            guard let id = match.id else { continue }
            if over.contains(where: { documents[$0].document.lowercased() == id.canonical.lowercased() }) {
                kept.append(match)
                for k in over { readByLink[k].insert(id) }
            } else {
                let names = over.map { documents[$0].document }.joined(separator: ", ")
                findings.append(FindingText.linkNamesOther.finding([id.canonical, names], at: place(match.range.lowerBound)))
            }
        }
        for (k, link) in documents.enumerated() {
            guard let id = KamerstukID(canonical: link.document) else { continue }
            if !readByLink[k].contains(id) { kept.append(CitationMatch(linking: id, range: link.range)) }
        }
        kept.sort { $0.range.lowerBound < $1.range.lowerBound }
        findings.sort { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) }
        return (kept, findings)
    }

    /// The indices of the links (sorted, and apart: XML links do not nest) that overlap `range`;
    /// `first` moves past the links that end before it, which no later citation can overlap
    /// either, since citations come in the order of their start.
    private static func overlapping(_ range: Range<Int>, in links: [OfficialXML.Link], from first: inout Int) -> [Int] {
        while first < links.count, links[first].range.upperBound <= range.lowerBound { first += 1 }
        var found: [Int] = []
        var k = first
        while k < links.count, links[k].range.lowerBound < range.upperBound {
            if links[k].range.overlaps(range) { found.append(k) }
            k += 1
        }
        return found
    }

    private static func normalizedDossier(_ text: String) -> String {
        String(text.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    private static func dossierKey(_ id: KamerstukID) -> String {
        normalizedDossier(id.dossier + (id.toevoeging ?? ""))
    }
}

extension SourceDocument {
    /// Every citation of the document, placed in the user's input: the scanner's reading of
    /// the text (with the document the text replaces, where it is a Kamerstuk that says so)
    /// joined with the publisher's links, and the findings where they disagree.
    package func citations() -> (citations: [Citation], findings: [Finding]) {
        let home = metadata?.identifier.flatMap { KamerstukID(canonical: $0) }
        let scanned = text.bytes.withUnsafeBufferPointer { buffer in
            home.map { CitationScanner.scan(buffer, home: $0) } ?? CitationScanner.scan(buffer)
        }
        let (matches, findings) = LinkedCitations.join(scanned, links: links, place: text.location(of:))
        let citations = matches.map { match in
            Citation(match: match, location: text.location(of: match.range.lowerBound),
                     raw: String(decoding: text.bytes[match.range], as: UTF8.self))
        }
        return (citations, findings)
    }
}
