/// The facts the ledger holds about motions, as the replay read them.
extension Timeline {
    /// Every facts record, in the order of reading.
    package var factsRecords: [SourcedFacts] { replay.facts }

    /// The facts merged per motion (the later source per field, whatever the order of reading).
    package func facts() -> FactsMerge { FactsMerge(replay.facts) }
}
