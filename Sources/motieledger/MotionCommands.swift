import Kamerstuk
import MotieLedger

/// The commands that read motions from documents: motions (and ingest, which writes them to the ledger).
let motionCommands: [Command] = [motionsCommand]

let languageOption = OptionSpec.value("lang", valueName: "LANG", kind: .choice(["nl", "en"]), default: "nl",
                                      help: "Language of the report: nl (Dutch) or en (English)")

let motionsCommand = Command(
    spec: CommandSpec(
        name: "motions",
        summary: "List the motions a document mentions, with their Kamerstuk, answers, status and evidence.",
        options: [formatTextJSON, languageOption],
        positionals: [PositionalSpec("FILE", arity: .optional, help: "A UTF-8 text document; - or none for standard input")]
    ),
    run: { arguments, terminal throws(CLIError) in
        let name = arguments.positional("FILE") ?? "-"
        let document = try readDocument(name)
        let reader = MotionReader(AnswerDocument(document.text))
        warnFindings(reader, file: name, terminal: terminal)
        if arguments.value("format") == "json" {
            for motion in reader.motions {
                var line = motion.json.encoded(canonical: false)
                line.append(0x0A)
                try terminal.output.write(line)
            }
        } else {
            try terminal.output.write(MotionText.render(reader, language: Language(rawValue: arguments.value("lang") ?? "nl") ?? .nl))
        }
        return .ok
    }
)

/// Every finding of a reading as a warning line on standard error, in the order of the text.
func warnFindings(_ reader: MotionReader, file: String, terminal: Terminal) {
    let all = reader.findings + reader.motions.flatMap(\.findings)
    for finding in all.sorted(by: { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) }) {
        terminal.warn("\(finding.category): \(finding.message)", at: finding.location.map { Place(path: file, $0) } ?? Place(path: file))
    }
}
