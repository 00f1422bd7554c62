/// How a reader tells whether a string is a canonical Kamerstuk ID: by the rule each time
/// (``KamerstukIDRule``), or by what it remembers of the strings it has met (a ledger names the
/// same motions again and again, and the rule costs more than a lookup).
protocol KamerstukIDCheck {
    /// Whether `contents` (a JSON string's contents, still escaped) are a canonical ID: `nil`
    /// when they are not, the ID when the check parsed it to tell.
    mutating func canonicalID(_ contents: UnsafeRawBufferPointer) -> CheckedID?
}
