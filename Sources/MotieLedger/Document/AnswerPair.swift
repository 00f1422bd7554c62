/// One question with its answer. Offsets are clean-text offsets.
package struct AnswerPair: Hashable, Sendable {
    /// 1-based position in the document.
    package let index: Int
    /// The number as written (`4 en 5`), for numbered questions.
    package let label: String?
    /// The section (asker) it belongs to, an index into `AnswerDocument.sections`.
    package let section: Int?
    package let question: Range<Int>
    package let answer: Range<Int>
    /// The line of the `Vraag` heading.
    package let line: Int
    /// Question and answer untrimmed: what lies between them belongs to the pair too (a
    /// marker after the question mark, `in Iran? 18`).
    let questionSpan: Range<Int>
    let answerSpan: Range<Int>
}
