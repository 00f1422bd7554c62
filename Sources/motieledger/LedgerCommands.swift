import Glibc
import MotieLedger

/// The commands that make, read and write the ledger: init, status, history, record, head, verify.
let ledgerCommands: [Command] = [initCommand, statusCommand, historyCommand, recordCommand, headCommand, verifyCommand]

// MARK: - Shared by every ledger command (ingest too)

/// `--ledger PATH`; without it `MOTIELEDGER_LEDGER`, then `ledger/moties.jsonl`.
let ledgerOption = Option.text(
    "ledger", valueName: "PATH", completes: .files, help: "The ledger file (default: $MOTIELEDGER_LEDGER, else ledger/moties.jsonl)")

/// `--wait SECONDS`: how long to wait for another writer's lock.
let waitOption = DefaultedOption.positiveInteger(
    "wait", valueName: "SECONDS", default: 10, help: "How long to wait for another writer before giving up with status 75")

/// `--at`: a moment written as a date must be a real day, or the call is wrong (64, as for
/// `--on`); any other text is a debate or document for the ledger to find.
let atOption = Option.moment(
    "at", help: "The status as it stood after a debate, on a date (YYYY-MM-DD) or after a document (2026D03887)")

/// `status QUERY` and `history QUERY`.
private let statusQuery = Argument<String>(
    "QUERY", help: "A Kamerstuk in any citation form, a motion's key, its name as people write it (\"motie Van der Burg/Piri\") or subject words (\"Radio Dabanga\")")
private let historyQuery = Argument<String>(
    "QUERY", help: "A Kamerstuk in any citation form, a motion's key, its name as people write it, or subject words")

/// `record MOTION STATUS` and its options.
private let recordMotion = OptionalArgument<String>(
    "MOTION", help: "Anything status accepts: a Kamerstuk in any citation form, a motion's key, its name (\"motie Van der Burg/Piri\") or subject words")
private let recordStatus = OptionalArgument.status(
    "STATUS", help: MotionStatus.allCases.map(\.rawValue).joined(separator: ", ") + " (as in JSON, or as the report writes it: 'in behandeling')")
private let recordSource = Option.text(
    "source", valueName: "TEXT", help: "A document number in the ledger (to correct it), or where the news comes from (required with a status)")
private let recordNote = Option.text("note", valueName: "TEXT", help: "A note to keep with the record")
private let recordDate = Option.date("date", help: "The date of the news (default: today; a later day needs --force)")
private let recordBy = Option.text("by", valueName: "NAME", help: "Who records it (default: your login name)")
private let recordTitle = Option.text("title", valueName: "TEXT", help: "The motion's title as you have it (instead of a STATUS): corrects what open data or a document gave")
private let recordAdvice = Option.text("advice", valueName: "TEXT", help: "The cabinet's advice as you have it (Oordeel Kamer, Ontraden), instead of a STATUS")
private let recordNew = Flag("new", help: "The motion is new to the ledger: record it all the same (else a name the ledger does not know is refused)")
private let recordVoid = Option.positiveInteger(
    "void", valueName: "SEQ", help: "Withdraw the status event of line SEQ (its history keeps it, marked; no report counts it)")
private let recordVoidDocument = Option.text(
    "void-document", valueName: "NUMBER", help: "Withdraw every reading of document NUMBER, read by mistake; it can be ingested again")
private let recordConfirm = Option.positiveInteger(
    "confirm", valueName: "SEQ", help: "Accept the reading of line SEQ as it stands: it is no longer uncertain")
/// `--force`: a date after today is meant.
let forceFlag = Flag("force", help: "Accept a date after today")

/// `verify`'s options.
private let verifyHead = Option.text(
    "head", valueName: "COUNT:HASH", help: "Also check that the ledger still extends this head (from 'motieledger head')")
private let repairFlag = Flag(
    "repair", help: "Give a whole last line its lost line break back, or move a torn one aside into a backup file beside the ledger; nothing else is ever changed")

/// The ledger the arguments name.
func ledger(_ arguments: ParsedArguments) -> Ledger {
    Ledger(path: ledgerPath(arguments))
}

/// The ledger's path: `--ledger`, else `MOTIELEDGER_LEDGER`, else `ledger/moties.jsonl`.
func ledgerPath(_ arguments: ParsedArguments) -> String {
    arguments[ledgerOption] ?? defaultLedgerPath()
}

/// The ledger's path without `--ledger`: `MOTIELEDGER_LEDGER`, else `ledger/moties.jsonl`.
func defaultLedgerPath() -> String {
    if let path = getenv("MOTIELEDGER_LEDGER").map({ String(cString: $0) }), !path.isEmpty { return path }
    return "ledger/moties.jsonl"
}

/// The seconds `--wait` gives.
func waitSeconds(_ arguments: ParsedArguments) -> Double {
    Double(arguments[waitOption])
}

/// The clock: `MOTIELEDGER_NOW` when set (so a ledger can be rebuilt byte for byte), else the system's.
func currentNow() throws(CLIError) -> Now {
    guard let value = getenv("MOTIELEDGER_NOW").map({ String(cString: $0) }), !value.isEmpty else { return .system() }
    guard let now = Now(iso8601: value) else {
        throw CLIError(.usage, "MOTIELEDGER_NOW='\(value)' is not an ISO 8601 date or date-time between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, such as 2026-01-28 or 2026-01-28T12:00:00Z")
    }
    return now
}

extension CLIError {
    /// A ledger failure with the exit status the contract gives its kind.
    init(_ error: LedgerError) {
        let code: ExitCode = switch error.kind {
        case .damaged, .tornTail, .tooLong: .dataError
        case .io: .ioError
        case .locked: .tempFail
        case .missing: .noInput
        case .noMatch: .noMatch
        case .rejected: .usage
        }
        self.init(code, error.message, at: Place(path: error.path, line: error.line, column: error.column))
    }
}

/// Runs a ledger operation, turning its failure into the command's.
func ledgerCall<Value>(_ body: () throws(LedgerError) -> Value) throws(CLIError) -> Value {
    do {
        return try body()
    } catch {
        throw CLIError(error)
    }
}

// MARK: - init

/// `init [PATH]`.
private let initPath = OptionalArgument<String>(
    "PATH", completes: .files, help: "Where the ledger goes: a file, or a folder to hold moties.jsonl (default: $MOTIELEDGER_LEDGER, else ledger/moties.jsonl)")

let initCommand = Command(
    spec: CommandSpec(
        name: "init",
        summary: "Make a new, empty ledger, on purpose; never over one that is there.",
        options: [languageOption],
        positionals: [initPath],
        examples: [
            Example("A ledger at the default place, ledger/moties.jsonl", "motieledger init"),
            Example("A ledger of one's own, in a folder of its own", "motieledger init ~/moties/commissie-buza.jsonl"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let defaultPath = defaultLedgerPath()
        var path = arguments[initPath] ?? defaultPath
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { path += path.hasSuffix("/") ? "moties.jsonl" : "/moties.jsonl" }
        try ledgerCall { () throws(LedgerError) in try Ledger(path: path).create() }
        try terminal.output.write(NewLedgerSummary(path: path, defaultPath: defaultPath).text(arguments[languageOption]))
        return .ok
    }
)

// MARK: - status and history

/// Prints the report of each motion `query` names, as it stood at `--at`: with `--format json`
/// what `json` gives of each, else what `text` gives, a blank line between two motions.
private func writeMotionReports(_ arguments: ParsedArguments, query: String, _ terminal: Terminal,
                                json: (MotionReport) -> [UInt8], text: (MotionReport, Language) -> String) throws(CLIError) {
    let (timeline, motions, cutoff) = try lookUp(arguments, query: query)
    let reports = try motions.map { motion throws(CLIError) in
        try ledgerCall { () throws(LedgerError) in try MotionReport(timeline: timeline, motion: motion, at: cutoff) }
    }
    let language = arguments[languageOption]
    for (index, report) in reports.enumerated() {
        if arguments[formatTextJSON] == .json {
            try terminal.output.write(json(report))
        } else {
            try terminal.output.write((index > 0 ? "\n" : "") + text(report, language))
        }
    }
}

/// The motions `query` names, read as the query needs, with the cutoff `--at` gives.
private func lookUp(_ arguments: ParsedArguments, query: String) throws(CLIError) -> (Timeline, [TimelineMotion], Cutoff?) {
    let ledger = ledger(arguments)
    let wait = waitSeconds(arguments)
    let at = arguments[atOption]
    return try ledgerCall { () throws(LedgerError) in
        let timeline = try ledger.timeline(for: query, wait: wait)
        let cutoff = try at.map { query throws(LedgerError) in try query.resolve(in: timeline) }
        let motions = timeline.motions(matching: query)
        guard !motions.isEmpty else {
            let empty = timeline.count == 0 ? " (the ledger is empty)" : ""
            throw LedgerError(.noMatch, "no motion matches '\(query)'\(empty)\(timeline.nearestNamesNote(to: query))", path: ledger.path)
        }
        return (timeline, motions, cutoff)
    }
}

let statusCommand = Command(
    spec: CommandSpec(
        name: "status",
        summary: "Show a motion's status, since when, its source and evidence, then its history.",
        options: [atOption, formatTextJSON, languageOption, ledgerOption, waitOption],
        positionals: [statusQuery],
        examples: [
            Example("A motion by name", "motieledger status \"motie Paternotte\""),
            Example("By a citation, as it stood on a date", "motieledger status --at 2026-03-01 \"Kamerstuk 21 501-02, nr. 3236\""),
            Example("As JSON, for a script", "motieledger status --format json kst-32735-406"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        try writeMotionReports(arguments, query: arguments[statusQuery], terminal, json: { JSONValue.lines([$0.json]) }, text: { $0.text($1) })
        return .ok
    }
)

let historyCommand = Command(
    spec: CommandSpec(
        name: "history",
        summary: "List every event of a motion in date order, with source and evidence.",
        options: [atOption, formatTextJSON, languageOption, ledgerOption, waitOption],
        positionals: [historyQuery],
        examples: [
            Example("Every reading of a motion, oldest first", "motieledger history kst-21501-02-3236"),
            Example("One event a line as JSON", "motieledger history --format json \"motie Piri\""),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        try writeMotionReports(arguments, query: arguments[historyQuery], terminal, json: \.historyJSONLines, text: { $0.historyText($1) })
        return .ok
    }
)

// MARK: - record

let recordCommand = Command(
    spec: CommandSpec(
        name: "record",
        summary: "Record a motion's status by hand (naming a document in the ledger as source corrects what was read from it), or void or confirm what the ledger holds.",
        options: [recordSource, recordNote, recordDate, recordBy, recordNew, recordTitle, recordAdvice, recordVoid, recordVoidDocument, recordConfirm, forceFlag,
                  formatTextJSON, languageOption, ledgerOption, waitOption],
        positionals: [recordMotion, recordStatus],
        examples: [
            Example("News from a debate, on its date",
                    "motieledger record kst-21501-02-3236 uitgevoerd --source \"commissiedebat 2026-04-20\" --date 2026-04-20"),
            Example("Correct what was read from a document in the ledger, saying why",
                    "motieledger record kst-32735-406 in-behandeling --source 2026D07412 --note \"het antwoord noemt een onderzoek\""),
            Example("Withdraw the event of line 22, read by mistake", "motieledger record --void 22 --note \"verkeerde motie\""),
            Example("Withdraw every reading of a document read by mistake",
                    "motieledger record --void-document 2026D03887 --note \"verkeerd document\""),
            Example("Accept the uncertain reading of line 13 as it stands", "motieledger record --confirm 13"),
            Example("Correct a motion's title and the cabinet's advice",
                    "motieledger record kst-21501-02-3000 --title \"Motie van de leden Van der Burg en Piri over een zwart reisadvies\" --advice \"Oordeel Kamer\" --source \"besluitenlijst 2024-02-13\""),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let ledger = ledger(arguments)
        let now = try currentNow()
        let wait = waitSeconds(arguments)
        let who = arguments[recordBy] ?? loginName()
        let record: LedgerRecord
        if let correction = try correction(arguments) {
            record = try ledgerCall { () throws(LedgerError) in
                try ledger.correct(correction, note: arguments[recordNote], by: who, now: now, wait: wait)
            }
        } else if arguments[recordTitle] != nil || arguments[recordAdvice] != nil {
            record = try recordFacts(arguments, by: who, now: now, ledger: ledger)
        } else {
            guard let motion = arguments[recordMotion], let status = arguments[recordStatus] else {
                throw CLIError(.usage, "record needs MOTION and STATUS (or --void SEQ, --void-document NUMBER or --confirm SEQ)")
            }
            guard let source = arguments[recordSource] else {
                throw CLIError(.usage, "missing '--source TEXT': where the status comes from (a document number in the ledger corrects it)")
            }
            let date = arguments[recordDate]
            try refuseFuture(date, option: "--date", today: now.today, force: arguments[forceFlag])
            let manual = ManualRecord(motion: motion, status: status, source: source, note: arguments[recordNote], date: date, by: who,
                                      isNew: arguments[recordNew])
            do throws(LedgerError) {
                record = try ledger.record(manual, now: now, wait: wait)
            } catch where error.kind == .noMatch {
                let nearest = (try? ledger.timeline(wait: wait))?.nearestNamesNote(to: motion) ?? ""
                throw CLIError(.noMatch, error.message + nearest, at: Place(path: ledger.path))
            } catch {
                throw CLIError(error)
            }
        }
        try reportAppended([record], to: ledger, terminal: terminal) { () throws(CLIError) in
            try write(RecordSummary(record, ledger: ledger.path), arguments, terminal)
        }
        return .ok
    }
)

/// `record MOTION --title TEXT --advice TEXT --source TEXT`: a person's facts about a motion.
private func recordFacts(_ arguments: ParsedArguments, by who: String, now: Now, ledger: Ledger) throws(CLIError) -> LedgerRecord {
    guard let motion = arguments[recordMotion], arguments[recordStatus] == nil, !arguments[recordNew] else {
        throw CLIError(.usage, "--title and --advice take a MOTION and no STATUS or --new: record a status apart")
    }
    guard let source = arguments[recordSource] else {
        throw CLIError(.usage, "missing '--source TEXT': where the title or advice comes from")
    }
    let date = arguments[recordDate]
    try refuseFuture(date, option: "--date", today: now.today, force: arguments[forceFlag])
    let manual = ManualFacts(motion: motion, title: arguments[recordTitle], advice: arguments[recordAdvice], source: source, date: date, by: who)
    let wait = waitSeconds(arguments)
    do throws(LedgerError) {
        return try ledger.record(manual, now: now, wait: wait)
    } catch where error.kind == .noMatch {
        let nearest = (try? ledger.timeline(wait: wait))?.nearestNamesNote(to: motion) ?? ""
        throw CLIError(.noMatch, error.message + nearest, at: Place(path: ledger.path))
    } catch {
        throw CLIError(error)
    }
}

/// The void or confirmation the options ask for, if any: one at a time, and with no motion or
/// status beside it.
private func correction(_ arguments: ParsedArguments) throws(CLIError) -> Correction? {
    var asked: [Correction] = []
    if let seq = arguments[recordVoid] { asked.append(.void(seq: seq)) }
    if let number = arguments[recordVoidDocument] { asked.append(.voidDocument(number: number)) }
    if let seq = arguments[recordConfirm] { asked.append(.confirm(seq: seq)) }
    guard let correction = asked.first else { return nil }
    if asked.count > 1 {
        throw CLIError(.usage, "give one of --void, --void-document and --confirm at a time")
    }
    if arguments[recordMotion] != nil || arguments[recordSource] != nil || arguments[recordDate] != nil || arguments[recordNew] {
        throw CLIError(.usage, "--void, --void-document and --confirm take no MOTION, STATUS, --source, --date or --new: they name what they void or confirm")
    }
    return correction
}


/// Refuses a date after today (exit 64) unless `force`: news is not recorded before it happens,
/// and a slip of the year would put an event first in every history for years.
func refuseFuture(_ date: Day?, option: String, today: Day, force: Bool) throws(CLIError) {
    guard let date, date > today, !force else { return }
    throw CLIError(.usage, "\(option) \(date.iso) is after today (\(today.iso)); give --force if it is meant")
}

/// Writes, with `report`, what was appended to the ledger, and hands it to standard output.
/// When that fails the records are in the ledger all the same, synced: the error says so, with
/// the lines and the head, so that nobody appends them a second time.
func reportAppended(_ records: [LedgerRecord], to ledger: Ledger, terminal: Terminal, _ report: () throws(CLIError) -> Void)
    throws(CLIError)
{
    do {
        try report()
        try terminal.output.flush()
    } catch where !error.isQuiet && !records.isEmpty {
        let lines = records.count == 1 ? "line \(records[0].seq)" : "lines \(records[0].seq)–\(records[records.count - 1].seq)"
        let head = "\(records[records.count - 1].seq):\(records[records.count - 1].lineHash)"
        throw CLIError(error.code, "\(error.message); the ledger \(ledger.path) was appended to all the same (\(lines), synced; head \(head)), only not reported: do not append it again")
    }
}

/// The user's login name, for a manual record's `who`.
private func loginName() -> String {
    for variable in ["LOGNAME", "USER"] {
        if let value = getenv(variable).map({ String(cString: $0) }), !value.isEmpty { return value }
    }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "uid \(getuid())"
}

// MARK: - head and verify

let headCommand = Command(
    spec: CommandSpec(
        name: "head",
        summary: "Print COUNT:HASH, the ledger's record count and the hash of its last line, to check it later with verify --head.",
        options: [ledgerOption, waitOption],
        examples: [
            Example("Keep the head somewhere else, to check the ledger against later", "motieledger head > head.txt"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let ledger = ledger(arguments)
        let wait = waitSeconds(arguments)
        let head = try ledgerCall { () throws(LedgerError) in try ledger.head(wait: wait) }
        try terminal.output.write("\(head)\n")
        return .ok
    }
)

let verifyCommand = Command(
    spec: CommandSpec(
        name: "verify",
        summary: "Check the whole ledger: every line well-formed, the sequence unbroken, the hash chain intact.",
        options: [verifyHead, repairFlag, languageOption, ledgerOption, waitOption],
        examples: [
            Example("Check the ledger", "motieledger verify"),
            Example("Check also that nothing kept was cut off or rewritten", "motieledger verify --head \"$(cat head.txt)\""),
            Example("After a crash: move a torn last line aside, then check", "motieledger verify --repair"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        var head: LedgerHead?
        if let text = arguments[verifyHead] {
            guard let parsed = LedgerHead(text) else {
                throw CLIError(.usage, "invalid value '\(text)' for '--head'; expected COUNT:HASH as 'motieledger head' prints it (COUNT up to \(Int32.max); 0 records have the hash 000…0)")
            }
            head = parsed
        }
        let ledger = ledger(arguments)
        let wait = waitSeconds(arguments)
        let language = arguments[languageOption]
        if arguments[repairFlag] {
            let now = try currentNow()
            let repair = try ledgerCall { () throws(LedgerError) in try ledger.repair(wait: wait, now: now) }
            try terminal.output.write(RepairSummary(repair).text(language))
        }
        let verification = try ledgerCall { () throws(LedgerError) in try ledger.verify(against: head, wait: wait) }
        try terminal.output.write(VerificationReport(verification, ledger: ledger.path, extends: head).text(language))
        return .ok
    }
)
