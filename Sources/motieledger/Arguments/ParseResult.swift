/// What parsing a command's arguments came to.
enum ParseResult {
    /// `--help` or `-h` was given: show the command's help and do nothing else.
    case help
    /// The arguments, checked, ready for the command.
    case arguments(ParsedArguments)
}
