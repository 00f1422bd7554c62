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
        guard let moment = Array(text.utf8).withUnsafeBytes(LineValue.timestamp) else { return nil }
        self = moment
    }

    /// The moments a ledger can hold, in seconds since the epoch: 0001-01-01T00:00:00Z to
    /// 9999-12-31T23:59:59Z, the years a `Day` has.
    static let range = Day(year: 1, month: 1, day: 1)!.daysSinceEpoch * 86_400
        ..< (Day(year: 9999, month: 12, day: 31)!.daysSinceEpoch + 1) * 86_400

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
    /// `nil` when the text is none of these, or when its moment in UTC falls outside the years
    /// 0001–9999 that a record's `recorded` can hold (`0001-01-01T00:00:00+01:00`).
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
            guard let time = rest.withUnsafeBytes(LineValue.clockTime) else { return nil }
            seconds += time - offset
        }
        guard Timestamp.range.contains(seconds) else { return nil }
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

/// The record that a name key and a Kamerstuk ID are one motion from now on (<doc:Domain#Motions>).
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

/// What one source says a motion is (its title, submitters, vote, the cabinet's advice), as a
/// ledger record: appended by `import`, `fetch --motions`, and the reading of a motion's own text
/// or of a footnote that names it. A person's record says who.
public struct FactsRecord: Hashable, Sendable {
    public var facts: MotionFacts
    public var source: FactsSource
    /// Who recorded it, for a person's record.
    public var who: String?

    public init(facts: MotionFacts, source: FactsSource, who: String? = nil) {
        self.facts = facts
        self.source = source
        self.who = who
    }
}

/// A person's withdrawal of what the ledger holds, without rewriting it: one status event
/// (`event`, its line), or every reading of a document read by mistake (`document`, its
/// number: its record and every event from it written before the withdrawal). What is withdrawn
/// stays in the history, marked, and counts for no report; the document can be read again.
public struct VoidRecord: Hashable, Sendable {
    /// The line of the status event withdrawn; `nil` when a document is.
    public var event: Int?
    /// The number of the document withdrawn; `nil` when an event is.
    public var document: String?
    public var note: String?
    public var who: String

    public init(event: Int?, document: String?, note: String?, who: String) {
        self.event = event
        self.document = document
        self.note = note
        self.who = who
    }
}

/// A person's word that a reading stands as read (`record --confirm`): the status event of line
/// `event` is no longer uncertain.
public struct ConfirmRecord: Hashable, Sendable {
    public var event: Int
    public var note: String?
    public var who: String

    public init(event: Int, note: String?, who: String) {
        self.event = event
        self.note = note
        self.who = who
    }
}

/// What a reading found beside its statuses, kept with what it found it in: the findings of a
/// status event (why it is uncertain: a conditional answer, answers that disagree, a link that
/// may be wrong) or of a document record (a mention that identifies no motion). `event` is the
/// line of that event or document; each finding is written `LINE:COLUMN: category: message`
/// (without a place, `category: message`), as `ingest` warned it.
public struct FindingsRecord: Hashable, Sendable {
    public var target: Int
    public var findings: [String]

    public init(target: Int, findings: [String]) {
        self.target = target
        self.findings = findings
    }
}

/// What a ledger line says, before it is numbered, dated and chained.
public enum LedgerEntry: Hashable, Sendable {
    case document(DocumentRecord)
    case status(StatusEvent)
    case alias(AliasRecord)
    case facts(FactsRecord)
    case void(VoidRecord)
    case confirm(ConfirmRecord)
    case findings(FindingsRecord)

    /// The record's `type`.
    public var type: String { recordType.name }

    var recordType: RecordType {
        switch self {
        case .document: .document
        case .status: .status
        case .alias: .alias
        case .facts: .facts
        case .void: .void
        case .confirm: .confirm
        case .findings: .findings
        }
    }

    /// The value of each of the entry's own fields, by the field's raw value.
    fileprivate var values: [JSONValue] {
        switch self {
        case .document(let document): DocumentRecord.Field.allCases.map(document.value)
        case .status(let event): StatusEvent.Field.allCases.map(event.value)
        case .alias(let alias): AliasRecord.Field.allCases.map(alias.value)
        case .facts(let facts): FactsRecord.Field.allCases.map(facts.value)
        case .void(let void): VoidRecord.Field.allCases.map(void.value)
        case .confirm(let confirm): ConfirmRecord.Field.allCases.map(confirm.value)
        case .findings(let findings): FindingsRecord.Field.allCases.map(findings.value)
        }
    }
}

/// One ledger line: an entry with its number, the moment it was written and its two hashes.
public struct LedgerRecord: Hashable, Sendable {
    /// The newest schema version this code reads and writes: each line is written at its type's
    /// version (``RecordType/version``), so that status events stay at version 1.
    public static let version: Int64 = 3
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

    /// Numbers, dates and chains `entry`, and encodes it: its members in the layout's order,
    /// which is canonical, `hash` left out of what it covers.
    public init(_ entry: LedgerEntry, seq: Int, recorded: Timestamp, prev: String) {
        let layout = entry.recordType.layout
        let values = entry.values
        var members: [(String, JSONValue)] = []
        members.reserveCapacity(layout.keys.count)
        var hashIndex = 0
        for index in layout.keys.indices {
            let value: JSONValue
            switch EnvelopeField(rawValue: layout.envelopeField[index]) {
            case .v: value = .int(entry.recordType.version)
            case .seq: value = .int(Int64(seq))
            case .type: value = .string(entry.type)
            case .recorded: value = .string(recorded.iso)
            case .prev: value = .string(prev)
            case .hash:
                hashIndex = index
                continue
            case nil: value = values[layout.ownField[index]]
            }
            members.append((layout.keys[index], value))
        }
        let hash = SHA256.hash(JSONValue.object(members).encoded(canonical: true)).hex
        members.insert((layout.keys[hashIndex], .string(hash)), at: hashIndex)
        self.seq = seq
        self.recorded = recorded
        self.prev = prev
        self.hash = hash
        self.entry = entry
        self.line = JSONValue.object(members).encoded(canonical: true)
    }

    init(seq: Int, recorded: Timestamp, prev: String, hash: String, entry: LedgerEntry, line: [UInt8]) {
        self.seq = seq
        self.recorded = recorded
        self.prev = prev
        self.hash = hash
        self.entry = entry
        self.line = line
    }

    /// SHA-256 of the line's bytes: what the next line's `prev` holds.
    public var lineHash: String { SHA256.hash(line).hex }
}

extension LedgerRecord {
    /// Reads one line in full, checking its canonical syntax, version and fields (not its
    /// hashes, which need the line before it).
    static func read(line: UnsafeRawBufferPointer, members: inout [Member]) throws(LineFault) -> LedgerRecord {
        try LineScanner.scan(line, into: &members)
        var fields = try LineFields(line: line, members: members)
        var ids = KamerstukIDRule()
        try fields.check(ids: &ids)
        return try fields.record()
    }

    /// Checks a line by every rule a reader applies to it alone.
    static func check(line: [UInt8]) throws(LineFault) {
        var members: [Member] = []
        try line.withUnsafeBytes { line in
            Result { () throws(LineFault) in
                try LineScanner.scan(line, into: &members)
                var ids = KamerstukIDRule()
                var fields = try LineFields(line: line, members: members)
                try fields.check(ids: &ids)
            }
        }.get()
    }
}
