import Foundation
import Testing
import TestSupport
@testable import MotieLedger

private let pdftotextHere = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") } ?? false

/// The commands of the README's quick start, in order: every line of its `sh` blocks.
private func quickStartLines() throws -> [String] {
    let readme = try String(contentsOfFile: repository.appendingPathComponent("README.md").path, encoding: .utf8)
    let start = try #require(readme.range(of: "\n## Quick start\n"), "the README has no quick start")
    let section = readme[start.upperBound...]
    let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
    var lines: [String] = []
    var inBlock = false
    for line in section[..<end].split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("```") {
            inBlock = trimmed == "```sh"
            continue
        }
        if inBlock && !trimmed.isEmpty { lines.append(trimmed) }
    }
    return lines
}

/// The words of a command line as a shell splits it: at spaces, but not inside double quotes.
private func shellWords(_ line: String) -> [String] {
    line.split(separator: "\"", omittingEmptySubsequences: false).enumerated().flatMap { index, part in
        index % 2 == 1 ? [String(part)] : part.split(separator: " ").map(String.init)
    }
}

/// The README's quick start, run as a new user would: in a fresh folder, with the binary the
/// tests built on the PATH (no build of its own), a PDF as downloaded when `pdftotext` is
/// there (else the same answers as text), and officielebekendmakingen.nl played by a server
/// on 127.0.0.1.
@Suite(.enabled(if: toolPath != nil)) struct QuickStartTests {
    @Test("the README's five steps run as written, and end in a table and a spreadsheet of what was read")
    func quickStart() throws {
        let lines = try quickStartLines()
        #expect(lines.first == "swift build -c release", "step 1 builds once")
        #expect(lines.count >= 10, "\(lines)")
        let workspace = Workspace()
        defer { workspace.remove() }
        let home = workspace.directory + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        // Aanhangsel 2168 (2023-2024), read by hand: it mentions one motion, the motie van de
        // leden Erkens en Grinwis (Kamerstuk 36 197, nr. 15), dated 17 July 2024.
        let answers: String
        if pdftotextHere {
            answers = "antwoorden.pdf"
            try FileManager.default.copyItem(atPath: fixture("corpus/aanhangsel-pdf/ah-tk-20232024-2168.pdf"), toPath: workspace.directory + "/" + answers)
        } else {
            print("note: pdftotext is not installed (Debian: poppler-utils); the quick start reads the answers as text")
            answers = "antwoorden.txt"
            try FileManager.default.copyItem(atPath: fixture("corpus/pdftotext/ah-tk-20232024-2168.txt"), toPath: workspace.directory + "/" + answers)
        }
        let xml = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture("corpus/xml/kst-36725-XXIII-13.xml"))))
        let server = try LocalHTTPServer(["/kst-36725-XXIII-13.xml": [.status(200, xml)]])
        defer { server.stop() }
        let binaries = URL(fileURLWithPath: toolPath!).deletingLastPathComponent().path
        var environment = ["MOTIELEDGER_SOURCE_URL": server.base, "PATH": binaries + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
        var printed: [String: String] = [:]
        for line in lines {
            if line.hasPrefix("swift build") || line.hasPrefix("export PATH=") { continue }
            let expanded = line.replacingOccurrences(of: "~/", with: home + "/").replacingOccurrences(of: "antwoorden.pdf", with: answers)
            if expanded.hasPrefix("export ") {
                let assignment = expanded.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
                environment[String(assignment[0])] = String(assignment[1])
                continue
            }
            var words = shellWords(expanded)
            try #require(words.first == "motieledger", "the quick start runs only motieledger: \(line)")
            var redirect: String?
            if let arrow = words.firstIndex(of: ">") {
                redirect = words[arrow + 1]
                words.removeSubrange(arrow...)
            }
            let result = try workspace.run(Array(words.dropFirst()), environment: environment)
            #expect(result.status == 0, "`\(line)`: \(result.err)")
            if let redirect {
                FileManager.default.createFile(atPath: workspace.directory + "/" + redirect, contents: Data(result.out.utf8))
            }
            printed[line] = result.out
        }
        // The status is the reader's; each step after shows the one the reading gave.
        let motions = try #require(printed["motieledger motions antwoorden.pdf"])
        let line = try #require(motions.split(separator: "\n").first { $0.hasPrefix("kst-36197-15  Erkens en Grinwis  ") })
        let read = String(line.dropFirst("kst-36197-15  Erkens en Grinwis  ".count))
        #expect(MotionStatus.allCases.map { $0.word(.nl) }.contains(read), "\(line)")
        #expect(FileManager.default.fileExists(atPath: home + "/moties/moties.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: workspace.ledger), "the ledger of one's own, not the default one")
        let status = try #require(printed["motieledger status \"motie Erkens/Grinwis\""])
        #expect(status.hasPrefix("kst-36197-15 — Erkens en Grinwis\n"))
        #expect(status.contains("  status:       \(read) (sinds 2024-07-17)\n"))
        let table = try #require(printed["motieledger table"])
        #expect(table.contains("| Erkens en Grinwis |"))
        #expect(table.contains("[kst-36197-15](https://zoek.officielebekendmakingen.nl/kst-36197-15.html) | \(read) | 2024-07-17 |"))
        let csv = try [UInt8](Data(contentsOf: URL(fileURLWithPath: workspace.directory + "/moties.csv")))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF] + Array("Motie;Titel;Kamerstuk;Link;Status;Onzeker;".utf8)))
        #expect(server.requests.map(\.path) == ["/kst-36725-XXIII-13.xml", "/kst-36725-XXIII-13.xml"])
    }
}
