/// The Kamer's decision on a motion: its outcome, the day, and who voted for and against where
/// the records say it.
package struct Vote: Hashable, Sendable {
    package var outcome: VoteOutcome
    package var date: Day?
    package var votesFor: [PartyVote]
    package var votesAgainst: [PartyVote]

    package init(outcome: VoteOutcome, date: Day?, votesFor: [PartyVote] = [], votesAgainst: [PartyVote] = []) {
        self.outcome = outcome
        self.date = date
        self.votesFor = votesFor
        self.votesAgainst = votesAgainst
    }
}
