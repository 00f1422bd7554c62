extension ProgramSpec {
    /// The bash completion script: `_motieledger`, registered with `complete -F`, completing
    /// commands, each command's options, the values of options and arguments where the specs
    /// know them (words, files, folders), `--option=value` and `--` included.
    ///
    /// The script holds tables made from the specs and one small walker over the words typed,
    /// so that it stays plain bash (4 or later) and needs no bash-completion package.
    var bashCompletion: String {
        let name = programName, function = "_" + programName.replacingOccurrences(of: "-", with: "_")
        var script = """
            # bash completion for \(name) \(version), made by '\(name) completion bash' from the
            # specs its --help is made from. Load it with: source <(\(name) completion bash)

            \(function)_words() { mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur"); }
            \(function)_files() { compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); }
            \(function)_directories() { compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); }

            # The value of option $2 of command $1.
            \(function)_value() {
                case "$1 $2" in

            """
        for command in commands {
            for option in command.options {
                guard let value = option.value, let action = bashAction(value.completion) else { continue }
                let patterns = option.spellings.map { "\"\(command.name) \($0)\"" }.joined(separator: "|")
                script += "        \(patterns)) \(function)\(action) ;;\n"
            }
        }
        script += """
                esac
            }

            # Positional argument number $2 (from 0) of command $1.
            \(function)_argument() {
                case $1 in

            """
        for command in commands {
            guard command.positionals.contains(where: { bashAction($0.completion) != nil }) else { continue }
            // Every argument gets its arm, so that the last one's `*` matches only after them all.
            let arms = command.positionals.enumerated().map { index, positional in
                let many = positional.arity == .zeroOrMore || positional.arity == .oneOrMore
                let action = bashAction(positional.completion).map { " \(function)\($0)" } ?? ""
                return "\(many ? "*" : String(index)))\(action) ;;"
            }
            script += "        \(command.name)) case $2 in \(arms.joined(separator: " ")) esac ;;\n"
        }
        script += """
                esac
            }

            \(function)() {
                local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command="" start=0 i
                COMPREPLY=()
                for ((i = 1; i < COMP_CWORD; i++)); do
                    if [[ ${COMP_WORDS[i]} != -* ]]; then command=${COMP_WORDS[i]} start=$i; break; fi
                done
                if [[ -z $command ]]; then
                    \(function)_words "\(commands.map(\.name).joined(separator: " ")) --help --version"
                    return
                fi
                # The spellings of the command's options that take a value, and of all its options.
                local valued options
                case $command in

            """
        for command in commands {
            let valued = command.options.filter { $0.value != nil }.flatMap(\.spellings)
            let all = command.options.flatMap(\.spellings) + ["--help", "-h"]
            script += "        \(command.name)) valued=\"\(valued.joined(separator: " "))\" options=\"\(all.joined(separator: " "))\" ;;\n"
        }
        script += """
                    *) return ;;
                esac
                # bash splits --option=value at '=' (COMP_WORDBREAKS): the option then stands
                # one or two words back.
                local option=""
                if [[ $cur == "=" ]]; then
                    option=$prev cur=""
                elif [[ $prev == "=" ]] && ((COMP_CWORD - 2 > start)); then
                    option=${COMP_WORDS[COMP_CWORD-2]}
                elif [[ $cur == --*=* ]]; then
                    option=${cur%%=*} cur=${cur#*=}
                elif ((COMP_CWORD - 1 > start)) && [[ " $valued " == *" $prev "* ]]; then
                    option=$prev
                fi
                if [[ -n $option ]]; then
                    \(function)_value "$command" "$option"
                    return
                fi
                local positional=0 word ended=""
                for ((i = start + 1; i < COMP_CWORD; i++)); do
                    word=${COMP_WORDS[i]}
                    if [[ -n $ended || $word == - ]]; then
                        positional=$((positional + 1))
                    elif [[ $word == -- ]]; then
                        ended=1
                    elif [[ " $valued " == *" $word "* ]]; then
                        # Its value is the next word, or the two after '='.
                        ((i++))
                        [[ ${COMP_WORDS[i]} == "=" ]] && ((i++))
                    elif [[ $word != -* && $word != "=" && ${COMP_WORDS[i-1]} != "=" ]]; then
                        positional=$((positional + 1))
                    fi
                done
                if [[ -z $ended && $cur == -* ]]; then
                    \(function)_words "$options"
                    return
                fi
                \(function)_argument "$command" "$positional"
            }

            complete -F \(function) \(name)

            """
        return script
    }

    /// The helper's suffix that completes `completion`, or `nil` when nothing is known.
    private func bashAction(_ completion: Completion) -> String? {
        switch completion {
        case .none: nil
        case .files: "_files"
        case .directories: "_directories"
        case .words(let words): "_words \"\(words.joined(separator: " "))\""
        }
    }
}

extension OptionSpec {
    /// Every way to write the option: `--format`, and `-f` when it has one.
    var spellings: [String] {
        ["--\(name)"] + (shortName.map { ["-\($0)"] } ?? [])
    }
}
