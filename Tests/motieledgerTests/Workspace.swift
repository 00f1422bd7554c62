import Foundation
@testable import MotieLedger

/// The built `motieledger`, or `nil` (with a note) when it is not next to the tests.
let toolPath: String? = {
    let tests = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
    let tool = URL(fileURLWithPath: tests).deletingLastPathComponent().appendingPathComponent("motieledger").path
    guard FileManager.default.isExecutableFile(atPath: tool) else {
        print("note: \(tool) is not built; skipping the ledger command tests")
        return nil
    }
    return tool
}()

/// A temporary working directory for one test, with the ledger at its default place.
struct Workspace {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-cli-\(UUID().uuidString)").path
    var ledger: String { directory + "/ledger/moties.jsonl" }

    init() { try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    var bytes: [UInt8] { (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: ledger)))) ?? [] }

    /// A started `motieledger` with `arguments`, in this directory, with a fixed clock.
    func start(_ arguments: [String], environment: [String: String] = [:], output: Any? = nil, input: Any? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: toolPath!)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var variables = ProcessInfo.processInfo.environment
        variables["MOTIELEDGER_NOW"] = "2026-03-20T09:30:00Z"
        variables["MOTIELEDGER_LEDGER"] = nil
        variables.merge(environment) { $1 }
        process.environment = variables
        let out = Pipe(), err = Pipe()
        process.standardOutput = output ?? out
        process.standardError = err
        if let input { process.standardInput = input }
        try process.run()
        return (process, out, err)
    }

    /// Runs `motieledger` to the end.
    func run(_ arguments: [String], environment: [String: String] = [:], output: Any? = nil) throws -> (status: Int32, out: String, err: String) {
        let (process, out, err) = try start(arguments, environment: environment, output: output)
        let printed = output == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// A ledger with the January answers, written through the library as `ingest` will.
    func ingestJanuary() throws {
        _ = try Ledger(path: ledger).ingest([CommandReadings.january], now: Now(iso8601: "2026-03-20T09:30:00Z")!)
    }
}

/// A reading of 2026D03887 (two of its motions), as the document reader gives it.
private enum CommandReadings {
    static let january = DocumentReading(
        number: "2026D03887", date: Day(iso: "2026-01-28")!,
        debate: Debate(label: "begrotingsbehandeling Buitenlandse Zaken 2026-01-27", date: Day(iso: "2026-01-27")),
        sha256: SHA256.hash(Array("2026D03887".utf8)).hex,
        motions: [
            MotionReading(id: .init(canonical: "kst-21501-02-3236"), nameKey: "motie-paternotte", name: "Paternotte c.s.",
                          status: .inUitvoering, evidence: "… in lijn met de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) … toegezegd nationale maatregelen voor te bereiden.",
                          evidenceLine: 152, answers: [AnswerReference(index: 3, label: "3", askers: ["van der Werf", "Klos"], party: "D66")],
                          expected: nil, uncertain: false),
            MotionReading(id: nil, nameKey: "motie-erkens", name: "Erkens c.s.", status: .uitgevoerd,
                          evidence: "In lijn met de motie Erkens c.s. heeft het kabinet zich tijdens de Raad ingespannen.",
                          evidenceLine: 1113, answers: [], expected: nil, uncertain: false),
        ])
}
