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
    /// A document or alias record.
    enum Record: Sendable {
        case document(LedgerDocument)
        case alias(key: Int32, id: Int32)
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
    var progress: PartProgress
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
    /// alias record is decoded, every line framed. A fault ends the part; it is kept, not thrown.
    static func read(_ reader: LineReader, _ range: Range<Int>, needles: [[UInt8]]?) -> TimelinePart {
        var part = TimelinePart(lineBase: range.lowerBound == 0 ? 0 : nil)
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

    /// Reads the part's line `number` (counted within the part), at `offset` in the file.
    mutating func read(line: UnsafeRawBufferPointer, number: Int, offset: Int) throws(LineFault) {
        try LineScanner.scan(line, into: &members)
        let fields = try LineFields(line: line, members: members)
        switch fields.type {
        case .status: try readStatus(fields, number: number, offset: offset)
        case .document: try readDocument(fields, number: number)
        case .alias: try readAlias(fields, number: number)
        }
    }

    /// The line's number in the file, checked against its `seq`.
    private mutating func seq(_ fields: LineFields, _ index: Int, number: Int) throws(LineFault) -> Int {
        try progress.number(line: number, seq: try fields.integer(index), at: fields.offset(index), in: fields.line)
    }

    private mutating func readStatus(_ fields: LineFields, number: Int, offset: Int) throws(LineFault) {
        typealias F = StatusField
        let seq = try seq(fields, F.seq.rawValue, number: number)
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
        if lastSource.index >= 0, lastSource.bytes.count == sourceBytes.count,
           lastSource.bytes.withUnsafeBytes({ sameBytes($0.baseAddress!, sourceBytes.baseAddress, sourceBytes.count) }) {
            source = lastSource.index
        } else {
            source = strings.intern(sourceBytes)
            lastSource = (Array(sourceBytes), source)
        }
        let name = strings.intern(try fields.stringBytes(F.name.rawValue))
        let nameKey = fields.isNull(F.nameKey.rawValue) ? -1 : strings.intern(try fields.stringBytes(F.nameKey.rawValue))
        let manual = try fields.origin(F.by.rawValue) == .manual
        let corrects = try fields.bool(F.corrects.rawValue)
        let uncertain = try fields.bool(F.uncertain.rawValue)
        let expected = try TimelinePart.expectedDays(fields, F.expected.rawValue)
        var keys: [Int32] = []
        try fields.forEachString(F.otherKeys.rawValue) { keys.append(strings.intern($0)) }
        // Every ID is checked, once per distinct string; the timeline needs it parsed only for
        // a motion's first event.
        if hasID, Int(key) >= isID.count || !isID[Int(key)] {
            guard let id = KamerstukID(canonical: strings[key]), id.canonical == strings[key] else {
                throw LineFault("\"id\" must be a canonical Kamerstuk ID such as kst-21501-02-3236",
                                at: fields.offset(F.id.rawValue))
            }
            ids[key] = id
            if Int(key) >= isID.count { isID += repeatElement(false, count: max(Int(key) + 1 - isID.count, isID.count)) }
            isID[Int(key)] = true
        }
        var flags: UInt8 = 0
        if manual { flags |= PackedEvent.manual }
        if corrects { flags |= PackedEvent.corrects }
        if uncertain { flags |= PackedEvent.uncertain }
        if hasID { flags |= PackedEvent.hasID }
        events.append(PackedEvent(
            offset: offset, seq: Int32(seq), rank: Int32(seq), day: day, expectedFrom: expected?.0 ?? .min,
            expectedTo: expected?.1 ?? .min, key: key, source: source, name: name, nameKey: nameKey, motion: -1,
            length: Int32(fields.line.count), status: status, flags: flags))
        for key in keys { otherKeys.append((events.count - 1, key)) }
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
        let seq = try seq(fields, F.seq.rawValue, number: number)
        try LedgerShape.check(fields, DocumentField.shapes)
        let number = try fields.text(F.document.rawValue)
        let date = try fields.day(F.date.rawValue)
        let debate = try fields.optionalString(F.debate.rawValue)
        let debateDate = try fields.optionalDay(F.debateDate.rawValue)
        let sha256 = try fields.digest(F.sha256.rawValue)
        let motions = fields.raw(F.motions.rawValue)
        try fields.forEachString(F.motions.rawValue) { _ in }
        records.append(.document(LedgerDocument(
            number: number, date: date, debate: debate, debateDate: debateDate, sha256: sha256, seq: seq,
            motionsJSON: Array(motions))))
        recordPositions.append(events.count)
    }

    private mutating func readAlias(_ fields: LineFields, number: Int) throws(LineFault) {
        typealias F = AliasField
        _ = try seq(fields, F.seq.rawValue, number: number)
        try LedgerShape.check(fields, AliasField.shapes)
        _ = try fields.day(F.date.rawValue)
        _ = try fields.text(F.source.rawValue)
        _ = try fields.kamerstukID(F.id.rawValue)
        let key = try fields.stringBytes(F.key.rawValue)
        guard key.count > 0 else { throw LineFault("\"key\" must not be empty", at: fields.offset(F.key.rawValue)) }
        // The ID is canonical, so its bytes are its text.
        records.append(.alias(key: strings.intern(key), id: strings.intern(try fields.stringBytes(F.id.rawValue))))
        recordPositions.append(events.count)
    }

    private static let documentEnding = Array(",\"type\":\"document\",\"v\":1}".utf8)
    private static let aliasEnding = Array(",\"type\":\"alias\",\"v\":1}".utf8)

    /// Whether a filtered replay decodes `line`: a document or alias record (known by the end
    /// the canonical form gives them), or a line holding one of the needles.
    static func isWanted(_ line: UnsafeRawBufferPointer, _ needles: [[UInt8]]) -> Bool {
        if line.count >= documentEnding.count, line.suffix(documentEnding.count).elementsEqual(documentEnding) { return true }
        if line.count >= aliasEnding.count, line.suffix(aliasEnding.count).elementsEqual(aliasEnding) { return true }
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

/// Reading the ledger file into a timeline: a batch's lines one at a time, a pass's parts at
/// once, and an event's full record when a report asks for it.
extension Timeline {
    /// Reads one line into the timeline on this thread, as a batch adds it: checks its canonical
    /// syntax, fields and number, and applies it.
    mutating func read(line: UnsafeRawBufferPointer, number: Int, offset: Int) throws(LineFault) {
        var part = TimelinePart(lineBase: number - 1)
        // The part numbers the line's strings in the replay's own interner, lent to it, so
        // that nothing needs renumbering.
        swap(&part.strings, &replay.strings)
        let read = Result { () throws(LineFault) in try part.read(line: line, number: 1, offset: offset) }
        swap(&part.strings, &replay.strings)
        try read.get()
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
}

extension Ledger {
    /// The whole ledger replayed, as ``timeline(wait:)`` gives it, but an absent ledger fails
    /// (``LedgerError/Kind/missing``) rather than reading as empty: a report of a mistyped path
    /// would be an empty table that looks like the truth.
    public func existingTimeline(wait: Double = 10) throws(LedgerError) -> Timeline {
        let timeline = try timeline(wait: wait)
        guard timeline.file != nil else {
            throw LedgerError(.missing, "no ledger here (nothing to report on); give its path with --ledger PATH", path: path)
        }
        return timeline
    }
}
