import Glibc

ignoreBrokenPipeSignal()

/// Every subcommand, in the order `motieledger --help` lists them: one entry each, as
/// `Command(spec: CommandSpec(…), run: { arguments, terminal throws(CLIError) in … })`.
let commands: [Command] = citationCommands + motionCommands + factsCommands + fetchCommands + ledgerCommands + reportCommands

/// The program: its version and summary, and the commands above.
let program = Program(
    version: toolVersion,
    summary: "reads Dutch government documents about parliamentary motions and keeps a ledger of their status.",
    commands: commands
)

exit(program.run(Array(CommandLine.arguments.dropFirst()), terminal: .standard()).rawValue)
