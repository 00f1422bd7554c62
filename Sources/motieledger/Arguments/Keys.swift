import MotieLedger

/// An option a command declares, by its spec: how it is parsed and shown in help.
protocol OptionKey: Sendable {
    var spec: OptionSpec { get }
}

/// A positional argument a command declares, by its spec.
protocol ArgumentKey: Sendable {
    var spec: PositionalSpec { get }
}

extension OptionSpec: OptionKey {
    var spec: OptionSpec { self }
}

extension PositionalSpec: ArgumentKey {
    var spec: PositionalSpec { self }
}

/// A type an option's or argument's value is read as, from what the parser read.
protocol ArgumentValue: Sendable {
    /// The value, or `nil` when the parser read another kind.
    static func read(_ value: ParsedValue) -> Self?
}

extension String: ArgumentValue {
    static func read(_ value: ParsedValue) -> String? {
        if case .text(let text) = value { text } else { nil }
    }
}

extension Day: ArgumentValue {
    static func read(_ value: ParsedValue) -> Day? {
        if case .day(let day) = value { day } else { nil }
    }
}

extension Int: ArgumentValue {
    static func read(_ value: ParsedValue) -> Int? {
        if case .integer(let number) = value { number } else { nil }
    }
}

extension CutoffQuery: ArgumentValue {
    static func read(_ value: ParsedValue) -> CutoffQuery? {
        if case .moment(let query) = value { query } else { nil }
    }
}

extension MotionStatus: ArgumentValue {
    static func read(_ value: ParsedValue) -> MotionStatus? {
        if case .status(let status) = value { status } else { nil }
    }
}

/// A value that is one of a few words: `--format json`, `--lang en`.
protocol ChoiceValue: ArgumentValue, RawRepresentable where RawValue == String {}

extension ChoiceValue {
    static func read(_ value: ParsedValue) -> Self? {
        String.read(value).flatMap(Self.init(rawValue:))
    }
}

extension Language: ChoiceValue {}
extension StatusTable.Format: ChoiceValue {}
extension StatusTable.Grouping: ChoiceValue {}

/// What a command prints: text for people, or a format for other programs.
enum OutputFormat: String, ChoiceValue {
    case text
    case json
    case markdown
    case csv
}

/// A flag such as `--dry-run`: `arguments[flag]` says whether it was given.
struct Flag: OptionKey {
    let spec: OptionSpec

    init(_ name: String, short: Character? = nil, help: String) {
        spec = .flag(name, short: short, help: help)
    }
}

/// An option with a value, read as `Value`: `arguments[option]` is the value given, or `nil`.
struct Option<Value: ArgumentValue>: OptionKey {
    let spec: OptionSpec
    var reading: @Sendable (ParsedValue) -> Value? { Value.read }

    fileprivate init(_ name: String, short: Character?, valueName: String, kind: ValueKind, completes completion: Completion = .none,
                     help: String) {
        spec = .value(name, short: short, valueName: valueName, kind: kind, completes: completion, help: help)
    }
}

extension Option where Value == String {
    /// Any text that is not empty: `--ledger PATH`; a shell offers what `completion` says.
    static func text(_ name: String, short: Character? = nil, valueName: String, completes completion: Completion = .none,
                     help: String) -> Option {
        Option(name, short: short, valueName: valueName, kind: .text, completes: completion, help: help)
    }
}

extension Option where Value == Day {
    /// A date, `--on YYYY-MM-DD`.
    static func date(_ name: String, help: String) -> Option {
        Option(name, short: nil, valueName: "YYYY-MM-DD", kind: .date, help: help)
    }
}

extension Option where Value == Int {
    /// A whole number greater than 0, `--older-than DAYS`.
    static func positiveInteger(_ name: String, valueName: String, help: String) -> Option {
        Option(name, short: nil, valueName: valueName, kind: .positiveInteger, help: help)
    }
}

extension Option where Value == CutoffQuery {
    /// A moment of the ledger: `--at LABEL|DATE|DOCUMENT`.
    static func moment(_ name: String, help: String) -> Option {
        Option(name, short: nil, valueName: "LABEL|DATE|DOCUMENT", kind: .moment, help: help)
    }
}

extension Option where Value: ChoiceValue {
    /// One of `choices`, in the order help lists them.
    static func choice(_ name: String, short: Character? = nil, valueName: String, among choices: [Value], help: String) -> Option {
        Option(name, short: short, valueName: valueName, kind: .choice(choices.map(\.rawValue)), help: help)
    }
}

/// An option the command cannot run without: `arguments[option]` is its value.
struct RequiredOption<Value: ArgumentValue>: OptionKey {
    let spec: OptionSpec
    var reading: @Sendable (ParsedValue) -> Value? { Value.read }
}

extension RequiredOption where Value == String {
    /// Any text that is not empty: `--source TEXT`.
    static func text(_ name: String, valueName: String, help: String) -> RequiredOption {
        RequiredOption(spec: .value(name, valueName: valueName, required: true, help: help))
    }
}

/// An option with a default: `arguments[option]` is the value given, or the default.
struct DefaultedOption<Value: ArgumentValue>: OptionKey {
    let spec: OptionSpec
    let defaultValue: Value
    var reading: @Sendable (ParsedValue) -> Value? { Value.read }
}

extension DefaultedOption where Value: ChoiceValue {
    /// One of `choices`, in the order help lists them; `defaultValue` when not given.
    static func choice(_ name: String, short: Character? = nil, valueName: String, among choices: [Value],
                       default defaultValue: Value, help: String) -> DefaultedOption {
        DefaultedOption(spec: .value(name, short: short, valueName: valueName, kind: .choice(choices.map(\.rawValue)),
                                     default: defaultValue.rawValue, help: help), defaultValue: defaultValue)
    }
}

extension DefaultedOption where Value == Int {
    /// A whole number greater than 0, `--wait SECONDS`; `defaultValue` when not given.
    static func positiveInteger(_ name: String, valueName: String, default defaultValue: Int, help: String) -> DefaultedOption {
        DefaultedOption(spec: .value(name, valueName: valueName, kind: .positiveInteger, default: String(defaultValue), help: help),
                        defaultValue: defaultValue)
    }
}

/// An option that may be given many times: `arguments[option]` is every value, in order.
struct RepeatingOption<Value: ArgumentValue>: OptionKey {
    let spec: OptionSpec
    var reading: @Sendable (ParsedValue) -> Value? { Value.read }
}

extension RepeatingOption where Value == String {
    /// Any text that is not empty, as often as given: `--source A --source B`.
    static func text(_ name: String, short: Character? = nil, valueName: String, help: String) -> RepeatingOption {
        RepeatingOption(spec: .repeating(name, short: short, valueName: valueName, help: help))
    }
}

/// A positional argument given exactly once: `arguments[argument]` is its value.
struct Argument<Value: ArgumentValue>: ArgumentKey {
    let spec: PositionalSpec
    var reading: @Sendable (ParsedValue) -> Value? { Value.read }
}

extension Argument where Value == String {
    init(_ name: String, completes completion: Completion = .none, help: String) {
        spec = PositionalSpec(name, completes: completion, help: help)
    }
}

extension Argument where Value: ChoiceValue {
    /// One of `choices`, such as `completion`'s `SHELL`.
    static func choice(_ name: String, among choices: [Value], help: String) -> Argument {
        Argument(spec: PositionalSpec(name, kind: .choice(choices.map(\.rawValue)), help: help))
    }
}

extension Argument where Value == CutoffQuery {
    /// A moment of the ledger, such as diff's `FROM`.
    static func moment(_ name: String, help: String) -> Argument {
        Argument(spec: PositionalSpec(name, kind: .moment, help: help))
    }
}

/// A positional argument that may be left out: `arguments[argument]` is its value, or `nil`.
struct OptionalArgument<Value: ArgumentValue>: ArgumentKey {
    let spec: PositionalSpec
    var reading: @Sendable (ParsedValue) -> Value? { Value.read }
}

extension OptionalArgument where Value == String {
    init(_ name: String, completes completion: Completion = .none, help: String) {
        spec = PositionalSpec(name, arity: .optional, completes: completion, help: help)
    }
}

extension OptionalArgument where Value == MotionStatus {
    /// A motion's status, such as record's `STATUS`: `in-behandeling` or `in behandeling`.
    static func status(_ name: String, help: String) -> OptionalArgument {
        OptionalArgument(spec: PositionalSpec(name, arity: .optional, kind: .status, help: help))
    }
}

/// The last positional argument, taking any number of values (at least one when
/// `atLeastOne`): `arguments[list]` is every value, in order.
struct ArgumentList<Value: ArgumentValue>: ArgumentKey {
    let spec: PositionalSpec
    var reading: @Sendable (ParsedValue) -> Value? { Value.read }
}

extension ArgumentList where Value == String {
    init(_ name: String, atLeastOne: Bool, completes completion: Completion = .none, help: String) {
        spec = PositionalSpec(name, arity: atLeastOne ? .oneOrMore : .zeroOrMore, completes: completion, help: help)
    }
}
