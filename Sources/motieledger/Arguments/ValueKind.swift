import MotieLedger

/// How an option's or argument's value is checked and read. The parser reads every value before
/// a command runs, so a bad value stops the program before it has read or written anything.
enum ValueKind: Equatable, Sendable {
    /// Any text (for an option, one that is not empty).
    case text
    /// One of a fixed set of words, such as `text`, `json`, `markdown`, `csv`.
    case choice([String])
    /// A real calendar date written `YYYY-MM-DD`.
    case date
    /// A whole number greater than 0, such as a number of seconds.
    case positiveInteger
    /// A moment of the ledger: a debate label, a document number, or a date, which must then be real.
    case moment
    /// A motion's status, as JSON writes it (`in-behandeling`) or a report shows it (`in behandeling`).
    case status

    /// Checks `text` as the value of `option` (`--date`, as the user spelled it, or `FROM`) and
    /// reads it: a date as a ``Day``, a number as an `Int`, a moment as a ``CutoffQuery``, a
    /// status as a ``MotionStatus``.
    func read(_ text: String, option: String) throws(UsageError) -> ParsedValue {
        switch self {
        case .text:
            return .text(text)
        case .choice(let choices):
            try ValueKind.checkChoice(text, among: choices, option: option)
            return .text(text)
        case .date:
            return .day(try ValueKind.date(text, option: option))
        case .positiveInteger:
            return .integer(try ValueKind.positiveInteger(text, option: option))
        case .moment:
            do {
                return .moment(try CutoffQuery(text))
            } catch {
                throw UsageError("invalid date '\(text)' for '\(option)'; \(error)")
            }
        case .status:
            return .status(try ValueKind.status(text))
        }
    }

    /// What a shell offers for a value of this kind: a choice's words, the statuses as JSON
    /// writes them, else `declared`.
    func completion(else declared: Completion) -> Completion {
        switch self {
        case .choice(let choices): .words(choices)
        case .status: .words(MotionStatus.allCases.map(\.rawValue))
        case .text, .date, .positiveInteger, .moment: declared
        }
    }

    /// Checks that `text` is one of `choices`, suggesting the closest when it is not.
    static func checkChoice(_ text: String, among choices: [String], option: String) throws(UsageError) {
        guard !choices.contains(text) else { return }
        let list = choices.joined(separator: ", ")
        if let near = closestMatch(to: text, among: choices) {
            throw UsageError("invalid value '\(text)' for '\(option)'; did you mean '\(near)'? (one of \(list))")
        }
        throw UsageError("invalid value '\(text)' for '\(option)'; expected one of \(list)")
    }

    /// Reads `text`, the value of `option`, as a date, as ``Day/init(parsing:)`` reads every date:
    /// a real day written `YYYY-MM-DD` in the years 0001–9999.
    static func date(_ text: String, option: String) throws(UsageError) -> Day {
        do {
            return try Day(parsing: text)
        } catch {
            throw UsageError("invalid date '\(text)' for '\(option)'; \(error)")
        }
    }

    /// Reads `text` as a status, in any form ``MotionStatus/init(written:)`` takes, suggesting
    /// the closest when it is none.
    static func status(_ text: String) throws(UsageError) -> MotionStatus {
        if let status = MotionStatus(written: text) { return status }
        let list = MotionStatus.allCases.map(\.rawValue)
        let near = closestMatch(to: text, among: list).map { "did you mean '\($0)'? " } ?? ""
        throw UsageError("unknown status '\(text)'; \(near)(one of \(list.joined(separator: ", ")))")
    }

    /// Reads `text`, the value of `option`, as a whole number greater than 0: digits only,
    /// so that `+5`, `1.5` and ` 5` are refused rather than guessed at.
    static func positiveInteger(_ text: String, option: String) throws(UsageError) -> Int {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw UsageError("invalid value '\(text)' for '\(option)'; expected a whole number greater than 0, such as 10")
        }
        guard let number = Int(text) else {
            throw UsageError("invalid value '\(text)' for '\(option)'; the number is too large")
        }
        guard number > 0 else {
            throw UsageError("invalid value '\(text)' for '\(option)'; expected a whole number greater than 0, such as 10")
        }
        return number
    }
}
