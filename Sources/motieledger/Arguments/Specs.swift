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

/// What a shell may offer for a value while it is typed: the generated completion scripts
/// read it, the parser does not.
enum Completion: Equatable, Sendable {
    /// Nothing is known in advance (a query, a date, a label).
    case none
    /// A path to a file (folders included, to reach one).
    case files
    /// A path to a folder.
    case directories
    /// One of these words.
    case words([String])
}

/// A value as the parser read it, checked: what a typed key (Keys.swift) hands the command.
enum ParsedValue: Equatable, Sendable {
    case text(String)
    case day(Day)
    case integer(Int)
    case moment(CutoffQuery)
    case status(MotionStatus)
}

/// One option a command accepts: a flag such as `--dry-run`, or an option with a value such as
/// `--format json`. Made with ``flag(_:short:help:)``, ``value(_:short:valueName:kind:default:required:help:)``
/// or ``repeating(_:short:valueName:kind:help:)``.
struct OptionSpec: Sendable {
    /// What an option with a value takes.
    struct Value: Sendable {
        /// The value's name in help and usage: `FORMAT`, `YYYY-MM-DD`, `SECONDS`.
        let name: String
        /// How the value is checked.
        let kind: ValueKind
        /// Whether the option may be given more than once, each time adding a value.
        let repeats: Bool
        /// Whether the command cannot run without it.
        let isRequired: Bool
        /// The value when the option is not given.
        let defaultValue: String?
        /// What a shell offers for it: a choice's words, else what the option declares.
        let completion: Completion
    }

    /// The long name without its dashes: `format` for `--format`.
    let name: String
    /// The one-letter name without its dash, if any: `f` for `-f`.
    let shortName: Character?
    /// What the option does, in one line, for the help text.
    let help: String
    /// What the option takes; `nil` for a flag.
    let value: Value?

    /// A flag: there or not, such as `--dry-run`.
    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, shortName: short, help: help, value: nil)
    }

    /// An option given at most once with a value, such as `--format json`.
    static func value(
        _ name: String, short: Character? = nil, valueName: String, kind: ValueKind = .text,
        default defaultValue: String? = nil, required: Bool = false, completes completion: Completion = .none, help: String
    ) -> OptionSpec {
        precondition(!(required && defaultValue != nil), "--\(name) cannot be both required and defaulted")
        if let defaultValue {
            precondition((try? kind.read(defaultValue, option: "--\(name)")) != nil,
                         "the default of --\(name) is not a valid value")
        }
        let value = Value(name: valueName, kind: kind, repeats: false, isRequired: required, defaultValue: defaultValue,
                          completion: kind.completion(else: completion))
        return OptionSpec(name: name, shortName: short, help: help, value: value)
    }

    /// An option that may be given any number of times, each adding a value, such as `--source A --source B`.
    static func repeating(
        _ name: String, short: Character? = nil, valueName: String, kind: ValueKind = .text,
        completes completion: Completion = .none, help: String
    ) -> OptionSpec {
        let value = Value(name: valueName, kind: kind, repeats: true, isRequired: false, defaultValue: nil,
                          completion: kind.completion(else: completion))
        return OptionSpec(name: name, shortName: short, help: help, value: value)
    }

    /// The option as usage shows it: `--format FORMAT`, `--dry-run`.
    var synopsis: String {
        value.map { "--\(name) \($0.name)" } ?? "--\(name)"
    }
}

/// One positional argument of a command, such as `FILE`.
struct PositionalSpec: Sendable {
    /// How many values the argument takes.
    enum Arity: Sendable {
        /// Exactly one.
        case required
        /// None or one.
        case optional
        /// Any number, none included; only the last argument.
        case zeroOrMore
        /// At least one; only the last argument.
        case oneOrMore
    }

    /// The name in help and usage, in capitals: `FILE`.
    let name: String
    /// How many values it takes.
    let arity: Arity
    /// How each value is checked and read.
    let kind: ValueKind
    /// What it is, in one line, for the help text.
    let help: String
    /// What a shell offers for it.
    let completion: Completion

    /// An argument called `name` that takes `arity` values of `kind`, completed with `completion`.
    init(_ name: String, arity: Arity = .required, kind: ValueKind = .text, completes completion: Completion = .none, help: String) {
        self.name = name
        self.arity = arity
        self.kind = kind
        self.help = help
        self.completion = kind.completion(else: completion)
    }

    /// The argument as usage shows it: `FILE`, `[FILE]`, `[FILE ...]`, `FILE ...`.
    var synopsis: String {
        switch arity {
        case .required: name
        case .optional: "[\(name)]"
        case .zeroOrMore: "[\(name) ...]"
        case .oneOrMore: "\(name) ..."
        }
    }
}

/// A command line that shows how a command is used, with what it does. Help and the man page
/// show them.
struct Example: Sendable {
    /// What the line does, in one sentence.
    let purpose: String
    /// The line as typed in a shell, `motieledger` and all.
    let line: String

    /// An example that does `purpose` by running `line`.
    init(_ purpose: String, _ line: String) {
        self.purpose = purpose
        self.line = line
    }
}

/// A subcommand's interface: its name, what it does, its options and positional arguments.
/// Usage, help, the man page and the completion scripts are generated from it, so they cannot
/// drift from what is parsed.
struct CommandSpec: Sendable {
    /// The word that selects the command: `refs`.
    let name: String
    /// What the command does, in one line.
    let summary: String
    /// The options, in the order help lists them; `--help` is always there and not listed here.
    let options: [OptionSpec]
    /// The positional arguments, in order.
    let positionals: [PositionalSpec]
    /// How the command is used, for help and the man page.
    let examples: [Example]

    /// Describes a command. Stops the program on a description that could not be parsed
    /// unambiguously (two options of one name, a variadic argument that is not last): a
    /// mistake in the program, not in its use.
    init(name: String, summary: String, options: [any OptionKey] = [], positionals: [any ArgumentKey] = [],
         examples: [Example] = []) {
        let options = options.map(\.spec), positionals = positionals.map(\.spec)
        var longNames: Set<String> = ["help"]
        var shortNames: Set<Character> = ["h"]
        for option in options {
            precondition(!option.name.isEmpty && !option.name.hasPrefix("-") && !option.name.contains("="),
                         "'\(option.name)' is not a long option name")
            precondition(longNames.insert(option.name).inserted, "--\(option.name) is declared twice")
            if let short = option.shortName {
                precondition(short.isLetter, "-\(short) is not a one-letter option name")
                precondition(shortNames.insert(short).inserted, "-\(short) is declared twice")
            }
        }
        var positionalNames: Set<String> = []
        var sawOptional = false
        for (index, positional) in positionals.enumerated() {
            precondition(positionalNames.insert(positional.name).inserted, "\(positional.name) is declared twice")
            switch positional.arity {
            case .required:
                precondition(!sawOptional, "\(positional.name) is required but follows an optional argument")
            case .optional:
                sawOptional = true
            case .zeroOrMore, .oneOrMore:
                precondition(index == positionals.count - 1, "\(positional.name) takes many values but is not last")
                precondition(positional.arity == .zeroOrMore || !sawOptional,
                             "\(positional.name) needs a value but follows an optional argument")
            }
        }
        self.name = name
        self.summary = summary
        self.options = options
        self.positionals = positionals
        self.examples = examples
    }
}
