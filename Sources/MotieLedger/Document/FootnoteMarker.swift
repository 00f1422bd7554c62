/// A footnote marker in the running text: `c.s.7`, `Dobbe19`, `SGP?15`, `Iran? 18`, `[4 ]`.
package struct FootnoteMarker: Hashable, Sendable {
    package let number: Int
    /// The marker's own characters (the digits; with brackets, the brackets too).
    package let range: Range<Int>
    /// Its footnote, an index into `AnswerDocument.footnotes`; nil when the footnote was lost.
    package let footnote: Int?
    /// It stands on a line of markers under the question or answer that bore it, where PyPDF
    /// moves them (`2 3`): which words it followed is lost.
    package internal(set) var apart = false
}
