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
}

/// The first stage of reading motions: the document cut into the units its motions are read
/// in — its question/answer pairs; or, in an annex table, its rows (each opens with `Motie …`)
/// after the text before them; or, in a letter, the whole text. Units follow each other
/// through the text.
struct ReadingUnits {
    let units: [ReadingUnit]

    init(_ document: AnswerDocument) {
        let whole = 0..<document.body.count
        if !document.pairs.isEmpty {
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

    var indices: Range<Int> { units.indices }

    /// The unit an offset falls in.
    func unit(containing offset: Int) -> Int? {
        let after = Sorted.firstIndex(units, after: offset, by: \.range.lowerBound) ?? units.count
        return after > 0 && units[after - 1].range.contains(offset) ? after - 1 : nil
    }
}
