import Foundation
import Testing
import TestSupport

/// Where the help of every command is kept, one file a command and `motieledger.txt` for the
/// program's own.
private let goldens = repository.appendingPathComponent("Tests/Fixtures/golden/help")

@Suite(.enabled(if: toolPath != nil)) struct HelpTextTests {
    /// The commands the program's own help lists, in its order.
    private func listedCommands(_ help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "Commands:") else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("  ") }.map { String($0.split(separator: " ")[0]) }
    }

    /// `--help` of the program and of every command it lists, byte for byte as the files in
    /// Tests/Fixtures/golden/help hold them, so that every change to a help text shows in a
    /// diff. `MOTIELEDGER_UPDATE_GOLDEN=1` writes them anew.
    @Test func everyCommandsHelpAsKept() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let program = try workspace.run(["--help"])
        #expect(program.status == 0 && program.err.isEmpty)
        let commands = listedCommands(program.out)
        #expect(commands.count >= 12, "the program's help lists its commands: \(commands)")
        let update = ProcessInfo.processInfo.environment["MOTIELEDGER_UPDATE_GOLDEN"] == "1"
        if update { try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true) }
        var kept: Set<String> = []
        for (name, arguments) in [("motieledger", ["--help"])] + commands.map({ ($0, [$0, "--help"]) }) {
            let result = try workspace.run(arguments)
            #expect(result.status == 0 && result.err.isEmpty, "\(arguments): \(result.err)")
            let path = goldens.appendingPathComponent("\(name).txt")
            kept.insert(path.lastPathComponent)
            if update {
                try Data(result.out.utf8).write(to: path)
                continue
            }
            let golden = try String(contentsOf: path, encoding: .utf8)
            #expect(result.out == golden, "\(path.lastPathComponent) differs from `motieledger \(arguments.joined(separator: " "))`; MOTIELEDGER_UPDATE_GOLDEN=1 writes it anew")
        }
        // A help file of a command that is gone would keep a text nobody sees.
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: goldens.path))
        #expect(files == kept, "Tests/Fixtures/golden/help holds other files than the program's help: \(files.subtracting(kept).sorted())")
    }

    @Test("-h is --help, also after other arguments, and the help goes to standard output with status 0")
    func shortHelpAnywhere() throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let long = try workspace.run(["table", "--help"])
        for arguments in [["table", "-h"], ["table", "--format", "csv", "-h"], ["table", "--bogus", "--help"]] {
            let short = try workspace.run(arguments)
            #expect(short.status == 0 && short.err.isEmpty, "\(arguments)")
            #expect(short.out == long.out, "\(arguments)")
        }
    }
}
