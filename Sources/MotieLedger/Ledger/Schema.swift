import Kamerstuk

/// The ledger's schema: for each record type, its fields, each with its key (the case's name)
/// and its shape, its encoding and its decoding, in one place. Every reader and the writer go
/// through it: ``LineFields/check(ids:)`` holds a line to the shapes and to the rules between
/// fields, the same for a query's replay, `verify`, and the records a batch is about to append.
///
/// A new record type is a ``RecordBody`` conformance beside the others, a case of
/// ``RecordType`` (whose switches the compiler then asks to complete, its ``RecordType/version``
/// among them) and of ``LedgerEntry``, and ``LedgerRecord/version`` raised to the new type's
/// version; a new field is a case of its type's field enum, whose `shape` and `value(of:)`
/// switches the compiler again asks to complete. A field added to a type whose lines already
/// exist changes that type's layout and so needs a new type name (the old lines keep theirs):
/// a line's bytes are fixed by its hash chain, and every reader holds it to its type's layout.
protocol RecordBody: Hashable, Sendable {
    associatedtype Field: SchemaField
    /// The type whose records hold it.
    static var recordType: RecordType { get }
    /// The value of `field`, as the record's line holds it.
    func value(of field: Field) -> JSONValue
    /// Reads the fields of a line already checked by ``LineFields/check(ids:)``.
    init(_ fields: RecordFields<Field>) throws(LineFault)
    /// The rules between fields that the fields' shapes do not state.
    static func checkRelations(_ fields: RecordFields<Field>) throws(LineFault)
}

extension RecordBody {
    static func checkRelations(_ fields: RecordFields<Field>) throws(LineFault) {}
}

/// The fields of a record type (besides the ``EnvelopeField``s every record has) or of an object
/// nested in one: an enum whose case names are the keys, its raw values 0, 1, … in the order of
/// its cases (Swift's default), which is any order: the layout sorts the keys. A coding key, so
/// that the compiler writes each case's name as its `stringValue`: the key, known without the
/// reflection that `"\(field)"` costs at every start of the program.
protocol SchemaField: CaseIterable, RawRepresentable, CodingKey, Sendable where RawValue == Int, AllCases == [Self] {
    /// What the field's value must be.
    var shape: FieldShape { get }
}

/// The fields every record has: its schema version, its number, its type, when it was written
/// and its two hashes.
enum EnvelopeField: Int, CaseIterable, CodingKey, Sendable {
    case v, seq, type, recorded, prev, hash

    var shape: FieldShape {
        switch self {
        case .v: .required(.version)
        case .seq: .required(.sequence)
        case .type: .required(.recordType)
        case .recorded: .required(.timestamp)
        case .prev, .hash: .required(.digest)
        }
    }
}

// MARK: - The record types

/// The record types, by their `type`.
enum RecordType: CaseIterable, Sendable {
    case document, status, alias, facts, void, confirm, findings, found

    /// The record's `type`.
    var name: String {
        switch self {
        case .document: "document"
        case .status: "status"
        case .alias: "alias"
        case .facts: "facts"
        case .void: "void"
        case .confirm: "confirm"
        case .findings: "findings"
        case .found: "found"
        }
    }

    /// The schema version that brought the type in: its lines' `v`. A line is written at its
    /// type's version, so that a ledger without newer types still reads in a binary that knows
    /// only the older versions, and one that meets a newer type refuses it by its version.
    var version: Int64 {
        switch self {
        case .document, .status, .alias: 1
        case .facts: 2
        case .void, .confirm, .findings: 3
        case .found: 4
        }
    }

    /// The record's fields in canonical order.
    var layout: FieldLayout {
        switch self {
        case .document: FieldLayout.document
        case .status: FieldLayout.status
        case .alias: FieldLayout.alias
        case .facts: FieldLayout.facts
        case .void: FieldLayout.void
        case .confirm: FieldLayout.confirm
        case .findings: FieldLayout.findings
        case .found: FieldLayout.found
        }
    }

    /// The entry of a line checked by ``LineFields/check(ids:)``.
    func entry(_ fields: LineFields) throws(LineFault) -> LedgerEntry {
        switch self {
        case .document: .document(try DocumentRecord(RecordFields(fields)))
        case .status: .status(try StatusEvent(RecordFields(fields)))
        case .alias: .alias(try AliasRecord(RecordFields(fields)))
        case .facts: .facts(try FactsRecord(RecordFields(fields)))
        case .void: .void(try VoidRecord(RecordFields(fields)))
        case .confirm: .confirm(try ConfirmRecord(RecordFields(fields)))
        case .findings: .findings(try FindingsRecord(RecordFields(fields)))
        case .found: .found(try FoundRecord(RecordFields(fields)))
        }
    }

    /// Checks the rules between the fields of a line of this type.
    func checkRelations(_ fields: LineFields) throws(LineFault) {
        switch self {
        case .document: try DocumentRecord.checkRelations(RecordFields(fields))
        case .status: try StatusEvent.checkRelations(RecordFields(fields))
        case .alias: try AliasRecord.checkRelations(RecordFields(fields))
        case .facts: try FactsRecord.checkRelations(RecordFields(fields))
        case .void: try VoidRecord.checkRelations(RecordFields(fields))
        case .confirm: try ConfirmRecord.checkRelations(RecordFields(fields))
        case .findings: try FindingsRecord.checkRelations(RecordFields(fields))
        case .found: try FoundRecord.checkRelations(RecordFields(fields))
        }
    }

    /// The type of a canonical line as its first key tells it, without scanning the line: a
    /// filtered replay asks this of every line. `nil` when the first key is no type's or more
    /// than one type's (a document and an alias both start with `date`); a status event's,
    /// `answers`, is its own (a test keeps it so).
    static func of(line: UnsafeRawBufferPointer) -> RecordType? {
        for (type, opening) in firstOpenings where line.count > opening.count {
            if opening.withUnsafeBytes({ sameBytes(line.baseAddress!, $0.baseAddress, $0.count) }) { return type }
        }
        return nil
    }

    /// `{"key":` of the first key of each type that no other type starts with.
    private static let firstOpenings: [(RecordType, [UInt8])] = {
        let openings = allCases.map { type in
            let layout = type.layout
            return (type, Array(layout.memberOpenings[layout.openingStarts[0]..<layout.openingStarts[1]]))
        }
        return openings.filter { type in openings.filter { $0.1 == type.1 }.count == 1 }
    }()
}

/// The members of a record type (its envelope and its own fields merged) or of a nested object,
/// in canonical order (by the keys' bytes): how a checked line's members are found by field,
/// and the order a record is encoded in.
final class FieldLayout: Sendable {
    /// The keys in canonical order.
    let keys: [String]
    let keyBytes: [[UInt8]]
    let shapes: [FieldShape]
    /// Each member's `,"key":` one after another (the first's `{"key":`): what a nested
    /// object's walk compares, member by member.
    let memberOpenings: [UInt8]
    /// Where each member's opening starts in ``memberOpenings``, and where the last ends.
    let openingStarts: [Int]
    /// For each member, the envelope field it is (by raw value), or -1.
    let envelopeField: [Int]
    /// For each member, the own field it is (by raw value), or -1.
    let ownField: [Int]
    /// The member index of each envelope field, by raw value (empty for a nested object).
    let envelopeIndex: [Int]
    /// The member index of each own field, by raw value.
    let ownIndex: [Int]

    /// The layout of `Field`'s members, with the envelope's for a record.
    init<Field: SchemaField>(_: Field.Type, envelope: Bool) {
        var members: [(key: String, shape: FieldShape, envelope: Int, own: Int)] = []
        if envelope {
            for field in EnvelopeField.allCases { members.append((field.stringValue, field.shape, field.rawValue, -1)) }
        }
        for field in Field.allCases { members.append((field.stringValue, field.shape, -1, field.rawValue)) }
        members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        keys = members.map(\.key)
        keyBytes = keys.map { Array($0.utf8) }
        shapes = members.map(\.shape)
        var openings: [UInt8] = [], starts: [Int] = []
        for (index, key) in keyBytes.enumerated() {
            starts.append(openings.count)
            openings += [index == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","), UInt8(ascii: "\"")] + key + Array("\":".utf8)
        }
        memberOpenings = openings
        openingStarts = starts + [openings.count]
        envelopeField = members.map(\.envelope)
        ownField = members.map(\.own)
        var envelopeIndex = [Int](repeating: -1, count: envelope ? EnvelopeField.allCases.count : 0)
        var ownIndex = [Int](repeating: -1, count: Field.allCases.count)
        for (index, member) in members.enumerated() {
            if member.envelope >= 0 { envelopeIndex[member.envelope] = index }
            if member.own >= 0 { ownIndex[member.own] = index }
        }
        self.envelopeIndex = envelopeIndex
        self.ownIndex = ownIndex
    }

    /// The members of a nested object of `Field`s, in canonical order, from each field's value.
    func members<Field: SchemaField>(_ value: (Field) -> JSONValue) -> [(String, JSONValue)] {
        let values = Field.allCases.map(value)
        return ownField.indices.map { (keys[$0], values[ownField[$0]]) }
    }

    static let document = FieldLayout(DocumentRecord.Field.self, envelope: true)
    static let status = FieldLayout(StatusEvent.Field.self, envelope: true)
    static let alias = FieldLayout(AliasRecord.Field.self, envelope: true)
    static let answer = FieldLayout(AnswerReference.Field.self, envelope: false)
    static let promisedTime = FieldLayout(ExpectedTime.Field.self, envelope: false)
    static let facts = FieldLayout(FactsRecord.Field.self, envelope: true)
    static let submitter = FieldLayout(Submitter.Field.self, envelope: false)
    static let vote = FieldLayout(Vote.Field.self, envelope: false)
    static let partyVote = FieldLayout(PartyVote.Field.self, envelope: false)
    static let void = FieldLayout(VoidRecord.Field.self, envelope: true)
    static let confirm = FieldLayout(ConfirmRecord.Field.self, envelope: true)
    static let findings = FieldLayout(FindingsRecord.Field.self, envelope: true)
    static let found = FieldLayout(FoundRecord.Field.self, envelope: true)
    static let codedFinding = FieldLayout(CodedFinding.Field.self, envelope: false)
}

// MARK: - document

extension DocumentRecord: RecordBody {
    static var recordType: RecordType { .document }

    enum Field: Int, SchemaField {
        case document, date, debate, debateDate, sha256, motions

        var shape: FieldShape {
            switch self {
            case .document: .required(.text)
            case .date: .required(.day)
            case .debate: .optional(.string)
            case .debateDate: .optional(.day)
            case .sha256: .required(.digest)
            case .motions: .required(.strings)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .document: .string(number)
        case .date: .string(date.iso)
        case .debate: optional(debate)
        case .debateDate: optional(debateDate?.iso)
        case .sha256: .string(sha256)
        case .motions: .array(motions.map { .string($0) })
        }
    }

    init(_ fields: RecordFields<Field>) throws(LineFault) {
        self.init(number: try fields.string(.document), date: fields.day(.date), debate: try fields.optionalString(.debate),
                  debateDate: fields.optionalDay(.debateDate), sha256: try fields.string(.sha256),
                  motions: try fields.strings(.motions))
    }
}

// MARK: - status

extension StatusEvent: RecordBody {
    static var recordType: RecordType { .status }

    enum Field: Int, SchemaField {
        case motion, id, nameKey, otherKeys, name, status, date, source, debate, answers, evidence, evidenceLine, expected
        case uncertain, by, who, note, corrects

        var shape: FieldShape {
            switch self {
            case .motion, .source: .required(.text)
            case .id: .optional(.kamerstukID)
            case .nameKey, .debate, .evidence, .who, .note: .optional(.string)
            case .otherKeys: .required(.strings)
            case .name: .required(.string)
            case .status: .required(.status)
            case .date: .required(.day)
            case .answers: .required(.answers)
            case .evidenceLine: .optional(.integer)
            case .expected: .optional(.promisedTime)
            case .uncertain, .corrects: .required(.bool)
            case .by: .required(.origin)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .motion: .string(motion)
        case .id: optional(id?.canonical)
        case .nameKey: optional(nameKey)
        case .otherKeys: .array(otherKeys.map { .string($0) })
        case .name: .string(name)
        case .status: .string(status.rawValue)
        case .date: .string(date.iso)
        case .source: .string(source)
        case .debate: optional(debate)
        case .answers: .array(answers.map { .object(FieldLayout.answer.members($0.value)) })
        case .evidence: optional(evidence)
        case .evidenceLine: evidenceLine.map { .int(Int64($0)) } ?? .null
        case .expected: expected.map { .object(FieldLayout.promisedTime.members($0.value)) } ?? .null
        case .uncertain: .bool(uncertain)
        case .by: .string(by.rawValue)
        case .who: optional(who)
        case .note: optional(note)
        case .corrects: .bool(corrects)
        }
    }

    init(_ fields: RecordFields<Field>) throws(LineFault) {
        self.init(
            motion: try fields.string(.motion), id: try fields.optionalKamerstukID(.id),
            nameKey: try fields.optionalString(.nameKey), otherKeys: try fields.strings(.otherKeys), name: try fields.string(.name),
            status: fields.status(.status), date: fields.day(.date), source: try fields.string(.source),
            debate: try fields.optionalString(.debate), answers: try fields.answers(.answers),
            evidence: try fields.optionalString(.evidence), evidenceLine: fields.optionalInteger(.evidenceLine),
            expected: fields.expected(.expected), uncertain: fields.bool(.uncertain), by: fields.origin(.by),
            who: try fields.optionalString(.who), note: try fields.optionalString(.note), corrects: fields.bool(.corrects))
    }

    /// An event with an ID is keyed by it; only a person corrects, and says who.
    static func checkRelations(_ fields: RecordFields<Field>) throws(LineFault) {
        if !fields.isNull(.id), !fields.sameValue(.id, .motion) {
            throw LineFault("\"motion\" must be the motion's ID when \"id\" is given", at: fields.offset(.motion))
        }
        if fields.origin(.by) == .parser, fields.bool(.corrects) || !fields.isNull(.who) {
            throw LineFault("a parser event has no \"who\" and corrects nothing", at: fields.offset(.by))
        }
    }
}

// MARK: - alias

extension AliasRecord: RecordBody {
    static var recordType: RecordType { .alias }

    enum Field: Int, SchemaField {
        case key, id, source, date

        var shape: FieldShape {
            switch self {
            case .key, .source: .required(.text)
            case .id: .required(.kamerstukID)
            case .date: .required(.day)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .key: .string(key)
        case .id: .string(id.canonical)
        case .source: .string(source)
        case .date: .string(date.iso)
        }
    }

    init(_ fields: RecordFields<Field>) throws(LineFault) {
        self.init(key: try fields.string(.key), id: try fields.kamerstukID(.id), source: try fields.string(.source),
                  date: fields.day(.date))
    }
}

// MARK: - facts

extension FactsRecord: RecordBody {
    static var recordType: RecordType { .facts }

    enum Field: Int, SchemaField {
        case id, zaak, title, submitters, submitted, dossier, debate, vote, replaces, advice, dictum, kind, source, date, who

        var shape: FieldShape {
            switch self {
            case .id, .replaces: .optional(.kamerstukID)
            case .zaak, .title, .dossier, .debate, .advice, .dictum, .who: .optional(.string)
            case .submitters: .optional(.submitters)
            case .submitted, .date: .optional(.day)
            case .vote: .optional(.vote)
            case .kind: .required(.factsKind)
            case .source: .required(.text)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .id: optional(facts.id?.canonical)
        case .zaak: optional(facts.zaak)
        case .title: optional(facts.title)
        case .submitters: facts.submitters.map { .array($0.map { .object(FieldLayout.submitter.members($0.value)) }) } ?? .null
        case .submitted: optional(facts.submitted?.iso)
        case .dossier: optional(facts.dossier)
        case .debate: optional(facts.debate)
        case .vote: facts.vote.map { .object(FieldLayout.vote.members($0.value)) } ?? .null
        case .replaces: optional(facts.replaces?.canonical)
        case .advice: optional(facts.advice)
        case .dictum: optional(facts.dictum)
        case .kind: .string(source.kind.rawValue)
        case .source: .string(source.reference)
        case .date: optional(source.date?.iso)
        case .who: optional(who)
        }
    }

    init(_ fields: RecordFields<Field>) throws(LineFault) {
        let facts = MotionFacts(
            id: try fields.optionalKamerstukID(.id), zaak: try fields.optionalString(.zaak), title: try fields.optionalString(.title),
            submitters: try fields.submitters(.submitters), submitted: fields.optionalDay(.submitted),
            dossier: try fields.optionalString(.dossier), debate: try fields.optionalString(.debate), vote: try fields.vote(.vote),
            replaces: try fields.optionalKamerstukID(.replaces), advice: try fields.optionalString(.advice),
            dictum: try fields.optionalString(.dictum))
        self.init(facts: facts, source: FactsSource(kind: try fields.factsKind(.kind), reference: try fields.string(.source),
                                                    date: fields.optionalDay(.date)),
                  who: try fields.optionalString(.who))
    }

    /// Facts name their motion (by Kamerstuk or Zaak); only a person says who.
    static func checkRelations(_ fields: RecordFields<Field>) throws(LineFault) {
        if fields.isNull(.id), fields.isNull(.zaak) {
            throw LineFault("facts name their motion: \"id\" or \"zaak\" is given", at: fields.offset(.id))
        }
        if try fields.factsKind(.kind) != .manual, !fields.isNull(.who) {
            throw LineFault("only a person's facts say \"who\"", at: fields.offset(.who))
        }
    }
}

// MARK: - void, confirm, findings and found

/// A record that speaks of an earlier line names it by its `seq`: one before its own. (Each of
/// these types has a key that sorts before `hash`, which is never a line's first member.)
private func checkEarlier<Field: SchemaField>(_ target: Field, _ fields: RecordFields<Field>) throws(LineFault) {
    guard let line = try fields.optionalInteger(target) else { return }
    if line >= (try fields.line.seq()) {
        throw LineFault("\"\(target.stringValue)\" must name a line before this one", at: fields.offset(target))
    }
}

extension VoidRecord: RecordBody {
    static var recordType: RecordType { .void }

    enum Field: Int, SchemaField {
        case event, document, note, who

        var shape: FieldShape {
            switch self {
            case .event: .optional(.sequence)
            case .document: .optional(.text)
            case .note: .optional(.string)
            case .who: .required(.text)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .event: event.map { .int(Int64($0)) } ?? .null
        case .document: optional(document)
        case .note: optional(note)
        case .who: .string(who)
        }
    }

    init(_ fields: RecordFields<Field>) throws(LineFault) {
        self.init(event: try fields.optionalInteger(.event), document: try fields.optionalString(.document),
                  note: try fields.optionalString(.note), who: try fields.string(.who))
    }

    /// A void withdraws one event or one document, never both, and only what came before it.
    static func checkRelations(_ fields: RecordFields<Field>) throws(LineFault) {
        if fields.isNull(.event) == fields.isNull(.document) {
            throw LineFault("a void names either \"event\" (an event's line) or \"document\" (a number)", at: fields.offset(.event))
        }
        try checkEarlier(.event, fields)
    }
}

extension ConfirmRecord: RecordBody {
    static var recordType: RecordType { .confirm }

    enum Field: Int, SchemaField {
        case event, note, who

        var shape: FieldShape {
            switch self {
            case .event: .required(.sequence)
            case .note: .optional(.string)
            case .who: .required(.text)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .event: .int(Int64(event))
        case .note: optional(note)
        case .who: .string(who)
        }
    }

    init(_ fields: RecordFields<Field>) throws(LineFault) {
        self.init(event: try fields.optionalInteger(.event) ?? 0, note: try fields.optionalString(.note), who: try fields.string(.who))
    }

    static func checkRelations(_ fields: RecordFields<Field>) throws(LineFault) {
        try checkEarlier(.event, fields)
    }
}

extension FindingsRecord: RecordBody {
    static var recordType: RecordType { .findings }

    enum Field: Int, SchemaField {
        case target, findings

        var shape: FieldShape {
            switch self {
            case .target: .required(.sequence)
            case .findings: .required(.strings)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .target: .int(Int64(target))
        case .findings: .array(findings.map { .string($0) })
        }
    }

    init(_ fields: RecordFields<Field>) throws(LineFault) {
        self.init(target: try fields.optionalInteger(.target) ?? 0, findings: try fields.strings(.findings))
    }

    static func checkRelations(_ fields: RecordFields<Field>) throws(LineFault) {
        try checkEarlier(.target, fields)
    }
}

extension FoundRecord: RecordBody {
    static var recordType: RecordType { .found }

    enum Field: Int, SchemaField {
        case target, found

        var shape: FieldShape {
            switch self {
            case .target: .required(.sequence)
            case .found: .required(.codedFindings)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .target: .int(Int64(target))
        case .found: .array(found.map { .object(FieldLayout.codedFinding.members($0.value)) })
        }
    }

    init(_ fields: RecordFields<Field>) throws(LineFault) {
        self.init(target: try fields.optionalInteger(.target) ?? 0, found: try fields.codedFindings(.found))
    }

    static func checkRelations(_ fields: RecordFields<Field>) throws(LineFault) {
        try checkEarlier(.target, fields)
    }
}

// MARK: - Nested objects

extension CodedFinding {
    /// The members of an element of a found record's `found`.
    enum Field: Int, SchemaField {
        case code, line, column, values

        var shape: FieldShape {
            switch self {
            case .code: .required(.text)
            case .line, .column: .optional(.integer)
            case .values: .required(.strings)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .code: .string(code)
        case .line: line.map { .int(Int64($0)) } ?? .null
        case .column: column.map { .int(Int64($0)) } ?? .null
        case .values: .array(values.map { .string($0) })
        }
    }
}

extension Submitter {
    /// The members of an element of a facts record's `submitters`.
    enum Field: Int, SchemaField {
        case name, party

        var shape: FieldShape {
            switch self {
            case .name: .required(.text)
            case .party: .optional(.string)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .name: .string(name)
        case .party: optional(party)
        }
    }
}

extension Vote {
    /// The members of a facts record's `vote`.
    enum Field: Int, SchemaField {
        case outcome, date, `for`, against

        var shape: FieldShape {
            switch self {
            case .outcome: .required(.outcome)
            case .date: .optional(.day)
            case .for, .against: .required(.partyVotes)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .outcome: .string(outcome.rawValue)
        case .date: optional(date?.iso)
        case .for: .array(votesFor.map { .object(FieldLayout.partyVote.members($0.value)) })
        case .against: .array(votesAgainst.map { .object(FieldLayout.partyVote.members($0.value)) })
        }
    }
}

extension PartyVote {
    /// The members of an element of a vote's `for` and `against`.
    enum Field: Int, SchemaField {
        case party, seats

        var shape: FieldShape {
            switch self {
            case .party: .required(.text)
            case .seats: .optional(.integer)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .party: .string(party)
        case .seats: seats.map { .int(Int64($0)) } ?? .null
        }
    }
}

extension AnswerReference {
    /// The members of an element of a status event's `answers`.
    enum Field: Int, SchemaField {
        case index, label, askers, party

        var shape: FieldShape {
            switch self {
            case .index: .required(.integer)
            case .label, .party: .optional(.string)
            case .askers: .required(.strings)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .index: .int(Int64(index))
        case .label: optional(label)
        case .askers: .array(askers.map { .string($0) })
        case .party: optional(party)
        }
    }
}

extension ExpectedTime {
    /// The members of a status event's `expected`; its `from` is not after its `to`.
    enum Field: Int, SchemaField {
        case from, to, text

        var shape: FieldShape {
            switch self {
            case .from, .to: .required(.day)
            case .text: .required(.string)
            }
        }
    }

    func value(of field: Field) -> JSONValue {
        switch field {
        case .from: .string(from.iso)
        case .to: .string(to.iso)
        case .text: .string(text)
        }
    }
}

/// An answer as the reports write it in JSON, its members in the order people read them:
/// `{"index":3,"label":"3","askers":[…],"party":"D66"}` (the ledger's line holds them in
/// canonical order).
func answerJSON(_ answer: AnswerReference) -> JSONValue {
    .object([
        ("index", .int(Int64(answer.index))), ("label", optional(answer.label)),
        ("askers", .array(answer.askers.map { .string($0) })), ("party", optional(answer.party)),
    ])
}

/// A promised time as the reports write it in JSON, its members in the order people read them:
/// `{"from":"2026-10-01","to":"2026-12-31","text":"…"}` (the ledger's line holds them in
/// canonical order).
func expectedJSON(_ expected: ExpectedTime) -> JSONValue {
    .object([("from", .string(expected.from.iso)), ("to", .string(expected.to.iso)), ("text", .string(expected.text))])
}

func optional(_ text: String?) -> JSONValue {
    text.map { .string($0) } ?? .null
}
