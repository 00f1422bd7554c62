import Kamerstuk

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

    /// Citations in a row: their Kamerstukken, and where the last ends.
    struct Run {
        let ids: [KamerstukID]
        let end: Int
    }

    /// The citations in a row right after `offset`.
    func run(after offset: Int) -> Run {
        let body = document.body
        guard var k = Sorted.firstIndex(document.citations, atOrAfter: offset, by: \.range.lowerBound) else { return Run(ids: [], end: offset) }
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
        return Run(ids: ids, end: from)
    }
}
