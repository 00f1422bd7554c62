extension CLIError {
    /// The usage error as a failure with exit status 64.
    init(_ usage: UsageError) {
        self.init(.usage, usage.message)
    }
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
        var values: [String: [(text: String, value: ParsedValue)]] = [:]
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
            let read = try value.kind.read(text, option: spelling)
            if let earlier = values[option.name]?.first, !value.repeats {
                throw UsageError("option '\(spelling)' given twice ('\(earlier.text)' and '\(text)'); give it once")
            }
            values[option.name, default: []].append((text, read))
        }
        for option in options where option.value?.isRequired == true && values[option.name] == nil {
            throw UsageError("missing option '\(option.synopsis)'; usage: \(usage)")
        }
        return .arguments(ParsedArguments(
            command: self, flags: flags, values: values.mapValues { $0.map(\.value) }, positionals: try assign(loose)))
    }

    /// Hands the positional values to the declared arguments, in order.
    private func assign(_ loose: [String]) throws(UsageError) -> [String: [ParsedValue]] {
        var remaining = loose[...]
        var assigned: [String: [ParsedValue]] = [:]
        for positional in positionals {
            switch positional.arity {
            case .required, .oneOrMore:
                guard !remaining.isEmpty else { throw UsageError("missing \(positional.name); usage: \(usage)") }
            case .optional, .zeroOrMore:
                break
            }
            let count = positional.arity == .required || positional.arity == .optional ? 1 : remaining.count
            assigned[positional.name] = try remaining.prefix(count).map { text throws(UsageError) in
                try positional.kind.read(text, option: positional.name)
            }
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

/// A command's arguments after parsing: every value checked and read, defaults filled in.
///
/// Read them with the typed keys (Keys.swift) the ``CommandSpec`` declares: `arguments[format]`.
/// Asking with a key the command does not declare stops the program: that is a mistake in the
/// command, and one the first test that runs it will find.
struct ParsedArguments: Sendable {
    private let command: CommandSpec
    private let flags: Set<String>
    private let values: [String: [ParsedValue]]
    private let positionalValues: [String: [ParsedValue]]

    fileprivate init(command: CommandSpec, flags: Set<String>, values: [String: [ParsedValue]],
                     positionals: [String: [ParsedValue]]) {
        self.command = command
        self.flags = flags
        self.values = values
        self.positionalValues = positionals
    }

    /// Whether the flag was given.
    subscript(flag: Flag) -> Bool {
        declared(flag)
        return flags.contains(flag.spec.name)
    }

    /// The option's value, or `nil` when it was not given.
    subscript<Value>(option: Option<Value>) -> Value? {
        declared(option)
        return values[option.spec.name]?.first.map { read($0, option.reading, option.spec.name) }
    }

    /// The option's value; the parser refused the arguments without it.
    subscript<Value>(option: RequiredOption<Value>) -> Value {
        declared(option)
        guard let value = values[option.spec.name]?.first else { preconditionFailure("the parser let --\(option.spec.name) be left out") }
        return read(value, option.reading, option.spec.name)
    }

    /// The option's value, or its default.
    subscript<Value>(option: DefaultedOption<Value>) -> Value {
        declared(option)
        return values[option.spec.name]?.first.map { read($0, option.reading, option.spec.name) } ?? option.defaultValue
    }

    /// Every value given to the option, in order.
    subscript<Value>(option: RepeatingOption<Value>) -> [Value] {
        declared(option)
        return (values[option.spec.name] ?? []).map { read($0, option.reading, option.spec.name) }
    }

    /// The argument's value.
    subscript<Value>(argument: Argument<Value>) -> Value {
        declared(argument)
        guard let value = positionalValues[argument.spec.name]?.first else { preconditionFailure("the parser let \(argument.spec.name) be left out") }
        return read(value, argument.reading, argument.spec.name)
    }

    /// The argument's value, or `nil` when it was not given.
    subscript<Value>(argument: OptionalArgument<Value>) -> Value? {
        declared(argument)
        return positionalValues[argument.spec.name]?.first.map { read($0, argument.reading, argument.spec.name) }
    }

    /// The argument's values, in order.
    subscript<Value>(arguments: ArgumentList<Value>) -> [Value] {
        declared(arguments)
        return (positionalValues[arguments.spec.name] ?? []).map { read($0, arguments.reading, arguments.spec.name) }
    }

    /// A value as the key reads it. The parser read it by the kind the key declared, so a key
    /// that cannot read it is a mistake in the program.
    private func read<Value>(_ value: ParsedValue, _ reading: (ParsedValue) -> Value?, _ name: String) -> Value {
        guard let typed = reading(value) else { preconditionFailure("\(name) cannot read the value the parser gave it: \(value)") }
        return typed
    }

    private func declared(_ key: some OptionKey) {
        precondition(command.options.contains { $0.name == key.spec.name && ($0.value == nil) == (key.spec.value == nil) },
                     "'\(command.name)' declares no option --\(key.spec.name) of this kind")
    }

    private func declared(_ key: some ArgumentKey) {
        precondition(command.positionals.contains { $0.name == key.spec.name && $0.arity == key.spec.arity },
                     "'\(command.name)' declares no argument \(key.spec.name) of this kind")
    }
}
