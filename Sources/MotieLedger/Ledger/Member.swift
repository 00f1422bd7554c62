/// One member of a line's top-level object: byte ranges within the line.
struct Member: Sendable {
    /// The key's bytes, without quotes.
    var key: Range<Int>
    /// The value's bytes; a string's include its quotes.
    var value: Range<Int>
}
