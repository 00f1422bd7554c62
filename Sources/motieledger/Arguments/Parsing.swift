/// A mistake in how the program was called: exit status 64, and one line in English that says
/// what was wrong and how to mend it.
struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line, without the `motieledger: error:` prefix.
    let message: String

    /// A usage error that says `message`.
    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}

extension CLIError {
    /// The usage error as a failure with exit status 64.
    init(_ usage: UsageError) {
        self.init(.usage, usage.message)
    }
}

/// What parsing a command's arguments came to.
enum ParseResult {
    /// `--help` or `-h` was given: show the command's help and do nothing else.
    case help
    /// The arguments, checked, ready for the command.
    case arguments(ParsedArguments)
}

extension CommandSpec {
    /// Parses the arguments that follow the command's name.
    ///
    /// Options and positionals may come in any order; `--` makes everything after it
    /// positional; a lone `-` is positional (standard input). `--help` or `-h` anywhere before
    /// `--` asks for help, even among mistakes, since someone asking for help may not yet know
    /// how to call the command.
    func parse(_ arguments: [String]) throws(UsageError) -> ParseResult {
        if arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
            return .help
        }
        var flags: Set<String> = []
        var values: [String: [String]] = [:]
        var loose: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            guard CommandSpec.looksLikeOption(argument) else {
                loose.append(argument)
                continue
            }
            if argument == "--" {
                loose += arguments[index...]
                break
            }
            let (spelling, inlineValue) = CommandSpec.split(argument)
            guard let option = option(spelled: spelling) else { throw unknownOption(spelling) }
            guard let value = option.value else {
                if inlineValue != nil { throw UsageError("option '\(spelling)' takes no value; write just '\(spelling)'") }
                flags.insert(option.name)
                continue
            }
            let text: String
            if let inlineValue {
                text = inlineValue
            } else if index < arguments.endIndex, !CommandSpec.looksLikeOption(arguments[index]) {
                text = arguments[index]
                index += 1
            } else {
                throw missingValue(spelling, value, before: index < arguments.endIndex ? arguments[index] : nil)
            }
            guard !text.isEmpty else {
                throw UsageError("option '\(spelling)' needs a value that is not empty: \(spelling) \(value.name)")
            }
            try value.kind.check(text, option: spelling)
            if let earlier = values[option.name]?.first, !value.repeats {
                throw UsageError("option '\(spelling)' given twice ('\(earlier)' and '\(text)'); give it once")
            }
            values[option.name, default: []].append(text)
        }
        for option in options where option.value?.isRequired == true && values[option.name] == nil {
            throw UsageError("missing option '\(option.synopsis)'; usage: \(usage)")
        }
        return .arguments(ParsedArguments(
            command: self, flags: flags, values: values, positionals: try assign(loose)))
    }

    /// Hands the positional values to the declared arguments, in order.
    private func assign(_ loose: [String]) throws(UsageError) -> [String: [String]] {
        var remaining = loose[...]
        var assigned: [String: [String]] = [:]
        for positional in positionals {
            switch positional.arity {
            case .required, .oneOrMore:
                guard !remaining.isEmpty else { throw UsageError("missing \(positional.name); usage: \(usage)") }
            case .optional, .zeroOrMore:
                break
            }
            let count = positional.arity == .required || positional.arity == .optional ? 1 : remaining.count
            assigned[positional.name] = Array(remaining.prefix(count))
            remaining = remaining.dropFirst(count)
        }
        if let extra = remaining.first {
            throw UsageError("unexpected argument '\(extra)'; usage: \(usage)")
        }
        return assigned
    }

    /// The declared option spelled `--name` or `-n`.
    private func option(spelled spelling: String) -> OptionSpec? {
        if spelling.hasPrefix("--") {
            let name = spelling.dropFirst(2)
            return options.first { $0.name == name }
        }
        guard spelling.count == 2, let letter = spelling.last else { return nil }
        return options.first { $0.shortName == letter }
    }

    private func missingValue(_ spelling: String, _ value: OptionSpec.Value, before next: String?) -> UsageError {
        let wanted = if case .choice(let choices) = value.kind {
            "one of \(choices.joined(separator: ", "))"
        } else {
            value.name
        }
        guard let next else {
            return UsageError("option '\(spelling)' needs a value: \(spelling) \(wanted)")
        }
        return UsageError("option '\(spelling)' needs a value (\(wanted)) but '\(next)' follows;"
            + " write \(spelling)=VALUE for a value that begins with '-'")
    }

    /// Whether `argument` is an option (or `--`) rather than a value; a lone `-` means standard input.
    private static func looksLikeOption(_ argument: String) -> Bool {
        argument.hasPrefix("-") && argument != "-"
    }

    /// `--format=json` → (`--format`, `json`). Short options take their value as the next
    /// argument only, as `-f json`.
    private static func split(_ argument: String) -> (spelling: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}

/// A command's arguments after parsing: every value checked, defaults filled in.
///
/// Read them by the names the ``CommandSpec`` declares. Asking for a name it does not declare,
/// or in the wrong way (a flag as a value), stops the program: that is a mistake in the command,
/// and one the first test that runs it will find.
struct ParsedArguments: Sendable {
    private let command: CommandSpec
    private let flags: Set<String>
    private let values: [String: [String]]
    private let positionalValues: [String: [String]]

    fileprivate init(command: CommandSpec, flags: Set<String>, values: [String: [String]],
                     positionals: [String: [String]]) {
        self.command = command
        self.flags = flags
        self.values = values
        self.positionalValues = positionals
    }

    /// Whether the flag `--name` was given.
    func flag(_ name: String) -> Bool {
        precondition(declared(name).value == nil, "--\(name) takes a value; read it with value(_:)")
        return flags.contains(name)
    }

    /// The value of `--name`, or its default, or `nil` when it has neither.
    func value(_ name: String) -> String? {
        let value = single(name)
        return values[name]?.first ?? value.defaultValue
    }

    /// Every value given to the repeatable option `--name`, in order.
    func values(_ name: String) -> [String] {
        precondition(declared(name).value?.repeats == true, "--\(name) is not repeatable; read it with value(_:)")
        return values[name] ?? []
    }

    /// The value of `--name`, declared as a ``ValueKind/positiveInteger``, as a number.
    func integer(_ name: String) -> Int? {
        precondition(single(name).kind == .positiveInteger, "--\(name) is not a number")
        guard let text = value(name) else { return nil }
        guard let number = Int(text) else { preconditionFailure("the parser let a bad number through for --\(name)") }
        return number
    }

    /// The value of the single positional argument `name`, or `nil` for an optional one not given.
    func positional(_ name: String) -> String? {
        let arity = declaredPositional(name).arity
        precondition(arity == .required || arity == .optional, "\(name) takes many values; read it with positionals(_:)")
        return positionalValues[name]?.first
    }

    /// The values of the variadic positional argument `name`, in order.
    func positionals(_ name: String) -> [String] {
        let arity = declaredPositional(name).arity
        precondition(arity == .zeroOrMore || arity == .oneOrMore, "\(name) takes one value; read it with positional(_:)")
        return positionalValues[name] ?? []
    }

    private func declared(_ name: String) -> OptionSpec {
        guard let option = command.options.first(where: { $0.name == name }) else {
            preconditionFailure("'\(command.name)' declares no option --\(name)")
        }
        return option
    }

    private func single(_ name: String) -> OptionSpec.Value {
        guard let value = declared(name).value, !value.repeats else {
            preconditionFailure("--\(name) is a flag or repeatable; read it with flag(_:) or values(_:)")
        }
        return value
    }

    private func declaredPositional(_ name: String) -> PositionalSpec {
        guard let positional = command.positionals.first(where: { $0.name == name }) else {
            preconditionFailure("'\(command.name)' declares no argument \(name)")
        }
        return positional
    }
}
