/// One ledger line: an entry with its number, the moment it was written and its two hashes.
public struct LedgerRecord: Hashable, Sendable {
    /// The newest schema version this code reads and writes: each line is written at its type's
    /// version (``RecordType/version``), so that status events stay at version 1.
    package static let version: Int64 = 4
    /// `prev` of the first line: 64 zeros.
    package static let zeroHash = String(repeating: "0", count: 64)

    /// The 1-based line number.
    public let seq: Int
    public let recorded: Timestamp
    /// SHA-256 of the previous line's bytes.
    public let prev: String
    /// SHA-256 of this record's canonical encoding without `hash`.
    public let hash: String
    package let entry: LedgerEntry
    /// The line's canonical bytes, without the line break.
    package let line: [UInt8]

    /// Numbers, dates and chains `entry`, and encodes it: its members in the layout's order,
    /// which is canonical, `hash` left out of what it covers.
    package init(_ entry: LedgerEntry, seq: Int, recorded: Timestamp, prev: String) {
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
    package var lineHash: String { SHA256.hash(line).hex }
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
