extension ProgramSpec {
    /// The zsh completion script: `_motieledger` for zsh's completion system, made with
    /// `_arguments` from the specs, options described by their help. It works from a folder
    /// of `fpath` (as the file `_motieledger`) and sourced after `compinit`.
    var zshCompletion: String {
        let name = programName, function = "_" + programName.replacingOccurrences(of: "-", with: "_")
        var script = """
            #compdef \(name)
            # zsh completion for \(name) \(version), made by '\(name) completion zsh' from the specs
            # its --help is made from. Put it in a folder of fpath as _\(name), or source it after compinit.

            \(function)() {
                local curcontext=$curcontext state line
                typeset -A opt_args
                _arguments -C \\
                    '(- *)'{-h,--help}'[Show the help]' \\
                    '(- *)--version[Print the version]' \\
                    '1: :->command' \\
                    '*:: :->argument' && return
                case $state in
                    command)
                        local -a commands
                        commands=(

            """
        for command in commands {
            script += "                \(zshQuoted(command.name + ":" + command.summary))\n"
        }
        script += """
                        )
                        _describe -t commands '\(name) command' commands
                        ;;
                    argument)
                        curcontext=${curcontext%:*:*}:\(name)-$words[1]:
                        case $words[1] in

            """
        for command in commands {
            let specs = command.options.map(zshSpec) + ["'(- *)'{-h,--help}'[Show this help]'"]
                + command.positionals.map(zshSpec)
            script += "                    \(command.name))\n                        _arguments -s -S \\\n"
            script += specs.map { "                            " + $0 }.joined(separator: " \\\n") + "\n"
            script += "                        ;;\n"
        }
        script += """
                        esac
                        ;;
                esac
            }

            if [[ $funcstack[1] == \(function) ]]; then
                \(function) "$@"
            else
                compdef \(function) \(name)
            fi

            """
        return script
    }

    /// An option as `_arguments` takes it: exclusions, spellings, description, value.
    private func zshSpec(_ option: OptionSpec) -> String {
        let description = "[" + zshEscaped(option.help, also: "[]") + "]"
        let argument = option.value.map { ":" + zshEscaped($0.name, also: ":") + ":" + zshAction($0.completion) } ?? ""
        // `--format=` takes its value in the next word or after '='; `-f` in the next word only.
        let long = "--\(option.name)" + (option.value == nil ? "" : "=")
        let repeats = option.value?.repeats == true
        guard let short = option.shortName else {
            return zshQuoted((repeats ? "*" : "") + long + description + argument)
        }
        let head = repeats ? "'*'" : "'(-\(short) --\(option.name))'"
        return head + "{-\(short),\(long)}" + zshQuoted(description + argument)
    }

    /// A positional argument as `_arguments` takes it.
    private func zshSpec(_ positional: PositionalSpec) -> String {
        let prefix = switch positional.arity {
        case .required: ":"
        case .optional: "::"
        case .zeroOrMore, .oneOrMore: "*:"
        }
        return zshQuoted(prefix + zshEscaped(positional.name, also: ":") + ":" + zshAction(positional.completion))
    }

    /// What completes a value: files, folders, one of some words, or nothing.
    private func zshAction(_ completion: Completion) -> String {
        switch completion {
        case .none: " "
        case .files: "_files"
        case .directories: "_files -/"
        case .words(let words): "(" + words.map { zshEscaped($0, also: " ()") }.joined(separator: " ") + ")"
        }
    }
}

/// `text` with a backslash before each of `characters` and before a backslash, as `_arguments`
/// reads a description (`]`) or a message (`:`).
private func zshEscaped(_ text: String, also characters: String) -> String {
    var escaped = ""
    for character in text {
        if character == "\\" || characters.contains(character) { escaped.append("\\") }
        escaped.append(character)
    }
    return escaped
}

/// `text` in single quotes for zsh, a single quote inside written `'\''`.
private func zshQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
