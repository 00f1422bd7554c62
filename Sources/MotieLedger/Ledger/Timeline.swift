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
/// of a document's reading on its day.
public struct Cutoff: Hashable, Sendable, CustomStringConvertible {
    public let date: Day
    /// Among events of `date`, those up to this place in the order of reading count.
    let rank: Int32
    /// What the cutoff was given as, for people: `2026-01-28`, `2026D03887 (2026-01-28)`.
    public let description: String

    /// Everything dated up to and including `day`.
    public static func endOf(_ day: Day) -> Cutoff {
        Cutoff(date: day, rank: .max, description: day.iso)
    }

    init(date: Day, rank: Int32, description: String) {
        self.date = date
        self.rank = rank
        self.description = description
    }

    func includes(day: Int32, rank: Int32) -> Bool {
        let cutoffDay = Int32(date.daysSinceEpoch)
        return day < cutoffDay || (day == cutoffDay && rank <= self.rank)
    }
}

/// A document as the ledger records it.
public struct LedgerDocument: Hashable, Sendable {
    public let number: String
    public let date: Day
    public let debate: String?
    public let debateDate: Day?
    public let sha256: String
    /// The keys of the motions it mentions, in document order.
    public let motions: [String]
    /// The line of its record, which closes its reading.
    public let seq: Int
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
    /// Name keys joined to this motion's ID by alias records.
    public let aliases: [String]
    let index: Int32
}

/// A motion's status at a cutoff: its latest effective event, and since when the status holds.
public struct MotionState: Hashable, Sendable {
    public let motion: TimelineMotion
    public let event: TimelineEvent
    /// The date of the first event of the unbroken run of this status that ends in `event`.
    public let since: Day
}

/// The ledger replayed: its documents, each motion's events in date order with aliases and
/// corrections applied, and the head. Built in one streaming pass by ``Ledger/timeline(wait:)``;
/// the reports read statuses from it with ``snapshot(at:)``, ``history(of:upTo:)`` and
/// ``details(of:)``.
///
/// Status at a cutoff is the latest effective event up to it, by (date, order of reading);
/// a manual record that corrects a document takes that document's place in the order.
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
    private var events: [PackedEvent] = []
    private var stores: [MotionStore] = []
    private var motionOfString: [Int32] = []
    private var aliasOf: [Int32: Int32] = [:]
    private var aliasKeys: [Int32: [Int32]] = [:]
    private var documentsByNumber: [String: [Int]] = [:]
    private var documentsBySHA: [String: Int] = [:]
    private var members: [Member] = []
    /// The last source read: consecutive events mostly share it, so it is looked up once.
    private var lastSource: (bytes: [UInt8], index: Int32) = ([], -1)
    let file: LedgerFile?

    init(path: String, isComplete: Bool, file: LedgerFile?) {
        self.path = path
        self.isComplete = isComplete
        self.file = file
    }

    // MARK: Queries

    /// Every motion, ordered by Kamerstuk ID, then the motions without one by key.
    public var motions: [TimelineMotion] {
        stores.indices.filter { stores[$0].mergedInto < 0 && !stores[$0].events.isEmpty }
            .map { view(Int32($0)) }
            .sorted(by: Timeline.motionOrder)
    }

    /// The motion a key names (its ID, its name key, or an alias of it), if any.
    public func motion(key: String) -> TimelineMotion? {
        guard let string = strings.find(key), let index = storeIndex(of: string) else { return nil }
        return view(index)
    }

    /// The keys that alias records join to `key`: its ID, and every key joined to that ID.
    func joinedKeys(_ key: String) -> [String] {
        guard let string = strings.find(key) else { return [] }
        let id = aliasOf[string] ?? string
        return [strings[id]] + (aliasKeys[id] ?? []).map { strings[$0] }
    }

    /// The document read with these bytes, if any.
    public func document(sha256: String) -> LedgerDocument? {
        documentsBySHA[sha256].map { documents[$0] }
    }

    /// The latest document recorded under `number` (any case), if any.
    public func document(number: String) -> LedgerDocument? {
        documentsByNumber[number.lowercased()]?.last.map { documents[$0] }
    }

    /// Each motion's status at `cutoff` (now, without one); motions without an effective event
    /// by then are left out.
    public func snapshot(at cutoff: Cutoff? = nil) -> [MotionState] {
        motions.compactMap { state(of: $0, at: cutoff) }
    }

    /// The motion's status at `cutoff` (now, without one).
    public func state(of motion: TimelineMotion, at cutoff: Cutoff? = nil) -> MotionState? {
        let order = stores[Int(motion.index)].events
        var latest: Int?
        for position in order.indices.reversed() {
            let event = events[Int(order[position])]
            guard !event.isCorrected else { continue }
            if cutoff?.includes(day: event.day, rank: event.rank) ?? true {
                latest = position
                break
            }
        }
        guard let latest else { return nil }
        let current = events[Int(order[latest])]
        var since = current.day
        for position in order[..<latest].indices.reversed() {
            let event = events[Int(order[position])]
            guard !event.isCorrected else { continue }
            guard event.status == current.status else { break }
            since = event.day
        }
        return MotionState(motion: motion, event: view(event: order[latest]), since: Day(daysSinceEpoch: Int(since)))
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
            throw LedgerError(.damaged, error.message, path: path, line: event.seq,
                              column: line.withUnsafeBytes { columnOf(offset: error.offset, in: $0) })
        }
        guard record.seq == event.seq, case .status = record.entry else {
            throw LedgerError(.damaged, "line \(event.seq) changed while it was read", path: path, line: event.seq)
        }
        return record
    }

    // MARK: Finding motions

    /// The motions a query names: any citation form or canonical ID, a motion's key, or its name
    /// (`motie Paternotte`, `Van der Burg en Piri`; case and diacritics do not matter). Empty
    /// when nothing matches.
    public func motions(matching query: String) -> [TimelineMotion] {
        let ids = MotionQuery(query).ids
        if !ids.isEmpty {
            return ids.compactMap { motion(key: $0.canonical) }
        }
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let byKey = motion(key: trimmed) ?? motion(key: trimmed.lowercased()) { return [byKey] }
        let wanted = MotionQuery.nameWords(trimmed)
        guard !wanted.isEmpty else { return [] }
        return motions.filter { motion in
            motion.names.contains { MotionQuery.contains(MotionQuery.nameWords($0), wanted) }
        }
    }

    // MARK: Cutoffs

    /// The cutoff `text` names: a document number (its date, up to the end of its reading), a
    /// date `YYYY-MM-DD` (the end of that day), or a debate label (after the latest document that
    /// answers the debate; any case, spaces and hyphens ignored, part of a label will do when it
    /// names one debate). Fails with `noMatch` when it names none of these.
    public func cutoff(for text: String) throws(LedgerError) -> Cutoff {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let document = document(number: trimmed) {
            return Cutoff(date: document.date, rank: Int32(document.seq), description: "\(document.number) (\(document.date.iso))")
        }
        if let day = Day(iso: trimmed) { return .endOf(day) }
        let wanted = Timeline.labelForm(trimmed)
        let labelled = documents.filter { $0.debate != nil }
        var matches = labelled.filter { Timeline.labelForm($0.debate!) == wanted }
        if matches.isEmpty, !wanted.isEmpty {
            matches = labelled.filter { document in
                let form = Timeline.labelForm(document.debate!)
                return form.contains(wanted) || (form + (document.debateDate.map { Timeline.labelForm($0.iso) } ?? "")).contains(wanted)
            }
        }
        let debates = matches.map { $0.debate! }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if debates.count > 1 {
            throw LedgerError(.rejected, "'\(trimmed)' names several debates: \(debates.joined(separator: "; ")); give more of the label",
                              path: path)
        }
        guard let latest = matches.max(by: { ($0.date, $0.seq) < ($1.date, $1.seq) }) else {
            throw LedgerError(.noMatch, "'\(trimmed)' matched nothing: it is not a date (YYYY-MM-DD), nor a document or a debate in the ledger",
                              path: path)
        }
        return Cutoff(date: latest.date, rank: Int32(latest.seq),
                      description: "\(latest.debate!) (after \(latest.number), \(latest.date.iso))")
    }

    /// A label without case, diacritics, or anything but letters and digits.
    static func labelForm(_ text: String) -> String {
        String(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    private static func motionOrder(_ a: TimelineMotion, _ b: TimelineMotion) -> Bool {
        switch (a.id, b.id) {
        case let (left?, right?): left < right
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): a.key < b.key
        }
    }

    // MARK: Reading lines

    /// Reads one line into the timeline: checks its canonical syntax, fields and number, and
    /// applies it.
    mutating func read(line: UnsafeRawBufferPointer, number: Int, offset: Int) throws(LineFault) {
        try LineScanner.scan(line, into: &members)
        let fields = try LineFields(line: line, members: members)
        switch fields.type {
        case .status: try readStatus(fields, number: number, offset: offset, length: line.count)
        case .document: try readDocument(fields, number: number)
        case .alias: try readAlias(fields, number: number)
        }
    }

    /// Counts a line that was not decoded (a filtered read), and notes the ledger's size and head.
    mutating func finish(lines: Int, bytes: Int, lastLine: [UInt8]) {
        head = lines == 0 ? .empty : LedgerHead(count: lines, hash: SHA256.hash(lastLine).hex)
        byteCount = bytes
    }

    private func checkNumber(_ fields: LineFields, index: Int, number: Int) throws(LineFault) {
        let seq = try fields.integer(index)
        guard seq == number else {
            throw LineFault("\"seq\" is \(seq) on line \(number): a line was removed, added or moved", at: fields.offset(index))
        }
    }

    private mutating func readStatus(_ fields: LineFields, number: Int, offset: Int, length: Int) throws(LineFault) {
        typealias F = StatusField
        try checkNumber(fields, index: F.seq.rawValue, number: number)
        try LedgerShape.check(fields, StatusField.shapes)
        let motionBytes = try fields.stringBytes(F.motion.rawValue)
        guard motionBytes.count > 0 else { throw LineFault("\"motion\" must not be empty", at: fields.offset(F.motion.rawValue)) }
        var hasID = false
        if !fields.isNull(F.id.rawValue) {
            guard try fields.stringBytes(F.id.rawValue).elementsEqual(motionBytes) else {
                throw LineFault("\"motion\" must be the motion's ID when \"id\" is given", at: fields.offset(F.motion.rawValue))
            }
            hasID = true
        }
        let key = strings.intern(motionBytes)
        let day = Int32(try fields.day(F.date.rawValue).daysSinceEpoch)
        let status = try fields.status(F.status.rawValue)
        let sourceBytes = try fields.stringBytes(F.source.rawValue)
        guard sourceBytes.count > 0 else { throw LineFault("\"source\" must not be empty", at: fields.offset(F.source.rawValue)) }
        let source: Int32
        if lastSource.index >= 0, lastSource.bytes.elementsEqual(sourceBytes) {
            source = lastSource.index
        } else {
            source = strings.intern(sourceBytes)
            lastSource = (Array(sourceBytes), source)
        }
        let name = strings.intern(try fields.stringBytes(F.name.rawValue))
        let nameKeyBytes = fields.isNull(F.nameKey.rawValue) ? nil : try fields.stringBytes(F.nameKey.rawValue)
        let manual = try fields.origin(F.by.rawValue) == .manual
        let corrects = try fields.bool(F.corrects.rawValue)
        let uncertain = try fields.bool(F.uncertain.rawValue)
        let expected = try Timeline.expectedDays(fields, F.expected.rawValue)
        var rank = Int32(number)
        if manual && corrects, let document = documentsByNumber[strings[source].lowercased()]?.last(where: { documents[$0].seq < number }) {
            rank = Int32(documents[document].seq)
        }
        var flags: UInt8 = 0
        if manual { flags |= PackedEvent.manual }
        if corrects { flags |= PackedEvent.corrects }
        if uncertain { flags |= PackedEvent.uncertain }
        let event = PackedEvent(
            offset: offset, seq: Int32(number), rank: rank, day: day, expectedFrom: expected?.0 ?? .min,
            expectedTo: expected?.1 ?? .min, key: key, source: source, name: name, length: Int32(length),
            status: status, flags: flags)
        let motion = try motionIndex(forKey: key, hasID: hasID, fields: fields)
        events.append(event)
        let eventIndex = Int32(events.count - 1)
        insert(eventIndex, into: motion)
        if let nameKeyBytes, !stores[Int(motion)].nameKeyBytes.elementsEqual(nameKeyBytes) {
            stores[Int(motion)].nameKey = strings.intern(nameKeyBytes)
            stores[Int(motion)].nameKeyBytes = Array(nameKeyBytes)
        }
        if !stores[Int(motion)].names.contains(name) { stores[Int(motion)].names.append(name) }
        if manual && corrects {
            if !stores[Int(motion)].correctedSources.contains(source) { stores[Int(motion)].correctedSources.append(source) }
            markCorrections(in: motion)
        } else if !manual && stores[Int(motion)].correctedSources.contains(source) {
            events[Int(eventIndex)].flags |= PackedEvent.corrected
        }
    }

    /// `expected` as two day numbers, read from its canonical bytes
    /// `{"from":"YYYY-MM-DD","text":"…","to":"YYYY-MM-DD"}`; anything else goes to the strict reader.
    private static func expectedDays(_ fields: LineFields, _ index: Int) throws(LineFault) -> (Int32, Int32)? {
        if fields.isNull(index) { return nil }
        let raw = fields.raw(index)
        let prefix = "{\"from\":\"".utf8, middle = "\",\"text\":\"".utf8, suffix = "\",\"to\":\"".utf8
        if raw.count >= 49, raw.prefix(9).elementsEqual(prefix), raw[19..<29].elementsEqual(middle),
           raw[(raw.count - 20)..<(raw.count - 12)].elementsEqual(suffix), raw.last == UInt8(ascii: "}"),
           raw[raw.count - 2] == UInt8(ascii: "\""),
           let from = LineFields.day(UnsafeRawBufferPointer(rebasing: raw[9..<19])),
           let to = LineFields.day(UnsafeRawBufferPointer(rebasing: raw[(raw.count - 12)..<(raw.count - 2)])), from <= to {
            return (Int32(from.daysSinceEpoch), Int32(to.daysSinceEpoch))
        }
        guard let expected = try fields.expected(index) else { return nil }
        return (Int32(expected.from.daysSinceEpoch), Int32(expected.to.daysSinceEpoch))
    }

    private mutating func readDocument(_ fields: LineFields, number: Int) throws(LineFault) {
        typealias F = DocumentField
        try checkNumber(fields, index: F.seq.rawValue, number: number)
        try LedgerShape.check(fields, DocumentField.shapes)
        let document = LedgerDocument(
            number: try fields.text(F.document.rawValue), date: try fields.day(F.date.rawValue),
            debate: try fields.optionalString(F.debate.rawValue), debateDate: try fields.optionalDay(F.debateDate.rawValue),
            sha256: try fields.digest(F.sha256.rawValue), motions: try fields.strings(F.motions.rawValue), seq: number)
        documents.append(document)
        documentsByNumber[document.number.lowercased(), default: []].append(documents.count - 1)
        if documentsBySHA[document.sha256] == nil { documentsBySHA[document.sha256] = documents.count - 1 }
    }

    private mutating func readAlias(_ fields: LineFields, number: Int) throws(LineFault) {
        typealias F = AliasField
        try checkNumber(fields, index: F.seq.rawValue, number: number)
        try LedgerShape.check(fields, AliasField.shapes)
        _ = try fields.day(F.date.rawValue)
        _ = try fields.text(F.source.rawValue)
        let id = try fields.kamerstukID(F.id.rawValue)
        let key = strings.intern(try fields.stringBytes(F.key.rawValue))
        guard !strings[key].isEmpty else { throw LineFault("\"key\" must not be empty", at: fields.offset(F.key.rawValue)) }
        applyAlias(key: key, id: strings.intern(id.canonical))
    }

    // MARK: Motions

    private func storeIndex(of string: Int32) -> Int32? {
        guard Int(string) < motionOfString.count else { return nil }
        let index = motionOfString[Int(string)]
        return index < 0 ? nil : index
    }

    private mutating func map(_ string: Int32, to store: Int32) {
        if Int(string) >= motionOfString.count {
            motionOfString += repeatElement(-1, count: max(Int(string) + 1 - motionOfString.count, motionOfString.count))
        }
        motionOfString[Int(string)] = store
    }

    private mutating func motionIndex(forKey key: Int32, hasID: Bool, fields: LineFields) throws(LineFault) -> Int32 {
        if let index = storeIndex(of: key) { return index }
        let resolved = aliasOf[key] ?? key
        if let index = storeIndex(of: resolved) {
            map(key, to: index)
            return index
        }
        var id: KamerstukID?
        if hasID || resolved != key {
            guard let parsed = KamerstukID(canonical: strings[resolved]), parsed.canonical == strings[resolved] else {
                throw LineFault("\"id\" must be a canonical Kamerstuk ID such as kst-21501-02-3236",
                                at: fields.offset(StatusField.id.rawValue))
            }
            id = parsed
        }
        stores.append(MotionStore(key: resolved, id: id))
        let index = Int32(stores.count - 1)
        map(key, to: index)
        map(resolved, to: index)
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
            stores[Int(source)].mergedInto = target
            for event in moved.events { insert(event, into: target) }
            for name in moved.names where !stores[Int(target)].names.contains(name) { stores[Int(target)].names.append(name) }
            if stores[Int(target)].nameKey < 0 {
                stores[Int(target)].nameKey = moved.nameKey
                stores[Int(target)].nameKeyBytes = moved.nameKeyBytes
            }
            for source in moved.correctedSources where !stores[Int(target)].correctedSources.contains(source) {
                stores[Int(target)].correctedSources.append(source)
            }
            markCorrections(in: target)
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
            if (other.day, other.rank, other.seq) <= (new.day, new.rank, new.seq) { break }
            position -= 1
        }
        stores[Int(motion)].events.insert(event, at: position)
        if position == stores[Int(motion)].events.count - 1 { stores[Int(motion)].last = order }
    }

    private mutating func markCorrections(in motion: Int32) {
        let sources = stores[Int(motion)].correctedSources
        for index in stores[Int(motion)].events where events[Int(index)].flags & PackedEvent.manual == 0
            && sources.contains(events[Int(index)].source) {
            events[Int(index)].flags |= PackedEvent.corrected
        }
    }

    // MARK: Views

    private func view(_ index: Int32) -> TimelineMotion {
        let store = stores[Int(index)]
        let latestName = store.events.last.map { events[Int($0)].name } ?? store.names.first ?? store.key
        return TimelineMotion(
            key: strings[store.key], id: store.id, name: strings[latestName], names: store.names.map { strings[$0] },
            nameKey: store.nameKey < 0 ? nil : strings[store.nameKey],
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

/// A status event packed into 48 bytes, so that a million of them fit in memory with room to spare.
private struct PackedEvent {
    static let manual: UInt8 = 1
    static let corrects: UInt8 = 2
    static let uncertain: UInt8 = 4
    static let corrected: UInt8 = 8

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
    var length: Int32
    var status: MotionStatus
    var flags: UInt8

    var isCorrected: Bool { flags & PackedEvent.corrected != 0 }
}

/// One motion during the replay.
private struct MotionStore {
    var key: Int32
    var id: KamerstukID?
    /// Indices into the events, in history order.
    var events: [Int32] = []
    /// The (day, rank, seq) of the last event in `events`, so that an event in order is appended
    /// without looking at the others.
    var last: (Int32, Int32, Int32) = (.min, .min, .min)
    var names: [Int32] = []
    var nameKey: Int32 = -1
    /// `nameKey`'s escaped bytes, to see without a lookup that an event repeats it.
    var nameKeyBytes: [UInt8] = []
    /// Sources whose parser events a manual record corrected.
    var correctedSources: [Int32] = []
    /// The motion this one was joined to by an alias.
    var mergedInto: Int32 = -1

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
