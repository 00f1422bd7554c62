import Glibc
import Kamerstuk

/// One stretch of the ledger's lines, read on a thread of its own: every line framed, and every
/// line the replay decodes checked for its canonical syntax, its fields and its number, with
/// what the timeline needs of it kept and its strings numbered by the part's own interner.
/// ``Replay/apply(parts:)`` puts the parts together in file order.
///
/// What a line needs of the lines before it (the motion its key names after aliases, the
/// document a correction names) is left to the replay; what a line says on its own is all
/// checked here, so that putting the parts together cannot fail.
struct TimelinePart: Sendable {
    /// A document, alias, facts, void, confirm or findings record.
    enum Record: Sendable {
        case document(LedgerDocument)
        /// An alias record, or the join a facts record's `replaces` makes, with its line, the
        /// source that proposed it (a document's number, for an alias) and its date.
        case alias(key: Int32, id: Int32, seq: Int, source: Int32, date: Day?)
        /// A facts record, with its line.
        case facts(SourcedFacts, seq: Int)
        /// A void or confirm record, with its own line.
        case void(VoidRecord, seq: Int)
        case confirm(ConfirmRecord, seq: Int)
        case findings(FindingsRecord)
        case found(FoundRecord)
    }

    var strings = Interner()
    var events: [PackedEvent] = []
    /// The document and alias records, in order.
    var records: [Record] = []
    /// For each record, the number of the part's events read before it.
    var recordPositions: [Int] = []
    /// The other keys of events, with the event's index in ``events``, in order.
    var otherKeys: [(event: Int, key: Int32)] = []
    /// Each string that was an event's `id`, read as a Kamerstuk ID.
    var ids: [Int32: KamerstukID] = [:]
    /// Whether a string is in ``ids``, by its number: the question every event asks.
    private var isID: [Bool] = []
    /// The number of the ID checked last.
    private var lastID: Int32 = -1
    var progress: PartProgress
    /// The words of each event, when the replay keeps them (``EventText``).
    var texts: EventTexts?
    private var members: [Member] = []
    /// The last source read: consecutive events mostly share it, so it is looked up once.
    private var lastSource: (bytes: [UInt8], index: Int32) = ([], -1)

    /// A part whose first line follows line `lineBase`, or whose first decoded line is to say
    /// where it stands (`nil`).
    init(lineBase: Int?) {
        progress = PartProgress(lineBase: lineBase)
    }

    /// Reads the lines `range` of the file (the first part when it starts at 0). With
    /// `needles`, a status line is decoded only when it holds one of them; every document and
    /// alias record is decoded, every line framed. With `keepingTexts`, the words of every
    /// event are kept too. A fault ends the part; it is kept, not thrown.
    static func read(_ reader: LineReader, _ range: Range<Int>, needles: [[UInt8]]?, keepingTexts: Bool) -> TimelinePart {
        var part = TimelinePart(lineBase: range.lowerBound == 0 ? 0 : nil)
        if keepingTexts { part.texts = EventTexts(lineBytes: range.count) }
        do {
            let outcome = try reader.forEachLine(in: range) { line, number, offset throws(LedgerError) in
                if let needles, !TimelinePart.isWanted(line, needles) { return }
                do throws(LineFault) {
                    try part.read(line: line, number: number, offset: offset)
                } catch {
                    throw error.damage(in: line, number: number, path: reader.path)
                }
            }
            part.progress.outcome = outcome
        } catch {
            part.progress.error = error
        }
        return part
    }

    /// Reads the part's line `number` (counted within the part), at `offset` in the file:
    /// checks it by the schema, as every reader does, and keeps what the timeline needs.
    mutating func read(line: UnsafeRawBufferPointer, number: Int, offset: Int) throws(LineFault) {
        try LineScanner.scan(line, into: &members)
        var fields = try LineFields(line: line, members: members)
        try fields.check(ids: &self)
        let seq = try progress.number(line: number, seq: fields.seq(), at: fields.offset(.seq), in: line)
        switch fields.type {
        case .status: try readStatus(RecordFields(fields), seq: seq, offset: offset)
        case .document: try readDocument(RecordFields(fields), seq: seq)
        case .alias: try readAlias(RecordFields(fields), seq: seq)
        case .facts: addFacts(try FactsRecord(RecordFields(fields)), seq: seq)
        case .void: appendRecord(.void(try VoidRecord(RecordFields(fields)), seq: seq))
        case .confirm: appendRecord(.confirm(try ConfirmRecord(RecordFields(fields)), seq: seq))
        case .findings: appendRecord(.findings(try FindingsRecord(RecordFields(fields))))
        case .found: appendRecord(.found(try FoundRecord(RecordFields(fields))))
        }
    }

    private mutating func readStatus(_ fields: RecordFields<StatusEvent.Field>, seq: Int, offset: Int) throws(LineFault) {
        // An ID was interned when it was checked, and the motion's key is its ID.
        let hasID = !fields.isNull(.id)
        let key = hasID ? lastID : strings.intern(try fields.contents(.motion))
        let day = Int32(fields.dayNumber(.date))
        let status = fields.status(.status)
        let sourceBytes = try fields.contents(.source)
        let source: Int32
        if lastSource.index >= 0, lastSource.bytes.count == sourceBytes.count,
           lastSource.bytes.withUnsafeBytes({ sameBytes($0.baseAddress!, sourceBytes.baseAddress, sourceBytes.count) }) {
            source = lastSource.index
        } else {
            source = strings.intern(sourceBytes)
            lastSource = (Array(sourceBytes), source)
        }
        let name = strings.intern(try fields.contents(.name))
        let nameKey = fields.isNull(.nameKey) ? -1 : strings.intern(try fields.contents(.nameKey))
        let manual = fields.origin(.by) == .manual
        let corrects = fields.bool(.corrects)
        let uncertain = fields.bool(.uncertain)
        let expected = fields.promisedDays(.expected)
        var keys: [Int32] = []
        try fields.forEachString(.otherKeys) { keys.append(strings.intern($0)) }
        appendEvent(PackedEvent(
            offset: offset, seq: Int32(seq), rank: Int32(seq), day: day,
            expectedFrom: expected.map { Int32($0.from) } ?? .min, expectedTo: expected.map { Int32($0.to) } ?? .min, key: key, source: source, name: name,
            nameKey: nameKey, motion: -1, length: Int32(fields.line.line.count), status: status,
            flags: PackedEvent.flags(manual: manual, corrects: corrects, uncertain: uncertain, hasID: hasID)),
            otherKeys: keys)
        texts?.append(fields)
    }

    private mutating func appendEvent(_ event: PackedEvent, otherKeys keys: [Int32]) {
        events.append(event)
        for key in keys { otherKeys.append((events.count - 1, key)) }
    }

    private mutating func appendRecord(_ record: Record) {
        records.append(record)
        recordPositions.append(events.count)
    }

    /// Adds a record a batch appends, at `offset` in the file, from its values, as reading its
    /// line would.
    mutating func add(_ record: LedgerRecord, offset: Int) {
        switch record.entry {
        case .status(let event):
            let key = strings.intern(event.motion)
            if let id = event.id { ids[key] = id }
            let expected = event.expected.map { (Int32($0.from.daysSinceEpoch), Int32($0.to.daysSinceEpoch)) }
            appendEvent(PackedEvent(
                offset: offset, seq: Int32(record.seq), rank: Int32(record.seq), day: Int32(event.date.daysSinceEpoch),
                expectedFrom: expected?.0 ?? .min, expectedTo: expected?.1 ?? .min, key: key, source: strings.intern(event.source),
                name: strings.intern(event.name), nameKey: event.nameKey.map { strings.intern($0) } ?? -1, motion: -1,
                length: Int32(record.line.count), status: event.status,
                flags: PackedEvent.flags(manual: event.by == .manual, corrects: event.corrects, uncertain: event.uncertain,
                                         hasID: event.id != nil)),
                otherKeys: event.otherKeys.map { strings.intern($0) })
        case .document(let document):
            appendRecord(.document(LedgerDocument(
                number: document.number, date: document.date, debate: document.debate, debateDate: document.debateDate,
                sha256: document.sha256, seq: record.seq, motionsJSON: document.value(of: .motions).encoded(canonical: true))))
        case .alias(let alias):
            appendRecord(.alias(key: strings.intern(alias.key), id: strings.intern(alias.id.canonical), seq: record.seq,
                                source: strings.intern(alias.source), date: alias.date))
        case .facts(let facts):
            addFacts(facts, seq: record.seq)
        case .void(let void):
            appendRecord(.void(void, seq: record.seq))
        case .confirm(let confirm):
            appendRecord(.confirm(confirm, seq: record.seq))
        case .findings(let findings):
            appendRecord(.findings(findings))
        case .found(let found):
            appendRecord(.found(found))
        }
    }

    private mutating func readDocument(_ fields: RecordFields<DocumentRecord.Field>, seq: Int) throws(LineFault) {
        appendRecord(.document(LedgerDocument(
            number: try fields.string(.document), date: fields.day(.date), debate: try fields.optionalString(.debate),
            debateDate: fields.optionalDay(.debateDate), sha256: try fields.string(.sha256), seq: seq,
            motionsJSON: Array(fields.raw(.motions)))))
    }

    /// Facts are kept whole; a changed motion's facts join its original to it, as an alias does.
    private mutating func addFacts(_ record: FactsRecord, seq: Int) {
        appendRecord(.facts(SourcedFacts(record.facts, source: record.source), seq: seq))
        if let id = record.facts.id, let replaced = record.facts.replaces, replaced != id {
            appendRecord(.alias(key: strings.intern(replaced.canonical), id: strings.intern(id.canonical), seq: seq,
                                source: strings.intern(record.source.reference), date: record.source.date))
        }
    }

    private mutating func readAlias(_ fields: RecordFields<AliasRecord.Field>, seq: Int) throws(LineFault) {
        // The ID is canonical, so its bytes are its text.
        appendRecord(.alias(key: strings.intern(try fields.contents(.key)), id: strings.intern(try fields.contents(.id)), seq: seq,
                            source: strings.intern(try fields.contents(.source)), date: fields.day(.date)))
    }

    /// Whether a filtered replay decodes `line`: any record but a status event, or a line
    /// holding one of the needles.
    static func isWanted(_ line: UnsafeRawBufferPointer, _ needles: [[UInt8]]) -> Bool {
        if RecordType.of(line: line) != .status { return true }
        for needle in needles where needle.withUnsafeBytes({ contains(line, $0) }) {
            return true
        }
        return false
    }

    /// Whether `needle` (a quoted key, at least three bytes) occurs in `line`. `memchr` finds
    /// the key's first letter, far rarer than the quote before it; `memcmp` checks the rest.
    private static func contains(_ line: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard let base = line.baseAddress, line.count >= needle.count else { return false }
        let end = base + line.count
        var from = base + 1
        while from < end, let hit = memchr(from, Int32(needle[1]), end - from) {
            let start = UnsafeRawPointer(hit) - 1
            if start + needle.count <= end, memcmp(start, needle.baseAddress!, needle.count) == 0 { return true }
            from = UnsafeRawPointer(hit) + 1
        }
        return false
    }
}

/// Reading the ledger file into a timeline: a pass's parts at once, a batch's records as they
/// are added, and an event's full record when a report asks for it.
extension Timeline {
    /// Adds a record a batch appends, at `offset` in the file, from its values: what reading
    /// its line would keep.
    mutating func append(_ record: LedgerRecord, offset: Int) {
        var part = TimelinePart(lineBase: record.seq - 1)
        // The part numbers the record's strings in the replay's own interner, lent to it, so
        // that nothing needs renumbering.
        swap(&part.strings, &replay.strings)
        part.add(record, offset: offset)
        swap(&part.strings, &replay.strings)
        replay.apply(&part, numbers: nil)
    }

    /// Applies the parts of a pass over the file, in file order.
    mutating func apply(parts: inout [TimelinePart]) {
        replay.apply(parts: &parts)
    }

    /// Counts the lines, notes the ledger's size and head, and puts each motion's events in
    /// history order.
    mutating func finish(lines: Int, bytes: Int, lastLine: [UInt8]) {
        head = lines == 0 ? .empty : LedgerHead(count: lines, hash: SHA256.hash(lastLine).hex)
        byteCount = bytes
        replay.sortEvents()
    }

    /// The event's full record, read from the ledger file.
    package func details(of event: TimelineEvent) throws(LedgerError) -> StatusEvent {
        guard case .status(let status) = try record(of: event).entry else {
            throw LedgerError(.damaged, "line \(event.seq) changed while it was read", path: path, line: event.seq)
        }
        return status
    }

    /// The full records of `events`, in their order, read from the ledger file on all cores:
    /// what a report of every motion needs, in a fraction of the time of one
    /// ``details(of:)`` after another. Fails with the first failure in `events`' order.
    package func details(of events: [TimelineEvent]) throws(LedgerError) -> [StatusEvent] {
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

    /// Every event of the motion, corrected ones included, in history order, each with its
    /// words: those the replay kept (``Ledger/timeline(wait:keepingTexts:)``), else those its
    /// line holds, read from the ledger file and checked as the replay checks a line.
    func readings(of motion: TimelineMotion) throws(LedgerError) -> [(event: TimelineEvent, text: EventText)] {
        try replay.history(of: motion.index, upTo: nil).map { index throws(LedgerError) in
            let event = view(event: index)
            if let kept = replay.text(of: index) { return (event, kept) }
            return (event, try text(readingLineOf: event))
        }
    }

    /// The words of the event, from its line in the ledger file.
    private func text(readingLineOf event: TimelineEvent) throws(LedgerError) -> EventText {
        guard let file else {
            throw LedgerError(.io, "the event of line \(event.seq) is not in the file yet", path: path, line: event.seq)
        }
        let line = try file.bytes(at: event.offset, count: event.length)
        var members: [Member] = []
        let text: EventText?
        do throws(LineFault) {
            text = try line.withUnsafeBytes { bytes in
                Result { () throws(LineFault) -> EventText? in
                    try LineScanner.scan(bytes, into: &members)
                    var fields = try LineFields(line: bytes, members: members)
                    var ids = KamerstukIDRule()
                    try fields.check(ids: &ids)
                    guard fields.seq() == event.seq, fields.type == .status else { return nil }
                    var values: [UInt8] = []
                    let ends = EventText.append(RecordFields(fields), to: &values)
                    return EventText(bytes: values[...], ends: ends)
                }
            }.get()
        } catch {
            throw line.withUnsafeBytes { error.damage(in: $0, number: event.seq, path: path) }
        }
        guard let text else {
            throw LedgerError(.damaged, "line \(event.seq) changed while it was read", path: path, line: event.seq)
        }
        return text
    }

    /// The line of the event, read from the ledger file and checked in full.
    package func record(of event: TimelineEvent) throws(LedgerError) -> LedgerRecord {
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
}

extension Ledger {
    /// The whole ledger replayed, as ``timeline(wait:keepingTexts:)`` gives it, but an absent
    /// ledger fails (``LedgerError/Kind/missing``) rather than reading as empty: a report of a
    /// mistyped path would be an empty table that looks like the truth.
    package func existingTimeline(wait: Double = 10, keepingTexts: Bool = false) throws(LedgerError) -> Timeline {
        let timeline = try timeline(wait: wait, keepingTexts: keepingTexts)
        guard timeline.file != nil else {
            throw LedgerError(.missing, "no ledger here (nothing to report on); give its path with --ledger PATH", path: path)
        }
        return timeline
    }
}

/// A part checks each ID once per distinct string, by its number in the part's interner; the
/// timeline needs it parsed only for a motion's first event.
extension TimelinePart: KamerstukIDCheck {
    mutating func canonicalID(_ contents: UnsafeRawBufferPointer) -> CheckedID? {
        let string = strings.intern(contents)
        lastID = string
        if Int(string) < isID.count, isID[Int(string)] { return .known }
        guard let id = KamerstukIDRule.id(contents) else { return nil }
        ids[string] = id
        if Int(string) >= isID.count { isID += repeatElement(false, count: max(Int(string) + 1 - isID.count, isID.count)) }
        isID[Int(string)] = true
        return .parsed(id)
    }
}
