/// A word of running text: its folded form (lowercase, no diacritics), and where it stands.
struct Word {
    let folded: String
    let range: Range<Int>
}
