import Kamerstuk

/// The ledger replayed: its documents, each motion's events in date order with aliases and
/// corrections applied, and the head. Read from the file by ``Ledger/timeline(wait:keepingTexts:)``
/// in one pass on all cores (TimelineReading.swift); the replay itself is ``Replay``'s. The reports
/// read statuses from it with ``snapshot(at:)``, ``state(of:at:)``, ``history(of:upTo:)`` and
/// ``details(of:)``, at a ``Cutoff`` that ``CutoffQuery`` finds, for the motions that
/// ``motions(matching:)`` finds.
public struct Timeline: Sendable {
    /// The ledger's path, for messages.
    public let path: String
    public internal(set) var head: LedgerHead = .empty
    /// Whether every line was decoded, or only the lines of some motions (with every document
    /// and alias record).
    package let isComplete: Bool
    /// The number of bytes read: the size the ledger had.
    package internal(set) var byteCount = 0
    /// The number of records.
    public var count: Int { head.count }
    var replay = Replay()
    /// The file the details of events are read from; `nil` when there is no ledger.
    let file: LedgerFile?

    init(path: String, isComplete: Bool, file: LedgerFile?) {
        self.path = path
        self.isComplete = isComplete
        self.file = file
    }

    // MARK: Motions

    /// Every motion, ordered by Kamerstuk ID, then the motions without one by key.
    public var motions: [TimelineMotion] {
        ordered(replay.liveMotions).map(view)
    }

    /// The motion a key names (its ID, its name key, or an alias of it), if any.
    public func motion(key: String) -> TimelineMotion? {
        replay.motion(key: key).map(view)
    }

    /// The motions whose events give them `key` as their name key or as another key, ordered
    /// as ``motions``. More than one when the key is ambiguous: two `motie Dobbe`.
    package func motions(carrying key: String) -> [TimelineMotion] {
        ordered(replay.motions(carrying: key)).map(view)
    }

    /// The keys whose lines a query for `key` must read: the ID alias records join it to and
    /// every key joined to that ID, and the keys of the motions that carry it.
    func joinedKeys(_ key: String) -> [String] {
        replay.aliasedKeys(key) + motions(carrying: key).map(\.key)
    }

    // MARK: Documents

    /// Every document not withdrawn, in the order of reading.
    public var documents: [LedgerDocument] {
        replay.voidedDocuments.isEmpty
            ? replay.documents : replay.documents.indices.filter { !replay.voidedDocuments.contains($0) }.map { replay.documents[$0] }
    }

    /// Every document a void withdrew, in the order of reading.
    package var withdrawnDocuments: [LedgerDocument] {
        replay.voidedDocuments.sorted().map { replay.documents[$0] }
    }

    /// Every document recorded under `number` (any case), withdrawn ones included, in the
    /// order of reading.
    package func allDocuments(number: String) -> [LedgerDocument] {
        replay.allDocuments(number: number)
    }

    // MARK: Corrections

    /// Every void record, with its line, in the order of reading.
    package var voids: [(seq: Int, record: VoidRecord)] { replay.voids }

    /// Every confirm record, with its line, in the order of reading.
    package var confirmations: [(seq: Int, record: ConfirmRecord)] { replay.confirms }

    /// The void that withdrew the event of line `seq` (itself, or its document), if any.
    package func void(ofEvent event: TimelineEvent) -> (seq: Int, record: VoidRecord)? {
        replay.voids.first { void in
            void.record.event == event.seq
                || (void.seq > event.seq && void.record.document == event.source)
        }
    }

    /// The confirmation of the event of line `seq`, if any.
    package func confirmation(ofEvent seq: Int) -> (seq: Int, record: ConfirmRecord)? {
        replay.confirms.first { $0.record.event == seq }
    }

    /// The findings kept with the event or document of line `seq` (empty when none), in English
    /// as `ingest` warned them: `1440:1: conditional: the status depends on a condition the answer sets`.
    public func findings(of seq: Int) -> [String] {
        keptFindings(of: seq).map { $0.text(.en) }
    }

    /// The findings kept with the event or document of line `seq`, as kept: coded, or the
    /// English sentences of a ledger written before codes.
    package func keptFindings(of seq: Int) -> [KeptFinding] {
        replay.findings[seq] ?? []
    }

    /// Every join of a key to an ID (alias records, and facts that replace a motion), in the
    /// order of reading, with its line and whether it held (a key's first join does).
    package var aliasJoins: [AliasJoin] { replay.aliasRecords }

    /// The event of line `seq`, if that line is a status event.
    public func event(seq: Int) -> TimelineEvent? {
        replay.event(seq: seq).map { view(event: $0) }
    }

    /// The document read with these bytes, if any.
    public func document(sha256: String) -> LedgerDocument? {
        replay.document(sha256: sha256)
    }

    /// The latest document recorded under `number` (any case), if any.
    public func document(number: String) -> LedgerDocument? {
        replay.latestDocument(number: number)
    }

    /// Every document recorded under `number` (any case), in the order of reading: more than
    /// one when a document was read again with other bytes.
    package func documents(number: String) -> [LedgerDocument] {
        replay.documents(number: number)
    }

    // MARK: Statuses

    /// Each motion's status at `cutoff` (now, without one); motions without an effective event
    /// by then are left out.
    public func snapshot(at cutoff: Cutoff? = nil) -> [MotionState] {
        motions.compactMap { state(of: $0, at: cutoff) }
    }

    /// The motion's status at `cutoff` (now, without one), as ``Replay/state(of:at:)`` finds it
    /// from the motion's dated history.
    public func state(of motion: TimelineMotion, at cutoff: Cutoff? = nil) -> MotionState? {
        guard let held = replay.state(of: motion.index, at: cutoff) else { return nil }
        return MotionState(motion: motion, event: view(event: held.event), since: Day(daysSinceEpoch: Int(held.since)))
    }

    /// The latest date of any event, if there is one.
    var latestDate: Day? {
        replay.latestDay.map { Day(daysSinceEpoch: Int($0)) }
    }

    /// The days on which the motion's status changed, each with the status the day ended
    /// with, in date order: the status at the end of any day is that of the last change up to it.
    public func statusChanges(of motion: TimelineMotion) -> [(date: Day, status: MotionStatus)] {
        replay.statusChanges(of: motion.index).map { (Day(daysSinceEpoch: Int($0.day)), $0.status) }
    }

    /// Every event of the motion, corrected ones included, in history order; up to `cutoff`
    /// when given.
    public func history(of motion: TimelineMotion, upTo cutoff: Cutoff? = nil) -> [TimelineEvent] {
        replay.history(of: motion.index, upTo: cutoff).map { view(event: $0) }
    }

    // MARK: Order

    /// The motions in their order: by Kamerstuk ID (`<`), then the motions without one by key.
    func ordered(_ motions: [Int32]) -> [Int32] {
        let keys = motions.map { Timeline.orderKey(id: replay.stores[Int($0)].id, key: replay.strings[replay.stores[Int($0)].key]) }
        return keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { motions[$0] }
    }

    /// Bytes whose order is the motions' order: Kamerstuk IDs first, by dossier, toevoeging
    /// (none first) and number, each as ``KamerstukID``'s `<` compares them (a leading number by
    /// its value); then the keys of motions without an ID, by their bytes (NFC text, so in
    /// the order of `String`'s `<`). Sorting fifty thousand motions so costs comparisons of
    /// bytes, where comparing IDs allocates.
    static func orderKey(id: KamerstukID?, key: String) -> [UInt8] {
        guard let id else { return [1] + Array(key.utf8) }
        var bytes: [UInt8] = [0]
        naturalOrder(id.dossier, into: &bytes)
        if let toevoeging = id.toevoeging {
            bytes.append(1)
            naturalOrder(toevoeging, into: &bytes)
        } else {
            bytes.append(0)
        }
        naturalOrder(id.number, into: &bytes)
        return bytes
    }

    /// A part of an ID as `naturalLess` orders it: the count of its leading digits (fewer
    /// digits, smaller number; none sorts first), the part itself, and a 0 that ends it before
    /// anything longer with the same start.
    private static func naturalOrder(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(text.utf8.prefix { $0 &- 0x30 < 10 }.count))
        bytes += text.utf8
        bytes.append(0)
    }

    // MARK: Views

    /// The motion `index` as a value, its strings read out of the replay's interner.
    func view(_ index: Int32) -> TimelineMotion {
        let store = replay.stores[Int(index)]
        let nameKey = replay.latest[Int(index)].nameKey
        let latestName = store.events.last.map { replay.events[Int($0)].name } ?? store.names.first ?? store.key
        return TimelineMotion(
            key: replay.strings[store.key], id: store.id, name: replay.strings[latestName],
            names: store.names.map { replay.strings[$0] }, nameKey: nameKey < 0 ? nil : replay.strings[nameKey],
            otherKeys: store.keys.filter { $0 != nameKey }.map { replay.strings[$0] },
            aliases: (replay.aliasKeys[store.key] ?? []).map { replay.strings[$0] }, index: index)
    }

    /// The event `index` as a value, its strings read out of the replay's interner.
    func view(event index: Int32) -> TimelineEvent {
        let event = replay.events[Int(index)]
        return TimelineEvent(
            seq: Int(event.seq), date: Day(daysSinceEpoch: Int(event.day)), status: event.status,
            source: replay.strings[event.source], key: replay.strings[event.key], name: replay.strings[event.name],
            by: event.flags & PackedEvent.manual != 0 ? .manual : .parser,
            corrects: event.flags & PackedEvent.corrects != 0, isCorrected: event.isCorrected, isVoided: event.isVoided,
            isConfirmed: event.flags & PackedEvent.confirmed != 0,
            uncertain: event.flags & PackedEvent.uncertain != 0 && event.flags & PackedEvent.confirmed == 0,
            expected: event.expectedFrom == .min
                ? nil : Day(daysSinceEpoch: Int(event.expectedFrom))...Day(daysSinceEpoch: Int(event.expectedTo)),
            offset: event.offset, length: Int(event.length))
    }
}
