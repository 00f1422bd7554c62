import Kamerstuk

/// The record that a name key and a Kamerstuk ID are one motion from now on (<doc:Domain#Motions>).
package struct AliasRecord: Hashable, Sendable {
    package var key: String
    package var id: KamerstukID
    /// The document whose reading joined them: the one that gave the ID, or one that read the
    /// motion by its key after a document with the ID.
    package var source: String
    package var date: Day

    package init(key: String, id: KamerstukID, source: String, date: Day) {
        self.key = key
        self.id = id
        self.source = source
        self.date = date
    }
}
