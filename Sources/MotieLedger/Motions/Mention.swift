import Kamerstuk

/// One place where a document speaks of a motion, as it reads there.
struct Mention {
    enum Kind: Equatable {
        /// By its submitters: `motie Paternotte c.s.`, `motie Van Campen/Boswijk`,
        /// `motie van de leden Van der Burg en Piri`, `de motie-Klaver`.
        case named
        /// By a party: `SGP-motie`, `de aangenomen motie van de SGP`.
        case party
        /// By its subject only: `motie inzake Radio Dabanga`, `de motie over een … fonds`.
        case subject
        /// `een motie`: a motion not otherwise named.
        case unnamed
        /// `de motie`, `deze motie`: the motion the text is about.
        case backReference
        /// `de moties die …`: several motions, none named.
        case plural
    }

    let kind: Kind
    /// Clean-text range of the mention, from `motie` (or `SGP-motie`) to the end of the name.
    let range: Range<Int>
    /// The submitters as written (`Van Campen`, `Boswijk`).
    let submitters: [String]
    /// The submitters' core surnames, folded, for keys and matching (`campen`, `boswijk`).
    let surnames: [String]
    let cosigned: Bool
    let party: String?
    let subject: String?
    /// Where the subject phrase ends, when there is one: a citation may follow it
    /// (`motie Piri c.s. over het fonds (Kamerstuk 32735-406)`).
    var subjectEnd: Int?
    /// The name as the document writes it (`Paternotte c.s.`, `Van der Burg en Piri`).
    let name: String?
    /// Whether the mention stands in a footnote's text rather than the running text.
    let inFootnote: Bool
    /// For the motions of one plural mention (`de moties Paternotte c.s. en Van Baarle`): the
    /// plural's start, shared by all of them, so that a list of citations behind them can be
    /// given out in order.
    var list: Int?
    /// `de eerste motie`, `de tweede motie`, `de laatste motie`: which of the motions named
    /// just before (1-based; -1 for the last).
    var ordinal: Int?
}
