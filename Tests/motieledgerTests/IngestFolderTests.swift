import Foundation
import Glibc
import Testing
import TestSupport
@testable import motieledger
@testable import MotieLedger

/// Writes `bytes` to `path` under `folder`, making the folders on the way.
private func put(_ bytes: [UInt8], _ path: String, in folder: String) throws {
    let url = URL(fileURLWithPath: folder + "/" + path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
}

private func copy(_ name: String, to path: String, in folder: String) throws {
    try put([UInt8](try Data(contentsOf: URL(fileURLWithPath: fixture(name)))), path, in: folder)
}

/// The JSON objects of a JSON Lines output.
private func objects(_ output: String) throws -> [JSONValue] {
    try output.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
}

/// `ingest DIR`: a folder of documents read as its documents given one by one, in sorted order;
/// `--keep-going`; the progress line only on a terminal.
@Suite(.enabled(if: toolPath != nil)) struct IngestFolderTests {
    /// A folder as a clerk keeps one: documents in subfolders, and what is no document beside them.
    private func clerksFolder(in workspace: Workspace) throws {
        let folder = workspace.directory + "/stukken"
        try copy("2026D03887.txt", to: "2026D03887.txt", in: folder)
        try copy("2026D07412.txt", to: "maart/2026D07412.txt", in: folder)
        try copy("2026D11873.txt", to: "april/antwoorden/2026D11873.txt", in: folder)
        try copy("2026D11873.txt", to: ".verborgen.txt", in: folder)
        try copy("2026D07412.txt", to: ".git/kopie.txt", in: folder)
        try put([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "april/foto.png", in: folder)
        try put(Array("<!DOCTYPE html>\n<html><body>Kamerstuk 21 501-02, nr. 3236</body></html>\n".utf8), "pagina.html", in: folder)
        try put([], "leeg.txt", in: folder)
    }

    @Test("a folder: its documents read recursively in sorted order, the same ledger as the files given one by one; the rest skipped, said in JSON")
    func folderAsItsDocuments() throws {
        let workspace = Workspace(), named = Workspace(), oneByOne = Workspace()
        defer { workspace.remove(); named.remove(); oneByOne.remove() }
        try clerksFolder(in: workspace)
        let result = try workspace.run(["ingest", "--format", "json", "stukken"])
        #expect(result.status == 0, "\(result.err)")
        // Sorted by bytes, depth first: '2' before 'a' before 'l', 'm', 'p'.
        let sorted = ["stukken/2026D03887.txt", "stukken/april/antwoorden/2026D11873.txt", "stukken/maart/2026D07412.txt"]
        let explicit = try named.run(["ingest"] + sorted.map { workspace.directory + "/" + $0 })
        #expect(explicit.status == 0, "\(explicit.err)")
        #expect(!workspace.bytes.isEmpty && workspace.bytes == named.bytes, "ingest DIR and the same files named in that order differ")
        let skipped = try objects(result.out).filter { $0["type"]?.stringValue == "ignored" }
            .map { "\($0["file"]?.stringValue ?? "") \($0["reason"]?.stringValue ?? "")" }
        #expect(skipped == [
            "stukken/.git hidden", "stukken/.verborgen.txt hidden", "stukken/april/foto.png binary, not a document",
            "stukken/leeg.txt empty", "stukken/pagina.html an HTML page, not a document",
        ])
        // A call per file gives the same statuses, histories and table.
        for path in sorted {
            #expect(try oneByOne.run(["ingest", workspace.directory + "/" + path]).status == 0)
        }
        for arguments in [["table", "--format", "csv"], ["history", "kst-32735-406"], ["status", "kst-21501-02-3236"]] {
            #expect(try workspace.run(arguments).out == oneByOne.run(arguments).out, "\(arguments)")
        }
    }

    @Test("text: one line counts what was skipped; --verbose names each with why; Dutch, or English with --lang en")
    func skippedInText() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try clerksFolder(in: workspace)
        let quiet = try workspace.run(["ingest", "--dry-run", "stukken"])
        #expect(quiet.status == 0, "\(quiet.err)")
        #expect(quiet.out.contains("5 items van de mappen overgeslagen: verborgen, van de ledger zelf, of geen document (--verbose noemt elk)\n"))
        let english = try workspace.run(["ingest", "--dry-run", "--lang", "en", "stukken"])
        #expect(english.out.contains("ignored 5 entries of the folders: hidden, the ledger's own, or no document (--verbose names each)\n"))
        let verbose = try workspace.run(["ingest", "--dry-run", "-v", "stukken"])
        for line in ["overgeslagen stukken/.git: verborgen", "overgeslagen stukken/april/foto.png: binair, geen document",
                     "overgeslagen stukken/pagina.html: een HTML-pagina, geen document", "overgeslagen stukken/leeg.txt: leeg"] {
            #expect(verbose.out.contains(line + "\n"), "\(line)")
        }
        let verboseEnglish = try workspace.run(["ingest", "--dry-run", "-v", "--lang", "en", "stukken"])
        for line in ["ignored stukken/.git: hidden", "ignored stukken/april/foto.png: binary, not a document",
                     "ignored stukken/pagina.html: an HTML page, not a document", "ignored stukken/leeg.txt: empty"] {
            #expect(verboseEnglish.out.contains(line + "\n"), "\(line)")
        }
        #expect(workspace.bytes.isEmpty, "a dry run writes nothing")
    }

    @Test("the ledger in the folder read, its lock and its backups are skipped, whatever path leads to them")
    func ledgerInTheFolder() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["ingest", fixture("2026D03887.txt")]).status == 0)
        try copy("2026D07412.txt", to: "ledger/2026D07412.txt", in: workspace.directory)
        try put(Array("{\"seq\":3,\"type\":\"event\"\n".utf8), "ledger/moties.jsonl.torn-line3-20260320T093000Z", in: workspace.directory)
        let before = workspace.bytes
        let result = try workspace.run(["ingest", "--verbose", "--lang", "en", "."])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("ignored ./ledger/moties.jsonl: the ledger\n"))
        if FileManager.default.fileExists(atPath: workspace.ledger + ".lock") {
            #expect(result.out.contains("ignored ./ledger/moties.jsonl.lock: the ledger's lock or backup\n"))
        }
        #expect(result.out.contains("ignored ./ledger/moties.jsonl.torn-line3-20260320T093000Z: the ledger's lock or backup\n"))
        #expect(workspace.bytes.starts(with: before) && workspace.bytes.count > before.count, "2026D07412 was appended")
        #expect(try workspace.run(["verify"]).status == 0)
    }

    /// A folder with two documents that read and two that do not: bytes that are no text, and a
    /// document that gives no date.
    private func folderWithBadDocuments(in workspace: Workspace) throws {
        let folder = workspace.directory + "/stukken"
        try copy("2026D03887.txt", to: "a.txt", in: folder)
        // 0x81 is no UTF-8 and no Windows-1252: line 3, column 6.
        try put(Array("Den Haag, 3 maart 2026\nDe motie-Klaver is uitgevoerd.\nNaar ".utf8) + [0x81] + Array(" toe.\n".utf8),
                "b-kapot.txt", in: folder)
        try put(Array("Geachte voorzitter,\n\nDe motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) is uitgevoerd.\n".utf8), "c-zonder-datum.txt", in: folder)
        try copy("2026D11873.txt", to: "d.txt", in: folder)
    }

    @Test("without --keep-going the first document that fails stops the batch before anything is appended")
    func firstFailureStops() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try folderWithBadDocuments(in: workspace)
        let result = try workspace.run(["ingest", "stukken"])
        #expect(result.status == 65)
        let errors = result.err.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(result.err)")
        #expect(errors.first?.hasPrefix("motieledger: stukken/b-kapot.txt:3:6: error: not UTF-8 text") == true, "\(result.err)")
        #expect(errors.first?.hasSuffix("; nothing was appended (--keep-going appends the documents that read)") == true)
        #expect(workspace.bytes.isEmpty)
    }

    @Test("--keep-going appends what reads, lists what did not with its place and error, and exits 65")
    func keepGoing() throws {
        let workspace = Workspace(), good = Workspace(), dry = Workspace()
        defer { workspace.remove(); good.remove(); dry.remove() }
        try folderWithBadDocuments(in: workspace)
        let result = try workspace.run(["ingest", "--keep-going", "stukken"])
        #expect(result.status == 65)
        let errors = result.err.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2, "\(result.err)")
        #expect(errors.first?.hasPrefix("motieledger: stukken/b-kapot.txt:3:6: error: ") == true)
        #expect(errors.last == "motieledger: stukken/c-zonder-datum.txt: error: the document gives no date (such as 'Den Haag, 28 januari 2026'); give it with --date YYYY-MM-DD")
        #expect(result.out.contains("niet gelezen: 2 documenten (de fouten staan op standard error)\n"))
        let english = try dry.run(["ingest", "--keep-going", "--dry-run", "--lang", "en", workspace.directory + "/stukken"])
        #expect(english.out.contains("not read: 2 documents (the errors are on standard error)\n"), "\(english.out)")
        // The two that read are in the ledger, as they would be on their own.
        #expect(try good.run(["ingest", workspace.directory + "/stukken/a.txt", workspace.directory + "/stukken/d.txt"]).status == 0)
        #expect(!workspace.bytes.isEmpty && workspace.bytes == good.bytes)
        #expect(try workspace.run(["verify"]).status == 0)

        let json = try dry.run(["ingest", "--keep-going", "--dry-run", "--format", "json", workspace.directory + "/stukken"])
        let failed = try objects(json.out).filter { $0["type"]?.stringValue == "failed" }
        #expect(failed.map { $0["file"]?.stringValue ?? "" } == ["b-kapot.txt", "c-zonder-datum.txt"].map { workspace.directory + "/stukken/" + $0 })
        #expect(failed.first?["line"] == .int(3) && failed.first?["column"] == .int(6) && failed.first?["exit"] == .int(65))
        #expect(failed.last?["line"] == .null && failed.last?["error"]?.stringValue?.hasPrefix("the document gives no date") == true)
    }

    @Test("--keep-going with files named: a missing one is listed and the others appended")
    func keepGoingOverFiles() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["ingest", "--keep-going", "geen-bestand.txt", fixture("2026D03887.txt")])
        #expect(result.status == 65)
        #expect(result.err.split(separator: "\n").filter { $0.contains(": error: ") } == ["motieledger: geen-bestand.txt: error: no such file"],
                "\(result.err)")
        #expect(try workspace.run(["verify"]).status == 0)
        #expect(!workspace.bytes.isEmpty)
    }

    @Test("no progress line when standard error is no terminal, however long the run")
    func noProgressInPipes() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        for index in 0..<24 { try copy("2026D03887.txt", to: "stukken/\(index).txt", in: workspace.directory) }
        let started = Date()
        let result = try workspace.run(["ingest", "--dry-run", "stukken"])
        #expect(result.status == 0, "\(result.err)")
        #expect(!result.err.contains("\r") && !result.err.contains("ingest:"), "\(result.err)")
        print("note: 24 documents in \(Date().timeIntervalSince(started)) s with standard error a pipe")
    }

    @Test("on a terminal a long run shows the progress line, and wipes it at the end",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script (util-linux) is not installed"))
    func progressOnATerminal() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        for index in 0..<24 { try copy("2026D03887.txt", to: "stukken/\(index).txt", in: workspace.directory) }
        // script(1) gives the command a terminal; its output is what that terminal was sent.
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-q", "-e", "-c", "'\(toolPath!)' ingest --dry-run stukken 2>&1 >/dev/null", "/dev/null"]
        script.currentDirectoryURL = URL(fileURLWithPath: workspace.directory)
        script.environment = ProcessInfo.processInfo.environment.merging(["MOTIELEDGER_NOW": "2026-03-20T09:30:00Z"]) { $1 }
        let pipe = Pipe()
        script.standardOutput = pipe
        script.standardInput = FileHandle.nullDevice
        try script.run()
        let screen = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        script.waitUntilExit()
        #expect(script.terminationStatus == 0, "\(screen)")
        let started = Date()
        _ = try workspace.run(["ingest", "--dry-run", "stukken"])
        let seconds = Date().timeIntervalSince(started)
        guard seconds > 1.5 else {
            print("note: 24 documents took \(seconds) s, too short for the progress line to show; its absence proves nothing")
            return
        }
        guard let last = screen.range(of: "\r\u{1B}[Kingest: ", options: .backwards) else {
            Issue.record("no progress line: \(screen.suffix(400))")
            return
        }
        #expect(screen[last.upperBound...].contains("\r\u{1B}[K"), "the last progress line is wiped: \(screen[last.lowerBound...])")
        // Each warning starts on a clean line: after a line break, or the progress line wiped.
        for before in screen.components(separatedBy: "motieledger: ").dropLast() where !before.isEmpty {
            // The terminal sends a line break as "\r\n", one Character to Swift: compare bytes.
            #expect(before.utf8.last == 0x0A || before.hasSuffix("\r\u{1B}[K"), "a warning written over the progress line: \(before.suffix(80))")
        }
    }
}

/// The progress line's own rules, with a clock the test turns.
@Suite struct ProgressLineTests {
    final class Clock: @unchecked Sendable {
        var now = 100.0
    }

    @Test("drawn only after the delay, at most ten times a second, wiped at the end; never when not a terminal")
    func drawnWhenLong() {
        for isTerminal in [true, false] {
            let recorded = Recorder(), clock = Clock()
            let progress = ProgressLine("ingest", total: 3, stream: recorded.output(capacity: 0), isTerminal: isTerminal,
                                        delay: 1, clock: { clock.now })
            progress.update(done: 0, current: "a.txt")
            clock.now += 1.5
            progress.update(done: 1, current: "b.txt")
            clock.now += 0.05
            progress.update(done: 2, current: "c.txt")
            clock.now += 0.1
            progress.update(done: 2, current: "c.txt")
            progress.wipe()
            progress.wipe()
            #expect(recorded.text == (isTerminal ? "\r\u{1B}[Kingest: 1/3 b.txt\r\u{1B}[Kingest: 2/3 c.txt\r\u{1B}[K" : ""))
        }
    }

    @Test("a long name is cut from the left, and a name cannot steer the terminal")
    func lineWithin79Columns() {
        let long = String(repeating: "map/", count: 40) + "brief.pdf"
        let line = ProgressLine.line("ingest", done: 12, total: 340, current: long)
        #expect(line.count == 79 && line.hasPrefix("ingest: 12/340 …") && line.hasSuffix("/brief.pdf"))
        #expect(ProgressLine.line("ingest", done: 1, total: 2, current: "a\u{1B}]0;x\u{7}.txt") == "ingest: 1/2 a\u{FFFD}]0;x\u{FFFD}.txt")
    }
}
