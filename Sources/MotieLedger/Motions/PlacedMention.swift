import Kamerstuk

/// A mention placed in the document.
struct PlacedMention {
    /// Where the mention was found, and what that gives it before any linking.
    enum Source: Equatable {
        /// The running text.
        case text
        /// One of the motions of a plural mention that carries its submitters, one per
        /// citation behind it (`De moties van de leden Brekelmans en Piri … (Kamerstuk 36 045,
        /// nrs. 251 en 256)`): this one's citation.
        case listed(KamerstukID)
        /// The text of a footnote, an index into `AnswerDocument.footnotes`.
        case footnote(Int)
        /// The title of a changed motion's text, naming the motion it replaces: that one's
        /// Kamerstuk (``MotionPaper``).
        case replaced(KamerstukID)
    }

    let mention: Mention
    let source: Source
    /// The unit it belongs to (``ReadingUnits``).
    let unit: Int?
    /// The offset that places the mention in a sentence: the mention itself, or for a
    /// mention in a footnote the footnote's marker in the text.
    let anchor: Int
}
