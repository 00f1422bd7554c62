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
    /// Tables of commitments (`Tabel 131 Door bewindslieden gedane toezeggingen …`) after the
    /// motions' tables: a motion a toezegging names is only mentioned, for the status column
    /// speaks of the toezegging.
    var commitments = false
}
