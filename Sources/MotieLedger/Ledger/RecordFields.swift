import Kamerstuk

/// The fields of a checked line of one record type, by name. The accessors read what
/// ``LineFields/check(ids:)`` parsed of each value, and the bytes of strings; a string accessor
/// asked for a value that is not one fails with the check's own words.
struct RecordFields<Field: SchemaField> {
    let line: LineFields

    init(_ line: LineFields) {
        self.line = line
    }

    @inline(__always)
    func index(_ field: Field) -> Int { line.layout.ownIndex[field.rawValue] }

    @inline(__always)
    func raw(_ field: Field) -> UnsafeRawBufferPointer { line.raw(index(field)) }

    /// What the check read of the field's value.
    @inline(__always)
    func reading(_ field: Field) -> Int { line.readings[index(field)] }

    func offset(_ field: Field) -> Int { line.offset(index(field)) }

    func isNull(_ field: Field) -> Bool { LineValue.isNull(raw(field)) }

    /// Whether two fields hold the same bytes.
    func sameValue(_ a: Field, _ b: Field) -> Bool {
        let x = raw(a), y = raw(b)
        return x.count == y.count && sameBytes(x.baseAddress!, y.baseAddress, x.count)
    }

    /// The contents of a string value, still escaped, without quotes.
    func contents(_ field: Field) throws(LineFault) -> UnsafeRawBufferPointer {
        guard let contents = LineValue.contents(raw(field)) else { throw line.fault(index(field)) }
        return contents
    }

    func string(_ field: Field) throws(LineFault) -> String {
        unescaped(try contents(field))
    }

    func optionalString(_ field: Field) throws(LineFault) -> String? {
        isNull(field) ? nil : try string(field)
    }

    /// A day as its days since 1970-01-01.
    func dayNumber(_ field: Field) -> Int { reading(field) }

    func day(_ field: Field) -> Day { Day(daysSinceEpoch: reading(field)) }

    func optionalDay(_ field: Field) -> Day? {
        isNull(field) ? nil : day(field)
    }

    func optionalInteger(_ field: Field) -> Int? {
        isNull(field) ? nil : reading(field)
    }

    func bool(_ field: Field) -> Bool { reading(field) != 0 }

    /// The ID the check parsed, or, where it had met the string before and so did not parse it,
    /// the ID parsed now.
    func kamerstukID(_ field: Field) throws(LineFault) -> KamerstukID {
        let reading = reading(field)
        if reading >= 0 { return line.parsedIDs[reading] }
        guard let id = KamerstukIDRule.id(try contents(field)) else { throw line.fault(index(field)) }
        return id
    }

    func optionalKamerstukID(_ field: Field) throws(LineFault) -> KamerstukID? {
        isNull(field) ? nil : try kamerstukID(field)
    }

    func status(_ field: Field) -> MotionStatus { MotionStatus.allCases[reading(field)] }

    func origin(_ field: Field) -> EventOrigin { reading(field) == 0 ? .parser : .manual }

    func strings(_ field: Field) throws(LineFault) -> [String] {
        var strings: [String] = []
        try forEachString(field) { strings.append(unescaped($0)) }
        return strings
    }

    /// Calls `body` with the contents of each element of an array of strings, still escaped.
    func forEachString(_ field: Field, _ body: (UnsafeRawBufferPointer) -> Void) throws(LineFault) {
        guard LineValue.forEachString(inArray: raw(field), body) else { throw line.fault(index(field)) }
    }

    func answers(_ field: Field) throws(LineFault) -> [AnswerReference] {
        var answers: [AnswerReference] = []
        var ids = KamerstukIDRule()
        var position = 0, label: String?, askers: [String] = [], party: String?
        let whole = LineValue.forEachObject(inArray: raw(field), FieldLayout.answer, ids: &ids) { member, value, reading in
            switch AnswerReference.Field(rawValue: member) {
            case .index: position = reading
            case .label: label = LineValue.contents(value).map(unescaped)
            case .askers:
                askers = []
                _ = LineValue.forEachString(inArray: value) { askers.append(unescaped($0)) }
            case .party: party = LineValue.contents(value).map(unescaped)
            case nil: break
            }
        } next: {
            answers.append(AnswerReference(index: position, label: label, askers: askers, party: party))
        }
        guard whole else { throw line.fault(index(field)) }
        return answers
    }

    func submitters(_ field: Field) throws(LineFault) -> [Submitter]? {
        if isNull(field) { return nil }
        var submitters: [Submitter] = []
        var ids = KamerstukIDRule()
        var name = "", party: String?
        let whole = LineValue.forEachObject(inArray: raw(field), FieldLayout.submitter, ids: &ids) { member, value, _ in
            switch Submitter.Field(rawValue: member) {
            case .name: name = LineValue.contents(value).map(unescaped) ?? ""
            case .party: party = LineValue.contents(value).map(unescaped)
            case nil: break
            }
        } next: {
            submitters.append(Submitter(name: name, party: party))
        }
        guard whole else { throw line.fault(index(field)) }
        return submitters
    }

    func codedFindings(_ field: Field) throws(LineFault) -> [CodedFinding] {
        var found: [CodedFinding] = []
        var ids = KamerstukIDRule()
        var code = "", lineNumber: Int?, column: Int?, values: [String] = []
        let whole = LineValue.forEachObject(inArray: raw(field), FieldLayout.codedFinding, ids: &ids) { member, value, _ in
            switch CodedFinding.Field(rawValue: member) {
            case .code: code = LineValue.contents(value).map(unescaped) ?? ""
            case .line: lineNumber = LineValue.integer(value)
            case .column: column = LineValue.integer(value)
            case .values:
                values = []
                _ = LineValue.forEachString(inArray: value) { values.append(unescaped($0)) }
            case nil: break
            }
        } next: {
            found.append(CodedFinding(code: code, line: lineNumber, column: column, values: values))
            lineNumber = nil
            column = nil
        }
        guard whole else { throw line.fault(index(field)) }
        return found
    }

    func vote(_ field: Field) throws(LineFault) -> Vote? {
        if isNull(field) { return nil }
        var ids = KamerstukIDRule()
        var outcome: VoteOutcome?, date: Day?, votesFor: [PartyVote] = [], votesAgainst: [PartyVote] = []
        let whole = LineValue.forEachMember(of: raw(field), FieldLayout.vote, ids: &ids) { member, value, _ in
            switch Vote.Field(rawValue: member) {
            case .outcome: outcome = LineValue.outcome(value)
            case .date: date = LineValue.contents(value).flatMap(LineValue.day)
            case .for: votesFor = RecordFields.partyVotes(value)
            case .against: votesAgainst = RecordFields.partyVotes(value)
            case nil: break
            }
        }
        guard whole, let outcome else { throw line.fault(index(field)) }
        return Vote(outcome: outcome, date: date, votesFor: votesFor, votesAgainst: votesAgainst)
    }

    /// The parties' votes of an array the vote's check admitted.
    private static func partyVotes(_ array: UnsafeRawBufferPointer) -> [PartyVote] {
        var votes: [PartyVote] = []
        var ids = KamerstukIDRule()
        var party = "", seats: Int?
        _ = LineValue.forEachObject(inArray: array, FieldLayout.partyVote, ids: &ids) { member, value, reading in
            switch PartyVote.Field(rawValue: member) {
            case .party: party = LineValue.contents(value).map(unescaped) ?? ""
            case .seats: seats = LineValue.isNull(value) ? nil : reading
            case nil: break
            }
        } next: {
            votes.append(PartyVote(party: party, seats: seats))
        }
        return votes
    }

    func factsKind(_ field: Field) throws(LineFault) -> FactsSource.Kind {
        guard let kind = LineValue.factsKind(raw(field)) else { throw line.fault(index(field)) }
        return kind
    }

    func expected(_ field: Field) -> ExpectedTime? {
        guard let days = promisedDays(field) else { return nil }
        let text = LineValue.member(ExpectedTime.Field.text.rawValue, of: raw(field), FieldLayout.promisedTime)
        return ExpectedTime(from: Day(daysSinceEpoch: days.from), to: Day(daysSinceEpoch: days.to),
                            text: unescaped(UnsafeRawBufferPointer(rebasing: text[1..<(text.count - 1)])))
    }

    /// A promised time's days, as days since 1970-01-01.
    func promisedDays(_ field: Field) -> (from: Int, to: Int)? {
        isNull(field) ? nil : LineValue.unpackDays(reading(field))
    }
}
