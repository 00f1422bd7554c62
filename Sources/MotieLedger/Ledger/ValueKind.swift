import Kamerstuk

/// The kinds of value a ledger field holds, each with the rule its bytes keep.
enum ValueKind: Sendable, Equatable {
    /// `v`, the schema version, and `type`: checked when the line's layout is chosen by them.
    case version, recordType
    /// `seq`: the line's number, from 1 to ``ValueKind/maximumSequence``.
    case sequence
    case integer, bool, string
    /// A string that holds something.
    case text
    case day, timestamp, digest, kamerstukID, status, origin
    /// An array of strings.
    case strings
    /// An array of ``AnswerReference`` objects.
    case answers
    /// An ``ExpectedTime`` object.
    case promisedTime
    /// Facts: an array of submitters, a vote, a vote's outcome, an array of parties' votes, the
    /// kind of source.
    case submitters, vote, outcome, partyVotes, factsKind
    /// An array of ``CodedFinding`` objects.
    case codedFindings

    /// What a value of the kind must be, for messages: `"seq" must be an integer`.
    var expectation: String {
        switch self {
        case .version: "the schema version"
        case .recordType: "a record type"
        case .sequence: "a line number from 1 to \(ValueKind.maximumSequence)"
        case .integer: "a 64-bit integer"
        case .bool: "true or false"
        case .string: "a string"
        case .text: "a non-empty string"
        case .day: "a date YYYY-MM-DD"
        case .timestamp: "a UTC time YYYY-MM-DDTHH:MM:SSZ"
        case .digest: "a SHA-256 in 64 lowercase hexadecimal digits"
        case .kamerstukID: "a canonical Kamerstuk ID such as kst-21501-02-3236"
        case .status: "a status: " + MotionStatus.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        case .origin: "\"parser\" or \"manual\""
        case .strings: "an array of strings"
        case .answers: "an array of " + LineValue.describe(FieldLayout.answer)
        case .promisedTime: LineValue.describe(FieldLayout.promisedTime) + " (from ≤ to)"
        case .submitters: "an array of " + LineValue.describe(FieldLayout.submitter)
        case .vote: LineValue.describe(FieldLayout.vote)
        case .outcome: "an outcome: " + VoteOutcome.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        case .partyVotes: "an array of " + LineValue.describe(FieldLayout.partyVote)
        case .factsKind: "a kind of source: " + FactsSource.Kind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        case .codedFindings: "an array of " + LineValue.describe(FieldLayout.codedFinding)
        }
    }

    /// The most lines a ledger holds: a replay keeps a line's number in 32 bits (a ledger that
    /// long would take more than 600 GB). A reader that takes a `seq` at its word, as a part of
    /// a parallel pass does, can count on it.
    static let maximumSequence = Int(Int32.max)

    /// The kind as a member of a nested object's description: `[string]`, `integer`, `date`.
    var typeName: String {
        switch self {
        case .strings: "[string]"
        case .integer, .sequence: "integer"
        case .string, .text: "string"
        case .day: "date"
        default: expectation
        }
    }
}
