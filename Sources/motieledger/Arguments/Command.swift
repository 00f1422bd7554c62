/// One subcommand: how it is called, and what it does.
struct Command: Sendable {
    /// How it is called.
    let spec: CommandSpec
    /// What it does: writes its results to the terminal and returns the exit status. Write the
    /// closure as `{ arguments, terminal throws(CLIError) in … }`: Swift takes a closure that
    /// throws to throw `any Error` unless told, and the exit status of every failure must be chosen.
    let run: @Sendable (ParsedArguments, Terminal) throws(CLIError) -> ExitCode
}
