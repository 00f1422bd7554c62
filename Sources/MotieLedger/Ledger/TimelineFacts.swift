/// The facts the ledger holds about motions, as the replay read them.
extension Timeline {
    /// Every facts record, in the order of reading.
    public var factsRecords: [SourcedFacts] { replay.facts }

    /// The facts merged per motion (the later source per field, whatever the order of reading).
    public func facts() -> FactsMerge { FactsMerge(replay.facts) }
}
