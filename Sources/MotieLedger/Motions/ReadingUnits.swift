import Kamerstuk

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
            var after = tableRows.last!.upperBound..<document.body.count
            var commitments: [ReadingUnit] = []
            if let tables = TableRows.commitmentTables(at: after.lowerBound, in: document.body) {
                var unit = ReadingUnit(pair: nil, range: tables, scope: tables, isLetter: true)
                unit.commitments = true
                commitments = [unit]
                after = tables.upperBound..<document.body.count
            }
            units = [ReadingUnit(pair: nil, range: intro, scope: intro, isLetter: true)]
                + zip(tableRows, TableRows.headings(of: tableRows, in: document.body)).map {
                    var row = ReadingUnit(pair: nil, range: $0, scope: $0, isLetter: false)
                    row.interleaved = true
                    row.heading = $1.heading
                    row.adopted = $1.adopted
                    return row
                }
                + commitments
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
