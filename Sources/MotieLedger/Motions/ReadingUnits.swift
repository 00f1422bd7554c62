import Kamerstuk

/// A stretch of the document read as one: a question/answer pair, a row of an annex table, or
/// a letter (the whole text, or the text before an annex's first row).
struct ReadingUnit {
    /// The question/answer pair, when the unit is one.
    let pair: AnswerPair?
    /// Mentions in here belong to the unit.
    let range: Range<Int>
    /// Where its statuses are read: an answer, a row, a letter.
    let scope: Range<Int>
    /// A letter: a back-reference means the motion of its paragraph, else the letter's own.
    let isLetter: Bool

    /// A row of an annex table.
    var isRow: Bool { pair == nil && !isLetter }
    /// A row of a table whose columns run into each other on one line (``TableRows``): its
    /// description, where it was voted and its status, a printed line of each in turn.
    var interleaved = false
    /// What the title of the row's table says of all its motions (``TableRows/headings(of:in:)``).
    var heading: TableHeading?
    /// The title says its motions were adopted (`aanvaarde moties`): a Vindplaats's `Stemming
    /// over aangehouden motie` is the vote that adopted one held over, not a motion held over.
    var adopted = false
}

/// What the title of a table of motions says of every motion in it: `Tabel 129 Door de
/// Staten-Generaal aanvaarde moties die zijn afgerond` (completed), `… die nog niet zijn
/// afgerond` (open). The title alone does not tell how far an open motion has come.
enum TableHeading {
    case completed
    case open

    /// The heading's words and what they say.
    static func read(_ words: [String]) -> TableHeading? {
        let done: Set<String> = ["afgerond", "afgedaan", "uitgevoerd", "voldaan"]
        guard let k = words.firstIndex(where: done.contains) else {
            return words.contains(where: ["openstaande", "lopende"].contains) ? .open : nil
        }
        return words[max(0, k - 3)..<k].contains("niet") ? .open : .completed
    }
}

/// The first stage of reading motions: the document cut into the units its motions are read
/// in — its question/answer pairs; or, in an annex table, its rows (each opens with `Motie …`)
/// after the text before them; or, in a letter, the whole text. Units follow each other
/// through the text.
struct ReadingUnits {
    let units: [ReadingUnit]

    init(_ document: AnswerDocument, mentions: [Mention]) {
        let whole = 0..<document.body.count
        // A table whose columns run into each other may also show as a few rows a page long,
        // where a page's line opens with a row: its own rows are more.
        let interleaved = document.pairs.isEmpty ? TableRows.rows(of: mentions, in: document.body) : []
        let tableRows = interleaved.count > document.rows.count ? interleaved : []
        if !tableRows.isEmpty {
            let intro = 0..<tableRows[0].lowerBound
            let after = tableRows.last!.upperBound..<document.body.count
            units = [ReadingUnit(pair: nil, range: intro, scope: intro, isLetter: true)]
                + zip(tableRows, TableRows.headings(of: tableRows, in: document.body)).map {
                    var row = ReadingUnit(pair: nil, range: $0, scope: $0, isLetter: false)
                    row.interleaved = true
                    row.heading = $1.heading
                    row.adopted = $1.adopted
                    return row
                }
                + (after.isEmpty ? [] : [ReadingUnit(pair: nil, range: after, scope: after, isLetter: true)])
        } else if !document.pairs.isEmpty {
            units = document.pairs.map {
                ReadingUnit(pair: $0, range: $0.questionSpan.lowerBound..<$0.answerSpan.upperBound, scope: $0.answerSpan, isLetter: false)
            }
        } else if document.rows.count >= 2 {
            let intro = 0..<document.rows[0].lowerBound
            units = [ReadingUnit(pair: nil, range: intro, scope: intro, isLetter: true)]
                + document.rows.map { ReadingUnit(pair: nil, range: $0, scope: $0, isLetter: false) }
        } else {
            units = [ReadingUnit(pair: nil, range: whole, scope: whole, isLetter: true)]
        }
    }

    subscript(_ index: Int) -> ReadingUnit { units[index] }

    /// In a document of questions (and answers), the text before the first question: its title
    /// (`Vragen van het lid … over de reactie op de motie van het lid …`), which says what all
    /// the questions are about. Nil in a letter or an annex.
    var questionsTitle: Range<Int>? {
        guard let first = units.first, first.pair != nil else { return nil }
        return 0..<first.range.lowerBound
    }

    var indices: Range<Int> { units.indices }

    /// The unit an offset falls in.
    func unit(containing offset: Int) -> Int? {
        let after = Sorted.firstIndex(units, after: offset, by: \.range.lowerBound) ?? units.count
        return after > 0 && units[after - 1].range.contains(offset) ? after - 1 : nil
    }
}

/// The rows of a table of motions whose columns run into each other on one line, as a PDF
/// converter that joins a page's lines leaves an annual report's annex (`Omschrijving van de
/// motie | Vindplaats | Stand van zaken`): each row opens with its motion, capitalised and
/// followed by what it asks — `Motie van het lid Westerveld; De Tweede Kamer verzoekt …`,
/// `De motie Peters en Bisschop; De Tweede Kamer …`, `Motie van het lid Simons c.s. De
/// Tweede Kamer …` — and runs to the next row, or to the next table (`Tabel 131 …`).
enum TableRows {
    /// Fewer openers make no table.
    static let least = 3

    static func rows(of mentions: [Mention], in body: [UInt8]) -> [Range<Int>] {
        let starts = mentions.compactMap { opening($0, in: body) }
        guard starts.count >= least else { return [] }
        return starts.indices.map { k in
            let end = tableEnd(after: starts[k], in: body)
            return starts[k]..<(k + 1 < starts.count ? min(starts[k + 1], end) : end)
        }
    }

    /// Where a row opens, if the mention opens one: a named mention, capitalised (`Motie …`,
    /// `De motie …`, `Gewijzigde motie …`), and after its name (and `;` or `.`) the words of a
    /// motion's text: `De Tweede Kamer`, `De Eerste Kamer`, `verzoekt`, `overwegende`,
    /// `constaterende`.
    static func opening(_ mention: Mention, in body: [UInt8]) -> Int? {
        guard [.named, .party].contains(mention.kind), !mention.inFootnote else { return nil }
        var start = mention.range.lowerBound
        let before = Words.split(body, in: max(0, start - 32)..<start).suffix(2)
        if let word = before.last, ["de", "gewijzigde"].contains(word.folded), TextBytes.isUpper(body[word.range.lowerBound]),
           body[word.range.upperBound..<start].allSatisfy({ $0 == 0x20 }) {
            start = word.range.lowerBound
            if let first = before.dropLast().last, first.folded == "nader", body[first.range.upperBound..<start].allSatisfy({ $0 == 0x20 }) {
                start = first.range.lowerBound
            }
        } else if !TextBytes.isUpper(body[start]) {
            return nil
        }
        var i = mention.range.upperBound
        while i < body.count, body[i] == 0x20 { i += 1 }
        // A name the reader cut short (`Westerveld en kwint;`): its `;` a few words on.
        if let end = nameEnd(after: i, in: body) { i = end }
        let semicolon = i < body.count && body[i] == UInt8(ascii: ";")
        if i < body.count, body[i] == UInt8(ascii: ";") || body[i] == UInt8(ascii: ".") { i += 1 }
        let next = Words.split(body, in: i..<min(body.count, i + 40)).prefix(3).map(\.folded)
        // `De Tweede` alone, or `De` alone after the name's `;`: the next printed line's pieces
        // of the other columns stand between. After the `;` the Vindplaats column may come
        // first, where the description's line holds the name alone (`… Van Meenen; ⎵ Debat
        // [12-02-2019] - …`).
        let motionText = next.starts(with: ["de", "tweede"]) || next.starts(with: ["de", "eerste"])
            || (semicolon && (next.first == "de" || next.first == "debat"))
            || ["verzoekt", "overwegende", "constaterende"].contains(next.first ?? "")
        return motionText ? start : nil
    }

    /// The `;` that ends a row's name within a few words of lower-case letters after where the
    /// reader stopped (`en kwint;`), if there is one.
    static func nameEnd(after offset: Int, in body: [UInt8]) -> Int? {
        var i = offset
        while i < min(body.count, offset + 24) {
            if body[i] == UInt8(ascii: ";") { return i > offset ? i : nil }
            guard body[i] == 0x20 || TextBytes.isLower(body[i]) else { return nil }
            i += 1
        }
        return nil
    }

    /// What the title of the table each row stands in says of its motions: the last line
    /// before the row that opens with `Tabel N`, up to the table's column heads
    /// (`Omschrijving`). One pass over the text before the last row.
    static func headings(of rows: [Range<Int>], in body: [UInt8]) -> [(heading: TableHeading?, adopted: Bool)] {
        var current: (heading: TableHeading?, adopted: Bool) = (nil, false)
        var k = 0
        return rows.map { row in
            while k < row.lowerBound {
                if k == 0 || body[k - 1] == 0x0A, body[k] == UInt8(ascii: "T") || body[k] == UInt8(ascii: "t") {
                    let title = Words.split(body, in: k..<min(row.lowerBound, k + 240)).map(\.folded)
                    if title.first == "tabel" {
                        let words = Array(title.prefix { $0 != "omschrijving" })
                        current = (TableHeading.read(words), words.contains { ["aanvaarde", "aangenomen"].contains($0) })
                    }
                }
                k += 1
            }
            return current
        }
    }

    /// The end of a table's last row: the next `Tabel N` heading or `Bijlage`, else the end of
    /// the row's line and the line after (a row goes on over one page break at most).
    static func tableEnd(after start: Int, in body: [UInt8]) -> Int {
        var i = start
        var lines = 0
        while i < body.count {
            if body[i] == 0x0A {
                lines += 1
                var j = i + 1
                while j < body.count, body[j] == 0x20 || body[j] == 0x0A { j += 1 }
                let head = TextBytes.folded(String(decoding: body[j..<min(body.count, j + 8)], as: UTF8.self))
                if head.hasPrefix("tabel ") || head.hasPrefix("bijlage") || lines > 4 { return i }
            }
            i += 1
        }
        return body.count
    }
}
