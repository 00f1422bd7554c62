import Kamerstuk

/// What a document's footnotes cite: a motion, or another paper (a letter, a report) — by the
/// footnote's title and the words around its citations.
struct FootnotePapers {
    /// The motion a footnote cites, and whether that is uncertain (it cites several papers).
    struct MotionCitation {
        let id: KamerstukID
        let uncertain: Bool
    }

    let document: AnswerDocument

    init(_ document: AnswerDocument) {
        self.document = document
    }

    /// The Kamerstuk a footnote gives for a motion: its only citation, or the one whose title in
    /// the footnote's list names a motion (`Kamerstukken 36200 V, J en 36200 V, M (Gewijzigde
    /// motie-Karimi …; Verslag …)`).
    /// A footnote whose own title is a letter's or a report's (`Kamerbrief over de uitvoering
    /// van de motie …, Kamerstuk …`) gives none: its paper is about the motion, not the motion.
    func motionCitation(in footnote: Footnote) -> MotionCitation? {
        let ids = citations(in: footnote).compactMap(\.id)
        guard let first = ids.first else { return nil }
        if ids.count == 1 { return paperTitle(of: footnote) == .otherPaper ? nil : MotionCitation(id: first, uncertain: false) }
        if let open = footnote.text.firstIndex(of: "("), let close = footnote.text.lastIndex(of: ")"), open < close {
            // One title per citation, sometimes followed by the dossier's own title.
            let titles = footnote.text[footnote.text.index(after: open)..<close].split(separator: ";")
            let naming = titles.indices.filter { FootnotePapers.titleNamesMotion(titles[$0]) }
            if titles.count == ids.count || titles.count == ids.count + 1, naming.count == 1, naming[0] < ids.count {
                return MotionCitation(id: ids[naming[0]], uncertain: false)
            }
        }
        return MotionCitation(id: first, uncertain: true)
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
