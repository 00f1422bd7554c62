import MotieLedger

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

/// How an option's value is checked. The parser checks every value before a command runs, so a
/// bad value stops the program before it has read or written anything.
enum ValueKind: Equatable, Sendable {
    /// Any text that is not empty.
    case text
    /// One of a fixed set of words, such as `text`, `json`, `markdown`, `csv`.
    case choice([String])
    /// A real calendar date written `YYYY-MM-DD`.
    case date
    /// A whole number greater than 0, such as a number of seconds.
    case positiveInteger

    /// Checks `text` as the value of `option` (`--date`, as the user spelled it).
    func check(_ text: String, option: String) throws(UsageError) {
        switch self {
        case .text:
            break
        case .choice(let choices):
            try ValueKind.checkChoice(text, among: choices, option: option)
        case .date:
            try ValueKind.checkDate(text, option: option)
        case .positiveInteger:
            _ = try ValueKind.positiveInteger(text, option: option)
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

    /// Checks that `text` is a date as ``Day/init(parsing:)`` reads every date: a real day
    /// written `YYYY-MM-DD` in the years 0001–9999, as given to `option`.
    static func checkDate(_ text: String, option: String) throws(UsageError) {
        do {
            _ = try Day(parsing: text)
        } catch {
            throw UsageError("invalid date '\(text)' for '\(option)'; \(error)")
        }
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
        default defaultValue: String? = nil, required: Bool = false, help: String
    ) -> OptionSpec {
        precondition(!(required && defaultValue != nil), "--\(name) cannot be both required and defaulted")
        if let defaultValue {
            precondition((try? kind.check(defaultValue, option: "--\(name)")) != nil,
                         "the default of --\(name) is not a valid value")
        }
        let value = Value(name: valueName, kind: kind, repeats: false, isRequired: required, defaultValue: defaultValue)
        return OptionSpec(name: name, shortName: short, help: help, value: value)
    }

    /// An option that may be given any number of times, each adding a value, such as `--source A --source B`.
    static func repeating(
        _ name: String, short: Character? = nil, valueName: String, kind: ValueKind = .text, help: String
    ) -> OptionSpec {
        let value = Value(name: valueName, kind: kind, repeats: true, isRequired: false, defaultValue: nil)
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
    /// What it is, in one line, for the help text.
    let help: String

    /// An argument called `name` that takes `arity` values.
    init(_ name: String, arity: Arity = .required, help: String) {
        self.name = name
        self.arity = arity
        self.help = help
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

/// What parsing a command's arguments came to.
enum ParseResult {
    /// `--help` or `-h` was given: show the command's help and do nothing else.
    case help
    /// The arguments, checked, ready for the command.
    case arguments(ParsedArguments)
}

/// A subcommand's interface: its name, what it does, its options and positional arguments.
/// Usage and help are generated from it, so they cannot drift from what is parsed.
struct CommandSpec: Sendable {
    /// The word that selects the command: `refs`.
    let name: String
    /// What the command does, in one line.
    let summary: String
    /// The options, in the order help lists them; `--help` is always there and not listed here.
    let options: [OptionSpec]
    /// The positional arguments, in order.
    let positionals: [PositionalSpec]

    /// Describes a command. Stops the program on a description that could not be parsed
    /// unambiguously (two options of one name, a variadic argument that is not last): a
    /// mistake in the program, not in its use.
    init(name: String, summary: String, options: [OptionSpec] = [], positionals: [PositionalSpec] = []) {
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
    }

    /// `motieledger record --source TEXT [options] MOTION STATUS`: required options, then the
    /// others as `[options]`, then the positionals.
    var usage: String {
        var words = [programName, name]
        words += options.filter { $0.value?.isRequired == true }.map(\.synopsis)
        if options.contains(where: { $0.value?.isRequired != true }) { words.append("[options]") }
        words += positionals.map(\.synopsis)
        return words.joined(separator: " ")
    }

    /// The text `--help` prints: usage, summary, arguments and options in aligned columns.
    var help: String {
        let arguments = positionals.map { ($0.synopsis, $0.help) }
        let optionRows = options.map { option in
            let names = option.shortName.map { "-\($0), " } ?? "    "
            return (names + option.synopsis, option.help + OptionSpec.notes(option.value))
        } + [("-h, --help", "Show this help.")]
        let width = (arguments + optionRows).map(\.0.count).max() ?? 0
        var text = "Usage: \(usage)\n\n\(summary)\n"
        if !arguments.isEmpty {
            text += "\nArguments:\n" + columns(arguments, width: width)
        }
        text += "\nOptions:\n" + columns(optionRows, width: width)
        return text
    }

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

    private func unknownOption(_ spelling: String) -> UsageError {
        let typed = String(spelling.drop { $0 == "-" })
        let known = options.map(\.name) + ["help"]
        if typed.count >= 2, let near = closestMatch(to: typed, among: known) {
            return UsageError("unknown option '\(spelling)' for '\(programName) \(name)'; did you mean '--\(near)'?")
        }
        return UsageError(
            "unknown option '\(spelling)' for '\(programName) \(name)'; see '\(programName) \(name) --help'"
                + " (put '--' before an argument that begins with '-')")
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

extension OptionSpec {
    /// The parenthesised notes help adds after an option's text: choices, default, repetition.
    fileprivate static func notes(_ value: Value?) -> String {
        guard let value else { return "" }
        var notes: [String] = []
        if case .choice(let choices) = value.kind { notes.append("one of \(choices.joined(separator: ", "))") }
        if let defaultValue = value.defaultValue { notes.append("default: \(defaultValue)") }
        if value.isRequired { notes.append("required") }
        if value.repeats { notes.append("may be repeated") }
        return notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
    }
}

/// Two-column help rows: the left column padded to `width`, two spaces, then the text.
private func columns(_ rows: [(String, String)], width: Int) -> String {
    rows.map { left, right in
        "  " + left + String(repeating: " ", count: width - left.count) + "  " + right + "\n"
    }.joined()
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

/// One subcommand: how it is called, and what it does.
struct Command: Sendable {
    /// How it is called.
    let spec: CommandSpec
    /// What it does: writes its results to the terminal and returns the exit status. Write the
    /// closure as `{ arguments, terminal throws(CLIError) in … }`: Swift takes a closure that
    /// throws to throw `any Error` unless told, and the exit status of every failure must be chosen.
    let run: @Sendable (ParsedArguments, Terminal) throws(CLIError) -> ExitCode
}

/// The whole program: its subcommands, and the dispatch from arguments to exit status.
struct Program {
    /// The version `--version` prints.
    let version: String
    /// What the program does, in one line, for the top-level help.
    let summary: String
    /// The subcommands, in the order the top-level help lists them.
    let commands: [Command]

    /// The program with these subcommands, whose names must differ.
    init(version: String, summary: String, commands: [Command]) {
        precondition(Set(commands.map(\.spec.name)).count == commands.count, "two commands share a name")
        self.version = version
        self.summary = summary
        self.commands = commands
    }

    /// The text `motieledger --help` prints: usage and the list of commands.
    var help: String {
        let width = commands.map(\.spec.name.count).max() ?? 0
        return """
            \(programName) \(version): \(summary)

            Usage: \(programName) COMMAND [options] [arguments]
                   \(programName) --help | --version

            Commands:
            \(columns(commands.map { ($0.spec.name, $0.spec.summary) }, width: width))
            Run '\(programName) COMMAND --help' for the options of a command.

            """
    }

    /// Runs the command that `arguments` (the program's name left out) select and returns the
    /// exit status. Any failure is reported on standard error, after the output written so far
    /// has been flushed, so the two read in order on a terminal.
    func run(_ arguments: [String], terminal: Terminal) -> ExitCode {
        var status = Result { () throws(CLIError) in try dispatch(arguments, terminal) }
        do {
            try terminal.output.flush()
        } catch {
            // The first failure is the one to report; one after it is most often its echo.
            if case .success = status { status = .failure(error) }
        }
        switch status {
        case .success(let code):
            return code
        case .failure(let error):
            terminal.report(error)
            return error.code
        }
    }

    private func dispatch(_ arguments: [String], _ terminal: Terminal) throws(CLIError) -> ExitCode {
        guard let first = arguments.first else {
            // Help on standard error with status 64: a script that forgot its command should
            // neither take the help for output nor take it as success.
            try? terminal.errors.write(help)
            return .usage
        }
        switch first {
        case "--help", "-h":
            try terminal.output.write(help)
            return .ok
        case "--version":
            if arguments.count > 1 { throw CLIError(UsageError("unexpected argument '\(arguments[1])' after '--version'")) }
            try terminal.output.write("\(programName) \(version)\n")
            return .ok
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            throw CLIError(unknownCommand(first))
        }
        let parsed: ParseResult
        do throws(UsageError) {
            parsed = try command.spec.parse(Array(arguments.dropFirst()))
        } catch {
            throw CLIError(error)
        }
        switch parsed {
        case .help:
            try terminal.output.write(command.spec.help)
            return .ok
        case .arguments(let parsedArguments):
            return try command.run(parsedArguments, terminal)
        }
    }

    private func unknownCommand(_ word: String) -> UsageError {
        let seeHelp = "see '\(programName) --help'"
        if word.hasPrefix("-") {
            if let near = closestMatch(to: String(word.drop { $0 == "-" }), among: ["help", "version"]) {
                return UsageError("unknown option '\(word)'; did you mean '--\(near)'?")
            }
            return UsageError("unknown option '\(word)'; options go after the command; \(seeHelp)")
        }
        if let near = closestMatch(to: word, among: commands.map(\.spec.name)) {
            return UsageError("unknown command '\(word)'; did you mean '\(near)'?")
        }
        return UsageError("unknown command '\(word)'; \(seeHelp) for the list of commands")
    }
}

/// The candidate `typed` was most likely meant to be, if any is near enough to suggest: the
/// nearest by ``editDistance(_:_:)`` (ignoring case) within a third of the length typed, or
/// else the one candidate that `typed` begins.
func closestMatch(to typed: String, among candidates: [String]) -> String? {
    let typed = typed.lowercased()
    let limit = max(1, typed.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(typed, candidate.lowercased())
        if distance <= limit, distance < best?.distance ?? Int.max {
            best = (candidate, distance)
        }
    }
    if let best { return best.candidate }
    let extensions = candidates.filter { $0.lowercased().hasPrefix(typed) }
    return typed.count >= 2 && extensions.count == 1 ? extensions[0] : nil
}

/// The number of single-character insertions, deletions, substitutions and swaps of two
/// neighbours that turn `a` into `b` (optimal string alignment), so that the common slip
/// `--fromat` is 1 from `--format`.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    // distance[i][j]: from the first i characters of a to the first j of b.
    var distance = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { distance[i][0] = i }
    for j in 0...b.count { distance[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            distance[i][j] = min(distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                distance[i][j] = min(distance[i][j], distance[i - 2][j - 2] + 1)
            }
        }
    }
    return distance[a.count][b.count]
}
