import Foundation
import Glibc
import Kamerstuk
@testable import MotieLedger

/// Readings of real motions, as the document reader gives them for 2026D03887 (the written
/// answers of 28 January 2026 to the budget debate on Foreign Affairs) and for later letters.
enum Readings {
    static let debate = Debate(label: "begrotingsbehandeling Buitenlandse Zaken 2026-01-27", date: day("2026-01-27"))

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func id(_ text: String) -> KamerstukID { KamerstukID(canonical: text)! }

    static let answer3 = AnswerReference(index: 3, label: "3", askers: ["van der Werf", "Klos"], party: "D66")

    static let paternotte = MotionReading(
        id: id("kst-21501-02-3236"), nameKey: "motie-paternotte", name: "Paternotte c.s.", status: .inUitvoering,
        evidence: "Het kabinet heeft zich afgelopen zomer, conform motie Van Campen/Boswijk en in september 2025 in lijn met de motie Paternotte c.s. (Kamerstuk 21 501-02, nr. 3236) en motie Van Baarle (Kamerstuk 36 800-V, nr. 27) toegezegd nationale maatregelen voor te bereiden.",
        evidenceLine: 147, answers: [answer3], expected: nil, uncertain: false)

    static let vanBaarle = MotionReading(
        id: id("kst-36800-V-27"), nameKey: "motie-van-baarle", name: "Van Baarle", status: .inUitvoering,
        evidence: "… en motie Van Baarle (Kamerstuk 36 800-V, nr. 27) toegezegd nationale maatregelen voor te bereiden.",
        evidenceLine: 152, answers: [answer3], expected: nil, uncertain: false)

    static let burgPiri = MotionReading(
        id: id("kst-21501-02-3000"), nameKey: "motie-burg-piri", name: "Van der Burg en Piri", status: .inBehandeling,
        evidence: "De motie van de leden Van der Burg en Piri (Kamerstuk 21501-02, nr. 3000) over … wordt bezien.",
        evidenceLine: 1004, answers: [AnswerReference(index: 31, label: "31", askers: ["Eerdmans"], party: "JA21")],
        expected: ExpectedTime(from: day("2026-10-01"), to: day("2026-12-31"), text: "in het vierde kwartaal van 2026"),
        uncertain: true)

    static let erkens = MotionReading(
        id: nil, nameKey: "motie-erkens", name: "Erkens c.s.", status: .uitgevoerd,
        evidence: "In lijn met de motie Erkens c.s. heeft het kabinet zich tijdens de Raad ingespannen voor …",
        evidenceLine: 1113, answers: [AnswerReference(index: 37, label: nil, askers: ["Erkens"], party: "VVD")],
        expected: nil, uncertain: false)

    static let boswijkA = MotionReading(
        id: id("kst-36600-V-12"), nameKey: "motie-boswijk", name: "Boswijk", status: .uitgevoerd,
        evidence: "Conform de motie Boswijk heeft de minister …", evidenceLine: 861, answers: [], expected: nil, uncertain: false)

    static let boswijkB = MotionReading(
        id: id("kst-36180-88"), nameKey: "motie-boswijk", name: "Boswijk", status: .inUitvoering,
        evidence: "De kabinetslijn is onveranderd en in lijn met motie Boswijk.", evidenceLine: 808, answers: [],
        expected: nil, uncertain: false)

    /// The January answers.
    static let january = DocumentReading(
        number: "2026D03887", date: day("2026-01-28"), debate: debate, sha256: SHA256.hash(Array("2026D03887".utf8)).hex,
        motions: [paternotte, vanBaarle, burgPiri, erkens])

    /// A March letter on the execution of some of the motions.
    static let march = DocumentReading(
        number: "2026D11111", date: day("2026-03-10"),
        debate: Debate(label: "commissiedebat Raad Buitenlandse Zaken 2026-03-16", date: day("2026-03-16")),
        sha256: SHA256.hash(Array("2026D11111".utf8)).hex,
        motions: [
            MotionReading(id: paternotte.id, nameKey: paternotte.nameKey, name: "Paternotte c.s.", status: .uitgevoerd,
                          evidence: "Hiermee is uitvoering gegeven aan de motie Paternotte c.s.", evidenceLine: 12, answers: [],
                          expected: nil, uncertain: false),
            MotionReading(id: id("kst-21501-20-2190"), nameKey: "motie-erkens", name: "Erkens c.s.", status: .uitgevoerd,
                          evidence: "De motie Erkens c.s. (Kamerstuk 21 501-20, nr. 2190) is hiermee afgedaan.", evidenceLine: 30,
                          answers: [], expected: nil, uncertain: false),
        ])

    static let now = Now(iso8601: "2026-03-20T09:30:00Z")!
}

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct Scratch {
    let directory: String

    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("motieledger-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    var ledgerPath: String { directory + "/ledger/moties.jsonl" }

    func ledger(_ fileSystem: FileSystem = .system) -> Ledger { Ledger(path: ledgerPath, fileSystem: fileSystem) }

    func bytes(_ path: String? = nil) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path ?? ledgerPath)))) ?? []
    }

    func write(_ bytes: [UInt8], to path: String? = nil) {
        let path = path ?? ledgerPath
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// Ingests January, then March: the ledger's bytes before the second append and after it,
    /// for the tests that cut that append short at every byte.
    func appendingMarchToJanuary() throws -> (before: [UInt8], after: [UInt8]) {
        _ = try ledger().ingest([Readings.january], now: Readings.now)
        let before = bytes()
        _ = try ledger().ingest([Readings.march], now: Readings.now)
        return (before, bytes())
    }
}

/// A counter that fault-injecting closures share; the ledger calls them from one thread.
final class Calls: @unchecked Sendable {
    var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}

/// The error `body` throws, if any.
func ledgerError<T>(_ body: () throws(LedgerError) -> T) -> LedgerError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// The lines of a ledger's bytes, without line breaks.
func lines(_ bytes: [UInt8]) -> [String] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
}
