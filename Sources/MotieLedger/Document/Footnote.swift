/// A footnote from the foot of a page, or an endnote from the document's end: its number and its
/// text (clean-text offsets).
package struct Footnote: Hashable, Sendable {
    package let number: Int
    package let range: Range<Int>
    /// The footnote's text, white space collapsed.
    package let text: String
    /// Its marker in the text, an index into `AnswerDocument.markers`.
    package internal(set) var marker: Int?
}
