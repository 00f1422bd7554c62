extension CommandSpec {
    /// `motieledger record --source TEXT [options] MOTION STATUS`: required options, then the
    /// others as `[options]`, then the positionals.
    var usage: String {
        var words = [programName, name]
        words += options.filter { $0.value?.isRequired == true }.map(\.synopsis)
        if options.contains(where: { $0.value?.isRequired != true }) { words.append("[options]") }
        words += positionals.map(\.synopsis)
        return words.joined(separator: " ")
    }

    /// The text `--help` prints: usage, summary, arguments and options in aligned columns, then
    /// the examples.
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
        if !examples.isEmpty {
            text += "\nExamples:\n" + examples.map { "  \($0.purpose)\n    \($0.line)\n" }.joined(separator: "\n")
        }
        return text
    }
}

extension OptionSpec {
    /// The parenthesised notes help adds after an option's text: choices, default, repetition.
    static func notes(_ value: Value?) -> String {
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
func columns(_ rows: [(String, String)], width: Int) -> String {
    rows.map { left, right in
        "  " + left + String(repeating: " ", count: width - left.count) + "  " + right + "\n"
    }.joined()
}

extension Program {
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
}
