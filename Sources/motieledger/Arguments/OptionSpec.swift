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
