import Testing
import Glibc
import MotieLedger
@testable import motieledger

/// The options and arguments of a command shaped like the real ones: every kind of option and
/// an optional variadic argument.
private enum Ingest {
    static let format = DefaultedOption<Format>.choice(
        "format", short: "f", valueName: "FORMAT", among: [.text, .json, .markdown, .csv], default: .text, help: "Output format.")
    static let dryRun = Flag("dry-run", short: "n", help: "Print what would be appended; write nothing.")
    static let date = Option.date("date", help: "The debate's date.")
    static let wait = DefaultedOption.positiveInteger("wait", valueName: "SECONDS", default: 10, help: "How long to wait for the lock.")
    static let ledger = Option.text("ledger", valueName: "PATH", help: "The ledger file.")
    static let source = RepeatingOption.text("source", valueName: "TEXT", help: "A source.")
    static let files = ArgumentList<String>("FILE", atLeastOne: false, help: "Documents; '-' or none reads standard input.")

    /// The formats of the test's command, in the order its help lists them.
    enum Format: String, ChoiceValue {
        case text, json, markdown, csv
    }
}

private let ingest = CommandSpec(
    name: "ingest",
    summary: "Reads documents and appends status changes to the ledger.",
    options: [Ingest.format, Ingest.dryRun, Ingest.date, Ingest.wait, Ingest.ledger, Ingest.source],
    positionals: [Ingest.files]
)

/// A command with a required option and fixed positionals, as `record` has.
private enum Record {
    static let source = RequiredOption.text("source", valueName: "TEXT", help: "Where the status comes from.")
    static let note = Option.text("note", valueName: "TEXT", help: "A remark.")
    static let motion = Argument<String>("MOTION", help: "The motion's ID.")
    static let status = Argument<String>("STATUS", help: "The new status.")
    static let remark = OptionalArgument<String>("REMARK", help: "A last word.")
}

private let record = CommandSpec(
    name: "record",
    summary: "Records a status by hand.",
    options: [Record.source, Record.note],
    positionals: [Record.motion, Record.status, Record.remark]
)

/// Parses `arguments` for `spec`, expecting arguments rather than a request for help.
private func parsed(_ spec: CommandSpec, _ arguments: [String]) throws -> ParsedArguments {
    guard case .arguments(let result) = try spec.parse(arguments) else {
        Issue.record("expected arguments, got a request for help")
        throw UsageError("help")
    }
    return result
}

/// The message of the usage error that parsing `arguments` throws, or `nil` when it throws none.
private func usageMessage(_ spec: CommandSpec, _ arguments: [String]) -> String? {
    do {
        _ = try spec.parse(arguments)
        return nil
    } catch {
        return error.message
    }
}

@Suite struct ParsingTests {
    @Test func optionsInEveryForm() throws {
        let long = try parsed(ingest, ["--format", "json", "--dry-run", "--ledger=/tmp/x=y.jsonl", "a.txt"])
        #expect(long[Ingest.format] == .json)
        #expect(long[Ingest.dryRun])
        #expect(long[Ingest.ledger] == "/tmp/x=y.jsonl")
        #expect(long[Ingest.files] == ["a.txt"])

        let short = try parsed(ingest, ["-f", "csv", "-n"])
        #expect(short[Ingest.format] == .csv)
        #expect(short[Ingest.dryRun])
    }

    @Test func defaultsFillInWhatIsNotGiven() throws {
        let arguments = try parsed(ingest, [])
        #expect(arguments[Ingest.format] == .text)
        #expect(arguments[Ingest.wait] == 10)
        #expect(arguments[Ingest.date] == nil)
        #expect(!arguments[Ingest.dryRun])
        #expect(arguments[Ingest.source] == [])
        #expect(arguments[Ingest.files] == [])
    }

    @Test func optionsAndPositionalsInAnyOrder() throws {
        let arguments = try parsed(ingest, ["a.txt", "--wait", "3", "b.txt", "--source", "x", "-", "--source=y"])
        #expect(arguments[Ingest.files] == ["a.txt", "b.txt", "-"])
        #expect(arguments[Ingest.wait] == 3)
        #expect(arguments[Ingest.source] == ["x", "y"])
    }

    @Test func doubleDashEndsOptions() throws {
        let arguments = try parsed(ingest, ["--dry-run", "--", "--format", "-n", "--", "--help"])
        #expect(arguments[Ingest.dryRun])
        #expect(arguments[Ingest.format] == .text)
        #expect(arguments[Ingest.files] == ["--format", "-n", "--", "--help"])
    }

    @Test func valueMayBeginWithDashWhenJoinedByEquals() throws {
        let arguments = try parsed(record, ["m", "s", "--source=-", "--note=-5 days"])
        #expect(arguments[Record.source] == "-")
        #expect(arguments[Record.note] == "-5 days")
    }

    @Test func loneDashIsAValueToo() throws {
        #expect(try parsed(record, ["--source", "-", "m", "s"])[Record.source] == "-")
    }

    @Test func positionalsFillInOrder() throws {
        let two = try parsed(record, ["kst-1-2", "aangehouden", "--source", "Kamerbrief"])
        #expect(two[Record.motion] == "kst-1-2")
        #expect(two[Record.status] == "aangehouden")
        #expect(two[Record.remark] == nil)
        #expect(try parsed(record, ["m", "s", "r", "--source", "x"])[Record.remark] == "r")
    }

    @Test func flagsMayRepeat() throws {
        #expect(try parsed(ingest, ["-n", "--dry-run"])[Ingest.dryRun])
    }

    @Test(arguments: [["--help"], ["-h"], ["a.txt", "--help"], ["--bogus", "-h"], ["--format", "--help"]])
    func helpAnywhereBeforeDoubleDash(arguments: [String]) throws {
        guard case .help = try ingest.parse(arguments) else {
            Issue.record("\(arguments) should ask for help")
            return
        }
    }

    @Test func helpAfterDoubleDashIsAnArgument() throws {
        #expect(try parsed(ingest, ["--", "-h"])[Ingest.files] == ["-h"])
    }
}

@Suite struct UsageErrorTests {
    @Test func unknownOptionSuggestsTheNearest() {
        #expect(usageMessage(ingest, ["--formt", "json"])
            == "unknown option '--formt' for 'motieledger ingest'; did you mean '--format'?")
        #expect(usageMessage(ingest, ["--fromat=json"])
            == "unknown option '--fromat' for 'motieledger ingest'; did you mean '--format'?")
        #expect(usageMessage(ingest, ["-format", "json"])
            == "unknown option '-format' for 'motieledger ingest'; did you mean '--format'?")
        #expect(usageMessage(ingest, ["--DRY-RUN"])
            == "unknown option '--DRY-RUN' for 'motieledger ingest'; did you mean '--dry-run'?")
        #expect(usageMessage(ingest, ["--dry"])
            == "unknown option '--dry' for 'motieledger ingest'; did you mean '--dry-run'?")
        #expect(usageMessage(ingest, ["--hlep"])
            == "unknown option '--hlep' for 'motieledger ingest'; did you mean '--help'?")
    }

    @Test func unknownOptionWithoutNearMatchPointsToHelp() {
        let expected = "unknown option '%' for 'motieledger ingest'; see 'motieledger ingest --help'"
            + " (put '--' before an argument that begins with '-')"
        #expect(usageMessage(ingest, ["--verbose"]) == expected.replacingOccurrences("%", "--verbose"))
        #expect(usageMessage(ingest, ["-x"]) == expected.replacingOccurrences("%", "-x"))
        #expect(usageMessage(ingest, ["-5"]) == expected.replacingOccurrences("%", "-5"))
    }

    @Test func missingValue() {
        #expect(usageMessage(ingest, ["--date"]) == "option '--date' needs a value: --date YYYY-MM-DD")
        #expect(usageMessage(ingest, ["a.txt", "-f"])
            == "option '-f' needs a value: -f one of text, json, markdown, csv")
        #expect(usageMessage(record, ["m", "s", "--note", "--source", "x"])
            == "option '--note' needs a value (TEXT) but '--source' follows; write --note=VALUE for a value that begins with '-'")
    }

    @Test func emptyValue() {
        #expect(usageMessage(record, ["m", "s", "--source", ""])
            == "option '--source' needs a value that is not empty: --source TEXT")
        #expect(usageMessage(record, ["m", "s", "--source="])
            == "option '--source' needs a value that is not empty: --source TEXT")
    }

    @Test func valueNotAmongChoices() {
        #expect(usageMessage(ingest, ["--format", "xml"])
            == "invalid value 'xml' for '--format'; expected one of text, json, markdown, csv")
        #expect(usageMessage(ingest, ["--format=jsno"])
            == "invalid value 'jsno' for '--format'; did you mean 'json'? (one of text, json, markdown, csv)")
        #expect(usageMessage(ingest, ["-f", "JSON"])
            == "invalid value 'JSON' for '-f'; did you mean 'json'? (one of text, json, markdown, csv)")
    }

    @Test func singleValuedOptionGivenTwice() {
        #expect(usageMessage(ingest, ["--date", "2026-01-01", "--date=2026-02-01"])
            == "option '--date' given twice ('2026-01-01' and '2026-02-01'); give it once")
        #expect(usageMessage(ingest, ["-f", "json", "--format", "json"])
            == "option '--format' given twice ('json' and 'json'); give it once")
    }

    @Test func flagGivenAValue() {
        #expect(usageMessage(ingest, ["--dry-run=yes"]) == "option '--dry-run' takes no value; write just '--dry-run'")
    }

    @Test func badValuesAreCaughtWhileParsing() {
        #expect(usageMessage(ingest, ["--wait", "0"])
            == "invalid value '0' for '--wait'; expected a whole number greater than 0, such as 10")
        #expect(usageMessage(ingest, ["--date", "2026-02-29"])
            == "invalid date '2026-02-29' for '--date'; February 2026 has 28 days")
    }

    @Test func positionalCounts() {
        let usage = "usage: motieledger record --source TEXT [options] MOTION STATUS [REMARK]"
        #expect(usageMessage(record, ["--source", "x"]) == "missing MOTION; \(usage)")
        #expect(usageMessage(record, ["m", "--source", "x"]) == "missing STATUS; \(usage)")
        #expect(usageMessage(record, ["m", "s", "r", "extra", "--source", "x"]) == "unexpected argument 'extra'; \(usage)")
        let none = CommandSpec(name: "head", summary: "Prints the ledger's head.")
        #expect(usageMessage(none, ["x"]) == "unexpected argument 'x'; usage: motieledger head")
    }

    @Test func atLeastOneValue() throws {
        let citations = ArgumentList<String>("CITATION", atLeastOne: true, help: "A citation.")
        let normalize = CommandSpec(name: "normalize", summary: "Prints canonical IDs.", positionals: [citations])
        #expect(usageMessage(normalize, []) == "missing CITATION; usage: motieledger normalize CITATION ...")
        #expect(try parsed(normalize, ["a", "b"])[citations] == ["a", "b"])
    }

    @Test func statusIsReadWhileParsing() throws {
        let status = OptionalArgument.status("STATUS", help: "The new status.")
        let spec = CommandSpec(name: "record", summary: "Records a status by hand.", positionals: [status])
        for written in ["in behandeling", "in-behandeling", "Under Consideration"] {
            #expect(try parsed(spec, [written])[status] == .inBehandeling, "\(written)")
        }
        #expect(try parsed(spec, [])[status] == nil)
        let list = "uitgevoerd, deels-uitgevoerd, in-uitvoering, in-behandeling, niet-uitgevoerd, vervallen, onbekend"
        #expect(usageMessage(spec, ["uitgevord"]) == "unknown status 'uitgevord'; did you mean 'uitgevoerd'? (one of \(list))")
        #expect(usageMessage(spec, ["klaar"]) == "unknown status 'klaar'; (one of \(list))")
        #expect(spec.positionals[0].completion == .words(list.split(separator: ", ").map(String.init)))
    }

    @Test func requiredOption() {
        #expect(usageMessage(record, ["m", "s"])
            == "missing option '--source TEXT'; usage: motieledger record --source TEXT [options] MOTION STATUS [REMARK]")
    }
}

@Suite struct HelpTests {
    @Test func commandHelp() {
        #expect(ingest.help == """
            Usage: motieledger ingest [options] [FILE ...]

            Reads documents and appends status changes to the ledger.

            Arguments:
              [FILE ...]             Documents; '-' or none reads standard input.

            Options:
              -f, --format FORMAT    Output format. (one of text, json, markdown, csv; default: text)
              -n, --dry-run          Print what would be appended; write nothing.
                  --date YYYY-MM-DD  The debate's date.
                  --wait SECONDS     How long to wait for the lock. (default: 10)
                  --ledger PATH      The ledger file.
                  --source TEXT      A source. (may be repeated)
              -h, --help             Show this help.

            """)
    }

    @Test func helpOfACommandWithoutArguments() {
        let head = CommandSpec(name: "head", summary: "Prints the ledger's head.")
        #expect(head.help == """
            Usage: motieledger head

            Prints the ledger's head.

            Options:
              -h, --help  Show this help.

            """)
    }

    @Test func usageShowsRequiredOptions() {
        #expect(record.usage == "motieledger record --source TEXT [options] MOTION STATUS [REMARK]")
        #expect(record.help.contains("    --source TEXT  Where the status comes from. (required)\n"))
    }
}

@Suite struct ValidatorTests {
    @Test(arguments: ["2026-03-14", "2024-02-29", "2000-02-29", "1999-12-31", "2026-04-30", "2026-01-31", "0001-01-01", "9999-12-31"])
    func realDates(text: String) throws {
        _ = try ValueKind.date(text, option: "--on")
    }

    @Test(arguments: [
        ("2023-02-29", "February 2023 has 28 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("2026-04-31", "April 2026 has 30 days"),
        ("2026-13-01", "there is no month 13"),
        ("2026-00-10", "there is no month 0"),
        ("2026-01-00", "there is no day 0"),
        ("0000-01-01", "there is no year 0000; years run from 0001 to 9999"),
        ("0000-02-30", "there is no year 0000; years run from 0001 to 9999"),
    ])
    func impossibleDates(text: String, reason: String) {
        #expect(throws: UsageError("invalid date '\(text)' for '--on'; \(reason)")) {
            _ = try ValueKind.date(text, option: "--on")
        }
    }

    @Test(arguments: ["2026-3-14", "2026/03/14", "14-03-2026", " 2026-03-14", "2026-03-140", "", "２０２６-03-14", "2026-03-1a"])
    func malformedDates(text: String) {
        #expect(throws: UsageError("invalid date '\(text)' for '--on'; write it as YYYY-MM-DD, such as 2026-03-14")) {
            _ = try ValueKind.date(text, option: "--on")
        }
    }

    @Test func positiveIntegers() throws {
        #expect(try ValueKind.positiveInteger("10", option: "--wait") == 10)
        #expect(try ValueKind.positiveInteger("007", option: "--wait") == 7)
        for bad in ["0", "-3", "+5", "1.5", "abc", "", " 5", "٣"] {
            #expect(throws: UsageError(
                "invalid value '\(bad)' for '--wait'; expected a whole number greater than 0, such as 10")) {
                _ = try ValueKind.positiveInteger(bad, option: "--wait")
            }
        }
        #expect(throws: UsageError("invalid value '99999999999999999999' for '--wait'; the number is too large")) {
            _ = try ValueKind.positiveInteger("99999999999999999999", option: "--wait")
        }
    }
}

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("", "abc", 3), ("abc", "", 3), ("format", "format", 0), ("formt", "format", 1),
        ("fromat", "format", 1), ("kitten", "sitting", 3), ("ca", "abc", 3),
    ])
    func distances(a: String, b: String, distance: Int) {
        #expect(editDistance(a, b) == distance)
        #expect(editDistance(b, a) == distance)
    }

    @Test func closestMatches() {
        let commands = ["refs", "normalize", "motions", "ingest", "status", "history", "diff", "table"]
        #expect(closestMatch(to: "stauts", among: commands) == "status")
        #expect(closestMatch(to: "tabel", among: commands) == "table")
        #expect(closestMatch(to: "STATUS", among: commands) == "status")
        #expect(closestMatch(to: "norm", among: commands) == "normalize")
        #expect(closestMatch(to: "zzz", among: commands) == nil)
        // One letter is too little to go on, even as a prefix.
        #expect(closestMatch(to: "h", among: commands) == nil)
        #expect(closestMatch(to: "ref", among: commands) == "refs")
        // A prefix of two candidates names neither.
        #expect(closestMatch(to: "sta", among: ["status", "stable"]) == nil)
    }
}

@Suite struct DescriptionMistakesTests {
    @Test func twoOptionsOfOneNameStopTheProgram() async {
        await #expect(processExitsWith: .failure) {
            _ = CommandSpec(name: "x", summary: "x", options: [Flag("all", help: "a"), Flag("all", help: "b")])
        }
    }

    @Test func variadicArgumentMustBeLast() async {
        await #expect(processExitsWith: .failure) {
            _ = CommandSpec(name: "x", summary: "x", positionals: [
                ArgumentList<String>("FILE", atLeastOne: false, help: "f"), Argument<String>("OUT", help: "o"),
            ])
        }
    }

    @Test func readingAnUndeclaredOptionStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            let spec = CommandSpec(name: "x", summary: "x", options: [Flag("all", help: "a")])
            if case .arguments(let arguments) = try? spec.parse([]) {
                _ = arguments[Flag("al", help: "a")]
            }
        }
    }

    @Test func readingAnOptionAsAnotherKindStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            let spec = CommandSpec(name: "x", summary: "x", options: [Flag("all", help: "a")])
            if case .arguments(let arguments) = try? spec.parse([]) {
                _ = arguments[Option.text("all", valueName: "TEXT", help: "a")]
            }
        }
    }
}

extension String {
    /// `self` with every `target` replaced, without pulling Foundation into the tests for it.
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

@Suite struct ProgramTests {
    /// A program with one command that does what `body` says, for seeing how its outcome ends the program.
    private func program(_ body: @escaping @Sendable (ParsedArguments, Terminal) throws(CLIError) -> ExitCode) -> Program {
        Program(version: "0.1.0", summary: "keeps a ledger of motions.", commands: [
            Command(spec: ingest, run: body),
            Command(spec: CommandSpec(name: "status", summary: "Shows a motion's status."), run: { _, _ in .ok }),
        ])
    }

    private let succeeds: @Sendable (ParsedArguments, Terminal) throws(CLIError) -> ExitCode = { _, _ in .ok }

    @Test func version() {
        let recorded = RecordedTerminal()
        #expect(program(succeeds).run(["--version"], terminal: recorded.terminal) == .ok)
        #expect(recorded.output.text == "motieledger 0.1.0\n")
        #expect(recorded.errors.bytes.isEmpty)
    }

    /// Every program has `completion` and `man`, which document the commands it was given.
    @Test func topLevelHelp() {
        let recorded = RecordedTerminal()
        #expect(program(succeeds).run(["-h"], terminal: recorded.terminal) == .ok)
        #expect(recorded.output.text == """
            motieledger 0.1.0: keeps a ledger of motions.

            Usage: motieledger COMMAND [options] [arguments]
                   motieledger --help | --version

            Commands:
              ingest      Reads documents and appends status changes to the ledger.
              status      Shows a motion's status.
              completion  Print the shell completion script for bash or zsh: commands, options, and their values where they are known.
              man         Print the manual page, motieledger(1), in roff: every command with its options and examples.

            Run 'motieledger COMMAND --help' for the options of a command.

            """)
    }

    @Test func noArgumentsShowHelpAsAUsageError() {
        let recorded = RecordedTerminal()
        let program = program(succeeds)
        #expect(program.run([], terminal: recorded.terminal) == .usage)
        #expect(recorded.output.bytes.isEmpty)
        #expect(recorded.errors.text == program.help)
    }

    @Test(arguments: [
        (["stauts"], "unknown command 'stauts'; did you mean 'status'?"),
        (["frobnicate"], "unknown command 'frobnicate'; see 'motieledger --help' for the list of commands"),
        (["--verison"], "unknown option '--verison'; did you mean '--version'?"),
        (["--format", "json"], "unknown option '--format'; options go after the command; see 'motieledger --help'"),
        (["--version", "x"], "unexpected argument 'x' after '--version'"),
        (["ingest", "--formt", "json"], "unknown option '--formt' for 'motieledger ingest'; did you mean '--format'?"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let recorded = RecordedTerminal()
        #expect(program(succeeds).run(arguments, terminal: recorded.terminal) == .usage)
        #expect(recorded.errors.text == "motieledger: error: \(message)\n")
        #expect(recorded.output.bytes.isEmpty)
    }

    @Test func commandHelp() {
        let recorded = RecordedTerminal()
        #expect(program(succeeds).run(["ingest", "a.txt", "--help"], terminal: recorded.terminal) == .ok)
        #expect(recorded.output.text == ingest.help)
    }

    @Test func theCommandGetsItsArgumentsAndChoosesTheStatus() {
        let recorded = RecordedTerminal()
        let status = program { arguments, terminal throws(CLIError) in
            try terminal.output.write(arguments[Ingest.files].joined(separator: "+") + " " + arguments[Ingest.format].rawValue + "\n")
            return .noMatch
        }.run(["ingest", "a", "--format=csv", "b"], terminal: recorded.terminal)
        #expect(status == .noMatch)
        #expect(recorded.output.text == "a+b csv\n")
    }

    @Test func aFailureIsReportedAfterTheOutputBeforeIt() {
        let recorded = RecordedTerminal()
        let status = program { _, terminal throws(CLIError) in
            try terminal.output.write("kst-21501-02-3236\n")
            throw CLIError(.noInput, "no such file", at: Place(path: "b.txt"))
        }.run(["ingest"], terminal: recorded.terminal)
        #expect(status == .noInput)
        #expect(recorded.screen.text == "kst-21501-02-3236\nmotieledger: b.txt: error: no such file\n")
    }

    @Test func aReaderThatWentAwayEndsTheCommandQuietly() {
        let errors = Recorder()
        let written = Count()
        let terminal = Terminal(
            output: BufferedOutput(streamName: "standard output", capacity: 0) { _ in .failed(errno: EPIPE) },
            errors: errors.output(capacity: 0))
        let status = program { _, terminal throws(CLIError) in
            while true {
                try terminal.output.write("line\n")
                written.value += 1
            }
        }.run(["ingest"], terminal: terminal)
        #expect(status == .ok)
        #expect(written.value == 0)
        #expect(errors.bytes.isEmpty)
    }

    @Test func theLastFlushCanFail() {
        let errors = Recorder()
        let terminal = Terminal(
            output: BufferedOutput(streamName: "standard output") { _ in .failed(errno: ENOSPC) },
            errors: errors.output(capacity: 0))
        let status = program { _, terminal throws(CLIError) in
            try terminal.output.write("fits in the buffer\n")
            return .ok
        }.run(["ingest"], terminal: terminal)
        #expect(status == .ioError)
        #expect(errors.text == "motieledger: error: cannot write to standard output: No space left on device\n")
    }

    @Test func aSwallowedWriteErrorStillFails() {
        let errors = Recorder()
        let terminal = Terminal(
            output: BufferedOutput(streamName: "standard output", capacity: 0) { _ in .failed(errno: EIO) },
            errors: errors.output(capacity: 0))
        let status = program { _, terminal throws(CLIError) in
            try? terminal.output.write("lost\n")
            return .ok
        }.run(["ingest"], terminal: terminal)
        #expect(status == .ioError)
        #expect(errors.text == "motieledger: error: cannot write to standard output: Input/output error\n")
    }
}

/// A number a test's command closure counts up; the closure runs on the test's own thread.
private final class Count: @unchecked Sendable {
    var value = 0
}
