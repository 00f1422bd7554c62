import Foundation
import MotieLedger

/// `motieledger-bench scoreboard [-v]`: how well MotieLedger reads the real documents of
/// `Tests/Fixtures/corpus/`, measured against their hand-read labels (`labels/*.json`). Each
/// part of the reading has its own score in a file of its own; this only finds the labels and
/// runs them. `-v` lists what each score missed and what it read that no label has.
func benchScoreboard(verbose: Bool) throws {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/corpus")
    let labels = try Label.all(in: corpus)
    print("scoreboard: \(labels.count) hand-read documents of Tests/Fixtures/corpus")
    try CitationScore.report(labels, verbose: verbose)
    try MotionScore.report(labels, verbose: verbose)
}

/// One document's label (`labels/FORMAT.md`) and the text its line numbers count in.
struct Label {
    let stem: String
    let json: JSONValue
    /// The document as the user has it: the file the label names.
    let document: URL
    /// The text the label's lines refer to: the stored file, or for a PDF `pdftotext`'s text of it.
    let text: URL

    /// The labels of documents MotieLedger reads (text, PDF, XML), by name.
    static func all(in corpus: URL) throws -> [Label] {
        let folder = corpus.appendingPathComponent("labels")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.compactMap { name in
            let json = try JSONParser.parse(Array(try Data(contentsOf: folder.appendingPathComponent(name))))
            guard let file = json["file"]?.stringValue, [".txt", ".xml", ".pdf"].contains(where: file.hasSuffix) else { return nil }
            let stem = String(name.dropLast(".json".count))
            let text = json["text"]?.stringValue == "pdftotext"
                ? corpus.appendingPathComponent("pdftotext/\(stem).txt") : corpus.appendingPathComponent(file)
            return Label(stem: stem, json: json, document: corpus.appendingPathComponent(file), text: text)
        }
    }

    /// The line ranges inside which every citation is labelled; nil: the whole document.
    var citationScope: [ClosedRange<Int>]? {
        json["citationScope"]?.arrayValue?.compactMap { range in
            guard let bounds = range.arrayValue, bounds.count == 2, let lo = bounds[0].intValue, let hi = bounds[1].intValue else { return nil }
            return Int(lo)...Int(hi)
        }
    }
}
