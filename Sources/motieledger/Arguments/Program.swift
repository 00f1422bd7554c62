/// The whole program: its subcommands, and the dispatch from arguments to exit status.
struct Program {
    /// The version `--version` prints.
    let version: String
    /// What the program does, in one line, for the top-level help.
    let summary: String
    /// The subcommands, in the order the top-level help lists them: those given, then
    /// `completion` and `man`, which describe them all.
    let commands: [Command]

    /// The program with these subcommands, whose names must differ, and the two commands that
    /// document them: `completion` and `man`, made from the specs of all.
    init(version: String, summary: String, commands: [Command]) {
        let spec = ProgramSpec(version: version, summary: summary, commands: commands.map(\.spec) + documentationSpecs)
        let all = commands + documentationCommands(spec)
        precondition(Set(all.map(\.spec.name)).count == all.count, "two commands share a name")
        self.version = version
        self.summary = summary
        self.commands = all
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
}
