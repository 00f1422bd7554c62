import Kamerstuk

/// What a field's value must be: a value of its kind, or, where the field is optional, null.
enum FieldShape: Sendable, Equatable {
    case required(ValueKind)
    case optional(ValueKind)

    var kind: ValueKind {
        switch self {
        case .required(let kind), .optional(let kind): kind
        }
    }

    var expectation: String {
        switch self {
        case .required(let kind): kind.expectation
        case .optional(let kind): kind.expectation + " or null"
        }
    }

    var typeName: String {
        switch self {
        case .required(let kind): kind.typeName
        case .optional(let kind): kind.typeName + " or null"
        }
    }

    /// Reads `value`, the bytes of a value of a scanned line, by the shape: `nil` when it breaks
    /// the shape or its rule, else what ``ValueKind/read(_:ids:parsedIDs:)`` keeps of it (0 for
    /// a null).
    @inline(__always)
    func read(_ value: UnsafeRawBufferPointer, ids: inout some KamerstukIDCheck, parsedIDs: inout [KamerstukID]) -> Int? {
        switch self {
        case .required(let kind): kind.read(value, ids: &ids, parsedIDs: &parsedIDs)
        case .optional(let kind): LineValue.isNull(value) ? 0 : kind.read(value, ids: &ids, parsedIDs: &parsedIDs)
        }
    }
}

extension ValueKind {
    /// Reads `value`, the bytes of a value of a scanned line: `nil` when it is not of this kind
    /// or breaks its rule, else what a reader needs of it, so that no value is parsed twice —
    /// an integer's value, a bool as 0 or 1, a day as its days since 1970-01-01, a moment as its
    /// seconds since then, a status or an origin as its place among its cases, a promised
    /// time's two days (``LineValue/packDays(_:_:)``), and a Kamerstuk ID as its place in
    /// `parsedIDs` when the check parsed it (-1 when the check had met it before and did not
    /// parse it again). 0 for the other kinds: their readers use their bytes.
    func read(_ value: UnsafeRawBufferPointer, ids: inout some KamerstukIDCheck, parsedIDs: inout [KamerstukID]) -> Int? {
        switch self {
        case .version, .recordType: return 0
        case .sequence:
            guard let seq = LineValue.integer(value), 1...ValueKind.maximumSequence ~= seq else { return nil }
            return seq
        case .integer: return LineValue.integer(value)
        case .bool: return LineValue.bool(value).map { $0 ? 1 : 0 }
        case .string: return LineValue.contents(value) == nil ? nil : 0
        case .text: return LineValue.contents(value).flatMap { $0.count > 0 ? 0 : nil }
        case .day: return LineValue.contents(value).flatMap(LineValue.day)?.daysSinceEpoch
        case .timestamp: return LineValue.contents(value).flatMap(LineValue.timestamp)?.secondsSinceEpoch
        case .digest: return LineValue.contents(value).map(LineValue.isDigest) == true ? 0 : nil
        case .kamerstukID:
            switch LineValue.contents(value).flatMap({ ids.canonicalID($0) }) {
            case nil: return nil
            case .known: return -1
            case .parsed(let id):
                parsedIDs.append(id)
                return parsedIDs.count - 1
            }
        case .status: return LineValue.statusIndex(value)
        case .origin: return LineValue.origin(value).map { $0 == .manual ? 1 : 0 }
        case .strings: return LineValue.forEachString(inArray: value) { _ in } ? 0 : nil
        case .answers: return LineValue.forEachObject(inArray: value, FieldLayout.answer, ids: &ids) { _, _, _ in } ? 0 : nil
        case .promisedTime: return LineValue.promisedDays(value)
        case .submitters: return LineValue.forEachObject(inArray: value, FieldLayout.submitter, ids: &ids) { _, _, _ in } ? 0 : nil
        case .vote: return LineValue.forEachMember(of: value, FieldLayout.vote, ids: &ids) { _, _, _ in } ? 0 : nil
        case .outcome: return LineValue.outcome(value) == nil ? nil : 0
        case .partyVotes: return LineValue.forEachObject(inArray: value, FieldLayout.partyVote, ids: &ids) { _, _, _ in } ? 0 : nil
        case .factsKind: return LineValue.factsKind(value) == nil ? nil : 0
        case .codedFindings: return LineValue.forEachObject(inArray: value, FieldLayout.codedFinding, ids: &ids) { _, _, _ in } ? 0 : nil
        }
    }
}
