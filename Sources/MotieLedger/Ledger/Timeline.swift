import Foundation
import Kamerstuk

/// What anyone can keep of a ledger to check it later: its number of records and the SHA-256 of
/// its last line, written `COUNT:HASH`. The next line's `prev` holds that hash.
public struct LedgerHead: Hashable, Sendable, CustomStringConvertible {
    public let count: Int
    public let hash: String

    /// The head of an empty ledger: `0:000…0`.
    public static let empty = LedgerHead(count: 0, hash: LedgerRecord.zeroHash)

    public init(count: Int, hash: String) {
        self.count = count
        self.hash = hash
    }

    /// Parses `COUNT:HASH`; `nil` unless COUNT is a whole number and HASH 64 lowercase hex digits.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.allSatisfy({ $0 &- 0x30 < 10 }),
              let count = Int(parts[0]), SHA256.Digest(hex: parts[1]) != nil
        else { return nil }
        self.init(count: count, hash: String(parts[1]))
    }

    public var description: String { "\(count):\(hash)" }
}

/// A moment in the ledger's history that a status is asked at: the end of a day, or the end
/// of a document's reading on its day; ``CutoffQuery`` finds the one a person names.
public struct Cutoff: Hashable, Sendable {
    /// What a cutoff was named as.
    public enum Named: Hashable, Sendable {
        /// A date: everything dated up to the end of it.
        case date
        /// A document, up to the end of its reading.
        case document(LedgerDocument)
        /// A debate, as it stood after the latest document that answers it.
        case debate(label: String, after: LedgerDocument)
    }

    public let date: Day
    /// What the cutoff was named as, for a report to say.
    public let named: Named
    /// `date` as days since 1970-01-01, as the replay compares it with every event's.
    let day: Int32
    /// Among events of `date`, those up to this place in the order of reading count.
    let rank: Int32

    /// Everything dated up to and including `day`.
    public static func endOf(_ day: Day) -> Cutoff {
        Cutoff(date: day, rank: .max, named: .date)
    }

    /// Everything up to the end of `document`'s reading, on its date; named as `named`.
    static func after(_ document: LedgerDocument, named: Named) -> Cutoff {
        Cutoff(date: document.date, rank: Int32(document.seq), named: named)
    }

    private init(date: Day, rank: Int32, named: Named) {
        self.date = date
        day = Int32(date.daysSinceEpoch)
        self.rank = rank
        self.named = named
    }

    func includes(day: Int32, rank: Int32) -> Bool {
        day < self.day || (day == self.day && rank <= self.rank)
    }
}

/// A document as the ledger records it.
public struct LedgerDocument: Hashable, Sendable {
    public let number: String
    public let date: Day
    public let debate: String?
    public let debateDate: Day?
    public let sha256: String
    /// The line of its record, which closes its reading.
    public let seq: Int
    /// The record's `motions` as the line holds them: an array of strings in canonical JSON.
    /// A replay reads a million keys here that nothing asks for, so they are decoded on demand.
    let motionsJSON: [UInt8]

    /// The keys of the motions it mentions, in document order.
    public var motions: [String] {
        var keys: [String] = []
        // The array was checked when its line was read; whether it is well formed is known.
        _ = motionsJSON.withUnsafeBytes { LineFields.forEachString(inArray: $0) { keys.append(unescaped($0)) } }
        return keys
    }
}

/// A status event as the replay keeps it: everything needed to compute statuses. The evidence,
/// answers and other details stay in the file until ``Timeline/details(of:)`` reads them.
public struct TimelineEvent: Hashable, Sendable {
    public let seq: Int
    /// The source's date.
    public let date: Day
    public let status: MotionStatus
    public let source: String
    /// The motion's key as this event gave it (before aliases).
    public let key: String
    public let name: String
    public let by: EventOrigin
    /// Whether this manual record corrects what was read from its source.
    public let corrects: Bool
    /// Whether a manual record corrected this parser event, so that it no longer counts.
    public let isCorrected: Bool
    public let uncertain: Bool
    /// The promised time, as a range of days (its words are in the details).
    public let expected: ClosedRange<Day>?
    /// Where the line is in the file.
    let offset: Int
    let length: Int
}

/// A motion as the ledger knows it, its aliases applied.
public struct TimelineMotion: Hashable, Sendable {
    /// Its canonical ID, or its name key when the ledger knows no ID for it.
    public let key: String
    public let id: KamerstukID?
    /// The name its latest event gives.
    public let name: String
    /// Every name its events give, in order of first appearance.
    public let names: [String]
    public let nameKey: String?
    /// Every other key its events give it (earlier name keys, keys by subject), in order of
    /// first appearance.
    public let otherKeys: [String]
    /// Name keys joined to this motion's ID by alias records.
    public let aliases: [String]
    let index: Int32
}

/// A motion's status at a cutoff: the event that last told news of it, and since when the
/// status holds.
public struct MotionState: Hashable, Sendable {
    public let motion: TimelineMotion
    /// The latest event, by date, that changed the status or the promised time: its source and
    /// evidence are the status's. Later restatements are in the history.
    public let event: TimelineEvent
    /// When the status last changed: the date of the first event of the unbroken run of this
    /// status that ends in `event`, restatements and readings without a status passed over.
    public let since: Day
}

/// The ledger replayed: its documents, each motion's events in date order with aliases and
/// corrections applied, and the head. Built by ``Ledger/timeline(wait:)`` in one pass on all
/// cores; the reports read statuses from it with ``snapshot(at:)``, ``history(of:upTo:)`` and
/// ``details(of:)``.
///
/// Status at a cutoff follows the events up to it in history order, by (date, order of
/// reading), restatements passed over; a manual record that corrects a document takes that
/// document's place in the order.
public struct Timeline: Sendable {
    /// The ledger's path, for messages.
    public let path: String
    public private(set) var head: LedgerHead = .empty
    /// Whether every line was decoded, or only the lines of some motions (with every document
    /// and alias record).
    public let isComplete: Bool
    /// Every document, in the order of reading.
    public private(set) var documents: [LedgerDocument] = []
    /// The number of bytes read: the size the ledger had.
    public private(set) var byteCount = 0
    /// The number of records.
    public var count: Int { head.count }

    var strings = Interner()
    private var events = EventList()
    private var stores: [MotionStore] = []
    /// For each motion, the motion an alias joined it to (-1: none), and its latest name and
    /// name key: what every event asks of its motion, kept apart from the stores in a few small
    /// arrays, which stay in the cache where the stores do not.
    private var mergedInto: [Int32] = []
    private var latest: [(name: Int32, nameKey: Int32)] = []
    private var motionOfString: [Int32] = []
    private var aliasOf: [Int32: Int32] = [:]
    private var aliasKeys: [Int32: [Int32]] = [:]
    /// For each key that events give a motion (its name key, its other keys), the motions
    /// given it; a motion joined to another by an alias stands for that one.
    private var carriers: [Int32: [Int32]] = [:]
    private var documentsByNumber: [String: [Int]] = [:]
    private var documentsBySHA: [String: Int] = [:]
    /// Whether each motion's events are in history order. A replay appends the events as they
    /// come and sorts each motion's once, at the end; from then on a new event is put in its place.
    private var isSorted = false
    let file: LedgerFile?

    init(path: String, isComplete: Bool, file: LedgerFile?) {
        self.path = path
        self.isComplete = isComplete
        self.file = file
    }

    // MARK: Queries

    /// Every motion, ordered by Kamerstuk ID, then the motions without one by key.
    public var motions: [TimelineMotion] {
        ordered(stores.indices.lazy.map { Int32($0) }.filter(isLive)).map(view)
    }

    /// Whether a motion has its own events, not joined to another one.
    private func isLive(_ store: Int32) -> Bool {
        mergedInto[Int(store)] < 0 && !stores[Int(store)].events.isEmpty
    }

    /// The motion a key names (its ID, its name key, or an alias of it), if any.
    public func motion(key: String) -> TimelineMotion? {
        guard let string = strings.find(key), let index = storeIndex(of: string) else { return nil }
        return view(index)
    }

    /// The motions whose events give them `key` as their name key or as another key, ordered
    /// as ``motions``. More than one when the key is ambiguous: two `motie Dobbe`.
    public func motions(carrying key: String) -> [TimelineMotion] {
        guard let string = strings.find(key), let given = carriers[string] else { return [] }
        var found: [Int32] = []
        for store in given {
            let motion = resolved(store)
            if !found.contains(motion), isLive(motion) { found.append(motion) }
        }
        return ordered(found).map(view)
    }

    /// The keys whose lines a query for `key` must read: the ID alias records join it to and
    /// every key joined to that ID, and the keys of the motions that carry it.
    func joinedKeys(_ key: String) -> [String] {
        guard let string = strings.find(key) else { return [] }
        let id = aliasOf[string] ?? string
        return [strings[id]] + (aliasKeys[id] ?? []).map { strings[$0] } + motions(carrying: key).map(\.key)
    }

    /// The document read with these bytes, if any.
    public func document(sha256: String) -> LedgerDocument? {
        documentsBySHA[sha256].map { documents[$0] }
    }

    /// The latest document recorded under `number` (any case), if any.
    public func document(number: String) -> LedgerDocument? {
        documentsByNumber[number.lowercased()]?.last.map { documents[$0] }
    }

    /// Every document recorded under `number` (any case), in the order of reading: more than
    /// one when a document was read again with other bytes.
    public func documents(number: String) -> [LedgerDocument] {
        (documentsByNumber[number.lowercased()] ?? []).map { documents[$0] }
    }

    /// Each motion's status at `cutoff` (now, without one); motions without an effective event
    /// by then are left out.
    public func snapshot(at cutoff: Cutoff? = nil) -> [MotionState] {
        motions.compactMap { state(of: $0, at: cutoff) }
    }

    /// The motion's status at `cutoff` (now, without one), from its dated history alone, so
    /// that every order of reading gives the same: the event that last told news (a new status,
    /// a new promised time, a manual record), and since when its status holds. A restatement, and a reading
    /// without a word on the motion's execution, leave the news standing.
    public func state(of motion: TimelineMotion, at cutoff: Cutoff? = nil) -> MotionState? {
        var held: (index: Int32, event: PackedEvent)?
        var since: Int32 = 0
        for index in stores[Int(motion.index)].events {
            let event = events[Int(index)]
            guard !event.isCorrected else { continue }
            guard cutoff?.includes(day: event.day, rank: event.rank) ?? true else { break }
            if let current = held?.event {
                guard Timeline.tellsNews(event, after: current) else { continue }
                if event.status != current.status { since = event.day }
            } else {
                since = event.day
            }
            held = (index, event)
        }
        guard let held else { return nil }
        return MotionState(motion: motion, event: view(event: held.index), since: Day(daysSinceEpoch: Int(since)))
    }

    /// Whether an event tells something the held one does not: a manual record always does; a
    /// reading does with another status (other than `onbekend`, which says nothing of the
    /// execution) or another promised time.
    private static func tellsNews(_ event: PackedEvent, after held: PackedEvent) -> Bool {
        if event.flags & PackedEvent.manual != 0 { return true }
        if event.status != held.status && event.status != .onbekend { return true }
        return event.expectedFrom != .min && (event.expectedFrom, event.expectedTo) != (held.expectedFrom, held.expectedTo)
    }

    /// Every event of the motion, corrected ones included, in history order; up to `cutoff`
    /// when given.
    public func history(of motion: TimelineMotion, upTo cutoff: Cutoff? = nil) -> [TimelineEvent] {
        stores[Int(motion.index)].events.filter { index in
            let event = events[Int(index)]
            return cutoff?.includes(day: event.day, rank: event.rank) ?? true
        }.map { view(event: $0) }
    }

    /// The event's full record, read from the ledger file.
    public func details(of event: TimelineEvent) throws(LedgerError) -> StatusEvent {
        guard case .status(let status) = try record(of: event).entry else {
            throw LedgerError(.damaged, "line \(event.seq) changed while it was read", path: path, line: event.seq)
        }
        return status
    }

    /// The full records of `events`, in their order, read from the ledger file on all cores:
    /// what a report of every motion needs, in a fraction of the time of one
    /// ``details(of:)`` after another. Fails with the first failure in `events`' order.
    public func details(of events: [TimelineEvent]) throws(LedgerError) -> [StatusEvent] {
        // A few events are read faster than a thread starts.
        let parts = events.count < 1000 ? 1 : LedgerParts.cores
        let timeline = self
        let read = LedgerParts.run(parts) { k in
            Result { () throws(LedgerError) in
                try events[events.count * k / parts..<events.count * (k + 1) / parts].map { event throws(LedgerError) in
                    try timeline.details(of: event)
                }
            }
        }
        var details: [StatusEvent] = []
        details.reserveCapacity(events.count)
        for part in read { details += try part.get() }
        return details
    }

    /// The line of the event, read from the ledger file and checked in full.
    public func record(of event: TimelineEvent) throws(LedgerError) -> LedgerRecord {
        guard let file else {
            throw LedgerError(.io, "the event of line \(event.seq) is not in the file yet", path: path, line: event.seq)
        }
        let line = try file.bytes(at: event.offset, count: event.length)
        var scratch: [Member] = []
        let record: LedgerRecord
        do throws(LineFault) {
            record = try line.withUnsafeBytes { bytes in
                Result { () throws(LineFault) in try LedgerRecord.read(line: bytes, members: &scratch) }
            }.get()
        } catch {
            throw line.withUnsafeBytes { error.damage(in: $0, number: event.seq, path: path) }
        }
        guard record.seq == event.seq, case .status = record.entry else {
            throw LedgerError(.damaged, "line \(event.seq) changed while it was read", path: path, line: event.seq)
        }
        return record
    }

    // MARK: Finding motions

    /// The motions a query names: any citation form or canonical ID, a motion's key (or a key
    /// its events give it), or its name
    /// (`motie Paternotte`, `Van der Burg en Piri`; case and diacritics do not matter). Empty
    /// when nothing matches.
    public func motions(matching query: String) -> [TimelineMotion] {
        let ids = MotionQuery(query).ids
        if !ids.isEmpty {
            return ids.compactMap { motion(key: $0.canonical) }
        }
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let byKey = motion(key: trimmed) ?? motion(key: trimmed.lowercased()) { return [byKey] }
        let carrying = motions(carrying: trimmed)
        if !carrying.isEmpty { return carrying }
        let wanted = MotionQuery.nameWords(trimmed)
        guard !wanted.isEmpty else { return [] }
        // Many motions share a name, so each distinct name is matched once.
        var nameMatches: [Int32: Bool] = [:]
        var found: [Int32] = []
        for store in stores.indices.lazy.map({ Int32($0) }) where isLive(store) {
            let matches = stores[Int(store)].names.contains { name in
                if let known = nameMatches[name] { return known }
                let matches = MotionQuery.contains(MotionQuery.nameWords(strings[name]), wanted)
                nameMatches[name] = matches
                return matches
            }
            if matches { found.append(store) }
        }
        return ordered(found).map(view)
    }

    /// The motions in their order: by Kamerstuk ID (`<`), then the motions without one by key.
    private func ordered(_ motions: some Sequence<Int32>) -> [Int32] {
        let motions = Array(motions)
        let keys = motions.map { Timeline.orderKey(id: stores[Int($0)].id, key: strings[stores[Int($0)].key]) }
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


    // MARK: Putting what was read together

    /// Reads one line into the timeline on this thread, as a batch adds it: checks its canonical
    /// syntax, fields and number, and applies it.
    mutating func read(line: UnsafeRawBufferPointer, number: Int, offset: Int) throws(LineFault) {
        var part = TimelinePart(lineBase: number - 1)
        // The part numbers the line's strings in this timeline's own interner, lent to it, so
        // that nothing needs renumbering.
        swap(&part.strings, &strings)
        let read = Result { () throws(LineFault) in try part.read(line: line, number: 1, offset: offset) }
        swap(&part.strings, &strings)
        try read.get()
        apply(&part, numbers: nil)
    }

    /// Applies the parts of a replay in file order: the first part's interner becomes the
    /// timeline's, the others' strings are renumbered into it. Each part is let go once applied.
    mutating func apply(parts: inout [TimelinePart]) {
        for k in parts.indices {
            var part = TimelinePart(lineBase: nil)
            swap(&part, &parts[k])
            if k == 0 {
                swap(&strings, &part.strings)
                apply(&part, numbers: nil)
            } else {
                let numbers = strings.absorb(part.strings)
                apply(&part, numbers: numbers)
            }
        }
    }

    /// Applies what a part read, in order: its documents and aliases, and its events with their
    /// strings renumbered by `numbers` (`nil`: they are numbered in this timeline's interner).
    private mutating func apply(_ part: inout TimelinePart, numbers: [Int32]?) {
        @inline(__always) func renumbered(_ string: Int32) -> Int32 {
            guard let numbers, string >= 0 else { return string }
            return numbers[Int(string)]
        }
        var nextRecord = 0
        var nextKey = 0
        // The part's events become the timeline's in place; a batch's, read one by one once the
        // events are sorted, are put in their places as they come.
        var partEvents: [PackedEvent] = []
        swap(&partEvents, &part.events)
        let first = events.count
        for position in partEvents.indices {
            while nextRecord < part.records.count, part.recordPositions[nextRecord] == position {
                apply(part.records[nextRecord], renumbered)
                nextRecord += 1
            }
            var event = partEvents[position]
            let partKey = event.key
            event.key = renumbered(event.key)
            event.source = renumbered(event.source)
            event.name = renumbered(event.name)
            event.nameKey = renumbered(event.nameKey)
            if event.flags & PackedEvent.manual != 0, event.flags & PackedEvent.corrects != 0,
               let document = documentsByNumber[strings[event.source].lowercased()]?.last(where: {
                   documents[$0].seq < Int(event.seq) && documents[$0].date.daysSinceEpoch == Int(event.day)
               }) {
                event.rank = Int32(documents[document].seq)
            }
            let motion = existingMotion(forKey: event.key)
                ?? newMotion(forKey: event.key, id: event.flags & PackedEvent.hasID != 0 ? part.ids[partKey] : nil)
            event.motion = motion
            let index: Int32
            if isSorted {
                events.append(event)
                index = Int32(events.count - 1)
            } else {
                partEvents[position] = event
                index = Int32(first + position)
            }
            note(event, index, in: motion)
            while nextKey < part.otherKeys.count, part.otherKeys[nextKey].event == position {
                carry(renumbered(part.otherKeys[nextKey].key), by: motion)
                nextKey += 1
            }
        }
        while nextRecord < part.records.count {
            apply(part.records[nextRecord], renumbered)
            nextRecord += 1
        }
        if !isSorted { events.append(contentsOf: partEvents) }
    }

    private mutating func apply(_ record: TimelinePart.Record, _ renumbered: (Int32) -> Int32) {
        switch record {
        case .document(let document):
            documents.append(document)
            documentsByNumber[document.number.lowercased(), default: []].append(documents.count - 1)
            if documentsBySHA[document.sha256] == nil { documentsBySHA[document.sha256] = documents.count - 1 }
        case .alias(let key, let id):
            applyAlias(key: renumbered(key), id: renumbered(id))
        }
    }

    /// What an event tells of its motion: its names and keys, and its corrections. Once the
    /// events are sorted, the event also takes its place in the motion's history.
    private mutating func note(_ event: PackedEvent, _ index: Int32, in motion: Int32) {
        let m = Int(motion)
        // Most events repeat the name and name key of the one before, which is seen without
        // looking through the lists.
        if event.nameKey >= 0, latest[m].nameKey != event.nameKey {
            latest[m].nameKey = event.nameKey
            carry(event.nameKey, by: motion)
        }
        if latest[m].name != event.name {
            latest[m].name = event.name
            if !stores[m].names.contains(event.name) { stores[m].names.append(event.name) }
        }
        let manual = event.flags & PackedEvent.manual != 0
        let corrects = manual && event.flags & PackedEvent.corrects != 0
        let reading = CorrectedReading(source: event.source, day: event.day)
        if corrects, !stores[m].correctedReadings.contains(reading) {
            stores[m].correctedReadings.append(reading)
        }
        guard isSorted else { return }
        insert(index, into: motion)
        if corrects {
            markCorrections(in: motion)
        } else if !manual, stores[m].correctedReadings.contains(reading) {
            events[Int(index)].flags |= PackedEvent.corrected
        }
    }

    /// Notes that events give `motion` the key `key`.
    private mutating func carry(_ key: Int32, by motion: Int32) {
        guard !stores[Int(motion)].keys.contains(key) else { return }
        stores[Int(motion)].keys.append(key)
        carriers[key, default: []].append(motion)
    }

    /// Counts the lines, notes the ledger's size and head, and puts each motion's events in
    /// history order.
    mutating func finish(lines: Int, bytes: Int, lastLine: [UInt8]) {
        head = lines == 0 ? .empty : LedgerHead(count: lines, hash: SHA256.hash(lastLine).hex)
        byteCount = bytes
        if !isSorted {
            sortEvents()
            isSorted = true
        }
    }

    /// Gives each motion its events in history order: by date, then order of reading (a
    /// correction takes its document's place), then line. The events are counted out to their
    /// motions in one pass (a motion joined to another by an alias gives its events to that
    /// one), and a motion's list is sorted only when documents were read out of date order.
    private mutating func sortEvents() {
        let final = stores.indices.map { resolved(Int32($0)) }
        var starts = [Int](repeating: 0, count: stores.count + 1)
        for event in events { starts[Int(final[Int(event.motion)]) + 1] += 1 }
        for m in stores.indices { starts[m + 1] += starts[m] }
        var order = [Int32](repeating: 0, count: events.count)
        var next = starts
        for (index, event) in events.enumerated() {
            let m = Int(final[Int(event.motion)])
            order[next[m]] = Int32(index)
            next[m] += 1
        }
        func place(_ index: Int32) -> (Int32, Int32, Int32) {
            let event = events[Int(index)]
            return (event.day, event.rank, event.seq)
        }
        for m in stores.indices where starts[m] < starts[m + 1] {
            var list = Array(order[starts[m]..<starts[m + 1]])
            if zip(list, list.dropFirst()).contains(where: { place($0.0) > place($0.1) }) {
                list.sort { place($0) < place($1) }
            }
            stores[m].last = place(list.last!)
            stores[m].events = list
        }
        for m in stores.indices where !stores[m].correctedReadings.isEmpty {
            markCorrections(in: Int32(m))
        }
    }

    // MARK: Motions

    /// The motion `store` stands for: itself, or the one an alias joined it to.
    private func resolved(_ store: Int32) -> Int32 {
        var store = store
        while mergedInto[Int(store)] >= 0 { store = mergedInto[Int(store)] }
        return store
    }

    private func storeIndex(of string: Int32) -> Int32? {
        guard Int(string) < motionOfString.count else { return nil }
        let index = motionOfString[Int(string)]
        return index < 0 ? nil : resolved(index)
    }

    private mutating func map(_ string: Int32, to store: Int32) {
        if Int(string) >= motionOfString.count {
            motionOfString += repeatElement(-1, count: max(Int(string) + 1 - motionOfString.count, motionOfString.count))
        }
        motionOfString[Int(string)] = store
    }

    /// The motion that events with key `key` go to, if the ledger knows one: the key's own, or
    /// the one its alias names.
    private mutating func existingMotion(forKey key: Int32) -> Int32? {
        if let index = storeIndex(of: key) { return index }
        guard let id = aliasOf[key], let index = storeIndex(of: id) else { return nil }
        map(key, to: index)
        return index
    }

    /// A new motion for events with key `key`; `id` is the key read as a Kamerstuk ID, when the
    /// event gave it as its ID.
    private mutating func newMotion(forKey key: Int32, id: KamerstukID?) -> Int32 {
        let resolvedKey = aliasOf[key] ?? key
        // An alias's ID was checked when its record was read.
        let kamerstuk = resolvedKey != key ? KamerstukID(canonical: strings[resolvedKey]) : id
        stores.append(MotionStore(key: resolvedKey, id: kamerstuk))
        mergedInto.append(-1)
        latest.append((-1, -1))
        let index = Int32(stores.count - 1)
        map(key, to: index)
        map(resolvedKey, to: index)
        return index
    }

    /// Joins a name key to an ID; the first alias of a key is the one that holds.
    private mutating func applyAlias(key: Int32, id: Int32) {
        guard aliasOf[key] == nil, key != id else { return }
        aliasOf[key] = id
        aliasKeys[id, default: []].append(key)
        switch (storeIndex(of: key), storeIndex(of: id)) {
        case (nil, nil):
            break
        case (nil, let target?):
            map(key, to: target)
        case (let source?, nil):
            stores[Int(source)].key = id
            stores[Int(source)].id = KamerstukID(canonical: strings[id])
            map(id, to: source)
        case (let source?, let target?) where source != target:
            let moved = stores[Int(source)]
            stores[Int(source)].events = []
            stores[Int(source)].last = (.min, .min, .min)
            mergedInto[Int(source)] = target
            // Before the sort, the moved events find their motion through `mergedInto`.
            if isSorted {
                for event in moved.events { insert(event, into: target) }
            }
            for name in moved.names where !stores[Int(target)].names.contains(name) { stores[Int(target)].names.append(name) }
            if latest[Int(target)].nameKey < 0 { latest[Int(target)].nameKey = latest[Int(source)].nameKey }
            for key in moved.keys where !stores[Int(target)].keys.contains(key) { stores[Int(target)].keys.append(key) }
            for reading in moved.correctedReadings where !stores[Int(target)].correctedReadings.contains(reading) {
                stores[Int(target)].correctedReadings.append(reading)
            }
            if isSorted { markCorrections(in: target) }
            map(key, to: target)
        default:
            break
        }
    }

    /// Inserts an event in history order: by date, then order of reading (a correction takes its
    /// document's place), then line. Events mostly arrive in order, so the search starts at the end.
    private mutating func insert(_ event: Int32, into motion: Int32) {
        let new = events[Int(event)]
        let order = (new.day, new.rank, new.seq)
        if stores[Int(motion)].last <= order {
            stores[Int(motion)].events.append(event)
            stores[Int(motion)].last = order
            return
        }
        var position = stores[Int(motion)].events.count
        while position > 0 {
            let other = events[Int(stores[Int(motion)].events[position - 1])]
            if (other.day, other.rank, other.seq) <= order { break }
            position -= 1
        }
        stores[Int(motion)].events.insert(event, at: position)
    }

    /// Marks the parser events of the readings a manual record corrected: those of its source
    /// at its date, so that another reading under the same number keeps its own.
    private mutating func markCorrections(in motion: Int32) {
        let readings = stores[Int(motion)].correctedReadings
        for index in stores[Int(motion)].events where events[Int(index)].flags & PackedEvent.manual == 0
            && readings.contains(CorrectedReading(source: events[Int(index)].source, day: events[Int(index)].day)) {
            events[Int(index)].flags |= PackedEvent.corrected
        }
    }

    // MARK: Views

    private func view(_ index: Int32) -> TimelineMotion {
        let store = stores[Int(index)]
        let nameKey = latest[Int(index)].nameKey
        let latestName = store.events.last.map { events[Int($0)].name } ?? store.names.first ?? store.key
        return TimelineMotion(
            key: strings[store.key], id: store.id, name: strings[latestName], names: store.names.map { strings[$0] },
            nameKey: nameKey < 0 ? nil : strings[nameKey],
            otherKeys: store.keys.filter { $0 != nameKey }.map { strings[$0] },
            aliases: (aliasKeys[store.key] ?? []).map { strings[$0] }, index: index)
    }

    private func view(event index: Int32) -> TimelineEvent {
        let event = events[Int(index)]
        return TimelineEvent(
            seq: Int(event.seq), date: Day(daysSinceEpoch: Int(event.day)), status: event.status,
            source: strings[event.source], key: strings[event.key], name: strings[event.name],
            by: event.flags & PackedEvent.manual != 0 ? .manual : .parser,
            corrects: event.flags & PackedEvent.corrects != 0, isCorrected: event.isCorrected,
            uncertain: event.flags & PackedEvent.uncertain != 0,
            expected: event.expectedFrom == .min
                ? nil : Day(daysSinceEpoch: Int(event.expectedFrom))...Day(daysSinceEpoch: Int(event.expectedTo)),
            offset: event.offset, length: Int(event.length))
    }
}

/// The replay's events in the order of reading: the arrays the parts read, one after another,
/// so that putting the parts together copies no event (a copy would hold the million events
/// twice at once).
private struct EventList: Sequence {
    private var segments: [[PackedEvent]] = []
    /// The index of each segment's first event.
    private var starts: [Int] = []
    private(set) var count = 0

    subscript(index: Int) -> PackedEvent {
        get {
            let segment = self.segment(of: index)
            return segments[segment][index - starts[segment]]
        }
        set {
            let segment = self.segment(of: index)
            segments[segment][index - starts[segment]] = newValue
        }
    }

    /// The segment holding `index`: the last that starts at or before it (there are as many
    /// as cores, and one for a batch's own events).
    @inline(__always)
    private func segment(of index: Int) -> Int {
        var segment = starts.count - 1
        while starts[segment] > index { segment -= 1 }
        return segment
    }

    mutating func append(contentsOf events: [PackedEvent]) {
        guard !events.isEmpty else { return }
        segments.append(events)
        starts.append(count)
        count += events.count
    }

    mutating func append(_ event: PackedEvent) {
        if segments.isEmpty {
            append(contentsOf: [event])
        } else {
            segments[segments.count - 1].append(event)
            count += 1
        }
    }

    func makeIterator() -> FlattenSequence<[[PackedEvent]]>.Iterator {
        segments.joined().makeIterator()
    }
}

/// A status event packed into 56 bytes, so that a million of them fit in memory with room to
/// spare. Its strings are numbers of an interner: a part's while it is read, then the timeline's.
struct PackedEvent: Sendable {
    static let manual: UInt8 = 1
    static let corrects: UInt8 = 2
    static let uncertain: UInt8 = 4
    static let corrected: UInt8 = 8
    /// The event gave its key as its `id`.
    static let hasID: UInt8 = 16

    var offset: Int
    var seq: Int32
    var rank: Int32
    /// Days since 1970-01-01.
    var day: Int32
    var expectedFrom: Int32
    var expectedTo: Int32
    var key: Int32
    var source: Int32
    var name: Int32
    /// -1 when the event gives none.
    var nameKey: Int32
    /// The motion it was given to as it was applied (-1 before).
    var motion: Int32
    var length: Int32
    var status: MotionStatus
    var flags: UInt8

    var isCorrected: Bool { flags & PackedEvent.corrected != 0 }
}

/// A reading a manual record corrected: its source (a document number) and its date.
private struct CorrectedReading: Hashable {
    var source: Int32
    var day: Int32
}

/// One motion during the replay.
private struct MotionStore {
    var key: Int32
    var id: KamerstukID?
    /// Indices into the events, in history order (empty until the events are sorted).
    var events: [Int32] = []
    /// The (day, rank, seq) of the last event in `events`, so that an event in order is appended
    /// without looking at the others.
    var last: (Int32, Int32, Int32) = (.min, .min, .min)
    var names: [Int32] = []
    /// Every key events give the motion, name keys and other keys, in order of first appearance.
    var keys: [Int32] = []
    /// The readings (source and date) whose parser events a manual record corrected.
    var correctedReadings: [CorrectedReading] = []

    init(key: Int32, id: KamerstukID?) {
        self.key = key
        self.id = id
    }
}

/// A query for motions, read once: the Kamerstuk IDs it cites, if any.
struct MotionQuery {
    let ids: [KamerstukID]

    init(_ text: String) {
        var seen: [KamerstukID] = []
        for match in CitationScanner.scan(text, mode: .citation) {
            if let id = match.id, !seen.contains(id) { seen.append(id) }
        }
        ids = seen
    }

    /// The words of a name or query, folded for matching; a leading `motie`, `de motie` and
    /// `van het lid` / `van de leden` are dropped, as people say them but names do not hold them.
    static func nameWords(_ text: String) -> [String] {
        var words = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let leading: [[String]] = [["de"], ["gewijzigde"], ["motie"], ["moties"], ["van", "het", "lid"], ["van", "de", "leden"]]
        var dropped = true
        while dropped {
            dropped = false
            for prefix in leading where words.starts(with: prefix) && words.count > prefix.count {
                words.removeFirst(prefix.count)
                dropped = true
            }
        }
        return words
    }

    /// Whether `words` holds `wanted` as a run of whole words.
    static func contains(_ words: [String], _ wanted: [String]) -> Bool {
        guard wanted.count <= words.count else { return false }
        return (0...(words.count - wanted.count)).contains { start in
            words[start..<start + wanted.count].elementsEqual(wanted)
        }
    }
}
