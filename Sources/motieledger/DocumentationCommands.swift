/// The shells `completion` writes a script for.
enum Shell: String, ChoiceValue {
    case bash
    case zsh
}

/// `completion SHELL`.
private let completionShell = Argument<Shell>.choice("SHELL", among: [.bash, .zsh], help: "The shell to complete in: bash or zsh")

private let completionSpec = CommandSpec(
    name: "completion",
    summary: "Print the shell completion script for bash or zsh: commands, options, and their values where they are known.",
    positionals: [completionShell],
    examples: [
        Example("Complete in this bash session (or put the line in ~/.bashrc)", "source <(motieledger completion bash)"),
        Example("Install for bash for every session of this user",
                "motieledger completion bash > ~/.local/share/bash-completion/completions/motieledger"),
        Example("Install for zsh: a folder of your fpath, before compinit runs in ~/.zshrc",
                "motieledger completion zsh > ~/.zfunc/_motieledger"),
    ]
)

private let manSpec = CommandSpec(
    name: "man",
    summary: "Print the manual page, motieledger(1), in roff: every command with its options and examples.",
    examples: [
        Example("Read it", "motieledger man | man -l -"),
        Example("Install it for this user (man motieledger then finds it)", "motieledger man > ~/.local/share/man/man1/motieledger.1"),
    ]
)

/// The specs of the commands that document the others, so that they document themselves too.
let documentationSpecs = [completionSpec, manSpec]

/// `completion` and `man`, which print what `spec` describes.
func documentationCommands(_ spec: ProgramSpec) -> [Command] {
    [
        Command(spec: completionSpec) { arguments, terminal throws(CLIError) in
            switch arguments[completionShell] {
            case .bash: try terminal.output.write(spec.bashCompletion)
            case .zsh: try terminal.output.write(spec.zshCompletion)
            }
            return .ok
        },
        Command(spec: manSpec) { _, terminal throws(CLIError) in
            try terminal.output.write(spec.manPage)
            return .ok
        },
    ]
}
