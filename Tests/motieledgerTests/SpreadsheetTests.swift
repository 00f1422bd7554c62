import Foundation
import Testing
import TestSupport

/// The full path of `program` on `PATH`, or `nil` (with a note saying what skips) when absent.
private func onPath(_ program: String, for what: String) -> String? {
    let directories = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":") ?? []
    for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(program)") {
        return "\(directory)/\(program)"
    }
    print("note: \(program) is not installed; skipping \(what)")
    return nil
}

private let python = onPath("python3", for: "reading the CSV back with Python's csv module")
private let soffice = onPath("soffice", for: "opening the CSV in LibreOffice headless (Debian: libreoffice-calc)")

/// Runs `executable` with `arguments` to the end: its status and standard output.
private func runProgram(_ executable: String, _ arguments: [String], in directory: String) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// The records of a CSV file as Python's `csv` module reads it (`utf-8-sig`, the separator
/// given), as JSON arrays of strings.
private func pythonRecords(_ path: String, separator: String, python: String) throws -> [[String]] {
    let script = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
            print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True))))
        """
    let result = try runProgram(python, ["-c", script, path, separator], in: FileManager.default.temporaryDirectory.path)
    #expect(result.status == 0, "python could not read \(path)")
    return (try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String]]) ?? []
}

/// `--format csv --excel`: UTF-8 with a byte-order mark, `;` between fields, CRLF, each flag in
/// a column of its own; read back by Python's `csv` and by LibreOffice. Expectations from the
/// documents read by hand: the January answers (2026D03887), the March answers (2026D07412)
/// and the April letter (2026D11873).
@Suite(.enabled(if: toolPath != nil)) struct SpreadsheetTests {
    /// A ledger of the three documents and a person's record, so that every flag has both values.
    private func ledger() throws -> Workspace {
        let workspace = Workspace()
        let ingest = try workspace.run(["ingest", fixture("2026D03887.txt"), fixture("2026D07412.txt"), fixture("2026D11873.txt")])
        #expect(ingest.status == 0, "\(ingest.err)")
        let record = try workspace.run(["record", "kst-36800-V-30", "uitgevoerd", "--source", "telefoon griffie; 'ja'", "--date", "2026-03-15", "--by", "griffier"])
        #expect(record.status == 0, "\(record.err)")
        return workspace
    }

    /// Every report that has CSV, `--excel`, into a file of the workspace: its name and bytes.
    private func writeReports(_ workspace: Workspace) throws -> [(name: String, bytes: [UInt8])] {
        let reports: [(String, [String])] = [
            ("table.csv", ["table"]), ("diff.csv", ["diff", "2026D03887", "2026D11873", "--all"]),
            ("overdue.csv", ["overdue", "--on", "2026-11-29"]), ("documents.csv", ["documents"]),
            ("unanswered.csv", ["unanswered", "--on", "2026-11-29"]),
        ]
        return try reports.map { name, arguments in
            let result = try workspace.run(arguments + ["--format", "csv", "--excel"])
            #expect(result.status == 0, "\(arguments): \(result.err)")
            let bytes = Array(result.out.utf8)
            FileManager.default.createFile(atPath: workspace.directory + "/" + name, contents: Data(bytes))
            return (name, bytes)
        }
    }

    @Test("every CSV report with --excel: a byte-order mark, semicolons, CRLF and nothing else as a line end")
    func excelBytes() throws {
        let workspace = try ledger()
        defer { workspace.remove() }
        for (name, bytes) in try writeReports(workspace) {
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name) has no byte-order mark")
            #expect(bytes.suffix(2) == [0x0D, 0x0A], "\(name) does not end in CRLF")
            let header = String(decoding: bytes.dropFirst(3).prefix { $0 != 0x0D }, as: UTF8.self)
            #expect(header.contains(";") && !header.contains(","), "\(name): \(header)")
        }
        // Without --excel: RFC 4180, commas and no byte-order mark; --excel without csv is a usage error.
        let plain = try workspace.run(["diff", "2026D03887", "2026D11873", "--format", "csv"])
        #expect(plain.out.hasPrefix("Van,Tot,Motie,Kamerstuk,Link,Wijziging,Oud,Oud sinds,Oude bron,Status,Onzeker,Sinds,Datum,Bron,Handmatig,Debat,Passage,"))
        #expect(try workspace.run(["overdue", "--excel"]).status == 64)
    }

    @Test("read back by Python's csv: every record as wide as its header, flags in columns of their own", .enabled(if: python != nil))
    func readBackByPython() throws {
        let workspace = try ledger()
        defer { workspace.remove() }
        var tables: [String: [[String]]] = [:]
        for (name, _) in try writeReports(workspace) {
            let records = try pythonRecords(workspace.directory + "/" + name, separator: ";", python: python!)
            #expect(!records.isEmpty, "\(name)")
            #expect(records.allSatisfy { $0.count == records[0].count }, "\(name): records of other widths")
            tables[name] = records
        }
        let table = try #require(tables["table.csv"])
        let heads = table[0]
        func column(_ head: String) -> Int { heads.firstIndex(of: head) ?? -1 }
        #expect(Array(heads[4...10]) == ["Status", "Onzeker", "Sinds", "Datum", "Bron", "Handmatig", "Debat"])
        // Flags are ja or nee, never part of the status or the source.
        #expect(table.dropFirst().allSatisfy { ["ja", "nee"].contains($0[column("Onzeker")]) && ["ja", "nee"].contains($0[column("Handmatig")]) })
        #expect(table.dropFirst().allSatisfy { !$0[column("Status")].contains("(") && !$0[column("Bron")].contains("(handmatig)") })
        // Van der Werf (kst-36800-V-30): recorded by hand, its source whole with its semicolon and quotes.
        let werf = try #require(table.first { $0[column("Kamerstuk")] == "kst-36800-V-30" })
        #expect(werf[column("Status")] == "uitgevoerd")
        #expect(werf[column("Handmatig")] == "ja")
        #expect(werf[column("Bron")] == "telefoon griffie; 'ja'")
        #expect(werf[column("Datum")] == "2026-03-15")
        // Van Baarle en Paternotte (kst-35207-89): the January answer reads it uncertain.
        let baarle = try #require(table.first { $0[column("Kamerstuk")] == "kst-35207-89" })
        #expect(baarle[column("Status")] == "in uitvoering")
        #expect(baarle[column("Onzeker")] == "ja")
        #expect(baarle[column("Debat")] == "begrotingsbehandeling Buitenlandse Zaken 2026-01-27")
        // Paternotte c.s. (kst-21501-02-3236): carried out by the April letter, in the diff.
        let diff = try #require(tables["diff.csv"])
        let paternotte = try #require(diff.first { $0.contains("kst-21501-02-3236") })
        #expect(paternotte[5...7] == ["gewijzigd", "in uitvoering", "2026-01-28"])
        #expect(paternotte[diff[0].firstIndex(of: "Status")!] == "uitgevoerd")
        #expect(paternotte[diff[0].firstIndex(of: "Debat")!] == "commissiedebat Raad Buitenlandse Zaken 2026-04-20")
        // Overdue on 2026-11-29: Van der Burg c.s. (kst-36600-V-27), promised in the first half of 2026.
        let overdue = try #require(tables["overdue.csv"])
        let burg = try #require(overdue.first { $0.contains("kst-36600-V-27") })
        #expect(burg[4] == "152")
        #expect(burg[overdue[0].firstIndex(of: "Verwacht tot")!] == "2026-06-30")
        let documents = try #require(tables["documents.csv"])
        #expect(documents.dropFirst().map { $0[0] } == ["2026D03887", "2026D07412", "2026D11873"])
    }

    @Test("opened in LibreOffice headless as a Dutch desktop opens it (';', UTF-8): the same cells", .enabled(if: python != nil && soffice != nil))
    func openedInLibreOffice() throws {
        let workspace = try ledger()
        defer { workspace.remove() }
        _ = try writeReports(workspace)
        let profile = "file://" + workspace.directory + "/lo-profile"
        for name in ["table.csv", "diff.csv"] {
            let converted = try runProgram(soffice!, [
                "-env:UserInstallation=\(profile)", "--headless", "--infilter=CSV:59,34,76,1",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", "lo", name,
            ], in: workspace.directory)
            #expect(converted.status == 0, "soffice could not convert \(name)")
            let ours = try pythonRecords(workspace.directory + "/" + name, separator: ";", python: python!)
            let theirs = try pythonRecords(workspace.directory + "/lo/" + name, separator: ",", python: python!)
            #expect(theirs.count == ours.count, "\(name): LibreOffice read \(theirs.count) rows, not \(ours.count)")
            for (row, (mine, office)) in zip(ours, theirs).enumerated() {
                // LibreOffice leaves off empty cells at a row's end; a guarded formula keeps its quote.
                #expect(Array(mine.prefix(office.count)) == office && mine.dropFirst(office.count).allSatisfy(\.isEmpty), "\(name) row \(row)")
            }
        }
    }
}
