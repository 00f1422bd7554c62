extension ProgramSpec {
    /// The manual page `motieledger(1)` in roff (the `man` macros): every command with its
    /// usage, arguments, options and examples as `--help` gives them, then the exit statuses,
    /// the environment and the files. No date in it, so that the same program prints the same page.
    var manPage: String {
        let name = programName
        var page = """
            .TH \(name.uppercased()) 1 "" "\(roff(name)) \(roff(version))" "User Commands"
            .SH NAME
            \(roff(name)) \\- \(roff(summary.hasSuffix(".") ? String(summary.dropLast()) : summary))
            .SH SYNOPSIS
            .B \(roff(name))
            .I COMMAND
            .RI [ options ]
            .RI [ arguments ]
            .br
            .B \(roff(name))
            .BR \\-\\-help " | " \\-\\-version
            .SH DESCRIPTION
            Each command below reads its options and arguments in any order;
            .B \\-\\-
            makes every argument after it an argument, and a lone
            .B \\-
            is standard input.
            .B "\(roff(name)) COMMAND \\-\\-help"
            prints what this page says of the command.
            .SH COMMANDS

            """
        for command in commands {
            page += ".SS \(command.name)\n.B \(roff(name))\n.B \(roff(command.name))\n"
            page += roff(command.usage.split(separator: " ").dropFirst(2).joined(separator: " ")) + "\n"
            page += ".PP\n\(roff(command.summary))\n"
            for positional in command.positionals {
                page += ".TP\n.I \(roffQuoted(positional.synopsis))\n\(roff(positional.help))\n"
            }
            for option in command.options {
                var names = option.shortName.map { "\\fB\\-\(roff(String($0)))\\fR, " } ?? ""
                names += "\\fB\\-\\-\(roff(option.name))\\fR"
                if let value = option.value { names += " \\fI\(roff(value.name))\\fR" }
                page += ".TP\n\(names)\n\(roff(option.help + OptionSpec.notes(option.value)))\n"
            }
            page += ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nShow this help.\n"
            if !command.examples.isEmpty {
                page += ".PP\nExamples:\n"
                for example in command.examples {
                    page += ".PP\n.RS\n\(roff(example.purpose))\n.RS\n.nf\n\\fB\(roff(example.line))\\fR\n.fi\n.RE\n.RE\n"
                }
            }
        }
        page += ".SH \"EXIT STATUS\"\n"
        for code in ExitCode.allCases {
            page += ".TP\n.B \(code.rawValue)\n\(roff(code.meaning))\n"
        }
        page += """
            .SH ENVIRONMENT
            .TP
            .B MOTIELEDGER_LEDGER
            The ledger when no
            .B \\-\\-ledger
            is given (else ledger/moties.jsonl in the working folder).
            .TP
            .B MOTIELEDGER_NOW
            Fixes the clock (ISO 8601: 2026\\-01\\-28 or 2026\\-01\\-28T12:00:00Z), so that a ledger can be made again byte for byte.
            .TP
            .B MOTIELEDGER_SOURCE_URL
            Where documents are fetched from (default https://zoek.officielebekendmakingen.nl).
            .TP
            .B MOTIELEDGER_ODATA_URL
            Where the Tweede Kamer's open data are asked (default https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0).
            .SH FILES
            .TP
            .I ledger/moties.jsonl
            The ledger: append\\-only JSON Lines, each line chained to the one before by its hash.
            .TP
            .I ledger/moties.jsonl.lock
            The lock a writer holds while it appends; never removed.
            .TP
            .I ledger/documents/
            Where fetch puts the documents it downloads.
            .SH "SEE ALSO"
            .BR pdftotext (1)

            """
        return page
    }
}

extension ExitCode {
    /// What the status means, for the man page.
    var meaning: String {
        switch self {
        case .ok: "All went well, also when there was nothing to report."
        case .noMatch: "A query matched nothing (status, history, a diff end that names nothing in the ledger), as with grep."
        case .usage: "The command was called wrongly: an unknown option, a missing argument, a date that is no date."
        case .dataError: "Bad input data: a damaged or tampered ledger, text that is not UTF-8, a binary file, a PDF without text."
        case .noInput: "An input file (or the ledger, for the reports) does not exist; for fetch, a number the source has no document for."
        case .unavailable: "An outside program is missing (pdftotext, from poppler-utils) or the network is unreachable."
        case .ioError: "Reading, writing or syncing failed (a full disk, standard output on /dev/full)."
        case .tempFail: "The ledger stayed locked by another writer past --wait SECONDS."
        }
    }
}

/// `text` safe in roff running text: backslashes and hyphens escaped, and a line that would
/// begin with a control character (`.` or `'`) made plain text with `\&`.
private func roff(_ text: String) -> String {
    var escaped = ""
    for character in text {
        switch character {
        case "\\": escaped += "\\e"
        case "-": escaped += "\\-"
        case "\n": escaped += "\n\\&"
        default: escaped.append(character)
        }
    }
    return escaped.first == "." || escaped.first == "'" ? "\\&" + escaped : escaped
}

/// `text` as one quoted argument of a roff macro, such as `.I "FILE ..."`.
private func roffQuoted(_ text: String) -> String {
    "\"" + roff(text).replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
