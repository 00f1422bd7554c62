import Foundation
import Testing
@testable import motieledger

/// The path of `program` on PATH, or `nil` when it is not installed.
func installedProgram(_ program: String) -> String? {
    let folders = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":") ?? []
    return folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

private let bash = installedProgram("bash")
private let zsh = installedProgram("zsh")
private let groff = installedProgram("groff")

/// Runs `program` with `arguments` in `directory` and returns its status, output and errors.
private func runProgram(_ program: String, _ arguments: [String], in directory: String) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let printed = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: errors, as: UTF8.self))
}

/// `completion bash|zsh` and `man`, run as a user would: the bash script sourced in bash and
/// asked as bash asks, the zsh script read by zsh, the man page rendered by groff.
@Suite(.enabled(if: toolPath != nil)) struct DocumentationCommandTests {
    /// The commands the program's help lists.
    private func listedCommands(_ workspace: Workspace) throws -> [String] {
        let help = try workspace.run(["--help"]).out.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = help.firstIndex(of: "Commands:") else { return [] }
        return help[(start + 1)...].prefix { $0.hasPrefix("  ") }.map { String($0.split(separator: " ")[0]) }
    }

    /// What the bash completion offers for `words`, the last being the word under the cursor.
    private func bashOffers(_ words: [String], script: String, in directory: String) throws -> [String] {
        let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let line = "source '\(script)'; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _motieledger; printf '%s\\n' \"${COMPREPLY[@]}\""
        let result = try runProgram(bash!, ["--norc", "--noprofile", "-c", line], in: directory)
        #expect(result.status == 0 && result.err.isEmpty, "\(words): \(result.err)")
        return result.out.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    @Test("bash: commands, each command's options, the values of options and arguments, files and folders",
          .enabled(if: bash != nil, "bash is not installed"))
    func bashCompletion() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let generated = try workspace.run(["completion", "bash"])
        #expect(generated.status == 0 && generated.err.isEmpty)
        let script = workspace.directory + "/completion.bash"
        try generated.out.write(toFile: script, atomically: true, encoding: .utf8)
        let folder = workspace.directory + "/work"
        try FileManager.default.createDirectory(atPath: folder + "/stukken", withIntermediateDirectories: true)
        for file in ["stukken/antwoorden.pdf", "stukken/brief.txt", "moties.jsonl"] {
            try Data().write(to: URL(fileURLWithPath: folder + "/" + file))
        }
        func offers(_ words: String...) throws -> [String] { try bashOffers(["motieledger"] + words, script: script, in: folder) }

        let commands = try listedCommands(workspace)
        #expect(commands.contains("ingest") && commands.contains("completion") && commands.contains("man"))
        #expect(try offers("") == commands + ["--help", "--version"])
        #expect(try offers("ing") == ["ingest"])
        #expect(try offers("ta") == ["table"])
        // Each command its own options, and only its own.
        let ingestOptions = try offers("ingest", "--")
        #expect(ingestOptions.contains("--dry-run") && ingestOptions.contains("--pdf-layout") && ingestOptions.contains("--help"))
        #expect(!ingestOptions.contains("--group-by"))
        #expect(try offers("table", "--g") == ["--group-by"])
        #expect(try offers("ingest", "--form") == ["--format"])
        // Values where the specs know them.
        #expect(try offers("table", "--format", "") == ["markdown", "json", "csv"])
        #expect(try offers("ingest", "-f", "") == ["text", "json"])
        #expect(try offers("diff", "--format", "m") == ["markdown"])
        #expect(try offers("status", "--lang", "") == ["nl", "en"])
        #expect(try offers("table", "--format", "=", "c") == ["csv"], "--format=c as bash splits it")
        #expect(try offers("table", "--format=c") == ["csv"], "--format=c where '=' breaks no word")
        #expect(try offers("record", "kst-21501-02-3236", "") == [
            "uitgevoerd", "deels-uitgevoerd", "in-uitvoering", "in-behandeling", "niet-uitgevoerd", "vervallen", "onbekend"])
        #expect(try offers("record", "--source", "2026D07412", "kst-32735-406", "in-") == ["in-uitvoering", "in-behandeling"],
                "an option's value is not counted as an argument")
        #expect(try offers("record", "kst-32735-406", "uitgevoerd", "").isEmpty, "a third argument has nothing to offer")
        #expect(try offers("completion", "") == ["bash", "zsh"])
        #expect(try offers("status", "").isEmpty, "a motion's name is not known in advance")
        // Files where a file is asked, folders where a folder is.
        // bash sorts what it shows; compgen gives the folder's order.
        #expect(try offers("ingest", "stukken/").sorted() == ["stukken/antwoorden.pdf", "stukken/brief.txt"])
        #expect(try offers("ingest", "--dry-run", "stukken/b") == ["stukken/brief.txt"])
        #expect(try offers("status", "--ledger", "mo") == ["moties.jsonl"])
        #expect(try offers("fetch", "--into", "") == ["stukken"])
        #expect(try offers("ingest", "--", "-") == [], "after -- a word with a dash is an argument, not an option")
    }

    @Test("zsh: the script parses, and sourced after compinit it completes motieledger",
          .enabled(if: zsh != nil, "zsh is not installed"))
    func zshCompletion() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let generated = try workspace.run(["completion", "zsh"])
        #expect(generated.status == 0 && generated.err.isEmpty)
        #expect(generated.out.hasPrefix("#compdef motieledger\n"))
        let script = workspace.directory + "/_motieledger"
        try generated.out.write(toFile: script, atomically: true, encoding: .utf8)
        let syntax = try runProgram(zsh!, ["-n", script], in: workspace.directory)
        #expect(syntax.status == 0 && syntax.err.isEmpty, "\(syntax.err)")
        let loaded = try runProgram(zsh!, ["-f", "-c", "autoload -U compinit; compinit -u -d \(workspace.directory)/zcompdump; source \(script); print -r -- $_comps[motieledger]"],
                                    in: workspace.directory)
        #expect(loaded.status == 0 && loaded.err.isEmpty, "\(loaded.err)")
        #expect(loaded.out == "_motieledger\n")
        // Every command has its own arm, with its options.
        let lines = Set(generated.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for command in try listedCommands(workspace) {
            #expect(lines.contains("\(command))"), "\(command) has no arm")
        }
        #expect(generated.out.contains("'(-f --format)'{-f,--format=}'[Output format: markdown (GitHub-flavoured), json (one motion a line) or csv (RFC 4180; --excel for a spreadsheet)]:FORMAT:(markdown json csv)'"))
        #expect(generated.out.contains("'--into=[Where fetched documents go (default: documents/ beside the ledger)]:DIR:_files -/'"))
    }

    @Test("the man page has every command, with its options and examples, and renders without a warning")
    func manPage() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["man"])
        #expect(result.status == 0 && result.err.isEmpty)
        let page = result.out
        #expect(page.hasPrefix(".TH MOTIELEDGER 1 "))
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "\"EXIT STATUS\"", "ENVIRONMENT", "FILES"] {
            #expect(page.contains("\n.SH \(section)\n"), "no section \(section)")
        }
        let commands = try listedCommands(workspace)
        for command in commands {
            #expect(page.contains("\n.SS \(command)\n"), "no subsection for \(command)")
        }
        // No line of running text may start as a roff request would.
        let lines = page.split(separator: "\n")
        for line in lines where !line.hasPrefix(".") {
            #expect(!line.hasPrefix("'"), "a line starts with a quote: \(line)")
        }
        guard let groff else {
            print("note: groff is not installed; the man page's structure was checked, not its rendering")
            return
        }
        let file = workspace.directory + "/motieledger.1"
        try page.write(toFile: file, atomically: true, encoding: .utf8)
        let rendered = try runProgram(groff, ["-man", "-Tutf8", "-ww", "-rLL=200n", file], in: workspace.directory)
        #expect(rendered.status == 0 && rendered.err.isEmpty, "groff: \(rendered.err)")
        // Plain text: overstrikes and escapes of bold and italics removed.
        let text = rendered.out.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            .replacingOccurrences(of: ".\u{08}", with: "", options: .regularExpression)
        #expect(text.contains("motieledger ingest [options] FILE ..."))
        #expect(text.contains("-f, --format FORMAT"))
        #expect(text.contains("motieledger ingest --dry-run 2026D03887.pdf"))
        #expect(text.contains("MOTIELEDGER_LEDGER"))
        for code in ["0", "1", "64", "65", "66", "69", "74", "75"] {
            #expect(text.contains("\n       \(code)\n") || text.contains("\n       \(code)  "), "exit status \(code) is not listed")
        }
    }

    @Test("every command's help shows examples")
    func everyCommandHasExamples() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        for command in try listedCommands(workspace) {
            let help = try workspace.run([command, "--help"]).out
            #expect(help.contains("\nExamples:\n  "), "\(command) --help shows no example")
        }
    }

    @Test("every example is a call its command's parser accepts")
    func examplesParse() throws {
        let specs = (citationCommands + motionCommands + factsCommands + fetchCommands + ledgerCommands + reportCommands).map(\.spec)
            + documentationSpecs
        #expect(specs.allSatisfy { !$0.examples.isEmpty })
        for spec in specs {
            for example in spec.examples {
                let words = shellWords(example.line)
                guard let start = words.firstIndex(of: programName) else {
                    Issue.record("\(spec.name): '\(example.line)' does not run \(programName)")
                    continue
                }
                let call = words[(start + 1)...].prefix { !["|", ">", "<", ">>"].contains($0) }
                #expect(call.first == spec.name, "\(example.line)")
                do {
                    if case .help = try spec.parse(Array(call.dropFirst())) { Issue.record("\(example.line) asks for help") }
                } catch {
                    Issue.record("\(example.line): \(error)")
                }
            }
        }
    }

    /// A line split into words as a shell would, as far as the examples need: spaces, double
    /// quotes, and brackets (`<(…)`) that stand apart.
    private func shellWords(_ line: String) -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " || character == "(" || character == ")", !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    @Test("completion refuses a shell it does not know, naming the ones it does")
    func unknownShell() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["completion", "fish"])
        #expect(result.status == 64)
        #expect(result.err == "motieledger: error: invalid value 'fish' for 'SHELL'; expected one of bash, zsh\n")
        #expect(result.out.isEmpty)
    }
}
