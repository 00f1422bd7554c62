import Kamerstuk

/// What a document's footnotes cite: a motion, or another paper (a letter, a report) — by the
/// footnote's title and the words around its citations.
struct FootnotePapers {
    let document: AnswerDocument

    init(_ document: AnswerDocument) {
        self.document = document
    }

    /// The Kamerstuk a footnote gives for a motion: its only citation, or the one whose title in
    /// the footnote's list names a motion (`Kamerstukken 36200 V, J en 36200 V, M (Gewijzigde
    /// motie-Karimi …; Verslag …)`).
    /// A footnote whose own title is a letter's or a report's (`Kamerbrief over de uitvoering
    /// van de motie …, Kamerstuk …`) gives none: its paper is about the motion, not the motion.
    func motionCitation(in footnote: Footnote) -> (id: KamerstukID, uncertain: Bool)? {
        let ids = citations(in: footnote).compactMap(\.id)
        guard let first = ids.first else { return nil }
        if ids.count == 1 { return paperTitle(of: footnote) == .otherPaper ? nil : (first, false) }
        if let open = footnote.text.firstIndex(of: "("), let close = footnote.text.lastIndex(of: ")"), open < close {
            // One title per citation, sometimes followed by the dossier's own title.
            let titles = footnote.text[footnote.text.index(after: open)..<close].split(separator: ";")
            let naming = titles.indices.filter { FootnotePapers.titleNamesMotion(titles[$0]) }
            if titles.count == ids.count || titles.count == ids.count + 1, naming.count == 1, naming[0] < ids.count {
                return (ids[naming[0]], false)
            }
        }
        return (first, true)
    }

    /// Whether a paper's title is a motion's: `Motie van het lid …`, `Gewijzigde motie-Karimi …`
    /// — not `Verslag … over de uitvoering van de motie …`.
    static func titleNamesMotion(_ title: Substring) -> Bool {
        let words = TextBytes.folded(title).split { !($0.isLetter || $0 == "-") }
        guard let first = words.first else { return false }
        if first.hasPrefix("motie") { return true }
        return ["gewijzigde", "nader", "aangehouden", "aangenomen"].contains(String(first)) && words.count > 1
            && words[1].hasPrefix("motie")
    }

    /// Papers that are not motions; a citation behind such a word is the paper's.
    static let otherPapers: Set<String> = [
        "brief", "kamerbrief", "verslag", "rapport", "nota", "notitie", "fiche", "antwoord", "antwoorden", "beantwoording",
        "kabinetsreactie", "wetsvoorstel", "amendement", "toezegging", "besluit", "regeling", "agenda", "jaarverslag",
    ]

    /// Words that name another paper in a sentence of running text (not `regeling` or
    /// `besluit`, which are as often what the motion is about).
    static let papersInRunningText: Set<String> = [
        "brief", "kamerbrief", "verslag", "rapport", "notitie", "fiche", "kabinetsreactie", "beantwoording", "jaarverslag",
    ]

    /// The citations that start in a footnote, found by search (the citations are in order).
    func citations(in footnote: Footnote) -> ArraySlice<CitationMatch> {
        let from = Sorted.firstIndex(document.citations, atOrAfter: footnote.range.lowerBound, by: \.range.lowerBound)
            ?? document.citations.count
        return document.citations[from...].prefix { footnote.range.contains($0.range.lowerBound) }
    }

    /// Whether a footnote cites a paper that says it is not a motion: a letter, a report — by
    /// its title, or by naming such a paper and no motion at all.
    func citesOtherPaper(_ footnote: Footnote) -> Bool {
        if paperTitle(of: footnote) == .otherPaper { return true }
        let words = Set(TextBytes.folded(footnote.text).split { !$0.isLetter }.map(String.init))
        return !words.contains { $0.hasPrefix("motie") } && !words.isDisjoint(with: FootnotePapers.otherPapers)
    }

    enum PaperTitle { case motion, otherPaper, none }

    /// What a footnote's title — its words before its first citation — says its paper is:
    /// `Motie van het lid …` a motion, `Kamerbrief over …` or `Verslag van …` another paper;
    /// a footnote that opens with its citation has no title.
    func paperTitle(of footnote: Footnote) -> PaperTitle {
        let start = citations(in: footnote).first?.range.lowerBound
            ?? footnote.range.upperBound
        let title = TextBytes.collapsed(document.text.bytes[footnote.range.lowerBound..<max(footnote.range.lowerBound, start)])
        if FootnotePapers.titleNamesMotion(Substring(title)) { return .motion }
        let words = TextBytes.folded(title).split { !$0.isLetter }
        guard let first = words.first(where: { !["zie", "ook", "de", "het", "een"].contains($0) }) else { return .none }
        return FootnotePapers.otherPapers.contains(String(first)) ? .otherPaper : .none
    }
}

/// Citations standing in a row in the running text.
struct CitationLists {
    let document: AnswerDocument

    init(_ document: AnswerDocument) {
        self.document = document
    }

    /// The citations in a row right after `offset`: `(Kamerstukken 21 501-02, nr. 3236 en 36 800-V, nr. 27)`.
    func list(after offset: Int) -> [KamerstukID] {
        run(after: offset).ids
    }

    /// The longest a plural's clause runs from the plural, or from one list, to the next list.
    static let clauseGap = 240

    /// `veel moties zijn aangenomen om … (35 334, nrs. 383, 348 en 309), waaronder … (30 252,
    /// nr. 184)`: the lists in brackets in the clause after `offset`, up to a full stop,
    /// semicolon or colon — and none after a word that names another paper or motion.
    func clauseLists(after offset: Int) -> [KamerstukID] {
        let body = document.body
        var ids: [KamerstukID] = []
        var from = offset
        while let k = Sorted.firstIndex(document.citations, atOrAfter: from, by: \.range.lowerBound) {
            let start = document.citations[k].range.lowerBound
            guard start - from <= CitationLists.clauseGap,
                  let open = body[from..<start].lastIndex(where: { $0 != 0x20 && $0 != 0x0A }), body[open] == UInt8(ascii: "("),
                  !body[from..<open].contains(where: { ".;:?!()".utf8.contains($0) }),
                  !Words.split(body, in: from..<open).contains(where: { $0.folded.hasPrefix("motie") || FootnotePapers.otherPapers.contains($0.folded) })
            else { break }
            let list = run(after: open)
            guard !list.ids.isEmpty else { break }
            ids += list.ids
            from = list.end
            // Past the list's closing bracket.
            while from < body.count, body[from] == 0x20 { from += 1 }
            guard from < body.count, body[from] == UInt8(ascii: ")") else { break }
            from += 1
        }
        return ids
    }

    /// The citations in a row right after `offset`, and where the last ends.
    func run(after offset: Int) -> (ids: [KamerstukID], end: Int) {
        let body = document.body
        guard var k = Sorted.firstIndex(document.citations, atOrAfter: offset, by: \.range.lowerBound) else { return ([], offset) }
        var ids: [KamerstukID] = []
        var from = offset
        while k < document.citations.count {
            let citation = document.citations[k]
            let gap = body[from..<max(from, citation.range.lowerBound)]
            // Before the first only spaces and a bracket; between two, commas and `en`.
            let allowed = ids.isEmpty ? gap.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: "(") || $0 == 0x0A }
                : TextBytes.folded(String(decoding: gap, as: UTF8.self))
                    .split { $0 == " " || $0 == "," || $0 == ";" || $0 == "\n" }.allSatisfy { $0 == "en" }
            guard allowed, let id = citation.id else { break }
            if ids.last != id { ids.append(id) }
            from = max(from, citation.range.upperBound)
            k += 1
        }
        return (ids, from)
    }
}
