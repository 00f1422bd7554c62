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
