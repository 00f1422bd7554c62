/// One party's side in a vote, with its seats at the vote (`FractieGrootte`, not the party's
/// size today).
package struct PartyVote: Hashable, Sendable {
    package var party: String
    /// Seats (or members, in a roll-call vote) behind the party's vote; `nil` where not given.
    package var seats: Int?

    package init(party: String, seats: Int?) {
        self.party = party
        self.seats = seats
    }
}
