import Foundation
import MotieLedger
import Kamerstuk

/// `motieledger-bench [SECTION ...]`: measures MotieLedger on generated inputs, next to the
/// standard tools a user would otherwise reach for. Sections: refs, motions, ledger, input,
/// facts, page (default: all); refs-shapes runs only the part of refs that measures one-line and
/// long-line documents. `motieledger-bench scoreboard [-v]` scores the reading of the real,
/// hand-labelled documents instead.
/// Run it in release: `swift run -c release motieledger-bench`.

let arguments = Array(CommandLine.arguments.dropFirst())
let sections = arguments.isEmpty ? ["refs", "motions", "ledger", "input", "facts", "page"] : arguments
let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-bench-\(getpid())")
try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: workspace) }

/// The `motieledger` executable built next to this one.
let motieledger = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("motieledger").path

if arguments.first == "corpus", arguments.count == 2 {
    // Writes the generated answer text, to look at or to time other tools on.
    var corpus = Corpus(seed: 2026)
    try Data(corpus.text(bytes: 64 << 20)).write(to: URL(fileURLWithPath: arguments[1]))
    exit(0)
}

if arguments.first == "scoreboard" {
    try benchScoreboard(verbose: arguments.dropFirst().contains("-v"))
    exit(0)
}

for section in sections {
    switch section {
    case "refs":
        try benchRefs()
        try benchRefsShapes()
    case "refs-shapes": try benchRefsShapes()
    case "motions": try benchMotions()
    case "ledger": try benchLedger()
    case "input": try benchInput()
    case "facts": try benchFacts()
    case "page": try benchPage()
    default:
        FileHandle.standardError.write(Data("motieledger-bench: unknown section '\(section)' (refs, refs-shapes, motions, ledger, input, facts, page)\n".utf8))
        exit(64)
    }
}

func benchRefs() throws {
    let size = 64 << 20
    var corpus = Corpus(seed: 2026)
    let text = corpus.text(bytes: size)
    let file = workspace.appendingPathComponent("corpus.txt")
    try writeSynced(text, to: file)
    let megabytes = Double(text.count) / 1_000_000
    print("refs: \(String(format: "%.1f", megabytes)) MB of generated answer text")

    var found = 0
    let library = bestOf(5) {
        let source = try! SourceText(validating: text)
        found = source.citations().count
    }
    report("library, one core: validate, scan, place", seconds: library, megabytes: megabytes, note: "\(found) citations")

    try compareWithRipgrep(file, megabytes: megabytes)

    // Plain running text: 2026D03887 repeated to 64 MB, citations as sparse as in a real answer.
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/2026D03887.txt")
    let seed = Array(try Data(contentsOf: fixture))
    let plain = Array([[UInt8]](repeating: seed, count: size / seed.count + 1).joined())
    let plainFile = workspace.appendingPathComponent("seed-64mb.txt")
    try writeSynced(plain, to: plainFile)
    print("refs: \(String(format: "%.1f", Double(plain.count) / 1_000_000)) MB of plain running text (2026D03887 repeated)")
    try compareWithRipgrep(plainFile, megabytes: Double(plain.count) / 1_000_000)
}

/// Writes `bytes` and waits until they are on disk: the kernel's write-back of a fresh file
/// would otherwise take a core from whatever is timed meanwhile.
func writeSynced(_ bytes: [UInt8], to file: URL) throws {
    try Data(bytes).write(to: file)
    let written = open(file.path, O_RDONLY)
    fsync(written)
    close(written)
}

/// `motieledger refs FILE` against ripgrep with a keyword-led citation pattern on the same file.
func compareWithRipgrep(_ file: URL, megabytes: Double) throws {
    guard FileManager.default.isExecutableFile(atPath: motieledger) else {
        print("  (no motieledger executable next to the benchmark; build it: swift build -c release)")
        return
    }
    let pattern = #"(?i)(kamerstuk(ken)?|kst)[ .-]*((I|II|TK|EK) )?([0-9]{4}/[0-9]{2},? )?[0-9]{2} ?[0-9]{3}(-[0-9A-Z]+)*( [IVXLB]+)?(,? (nrs?\.?|nummer) ?\s*[0-9A-Z]+( en [0-9]+)?)?"#
    guard let rg = which("rg") else {
        let cli = bestOf(10) { run(motieledger, ["refs", file.path]) }
        report("motieledger refs FILE", seconds: cli, megabytes: megabytes, note: "\(countLines(motieledger, ["refs", file.path])) lines")
        print("  ripgrep: not installed (apt-get install ripgrep), no comparison")
        return
    }
    // Turn about, so that both meet the same machine: another program's burst of work
    // slows the runs of both, not those of one.
    var cli = Double.infinity, ripgrep = Double.infinity
    for _ in 0..<10 {
        cli = min(cli, bestOf(1) { run(motieledger, ["refs", file.path]) })
        ripgrep = min(ripgrep, bestOf(1) { run(rg, ["-o", "-n", "--column", pattern, file.path]) })
    }
    report("motieledger refs FILE", seconds: cli, megabytes: megabytes, note: "\(countLines(motieledger, ["refs", file.path])) lines")
    report("rg -o -n --column PATTERN FILE", seconds: ripgrep, megabytes: megabytes,
           note: "\(countLines(rg, ["-o", pattern, file.path])) matches")
    print(String(format: "  ratio motieledger/ripgrep throughput: %.2f (target ≥ 0.50)", ripgrep / cli))
}

/// The whole `motions` pass (clean-up, structure, footnotes, mentions, links, statuses) on
/// 2026D03887, and on documents 10 and 100 times its size made of its own text.
func benchMotions() throws {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/2026D03887.txt")
    let seed = Array(try Data(contentsOf: fixture))
    print("motions: the whole pass on 2026D03887 (\(seed.count / 1000) kB) and on 10× and 100× its size")
    var perByte: [Double] = []
    for factor in [1, 10, 100] {
        let text = Array([[UInt8]](repeating: seed, count: factor).joined())
        var motions = 0
        let seconds = bestOf(factor == 100 ? 3 : 20) {
            let source = try! SourceText(validating: text)
            motions = MotionReader(AnswerDocument(source)).motions.count
        }
        perByte.append(seconds / Double(text.count))
        report("\(factor)× (\(text.count / 1000) kB)", seconds: seconds, megabytes: Double(text.count) / 1_000_000,
               note: "\(motions) motions")
    }
    print(String(format: "  growth per byte, 10× and 100× against 1×: %.2f and %.2f (1.00 is linear)",
                 perByte[1] / perByte[0], perByte[2] / perByte[0]))

    // Shapes that once made a pass quadratic, at 1×, 10× and 100× their base: the time per unit
    // must not grow.
    print("motions: shapes that must stay linear, at 1×, 10× and 100× their units")
    let flat = String(decoding: seed.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    let shapes: [(String, Int, (Int) -> String)] = [
        ("lines without a full stop", 200, { n in
            "Den Haag, 3 maart 2026\n\n" + (0..<n).map { "Regel zonder punt nummer \($0) met de motie Klaver\n" }.joined()
        }),
        ("annex rows, Kamerstuk first", 200, { n in
            "Bijlage 3 Overzicht moties\n\n" + (0..<n).map { "36 600 VIII, nr. \($0 + 1)\nMotie van het lid Lid\($0) over onderwerp \($0)\nAfgedaan.\n\n" }.joined()
        }),
        ("pairs, de tweede motie (pair)", 200, { n in
            "2026D00001\n\nVragen van het lid Erkens (VVD)\n\n" + (0..<n).map { _ in
                "Vraag\n\nHoe staat het met de motie Aaa over x en de motie Bbb over y?\n\nAntwoord\n\nDe eerste motie wordt bezien. De tweede motie is uitgevoerd.\n\n"
            }.joined()
        }),
        ("seed on one line (4,800 chars)", 10, { n in
            String(String(repeating: flat, count: (n * 4_800) / flat.count + 1).prefix(n * 4_800))
        }),
        ("a letter on one line", 200, { n in
            "Den Haag, 3 maart 2026 Geachte voorzitter, " + (0..<n).map {
                "De motie \(distinctName($0)) over onderwerp \($0) is uitgevoerd. Deze motie is met de brief afgedaan. "
            }.joined()
        }),
        ("distinct motions, a line each", 200, { n in
            "Den Haag, 3 maart 2026\n\n" + (0..<n).map { "De motie \(distinctName($0)) over onderwerp \($0) is uitgevoerd.\n" }.joined()
        }),
    ]
    for (name, base, make) in shapes {
        var perUnit: [Double] = []
        for factor in [1, 10, 100] {
            let units = base * factor
            let text = Array(make(units).utf8)
            let seconds = bestOf(factor == 100 ? 1 : 3) { _ = MotionReader(AnswerDocument(try! SourceText(validating: text))).motions.count }
            perUnit.append(seconds / Double(units))
            report("\(name), \(factor)×", seconds: seconds, megabytes: Double(text.count) / 1_000_000, note: "\(units) units")
        }
        print(String(format: "    growth per unit, 10× and 100× against 1×: %.2f and %.2f (1.00 is linear)",
                     perUnit[1] / perUnit[0], perUnit[2] / perUnit[0]))
    }
}

/// A surname of letters only, different for every `n`: `Vanaab`.
func distinctName(_ n: Int) -> String {
    var letters = ""
    var rest = n
    repeat {
        letters = String(Character(Unicode.Scalar(UInt8(97 + rest % 26)))) + letters
        rest /= 26
    } while rest > 0
    return "Van" + letters
}

// MARK: - Measuring

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The fastest of `runs` runs, in seconds: the least disturbed by the rest of the machine.
func bestOf(_ runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = now()
        body()
        best = min(best, now() - start)
    }
    return best
}

func report(_ what: String, seconds: Double, megabytes: Double, note: String) {
    let padded = what.padding(toLength: 40, withPad: " ", startingAt: 0)
    print(String(format: "  %@ %8.1f ms %8.0f MB/s   %@", padded, seconds * 1000, megabytes / seconds, note))
}

/// Runs a program with its output thrown away, and returns its exit status and its resource
/// use (`wait4`): posix_spawn, not Foundation's Process, whose wait polls and adds its own
/// delay. Its peak memory is its own, or this process's peak when it was started, whichever is
/// larger: `posix_spawn` runs the child in this process's memory until `exec`.
@discardableResult
func run(_ path: String, _ arguments: [String]) -> (status: Int32, usage: rusage) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { fatalError("cannot run \(path)") }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    // A normal exit keeps its status in bits 8–15; a signal gives -1.
    return (status & 0x7F == 0 ? (status >> 8) & 0xFF : -1, usage)
}

func countLines(_ path: String, _ arguments: [String]) -> Int {
    let process = Process()
    let pipe = Pipe()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = pipe
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    try! process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
}

func which(_ program: String) -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(directory)/\(program)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}
