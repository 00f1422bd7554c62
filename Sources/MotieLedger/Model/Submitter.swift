/// A member who submitted or co-signed a motion, with the party where the source gives it.
package struct Submitter: Hashable, Sendable {
    /// The name as the source writes it (`Van der Lee`, `Inge van Dijk`).
    package var name: String
    /// The member's party (fractie), `nil` where the source names none.
    package var party: String?

    package init(name: String, party: String? = nil) {
        self.name = name
        self.party = party
    }
}
