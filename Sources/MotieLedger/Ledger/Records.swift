import Glibc
import Kamerstuk

/// A moment in UTC to the second, written `2026-01-28T12:00:00Z`: when a record was written.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int

    public init(secondsSinceEpoch: Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// Parses exactly the form ``iso`` writes; `nil` for anything else.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z"),
              let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              let time = clockTime(bytes[11..<19])
        else { return nil }
        secondsSinceEpoch = day.daysSinceEpoch * 86_400 + time
    }

    /// The day of the moment, in UTC.
    public var day: Day { Day(daysSinceEpoch: Int((Double(secondsSinceEpoch) / 86_400).rounded(.down))) }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var iso: String {
        let seconds = secondsSinceEpoch - day.daysSinceEpoch * 86_400
        return "\(day.iso)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    public var description: String { iso }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
}

/// `HH:MM:SS` as seconds of the day; `nil` unless well-formed.
private func clockTime(_ bytes: ArraySlice<UInt8>) -> Int? {
    let b = Array(bytes)
    guard b.count == 8, b[2] == UInt8(ascii: ":"), b[5] == UInt8(ascii: ":") else { return nil }
    func number(_ at: Int) -> Int? {
        guard b[at] &- 0x30 < 10, b[at + 1] &- 0x30 < 10 else { return nil }
        return Int(b[at] - 0x30) * 10 + Int(b[at + 1] - 0x30)
    }
    guard let h = number(0), let m = number(3), let s = number(6), h < 24, m < 60, s < 60 else { return nil }
    return h * 3600 + m * 60 + s
}

private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// The clock as the ledger sees it: the moment written into records, and the day that counts
/// as today for a manual record without `--date`.
public struct Now: Hashable, Sendable {
    public let timestamp: Timestamp
    public let today: Day

    public init(timestamp: Timestamp, today: Day) {
        self.timestamp = timestamp
        self.today = today
    }

    /// The system clock; today is the local calendar day, as a clerk would name it.
    public static func system() -> Now {
        var seconds = time(nil)
        var local = tm()
        localtime_r(&seconds, &local)
        let today = Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        return Now(timestamp: Timestamp(secondsSinceEpoch: Int(seconds)), today: today ?? Timestamp(secondsSinceEpoch: Int(seconds)).day)
    }

    /// A fixed clock from an ISO 8601 text, as `MOTIELEDGER_NOW` gives it: a date
    /// (`2026-01-28`, midnight UTC) or a date-time (`2026-01-28T12:00`, `2026-01-28T12:00:00Z`,
    /// `2026-01-28T13:00:00.5+01:00`; without a zone, UTC). Today is the date as written.
    /// `nil` when the text is none of these.
    public init?(iso8601 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        var seconds = day.daysSinceEpoch * 86_400
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " ") else { return nil }
            var rest = Array(bytes[11...])
            var offset = 0
            if let last = rest.last, last == UInt8(ascii: "Z") || last == UInt8(ascii: "z") {
                rest.removeLast()
            } else if let sign = rest.lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
                let zone = Array(rest[(sign + 1)...]).filter { $0 != UInt8(ascii: ":") }
                guard zone.count == 4, zone.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
                let hours = Int(zone[0] - 0x30) * 10 + Int(zone[1] - 0x30)
                let minutes = Int(zone[2] - 0x30) * 10 + Int(zone[3] - 0x30)
                guard hours < 24, minutes < 60 else { return nil }
                offset = (hours * 3600 + minutes * 60) * (rest[sign] == UInt8(ascii: "+") ? 1 : -1)
                rest.removeSubrange(sign...)
            }
            if let dot = rest.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
                guard dot + 1 < rest.count, rest[(dot + 1)...].allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
                rest.removeSubrange(dot...)
            }
            if rest.count == 5 { rest += Array(":00".utf8) }
            guard let time = clockTime(rest[...]) else { return nil }
            seconds += time - offset
        }
        self.init(timestamp: Timestamp(secondsSinceEpoch: seconds), today: day)
    }
}

/// Who made a status event: the document reader, or a person with `record`.
public enum EventOrigin: String, Hashable, Sendable {
    case parser
    case manual
}

/// A status event: what one source says about one motion, dated by that source.
public struct StatusEvent: Hashable, Sendable {
    /// The motion's key as the source gave it: its canonical ID, or its name key.
    public var motion: String
    public var id: KamerstukID?
    /// The key from the submitters' names; `nil` only in a manual record for a motion the ledger
    /// did not know.
    public var nameKey: String?
    /// Further keys the source's mentions give the motion (`motie-inzake-radio-dabanga` for a
    /// `motie Dobbe`), so that a motion read later under one of them, without an ID, is known
    /// as this one. Empty in a manual record.
    public var otherKeys: [String]
    public var name: String
    public var status: MotionStatus
    /// The source's date: the event's place in the history.
    public var date: Day
    /// The document number, or a manual record's source text.
    public var source: String
    /// The label of the debate the source answers.
    public var debate: String?
    public var answers: [AnswerReference]
    /// The sentence that shows the status; `nil` in a manual record.
    public var evidence: String?
    public var evidenceLine: Int?
    public var expected: ExpectedTime?
    public var uncertain: Bool
    public var by: EventOrigin
    /// The person who made a manual record.
    public var who: String?
    public var note: String?
    /// Whether this manual record corrects what was read from its source, a document in the ledger.
    public var corrects: Bool

    public init(motion: String, id: KamerstukID?, nameKey: String?, otherKeys: [String] = [], name: String, status: MotionStatus,
                date: Day, source: String, debate: String?, answers: [AnswerReference], evidence: String?, evidenceLine: Int?,
                expected: ExpectedTime?, uncertain: Bool, by: EventOrigin, who: String?, note: String?, corrects: Bool) {
        self.motion = motion
        self.id = id
        self.nameKey = nameKey
        self.otherKeys = otherKeys
        self.name = name
        self.status = status
        self.date = date
        self.source = source
        self.debate = debate
        self.answers = answers
        self.evidence = evidence
        self.evidenceLine = evidenceLine
        self.expected = expected
        self.uncertain = uncertain
        self.by = by
        self.who = who
        self.note = note
        self.corrects = corrects
    }
}

/// The record of one document read: it closes the document's reading in the ledger.
public struct DocumentRecord: Hashable, Sendable {
    /// The document number, such as `2026D03887`.
    public var number: String
    public var date: Day
    public var debate: String?
    public var debateDate: Day?
    /// SHA-256 of the document's bytes, lowercase hex.
    public var sha256: String
    /// The keys of every motion the document mentions, in document order.
    public var motions: [String]

    public init(number: String, date: Day, debate: String?, debateDate: Day?, sha256: String, motions: [String]) {
        self.number = number
        self.date = date
        self.debate = debate
        self.debateDate = debateDate
        self.sha256 = sha256
        self.motions = motions
    }
}

/// The record that a name key and a Kamerstuk ID are one motion from now on (DOMAIN.md §3).
public struct AliasRecord: Hashable, Sendable {
    public var key: String
    public var id: KamerstukID
    /// The document whose reading joined them: the one that gave the ID, or one that read the
    /// motion by its key after a document with the ID.
    public var source: String
    public var date: Day

    public init(key: String, id: KamerstukID, source: String, date: Day) {
        self.key = key
        self.id = id
        self.source = source
        self.date = date
    }
}

/// What a ledger line says, before it is numbered, dated and chained.
public enum LedgerEntry: Hashable, Sendable {
    case document(DocumentRecord)
    case status(StatusEvent)
    case alias(AliasRecord)

    /// The record's `type`.
    public var type: String {
        switch self {
        case .document: "document"
        case .status: "status"
        case .alias: "alias"
        }
    }
}

/// One ledger line: an entry with its number, the moment it was written and its two hashes.
public struct LedgerRecord: Hashable, Sendable {
    /// The schema version this code writes and reads.
    public static let version: Int64 = 1
    /// `prev` of the first line: 64 zeros.
    public static let zeroHash = String(repeating: "0", count: 64)

    /// The 1-based line number.
    public let seq: Int
    public let recorded: Timestamp
    /// SHA-256 of the previous line's bytes.
    public let prev: String
    /// SHA-256 of this record's canonical encoding without `hash`.
    public let hash: String
    public let entry: LedgerEntry
    /// The line's canonical bytes, without the line break.
    public let line: [UInt8]

    /// Numbers, dates and chains `entry`, and encodes it.
    public init(_ entry: LedgerEntry, seq: Int, recorded: Timestamp, prev: String) {
        var members = LedgerRecord.members(of: entry)
        members += [
            ("v", .int(LedgerRecord.version)), ("seq", .int(Int64(seq))), ("type", .string(entry.type)),
            ("recorded", .string(recorded.iso)), ("prev", .string(prev)),
        ]
        let hash = SHA256.hash(JSONValue.object(members).encoded(canonical: true)).hex
        members.append(("hash", .string(hash)))
        self.seq = seq
        self.recorded = recorded
        self.prev = prev
        self.hash = hash
        self.entry = entry
        self.line = JSONValue.object(members).encoded(canonical: true)
    }

    fileprivate init(seq: Int, recorded: Timestamp, prev: String, hash: String, entry: LedgerEntry, line: [UInt8]) {
        self.seq = seq
        self.recorded = recorded
        self.prev = prev
        self.hash = hash
        self.entry = entry
        self.line = line
    }

    /// SHA-256 of the line's bytes: what the next line's `prev` holds.
    public var lineHash: String { SHA256.hash(line).hex }

    private static func members(of entry: LedgerEntry) -> [(String, JSONValue)] {
        switch entry {
        case .document(let d):
            return [
                ("document", .string(d.number)), ("date", .string(d.date.iso)), ("debate", optional(d.debate)),
                ("debateDate", optional(d.debateDate?.iso)), ("sha256", .string(d.sha256)),
                ("motions", .array(d.motions.map { .string($0) })),
            ]
        case .status(let e):
            return [
                ("motion", .string(e.motion)), ("id", optional(e.id?.canonical)), ("nameKey", optional(e.nameKey)),
                ("name", .string(e.name)), ("status", .string(e.status.rawValue)), ("date", .string(e.date.iso)),
                ("source", .string(e.source)), ("debate", optional(e.debate)),
                ("answers", .array(e.answers.map(answerJSON))),
                ("evidence", optional(e.evidence)), ("evidenceLine", e.evidenceLine.map { .int(Int64($0)) } ?? .null),
                ("expected", e.expected.map(expectedJSON) ?? .null), ("uncertain", .bool(e.uncertain)),
                ("by", .string(e.by.rawValue)), ("who", optional(e.who)), ("note", optional(e.note)),
                ("corrects", .bool(e.corrects)), ("otherKeys", .array(e.otherKeys.map { .string($0) })),
            ]
        case .alias(let a):
            return [
                ("key", .string(a.key)), ("id", .string(a.id.canonical)), ("source", .string(a.source)),
                ("date", .string(a.date.iso)),
            ]
        }
    }
}

/// `{"askers":[…],"index":3,"label":"3","party":"D66"}`.
func answerJSON(_ answer: AnswerReference) -> JSONValue {
    .object([
        ("index", .int(Int64(answer.index))), ("label", optional(answer.label)),
        ("askers", .array(answer.askers.map { .string($0) })), ("party", optional(answer.party)),
    ])
}

/// `{"from":"2026-10-01","text":"…","to":"2026-12-31"}`.
func expectedJSON(_ expected: ExpectedTime) -> JSONValue {
    .object([("from", .string(expected.from.iso)), ("to", .string(expected.to.iso)), ("text", .string(expected.text))])
}

func optional(_ text: String?) -> JSONValue {
    text.map { .string($0) } ?? .null
}

// MARK: - Reading a line

/// The fields of each record type, in canonical (byte) order; the raw values index a line's
/// members once its keys are known to be exactly these.
enum StatusField: Int, CaseIterable {
    case answers, by, corrects, date, debate, evidence, evidenceLine, expected, hash, id, motion, name, nameKey
    case note, otherKeys, prev, recorded, seq, source, status, type, uncertain, v, who
}

enum DocumentField: Int, CaseIterable {
    case date, debate, debateDate, document, hash, motions, prev, recorded, seq, sha256, type, v
}

enum AliasField: Int, CaseIterable {
    case date, hash, id, key, prev, recorded, seq, source, type, v
}

/// The three record types, by their `type`.
enum RecordType: Sendable {
    case document, status, alias

    /// The record's keys in canonical order.
    var keys: [[UInt8]] {
        switch self {
        case .document: RecordType.documentKeys
        case .status: RecordType.statusKeys
        case .alias: RecordType.aliasKeys
        }
    }

    /// The index of `seq` among the record's fields.
    var seqField: Int {
        switch self {
        case .status: StatusField.seq.rawValue
        case .document: DocumentField.seq.rawValue
        case .alias: AliasField.seq.rawValue
        }
    }

    /// The index of `prev`.
    var prevField: Int {
        switch self {
        case .status: StatusField.prev.rawValue
        case .document: DocumentField.prev.rawValue
        case .alias: AliasField.prev.rawValue
        }
    }

    /// The index of `hash`.
    var hashField: Int {
        switch self {
        case .status: StatusField.hash.rawValue
        case .document: DocumentField.hash.rawValue
        case .alias: AliasField.hash.rawValue
        }
    }

    private static let statusKeys = StatusField.allCases.map { Array("\($0)".utf8) }
    private static let documentKeys = DocumentField.allCases.map { Array("\($0)".utf8) }
    private static let aliasKeys = AliasField.allCases.map { Array("\($0)".utf8) }
}

/// Typed access to the fields of one scanned line. Every accessor checks the value's type and
/// form and reports a fault at the value.
struct LineFields {
    /// The line, without its line break.
    let line: UnsafeRawBufferPointer
    let base: UnsafePointer<UInt8>
    let members: [Member]
    let type: RecordType

    /// Checks the version and the fields of the scanned `line`.
    init(line: UnsafeRawBufferPointer, members: [Member]) throws(LineFault) {
        self.line = line
        base = line.baseAddress!.assumingMemoryBound(to: UInt8.self)
        self.members = members
        let base = self.base
        // Both are among the last keys in canonical order, so they are looked for from the end.
        guard let version = members.last(where: { LineFields.keyIs($0, "v", base) }) else {
            throw LineFault("missing field \"v\" (the schema version)", at: line.count - 1)
        }
        let versionBytes = UnsafeRawBufferPointer(start: base + version.value.lowerBound, count: version.value.count)
        guard bytesEqual(versionBytes, "1") else {
            throw LineFault("unknown schema version \(String(decoding: versionBytes, as: UTF8.self)): this motieledger reads version 1",
                            at: version.value.lowerBound)
        }
        guard let typeMember = members.last(where: { LineFields.keyIs($0, "type", base) }) else {
            throw LineFault("missing field \"type\"", at: line.count - 1)
        }
        let typeBytes = UnsafeRawBufferPointer(start: base + typeMember.value.lowerBound, count: typeMember.value.count)
        if bytesEqual(typeBytes, "\"status\"") {
            type = .status
        } else if bytesEqual(typeBytes, "\"document\"") {
            type = .document
        } else if bytesEqual(typeBytes, "\"alias\"") {
            type = .alias
        } else {
            throw LineFault("unknown record type \(String(decoding: typeBytes, as: UTF8.self)): expected \"document\", \"status\" or \"alias\"",
                            at: typeMember.value.lowerBound)
        }
        try checkKeys(lineLength: line.count)
    }

    private static func keyIs(_ member: Member, _ name: StaticString, _ base: UnsafePointer<UInt8>) -> Bool {
        member.key.count == name.utf8CodeUnitCount && sameBytes(base + member.key.lowerBound, name.utf8Start, member.key.count)
    }

    /// The keys must be exactly the type's; both lists are sorted, so a merge finds the first
    /// missing or unexpected one.
    private func checkKeys(lineLength: Int) throws(LineFault) {
        let expected = type.keys
        if members.count == expected.count {
            var same = true
            for (member, key) in zip(members, expected) where !key.withUnsafeBytes({ keyEquals(member, $0) }) {
                same = false
                break
            }
            if same { return }
        }
        var i = 0, j = 0
        while i < members.count || j < expected.count {
            if j == expected.count {
                throw LineFault("unexpected field \(keyText(members[i])) in a \(type) record", at: members[i].key.lowerBound - 1)
            }
            if i == members.count {
                throw LineFault("missing field \"\(String(decoding: expected[j], as: UTF8.self))\" in a \(type) record", at: lineLength - 1)
            }
            let order = expected[j].withUnsafeBytes { compareKey(members[i], $0) }
            if order == 0 {
                i += 1
                j += 1
            } else if order < 0 {
                throw LineFault("unexpected field \(keyText(members[i])) in a \(type) record", at: members[i].key.lowerBound - 1)
            } else {
                throw LineFault("missing field \"\(String(decoding: expected[j], as: UTF8.self))\" in a \(type) record",
                                at: members[i].key.lowerBound - 1)
            }
        }
    }

    private func keyEquals(_ member: Member, _ key: UnsafeRawBufferPointer) -> Bool {
        member.key.count == key.count && sameBytes(base + member.key.lowerBound, key.baseAddress, key.count)
    }

    private func compareKey(_ member: Member, _ key: UnsafeRawBufferPointer) -> Int {
        let order = memcmp(base + member.key.lowerBound, key.baseAddress!, min(member.key.count, key.count))
        if order != 0 { return Int(order) }
        return member.key.count - key.count
    }

    private func keyText(_ member: Member) -> String {
        "\"" + String(decoding: UnsafeBufferPointer(start: base + member.key.lowerBound, count: member.key.count), as: UTF8.self) + "\""
    }

    // MARK: Values

    func raw(_ index: Int) -> UnsafeRawBufferPointer {
        let range = members[index].value
        return UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    func offset(_ index: Int) -> Int { members[index].value.lowerBound }

    private func name(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + members[index].key.lowerBound, count: members[index].key.count), as: UTF8.self)
    }

    func isNull(_ index: Int) -> Bool { bytesEqual(raw(index), "null") }

    /// The contents of a string value, still escaped, without quotes.
    func stringBytes(_ index: Int) throws(LineFault) -> UnsafeRawBufferPointer {
        let value = raw(index)
        guard value.first == UInt8(ascii: "\"") else { throw LineFault("\"\(name(index))\" must be a string", at: offset(index)) }
        // Indices, not dropFirst().dropLast(): the optimizer does not always inline those generics,
        // and every string of every line read passes here.
        return UnsafeRawBufferPointer(rebasing: value[(value.startIndex + 1)..<(value.endIndex - 1)])
    }

    func string(_ index: Int) throws(LineFault) -> String {
        unescaped(try stringBytes(index))
    }

    /// A string that must hold something.
    func text(_ index: Int) throws(LineFault) -> String {
        let value = try string(index)
        guard !value.isEmpty else { throw LineFault("\"\(name(index))\" must not be empty", at: offset(index)) }
        return value
    }

    func optionalString(_ index: Int) throws(LineFault) -> String? {
        if isNull(index) { return nil }
        guard raw(index).first == UInt8(ascii: "\"") else {
            throw LineFault("\"\(name(index))\" must be a string or null", at: offset(index))
        }
        return try string(index)
    }

    func day(_ index: Int) throws(LineFault) -> Day {
        guard let day = LineFields.day(try stringBytes(index)) else {
            throw LineFault("\"\(name(index))\" must be a date YYYY-MM-DD", at: offset(index))
        }
        return day
    }

    func optionalDay(_ index: Int) throws(LineFault) -> Day? {
        if isNull(index) { return nil }
        return try day(index)
    }

    /// A day from the ten bytes `YYYY-MM-DD`.
    static func day(_ bytes: UnsafeRawBufferPointer) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] &- 0x30 < 10 else { return nil }
                value = value * 10 + Int(bytes[i] &- 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    func integer(_ index: Int) throws(LineFault) -> Int {
        let value = raw(index)
        var result = 0
        var negative = false
        for (i, byte) in value.enumerated() {
            if i == 0 && byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard byte &- 0x30 < 10 else { throw LineFault("\"\(name(index))\" must be an integer", at: offset(index)) }
            let (times, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(byte &- 0x30))
            guard !overflow1, !overflow2 else { throw LineFault("\"\(name(index))\" is out of range", at: offset(index)) }
            result = sum
        }
        return negative ? -result : result
    }

    func bool(_ index: Int) throws(LineFault) -> Bool {
        let value = raw(index)
        if bytesEqual(value, "true") { return true }
        if bytesEqual(value, "false") { return false }
        throw LineFault("\"\(name(index))\" must be true or false", at: offset(index))
    }

    func status(_ index: Int) throws(LineFault) -> MotionStatus {
        let bytes = try stringBytes(index)
        for (status, raw) in LineFields.statusBytes where bytes.count == raw.count && bytes.elementsEqual(raw) {
            return status
        }
        throw LineFault("unknown status \"\(String(decoding: bytes, as: UTF8.self))\"", at: offset(index))
    }

    private static let statusBytes = MotionStatus.allCases.map { ($0, Array($0.rawValue.utf8)) }

    func origin(_ index: Int) throws(LineFault) -> EventOrigin {
        let bytes = try stringBytes(index)
        if bytesEqual(bytes, "parser") { return .parser }
        if bytesEqual(bytes, "manual") { return .manual }
        throw LineFault("\"by\" must be \"parser\" or \"manual\"", at: offset(index))
    }

    func digest(_ index: Int) throws(LineFault) -> String {
        let bytes = try stringBytes(index)
        guard bytes.count == 64, bytes.allSatisfy({ $0 &- 0x30 < 10 || $0 &- 0x61 < 6 }) else {
            throw LineFault("\"\(name(index))\" must be a SHA-256 in 64 lowercase hexadecimal digits", at: offset(index))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the field holds `hex` (64 lowercase hexadecimal digits), compared as bytes.
    func holds(_ index: Int, hex: String) -> Bool {
        var hex = hex
        let value = raw(index)
        return hex.withUTF8 { digits in
            value.count == digits.count + 2 && sameBytes(value.baseAddress! + 1, digits.baseAddress, digits.count)
        }
    }

    func timestamp(_ index: Int) throws(LineFault) -> Timestamp {
        guard let moment = Timestamp(iso: try string(index)) else {
            throw LineFault("\"\(name(index))\" must be a UTC time YYYY-MM-DDTHH:MM:SSZ", at: offset(index))
        }
        return moment
    }

    func kamerstukID(_ index: Int) throws(LineFault) -> KamerstukID {
        let text = try string(index)
        guard let id = KamerstukID(canonical: text), id.canonical == text else {
            throw LineFault("\"\(name(index))\" must be a canonical Kamerstuk ID such as kst-21501-02-3236", at: offset(index))
        }
        return id
    }

    func optionalKamerstukID(_ index: Int) throws(LineFault) -> KamerstukID? {
        if isNull(index) { return nil }
        return try kamerstukID(index)
    }

    /// A nested value, parsed by the strict JSON parser.
    func json(_ index: Int) throws(LineFault) -> JSONValue {
        do {
            return try JSONParser.parse(raw(index))
        } catch {
            throw LineFault(error.message, at: offset(index) + error.offset)
        }
    }

    func expected(_ index: Int) throws(LineFault) -> ExpectedTime? {
        if isNull(index) { return nil }
        let value = try json(index)
        guard let members = value.objectValue, members.count == 3,
              let from = value["from"]?.stringValue.flatMap({ Day(iso: $0) }),
              let to = value["to"]?.stringValue.flatMap({ Day(iso: $0) }),
              let text = value["text"]?.stringValue, from <= to
        else {
            throw LineFault("\"expected\" must be null or {\"from\": date, \"text\": string, \"to\": date} with from ≤ to", at: offset(index))
        }
        return ExpectedTime(from: from, to: to, text: text)
    }

    func answers(_ index: Int) throws(LineFault) -> [AnswerReference] {
        let fault = LineFault("\"answers\" must be an array of {\"askers\": [string], \"index\": integer, \"label\": string or null, \"party\": string or null}",
                              at: offset(index))
        guard let elements = try json(index).arrayValue else { throw fault }
        var answers: [AnswerReference] = []
        for element in elements {
            guard let members = element.objectValue, members.count == 4,
                  let index = element["index"]?.intValue, let askers = element["askers"]?.arrayValue,
                  let label = element["label"], label.isNull || label.stringValue != nil,
                  let party = element["party"], party.isNull || party.stringValue != nil
            else { throw fault }
            let names = askers.compactMap(\.stringValue)
            guard names.count == askers.count else { throw fault }
            answers.append(AnswerReference(index: Int(index), label: label.stringValue, askers: names, party: party.stringValue))
        }
        return answers
    }

    func strings(_ index: Int) throws(LineFault) -> [String] {
        var strings: [String] = []
        try forEachString(index) { strings.append(unescaped($0)) }
        return strings
    }

    /// Calls `body` with the contents of each element of an array of strings, still escaped,
    /// in order; fails unless the value is an array of strings.
    func forEachString(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws(LineFault) {
        guard LineFields.forEachString(inArray: raw(index), body) else {
            throw LineFault("\"\(name(index))\" must be an array of strings", at: offset(index))
        }
    }

    /// Calls `body` with the contents of each element of `array`, still escaped, in order, and
    /// tells whether it is an array of strings. `array` is a value of a checked line, so an
    /// element ends at the first quote that no backslash escapes, and a comma or the closing
    /// bracket follows it.
    static func forEachString(inArray array: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard array.first == UInt8(ascii: "[") else { return false }
        var position = 1
        while position < array.count - 1 {
            guard array[position] == UInt8(ascii: "\"") else { return false }
            let start = position + 1
            var end = start
            while array[end] != UInt8(ascii: "\"") { end += array[end] == UInt8(ascii: "\\") ? 2 : 1 }
            body(UnsafeRawBufferPointer(rebasing: array[start..<end]))
            position = end + 2
        }
        return true
    }

    // MARK: Whole records

    /// Reads every field; `verify` and the details of a shown event use this.
    func record(line: UnsafeRawBufferPointer) throws(LineFault) -> LedgerRecord {
        let seq: Int, recorded: Timestamp, prev: String, hash: String, entry: LedgerEntry
        switch type {
        case .status:
            typealias F = StatusField
            try LedgerShape.check(self, StatusField.shapes)
            seq = try integer(F.seq.rawValue)
            recorded = try timestamp(F.recorded.rawValue)
            prev = try digest(F.prev.rawValue)
            hash = try digest(F.hash.rawValue)
            let id = try optionalKamerstukID(F.id.rawValue)
            let motion = try text(F.motion.rawValue)
            if let id, motion != id.canonical {
                throw LineFault("\"motion\" must be the motion's ID \(id.canonical) when \"id\" is given", at: offset(F.motion.rawValue))
            }
            let by = try origin(F.by.rawValue)
            let corrects = try bool(F.corrects.rawValue)
            if by == .parser, corrects || !isNull(F.who.rawValue) {
                throw LineFault("a parser event has no \"who\" and corrects nothing", at: offset(F.by.rawValue))
            }
            let evidenceLine = isNull(F.evidenceLine.rawValue) ? nil : try integer(F.evidenceLine.rawValue)
            entry = .status(StatusEvent(
                motion: motion, id: id, nameKey: try optionalString(F.nameKey.rawValue),
                otherKeys: try strings(F.otherKeys.rawValue), name: try string(F.name.rawValue),
                status: try status(F.status.rawValue), date: try day(F.date.rawValue), source: try text(F.source.rawValue),
                debate: try optionalString(F.debate.rawValue), answers: try answers(F.answers.rawValue),
                evidence: try optionalString(F.evidence.rawValue), evidenceLine: evidenceLine,
                expected: try expected(F.expected.rawValue), uncertain: try bool(F.uncertain.rawValue), by: by,
                who: try optionalString(F.who.rawValue), note: try optionalString(F.note.rawValue),
                corrects: corrects))
        case .document:
            typealias F = DocumentField
            try LedgerShape.check(self, DocumentField.shapes)
            seq = try integer(F.seq.rawValue)
            recorded = try timestamp(F.recorded.rawValue)
            prev = try digest(F.prev.rawValue)
            hash = try digest(F.hash.rawValue)
            entry = .document(DocumentRecord(
                number: try text(F.document.rawValue), date: try day(F.date.rawValue),
                debate: try optionalString(F.debate.rawValue), debateDate: try optionalDay(F.debateDate.rawValue),
                sha256: try digest(F.sha256.rawValue), motions: try strings(F.motions.rawValue)))
        case .alias:
            typealias F = AliasField
            try LedgerShape.check(self, AliasField.shapes)
            seq = try integer(F.seq.rawValue)
            recorded = try timestamp(F.recorded.rawValue)
            prev = try digest(F.prev.rawValue)
            hash = try digest(F.hash.rawValue)
            entry = .alias(AliasRecord(key: try text(F.key.rawValue), id: try kamerstukID(F.id.rawValue),
                                       source: try text(F.source.rawValue), date: try day(F.date.rawValue)))
        }
        return LedgerRecord(seq: seq, recorded: recorded, prev: prev, hash: hash, entry: entry, line: Array(line))
    }

    /// The bytes before and after the line's `hash` member: in a canonical line, what `hash`
    /// covers is the two joined. The member is never the first, so its comma goes with it.
    func aroundHash() -> (before: UnsafeRawBufferPointer, after: UnsafeRawBufferPointer) {
        let member = members[type.hashField]
        // The member's key starts one byte after its quote; the comma is the byte before that.
        let start = member.key.lowerBound - 2
        return (UnsafeRawBufferPointer(rebasing: line[..<start]), UnsafeRawBufferPointer(rebasing: line[member.value.upperBound...]))
    }
}

extension LedgerRecord {
    /// Reads one line in full, checking its canonical syntax, version and fields (not its
    /// hashes, which need the line before it).
    static func read(line: UnsafeRawBufferPointer, members: inout [Member]) throws(LineFault) -> LedgerRecord {
        try LineScanner.scan(line, into: &members)
        return try LineFields(line: line, members: members).record(line: line)
    }
}

/// Whether `bytes` are exactly `text`'s.
@inline(__always)
func bytesEqual(_ bytes: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
    bytes.count == text.utf8CodeUnitCount && (bytes.count == 0 || sameBytes(bytes.baseAddress!, text.utf8Start, bytes.count))
}

/// The text of a canonical JSON string's contents (quotes removed, escapes still in).
func unescaped(_ bytes: UnsafeRawBufferPointer) -> String {
    guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "\\")), bytes.count) != nil else {
        return String(decoding: bytes, as: UTF8.self)
    }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
        let byte = bytes[i]
        guard byte == UInt8(ascii: "\\"), i + 1 < bytes.count else {
            output.append(byte)
            i += 1
            continue
        }
        switch bytes[i + 1] {
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u") where i + 5 < bytes.count:
            // The canonical form escapes only U+0000–U+001F and U+007F this way.
            let high = hexValue(bytes[i + 4]), low = hexValue(bytes[i + 5])
            output.append(high << 4 | low)
            i += 6
            continue
        default: output.append(bytes[i + 1])
        }
        i += 2
    }
    return String(decoding: output, as: UTF8.self)
}

private func hexValue(_ digit: UInt8) -> UInt8 {
    digit <= UInt8(ascii: "9") ? digit &- UInt8(ascii: "0") : (digit | 0x20) &- UInt8(ascii: "a") &+ 10
}

// MARK: - Shapes

/// The JSON type each field must have, checked on every decoded line by its first byte (and a
/// digest's or a time's length); the values themselves are checked where they are used.
enum LedgerShape {
    case string, stringOrNull, integer, integerOrNull, bool, array, objectOrNull, digest, timestamp

    func admits(_ value: UnsafeRawBufferPointer) -> Bool {
        let first = value.first ?? 0
        let isNull = first == UInt8(ascii: "n")
        switch self {
        case .string: return first == UInt8(ascii: "\"")
        case .stringOrNull: return first == UInt8(ascii: "\"") || isNull
        case .integer: return first == UInt8(ascii: "-") || first &- 0x30 < 10
        case .integerOrNull: return first == UInt8(ascii: "-") || first &- 0x30 < 10 || isNull
        case .bool: return first == UInt8(ascii: "t") || first == UInt8(ascii: "f")
        case .array: return first == UInt8(ascii: "[")
        case .objectOrNull: return first == UInt8(ascii: "{") || isNull
        case .digest: return first == UInt8(ascii: "\"") && value.count == 66
        case .timestamp: return first == UInt8(ascii: "\"") && value.count == 22
        }
    }

    var expectation: String {
        switch self {
        case .string: "a string"
        case .stringOrNull: "a string or null"
        case .integer: "an integer"
        case .integerOrNull: "an integer or null"
        case .bool: "true or false"
        case .array: "an array"
        case .objectOrNull: "an object or null"
        case .digest: "a SHA-256 in 64 lowercase hexadecimal digits"
        case .timestamp: "a UTC time YYYY-MM-DDTHH:MM:SSZ"
        }
    }

    /// Checks every field of `fields` against its shape, in the record type's field order.
    static func check(_ fields: LineFields, _ shapes: [LedgerShape]) throws(LineFault) {
        for (index, shape) in shapes.enumerated() where !shape.admits(fields.raw(index)) {
            let name = String(decoding: fields.keyBytes(index), as: UTF8.self)
            throw LineFault("\"\(name)\" must be \(shape.expectation)", at: fields.offset(index))
        }
    }
}

extension StatusField {
    static let shapes: [LedgerShape] = [
        .array, .string, .bool, .string, .stringOrNull, .stringOrNull, .integerOrNull, .objectOrNull, .digest,
        .stringOrNull, .string, .string, .stringOrNull, .stringOrNull, .array, .digest, .timestamp, .integer, .string,
        .string, .string, .bool, .integer, .stringOrNull,
    ]
}

extension DocumentField {
    static let shapes: [LedgerShape] = [
        .string, .stringOrNull, .stringOrNull, .string, .digest, .array, .digest, .timestamp, .integer, .digest,
        .string, .integer,
    ]
}

extension AliasField {
    static let shapes: [LedgerShape] = [.string, .digest, .string, .string, .digest, .timestamp, .integer, .string, .string, .integer]
}

extension LineFields {
    func keyBytes(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + members[index].key.lowerBound, count: members[index].key.count)
    }
}
