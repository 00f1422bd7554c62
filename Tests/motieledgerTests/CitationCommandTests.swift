import Foundation
import Glibc
import Testing
import TestSupport
@testable import MotieLedger

/// `refs`, `normalize` and `motions` through the built binary: the contract the README's
/// Commands section states, standard input, several files, JSON, and every kind of bad input.
@Suite(.enabled(if: toolPath != nil)) struct CitationCommandTests {
    let workspace = Workspace()

    /// Runs the tool with `input` on standard input.
    func run(_ arguments: [String], input: [UInt8]) throws -> (status: Int32, out: String, err: String) {
        let path = workspace.directory + "/stdin-\(UUID().uuidString)"
        try Data(input).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (process, out, err) = try workspace.start(arguments, input: FileHandle(forReadingAtPath: path))
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test("refs --format json: the contract's fields, the interface's own example line")
    func refsJSON() throws {
        defer { workspace.remove() }
        let result = try workspace.run(["refs", "--format", "json", fixture("2026D03887.txt")])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 30)
        let second = try JSONParser.parse(Array(lines[1].utf8))
        #expect(second["file"]?.stringValue == fixture("2026D03887.txt"))
        #expect(second["line"]?.intValue == 152)
        #expect(second["column"]?.intValue == 54)
        #expect(second["id"]?.stringValue == "kst-21501-02-3236")
        #expect(second["dossier"]?.stringValue == "21501")
        #expect(second["toevoeging"]?.stringValue == "02")
        #expect(second["number"]?.stringValue == "3236")
        #expect(second["raw"]?.stringValue == "Kamerstuk 21 501-02, nr. \n3236")
        let footnote = try JSONParser.parse(Array(lines[3].utf8))
        #expect(footnote["toevoeging"]?.isNull == true)
    }

    @Test("refs: text lines, standard input, several files in order")
    func refsText() throws {
        defer { workspace.remove() }
        let text = try workspace.run(["refs", fixture("2026D03887.txt")])
        #expect(text.out.split(separator: "\n").first == "\(fixture("2026D03887.txt")):148:2: kst-21501-02-3196  Kamerstuk 21501-02, nr. 3196")
        #expect(text.out.contains(":152:54: kst-21501-02-3236  Kamerstuk 21 501-02, nr. 3236\n"))
        let stdin = try run(["refs"], input: Array("zie Kamerstuk 36 800-V, nr. 27.\n".utf8))
        #expect(stdin.out == "-:1:5: kst-36800-V-27  Kamerstuk 36 800-V, nr. 27\n")
        let dash = try run(["refs", "-", fixture("2026D11873.txt")], input: Array("kst-32735-406\n".utf8))
        #expect(dash.out.hasPrefix("-:1:1: kst-32735-406"))
        #expect(dash.out.split(separator: "\n").count == 1 + 5)
    }

    @Test("refs of a PDF conversion: a word broken at a soft hyphen is whole, a page break inside a citation is `…`")
    func refsPDFConversion() throws {
        defer { workspace.remove() }
        let result = try workspace.run(["refs", fixture("family-letter-crlf-ligatures.txt")])
        let lines = result.out.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1)[1] }
        #expect(lines.first == "kst-21501-02-3310  Kamerstuk 21\u{A0}501-02, nr.\u{A0}3310")
        #expect(lines.dropFirst().first == "kst-36800-V-63  Kamerstuk 36\u{A0}800- … V, nr. 63")
    }

    @Test("refs of a large file, read in parts on all cores, mapped or from standard input: each citation once, at its place")
    func refsLarge() throws {
        defer { workspace.remove() }
        let seed = try Data(contentsOf: URL(fileURLWithPath: fixture("2026D03887.txt")))
        let seedLines = seed.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let copies = 100
        let large = workspace.directory + "/large.txt"
        try Data([Data](repeating: seed, count: copies).joined()).write(to: URL(fileURLWithPath: large))
        let one = try workspace.run(["refs", fixture("2026D03887.txt")])
        // What each copy must give: the seed's lines, moved down by the copies before it.
        func expected(name: String) -> String {
            (0..<copies).map { copy in
                one.out.split(separator: "\n").map { line in
                    let fields = line.dropFirst(fixture("2026D03887.txt").count + 1).split(separator: ":", maxSplits: 1)
                    return "\(name):\(Int(fields[0])! + copy * seedLines):\(fields[1])\n"
                }.joined()
            }.joined()
        }
        let mapped = try workspace.run(["refs", large])
        #expect(mapped.status == 0)
        #expect(mapped.out.split(separator: "\n").count == 30 * copies)
        #expect(mapped.out == expected(name: large))
        #expect(mapped.err.split(separator: "\n").count == one.err.split(separator: "\n").count * copies)
        let piped = try run(["refs"], input: Array(try Data(contentsOf: URL(fileURLWithPath: large))))
        #expect(piped.out == expected(name: "-"))
    }

    @Test("a document without citations: nothing printed, exit 0")
    func refsNone() throws {
        defer { workspace.remove() }
        let result = try run(["refs"], input: Array("Geen enkel Kamerstuk hier, wel EUR 750.000 en 2026D03887.\n".utf8))
        #expect(result.status == 0)
        #expect(result.out.isEmpty)
    }

    @Test("an ambiguous citation: a warning with its place, an object with id null in JSON")
    func refsFinding() throws {
        defer { workspace.remove() }
        let result = try run(["refs", "--format", "json"], input: Array("Kamerstuk 36045-24 en kst-36800-V-27\n".utf8))
        #expect(result.status == 0)
        #expect(result.err.hasPrefix("motieledger: -:1:1: warning: ambiguous-citation: '36045-24' may be document 24"))
        let first = try JSONParser.parse(Array(result.out.split(separator: "\n")[0].utf8))
        #expect(first["id"]?.isNull == true)
        #expect(first["findings"]?.arrayValue?.first?["category"]?.stringValue == "ambiguous-citation")
    }

    @Test("refs of one citation listing 16,000 documents: 200 short lines and one warning, not the list once per ID")
    func refsLongList() throws {
        defer { workspace.remove() }
        let list = (1...16_000).map(String.init).joined(separator: ", ")
        let result = try run(["refs"], input: Array("Kamerstuk 21501-02, nrs. \(list).\n".utf8))
        #expect(result.status == 0)
        #expect(result.out.split(separator: "\n").count == 200)
        #expect(result.out.utf8.count < 1 << 20)
        #expect(result.err.hasPrefix("motieledger: -:1:1: warning: incomplete-citation: the list names more than 200 documents"))
    }

    @Test("bad input: one clear line each, the documented exit code, the other files still read")
    func badInput() throws {
        defer { workspace.remove() }
        let directory = workspace.directory + "/map"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let binary = workspace.directory + "/binary.pdf"
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: binary))
        // `±` alone is no certain sign of Windows-1252 (`Iraniërs` would be: that is read).
        let latin1 = workspace.directory + "/latin1.txt"
        try Data(Array("regel een\nprijs ".utf8) + [0xB1] + Array(" 5\n".utf8)).write(to: URL(fileURLWithPath: latin1))
        let unreadable = workspace.directory + "/geheim.txt"
        try Data("Kamerstuk 32735-406\n".utf8).write(to: URL(fileURLWithPath: unreadable))
        chmod(unreadable, 0)
        let cases: [(String, Int32, String)] = [
            ("nergens.txt", 66, "motieledger: nergens.txt: error: no such file"),
            (directory, 74, "motieledger: \(directory): error: cannot read: is a directory, not a file"),
            (binary, 65, "motieledger: \(binary):1:5: error: binary file, not text: NUL byte at byte offset 4"),
            (latin1, 65, "motieledger: \(latin1):2:7: error: not UTF-8 text: invalid byte sequence at byte offset 16; "
                + "if it is Windows-1252 or Latin-1, convert it with iconv -f WINDOWS-1252 -t UTF-8"),
        ]
        for (path, code, message) in cases {
            let result = try workspace.run(["refs", path, fixture("2026D11873.txt")])
            #expect(result.status == code, "\(path)")
            #expect(result.err == message + "\n", "\(path)")
            #expect(result.out.split(separator: "\n").count == 5, "the good file is still read after \(path)")
        }
        // Root reads everything: the permission test only means something for other users.
        if getuid() != 0 {
            let result = try workspace.run(["refs", unreadable])
            #expect(result.status == 74)
            #expect(result.err == "motieledger: \(unreadable): error: cannot read: Permission denied\n")
        }
        #expect(try workspace.run(["refs", "--format", "yaml"]).status == 64)
    }

    @Test("normalize: one ID per citation, bare forms too; an argument without one exits 65 after the rest")
    func normalize() throws {
        defer { workspace.remove() }
        let result = try workspace.run(["normalize", "Kamerstuk 21 501-02, nr. 3236", "32735-406", "36200 V, J",
                                        "Kamerstukken II 2024/25, 21 501-02, nrs. 3196 en 3236", "geen citaat", "kst-36800-v-27"])
        #expect(result.out == "kst-21501-02-3236\nkst-32735-406\nkst-36200-V-J\nkst-21501-02-3196\nkst-21501-02-3236\nkst-36800-V-27\n")
        #expect(result.status == 65)
        #expect(result.err == "motieledger: error: no Kamerstuk citation in 'geen citaat'\n")
        let ambiguous = try workspace.run(["normalize", "Kamerstuk 36045-24"])
        #expect(ambiguous.status == 65)
        #expect(ambiguous.err.contains("warning: ambiguous-citation"))
        #expect(try workspace.run(["normalize"]).status == 64)
    }

    @Test("normalize --format json: each ID beside the input it was read from; an ambiguous citation an object with its finding")
    func normalizeJSON() throws {
        defer { workspace.remove() }
        let result = try workspace.run(["normalize", "--format", "json", "Kamerstuk 36045-24", "Kamerstukken II 2024/25, 21 501-02, nrs. 3196 en 3236"])
        let objects = try result.out.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
        let input = "Kamerstukken II 2024/25, 21 501-02, nrs. 3196 en 3236"
        #expect(objects.map { $0["input"]?.stringValue ?? "-" } == ["Kamerstuk 36045-24", input, input])
        #expect(objects.map { $0["id"]?.stringValue ?? "-" } == ["-", "kst-21501-02-3196", "kst-21501-02-3236"])
        let ambiguous = try #require(objects.first)
        #expect(ambiguous["id"]?.isNull == true)
        #expect(ambiguous["findings"]?.arrayValue?.first?["category"]?.stringValue == "ambiguous-citation")
        // The ambiguous argument gave no ID: exit 65 after the rest, its warning on standard error.
        #expect(result.status == 65)
        #expect(result.err.contains("warning: ambiguous-citation"))
    }

    @Test("motions --format json: one object a motion with the contract's fields")
    func motionsJSON() throws {
        defer { workspace.remove() }
        let result = try workspace.run(["motions", "--format", "json", fixture("2026D03887.txt")])
        #expect(result.status == 0)
        let motions = try result.out.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
        #expect(motions.count == 18)
        let werf = try #require(motions.first { $0["id"]?.stringValue == "kst-36800-V-30" })
        #expect(werf["name"]?.stringValue == "Van der Werf")
        #expect(werf["mentions"]?.arrayValue?.first?["line"]?.intValue == 553)
        #expect(werf["answers"]?.arrayValue?.first?["index"]?.intValue == 15)
        #expect(werf["answers"]?.arrayValue?.first?["askers"]?.arrayValue == [.string("Erkens")])
        #expect(werf["status"]?.stringValue == "in-uitvoering")
        #expect(werf["evidenceLine"]?.intValue == 555)
        #expect(werf["expected"]?["from"]?.stringValue == "2026-10-01")
        #expect(werf["expected"]?["to"]?.stringValue == "2026-12-31")
        #expect(werf["findings"]?.arrayValue == [])
        let erkens = try #require(motions.first { $0["name"]?.stringValue == "Erkens c.s." })
        #expect(erkens["id"]?.isNull == true)
        #expect(result.err.contains("warning: missing-footnote: footnote 12 is missing"))
    }

    @Test("motions in English, from standard input")
    func motionsText() throws {
        defer { workspace.remove() }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture("2026D11873.txt"))))
        let result = try run(["motions", "--lang", "en"], input: bytes)
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("2026D11873 — 2026-04-14 — commissiedebat Raad Buitenlandse Zaken 2026-04-20\n5 motions\n"))
        #expect(result.out.contains("kst-32735-406  Piri c.s.  not carried out\n"))
    }
}
