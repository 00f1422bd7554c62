import Glibc
import MotieLedger

/// The command that downloads documents by their number, or motions' facts from open data: fetch.
let fetchCommands: [Command] = [fetchCommand]

/// The version `--version` prints and the `User-Agent` of every request names.
let toolVersion = "0.1.0"

let refreshFlag = Flag("refresh", help: "Download a document again even when it was fetched before")
let timeoutOption = DefaultedOption.positiveInteger(
    "timeout", valueName: "SECONDS", default: 30, help: "How long one request may wait for the source before it is tried again")
let intoOption = Option.text("into", valueName: "DIR", completes: .directories, help: "Where fetched documents go (default: documents/ beside the ledger)")

/// `fetch ID ...`.
private let fetchIDs = ArgumentList<String>(
    "ID", atLeastOne: false,
    help: "kst-36410-31, ah-tk-20232024-1432, a citation such as \"Kamerstuk 21 501-02, nr. 3236\", or the document's URL")

/// `fetch --motions --since DATE`.
private let motionsFlag = Flag(
    "motions", help: "Ask the Tweede Kamer's open data for motions and their votes changed since --since, and import them")
private let sinceOption = Option.date("since", help: "With --motions: the first day of changes to ask for")

let fetchCommand = Command(
    spec: CommandSpec(
        name: "fetch",
        summary: "Download documents by their number from officielebekendmakingen.nl (XML, else PDF) into documents/ beside the ledger; with --motions, import motions from open data.",
        options: [intoOption, refreshFlag, timeoutOption, motionsFlag, sinceOption, dryRunFlag, formatTextJSON, languageOption, ledgerOption, waitOption],
        positionals: [fetchIDs],
        examples: [
            Example("Two documents by their number", "motieledger fetch kst-36725-XXIII-13 ah-tk-20232024-1432"),
            Example("A document by a citation of it, into a folder of your choice",
                    "motieledger fetch --into stukken \"Kamerstuk 21 501-02, nr. 3236\""),
            Example("The motions and votes changed since New Year, from open data", "motieledger fetch --motions --since 2026-01-01"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        if arguments[motionsFlag] {
            guard arguments[fetchIDs].isEmpty else {
                throw CLIError(.usage, "fetch --motions takes no ID: it asks the open data for every motion changed since --since")
            }
            guard let since = arguments[sinceOption] else {
                throw CLIError(.usage, "fetch --motions needs --since DATE: the first day of changes to ask for (YYYY-MM-DD)")
            }
            try fetchMotions(since: since, arguments: arguments, terminal: terminal)
            return .ok
        }
        guard !arguments[fetchIDs].isEmpty else {
            throw CLIError(.usage, "fetch needs an ID (kst-36410-31, ah-tk-20232024-1432, a citation or a URL), or --motions --since DATE")
        }
        guard arguments[sinceOption] == nil else { throw CLIError(.usage, "--since goes with --motions") }
        let store = documentStore(arguments)
        let fetcher = documentFetcher(arguments)
        var firstError: CLIError?
        for argument in arguments[fetchIDs] {
            do throws(CLIError) {
                guard let id = PublicationID(argument) else {
                    throw CLIError(.usage, "'\(argument)' names no document: give an ID such as kst-36410-31 or ah-tk-20232024-1432, a citation, or a URL")
                }
                let outcome = try fetch(id, fetcher: fetcher, store: store, refresh: arguments[refreshFlag])
                try terminal.output.write(FetchSummary(id, outcome).text(arguments[languageOption]))
            } catch where error.code != .ok {
                terminal.report(error)
                firstError = firstError ?? error
            }
        }
        return firstError?.code ?? .ok
    }
)

/// Asks the open data for the motions and the votes changed since `since`, page by page, and
/// imports them as `import` does. Nothing is written unless every page was read whole.
private func fetchMotions(since: Day, arguments: ParsedArguments, terminal: Terminal) throws(CLIError) {
    let base = getenv("MOTIELEDGER_ODATA_URL").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    let pager = ODataPager(base: base ?? ODataQuery.defaultBase, userAgent: "motieledger/\(toolVersion)",
                           timeout: Double(arguments[timeoutOption]))
    var batch = OpenDataBatch()
    for query in [ODataQuery.motions(since: since), ODataQuery.votes(since: since)] {
        do throws(FetchError) {
            try pager.fetch(query, into: &batch)
        } catch {
            let code: ExitCode = switch error.kind {
            case .notFound, .badData: .dataError
            case .unavailable: .unavailable
            case .io: .ioError
            case .usage: .usage
            }
            throw CLIError(code, "open data: \(error.message); nothing was imported")
        }
    }
    try appendFacts(batch.facts, arguments: arguments, terminal: terminal)
}

/// The folder fetched documents go to: `--into`, else `documents/` beside the ledger.
func documentStore(_ arguments: ParsedArguments) -> DocumentStore {
    if let folder = arguments[intoOption] { return DocumentStore(directory: folder) }
    return DocumentStore(besideLedger: ledgerPath(arguments))
}

/// The fetcher the arguments and `MOTIELEDGER_SOURCE_URL` describe.
func documentFetcher(_ arguments: ParsedArguments) -> DocumentFetcher {
    let base = getenv("MOTIELEDGER_SOURCE_URL").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    return DocumentFetcher(base: base ?? DocumentFetcher.defaultBase, userAgent: "motieledger/\(toolVersion)",
                           timeout: Double(arguments[timeoutOption]))
}

/// Fetches `id`, the failure as the error the contract gives it: 66 when the source has no
/// such document, 69 when it cannot be reached, 65 when it sends something else, 74 when the
/// document cannot be written.
func fetch(_ id: PublicationID, fetcher: DocumentFetcher, store: DocumentStore, refresh: Bool) throws(CLIError) -> DocumentFetcher.Outcome {
    do {
        return try fetcher.fetch(id, into: store, refresh: refresh)
    } catch {
        let code: ExitCode = switch error.kind {
        case .notFound: .noInput
        case .unavailable: .unavailable
        case .badData: .dataError
        case .io: .ioError
        case .usage: .usage
        }
        throw CLIError(code, "\(id): \(error.message)")
    }
}

/// The file `ingest` reads for an argument: the argument itself when it is a file (or `-`),
/// else the document its number or URL names, fetched into the documents folder unless it is
/// there already. A dry run fetches into a temporary folder, so that it writes nothing.
func localDocument(_ argument: String, arguments: ParsedArguments, scratch: inout [String]) throws(CLIError) -> String {
    guard argument != "-", access(argument, F_OK) != 0, let id = PublicationID(argument) else { return argument }
    var store = documentStore(arguments)
    if arguments[dryRunFlag], arguments[refreshFlag] || store.existing(id) == nil {
        var template = Array("/tmp/motieledger-dry-run-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CLIError(.ioError, "cannot make a temporary folder for the dry run: \(String(cString: strerror(errno)))")
        }
        store = DocumentStore(directory: String(cString: made))
        scratch.append(store.directory)
    }
    switch try fetch(id, fetcher: documentFetcher(arguments), store: store, refresh: arguments[refreshFlag]) {
    case .fetched(let path), .present(let path): return path
    }
}

/// Removes what a dry run fetched.
func removeScratch(_ folders: [String]) {
    for folder in folders {
        if let entries = opendir(folder) {
            while let entry = readdir(entries) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name != ".", name != ".." { unlink(folder + "/" + name) }
            }
            closedir(entries)
        }
        rmdir(folder)
    }
}
