import Foundation
import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// Every document of the corpus reads its own number, date and kind as the labels give them —
/// Aanhangsels from both pdftotext modes, PyPDF and Word, letters and reports from pdftools,
/// motions from XML — and one that gives no number or no date says so as a finding, never
/// taking its file's name or another document's date (`labels/*.json`).
@Suite("Each corpus document's own number, date and kind")
struct LabelledHeaderTests {
    struct Label: Sendable, CustomStringConvertible {
        let file: String
        let kind: String
        let number: String?
        let date: String?
        var description: String { file }
    }

    /// The labels of the documents (the open-data records are no document), each with the
    /// texts it holds for: a PDF's as both modes of `pdftotext` give it.
    static let labels: [Label] = {
        let directory = Fixture.directory.appendingPathComponent("corpus/labels")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "opendata.json" }.sorted().flatMap { name -> [Label] in
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let file = object["file"] as? String, let kind = object["kind"] as? String
            else { return [] }
            let number = object["number"] as? String, date = object["date"] as? String
            guard file.hasSuffix(".pdf") else { return [Label(file: file, kind: kind, number: number, date: date)] }
            let base = String(file.split(separator: "/").last!.dropLast(4))
            return ["pdftotext/", "pdftotext-layout/"].map { Label(file: $0 + base + ".txt", kind: kind, number: number, date: date) }
        }
    }()

    /// The label's kind as the reader names it.
    static let kinds: [String: DocumentKind] = [
        "aanhangsel-answer": .answers, "aanhangsel-mededeling": .mededeling, "aanhangsel-questions": .questions,
        "motion-xml": .motion, "annual-report": .annualReport, "beslisnota": .letter, "accounts-report": .letter,
    ]

    @Test("the labels cover every kind of document the corpus holds")
    func covered() {
        #expect(Self.labels.count == 69)
        #expect(Set(Self.labels.map(\.kind)) == Set(Self.kinds.keys))
    }

    @Test("number, date and kind as labelled; none read said as a finding", arguments: labels)
    func header(label: Label) throws {
        let document = AnswerDocument(try SourceDocument.read(try Fixture.bytes("corpus/" + label.file)))
        #expect(document.number == label.number)
        #expect(document.date == label.date.flatMap { Day(iso: $0) })
        #expect(document.kind == Self.kinds[label.kind])
        let categories = Set(document.findings.map(\.category))
        #expect(categories.contains(.noNumber) == (label.number == nil))
        #expect(categories.contains(.noDate) == (label.date == nil))
    }

    @Test("without a number of its own a document is named by its content, the same under any file name; without a date, ingest asks for one")
    func unnumbered() throws {
        let bytes = try Fixture.bytes("corpus/letters-text/npo-financiele-terugblik-2019.txt")
        let reader = MotionReader(AnswerDocument(try SourceText(validating: bytes)))
        #expect(DocumentReading(reader, bytes: bytes, date: nil, debate: nil) == nil)
        let reading = try #require(DocumentReading(reader, bytes: bytes, date: Day(iso: "2020-06-30"), debate: nil))
        #expect(reading.number == "sha256:" + SHA256.hash(bytes).hex.prefix(12))
        #expect(!reading.number.contains("npo"))
        let finding = try #require(reader.findings.first { $0.category == .noNumber })
        #expect(finding.location == nil && finding.message.contains("sha256:"))
    }
}
