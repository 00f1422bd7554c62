/// What the program is, without what it does: the source of its help, its man page and its
/// completion scripts.
struct ProgramSpec: Sendable {
    /// The version `--version` prints.
    let version: String
    /// What the program does, in one line.
    let summary: String
    /// Every subcommand, in the order the top-level help lists them.
    let commands: [CommandSpec]
}
