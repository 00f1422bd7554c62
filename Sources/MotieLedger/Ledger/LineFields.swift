import Glibc
import Kamerstuk

/// The fields of one scanned line, found by the schema: the line's version and type choose its
/// layout, and its keys must be exactly the layout's. ``check(ids:)`` is the one check of the
/// values, which every reader and the writer make; what it parses on the way is kept, and the
/// line's readers take it from there, so that no value is parsed twice.
struct LineFields {
    /// The line, without its line break.
    let line: UnsafeRawBufferPointer
    let base: UnsafePointer<UInt8>
    let members: [Member]
    let type: RecordType
    let layout: FieldLayout
    /// What the check read of each member's value, by member index: see
    /// ``ValueKind/read(_:ids:parsedIDs:)``. Empty until the line is checked.
    private(set) var readings: [Int] = []
    /// The Kamerstuk IDs the check parsed, where the readings of ID fields point.
    private(set) var parsedIDs: [KamerstukID] = []

    /// Finds the version, the type and the fields of the scanned `line`.
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
        guard let lineVersion = LineValue.integer(versionBytes).map(Int64.init), 1...LedgerRecord.version ~= lineVersion else {
            throw LineFault("unknown schema version \(String(decoding: versionBytes, as: UTF8.self)): this motieledger reads versions 1 to \(LedgerRecord.version); a newer motieledger wrote this line",
                            at: version.value.lowerBound)
        }
        guard let typeMember = members.last(where: { LineFields.keyIs($0, "type", base) }) else {
            throw LineFault("missing field \"type\"", at: line.count - 1)
        }
        let typeBytes = UnsafeRawBufferPointer(start: base + typeMember.value.lowerBound, count: typeMember.value.count)
        guard let type = RecordType.allCases.first(where: { type in
            LineValue.contents(typeBytes).map { contents in
                var name = type.name
                return name.withUTF8 { contents.count == $0.count && sameBytes(contents.baseAddress!, $0.baseAddress, $0.count) }
            } ?? false
        }) else {
            let names = RecordType.allCases.map { "\"\($0.name)\"" }
            throw LineFault("unknown record type \(String(decoding: typeBytes, as: UTF8.self)): expected "
                + names.dropLast().joined(separator: ", ") + " or " + names.last!, at: typeMember.value.lowerBound)
        }
        guard type.version == lineVersion else {
            throw LineFault("a \(type.name) record is schema version \(type.version), not \(lineVersion)", at: version.value.lowerBound)
        }
        self.type = type
        layout = type.layout
        try checkKeys()
    }

    private static func keyIs(_ member: Member, _ name: StaticString, _ base: UnsafePointer<UInt8>) -> Bool {
        member.key.count == name.utf8CodeUnitCount && sameBytes(base + member.key.lowerBound, name.utf8Start, member.key.count)
    }

    /// The keys must be exactly the type's; both lists are sorted, so a merge finds the first
    /// missing or unexpected one.
    private func checkKeys() throws(LineFault) {
        let expected = layout.keyBytes
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
                throw LineFault("unexpected field \(keyText(members[i])) in a \(type.name) record", at: members[i].key.lowerBound - 1)
            }
            if i == members.count {
                throw LineFault("missing field \"\(layout.keys[j])\" in a \(type.name) record", at: line.count - 1)
            }
            let order = expected[j].withUnsafeBytes { compareKey(members[i], $0) }
            if order == 0 {
                i += 1
                j += 1
            } else if order < 0 {
                throw LineFault("unexpected field \(keyText(members[i])) in a \(type.name) record", at: members[i].key.lowerBound - 1)
            } else {
                throw LineFault("missing field \"\(layout.keys[j])\" in a \(type.name) record", at: members[i].key.lowerBound - 1)
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

    // MARK: The check

    /// Checks every field against its shape and rule, in the line's order, then the rules
    /// between fields: the one check of a record's values, made by a query's replay, by
    /// `verify`, and on every record a batch is about to append. A fault is at the first field
    /// that breaks a rule, in the same words whoever reads.
    mutating func check(ids: inout some KamerstukIDCheck) throws(LineFault) {
        let shapes = layout.shapes
        var parsedIDs: [KamerstukID] = []
        let readings = try [Int](unsafeUninitializedCapacity: members.count) { readings, count throws(LineFault) in
            for index in members.indices {
                guard let reading = shapes[index].read(raw(index), ids: &ids, parsedIDs: &parsedIDs) else { throw fault(index) }
                readings.initializeElement(at: index, to: reading)
                count = index + 1
            }
        }
        self.readings = readings
        self.parsedIDs = parsedIDs
        try type.checkRelations(self)
    }

    /// The fault of a value that is not what its field's shape asks.
    func fault(_ index: Int) -> LineFault {
        LineFault("\"\(layout.keys[index])\" must be \(layout.shapes[index].expectation)", at: offset(index))
    }

    // MARK: Members

    func raw(_ index: Int) -> UnsafeRawBufferPointer {
        let range = members[index].value
        return UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    func offset(_ index: Int) -> Int { members[index].value.lowerBound }

    func index(_ field: EnvelopeField) -> Int { layout.envelopeIndex[field.rawValue] }

    func offset(_ field: EnvelopeField) -> Int { offset(index(field)) }

    // MARK: The envelope

    func seq() -> Int { readings[index(.seq)] }

    func recorded() -> Timestamp { Timestamp(secondsSinceEpoch: readings[index(.recorded)]) }

    /// `prev` or `hash`.
    func digest(_ field: EnvelopeField) -> String {
        let value = raw(index(field))
        return String(decoding: UnsafeRawBufferPointer(rebasing: value[1..<(value.count - 1)]), as: UTF8.self)
    }

    /// Whether the field holds `hex` (64 lowercase hexadecimal digits), compared as bytes.
    func holds(_ field: EnvelopeField, hex: String) -> Bool {
        var hex = hex
        let value = raw(index(field))
        return hex.withUTF8 { digits in
            value.count == digits.count + 2 && sameBytes(value.baseAddress! + 1, digits.baseAddress, digits.count)
        }
    }

    /// The bytes before and after the line's `hash` member: in a canonical line, what `hash`
    /// covers is the two joined. The member is never the first, so its comma goes with it.
    func aroundHash() -> (before: UnsafeRawBufferPointer, after: UnsafeRawBufferPointer) {
        let member = members[index(.hash)]
        // The member's key starts one byte after its quote; the comma is the byte before that.
        let start = member.key.lowerBound - 2
        return (UnsafeRawBufferPointer(rebasing: line[..<start]), UnsafeRawBufferPointer(rebasing: line[member.value.upperBound...]))
    }

    /// The record in full, from a line whose values were checked.
    func record() throws(LineFault) -> LedgerRecord {
        LedgerRecord(seq: seq(), recorded: recorded(), prev: digest(.prev), hash: digest(.hash),
                     entry: try type.entry(self), line: Array(line))
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
