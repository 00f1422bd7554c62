/// A join of a key to a Kamerstuk ID as the ledger holds it: an alias record, or the join a
/// facts record's `replaces` makes.
package struct AliasJoin: Hashable, Sendable {
    /// The line of the record.
    package let seq: Int
    package let key: String
    /// The canonical ID.
    package let id: String
    /// What proposed it: the document whose reading joined them, or the facts' source.
    package let source: String
    package let date: Day?
    /// Whether it joined the key: a key's first join that was not withdrawn does.
    package let held: Bool
    /// The line of the void that withdrew the document that proposed it, if any: it then
    /// joins nothing, and reports pass it over.
    package internal(set) var withdrawnBy: Int?
}
