import MotieLedger

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
