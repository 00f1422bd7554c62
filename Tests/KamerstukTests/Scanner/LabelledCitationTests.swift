import Foundation
import Kamerstuk
import MotieLedger
import Testing
import TestSupport

/// Every real document of Tests/Fixtures/corpus against its hand-read label
/// (`labels/<stem>.json`, written by reading the document, never from the tool): the Kamerstuk
/// citations read are exactly the labelled ones, per occurrence by ID, within the label's
/// `citationScope` for the long annual reports — but for the few listed below, each with why
/// it is not read. A citation counts as read on its labelled line or at most two lines from it
/// (a citation broken over a page starts at its first word; `motieledger-bench scoreboard`
/// counts the same way).
@Suite("Citations of the labelled real documents")
struct LabelledCitationTests {
    static let corpus = Fixture.directory.appendingPathComponent("corpus")

    /// The labels of documents, by stem (the open-data records are no document).
    static let stems: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("labels").path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "opendata.json" }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// Labelled citations the scanner does not read, and why: each a form whose reading would
    /// be a guess (it gives a finding or nothing), never one it misreads.
    static let notRead: [String: [(id: String, line: Int)]] = [
        "jaarverslag-ocw-2020": [
            // `Kamerstukken II 2017/18, 28760 nr.   2017   69`: the year column stands between
            // `nr.` and the number, and no bracket closes it: a finding.
            ("kst-28760-69", 2241),
            // The same row: `31293   2017   nr. 373`, the year column before `nr.`.
            ("kst-31293-373", 2241),
            // `Kamerstukken II 2017-2018,   2018   32827, nr. 127`: the year column between the
            // session and the dossier.
            ("kst-32827-127", 2299),
        ],
        "jaarverslag-ocw-2022": [
            // `35 570-VIII, het amendement-… (35 102, nr. nr. 247) (Kamerstukken II, 2020-21, 23)`:
            // two citations hang at once; which number is whose is not certain.
            ("kst-35570-VIII-247", 2917), ("kst-35102-23", 2917),
            // `(31 motie geïnformeerd … 289, nr. 435)`: the dossier itself is cut.
            ("kst-31289-435", 2925),
            // `(SO 31 288, waar zij … nr. 960)`: the bracket opens before another word.
            ("kst-31288-960", 2975),
            // `Kamerstukken II 2021/22, 31839, nr. mogelijk … 861 onlineonderwijs`: no bracket.
            ("kst-31839-861", 3015),
            // `Debat [23-11-2021] ‒ 35 925, E Motie`: a bare dossier and a capital in running
            // text, as `36 725, CDA` is no citation.
            ("kst-35925-E", 3031),
            // `(Kamerstukken II, 2022/23, 31293, nr. … 656. in de`: no bracket closes the number.
            ("kst-31293-656", 3057),
            // `Kamerstukken II 2022/23, 31293, nr. huisvesting … 652).`: no bracket opens it.
            ("kst-31293-652", 3069),
            // `(Eerste Kamerstuk    voldaan. … 32 618, I)`: the opening word itself is cut.
            ("kst-32618-I", 3087),
            // `(zie motie Van der Woude, Kamerstuk 35 925-VIII, … nr. 40)`: the bracket opens
            // words before the citation.
            ("kst-35925-VIII-40", 3095),
        ],
    ]

    struct Occurrence: Equatable {
        let id: String
        let line: Int
    }

    /// Whether `line` lies in the label's `citationScope` (every line, where it has none).
    static func inScope(_ line: Int, of label: JSONValue) -> Bool {
        guard let scope = label["citationScope"]?.arrayValue else { return true }
        return scope.contains { range in
            guard let bounds = range.arrayValue, bounds.count == 2, let lo = bounds[0].intValue, let hi = bounds[1].intValue else { return false }
            return (Int(lo)...Int(hi)).contains(line)
        }
    }

    /// The label's citations with an ID, within its scope.
    static func labelled(_ label: JSONValue) -> [Occurrence] {
        (label["citations"]?.arrayValue ?? []).compactMap { entry in
            guard let id = entry["id"]?.stringValue, let line = entry["line"]?.intValue else { return nil }
            return Occurrence(id: id, line: Int(line))
        }.filter { inScope($0.line, of: label) }
    }

    /// The citations the scanner reads in the text the label's lines count in, as `refs` reads
    /// it: a PDF's `pdftotext` text, an XML publication's text knowing its own ID.
    static func read(_ label: JSONValue, stem: String) throws -> [Occurrence] {
        let file = try #require(label["file"]?.stringValue)
        if file.hasSuffix(".xml") {
            let xml = try OfficialXML(try Fixture.bytes("corpus/" + file))
            let home = xml.metadata.identifier.flatMap { KamerstukID(canonical: $0) }
            return xml.text.bytes.withUnsafeBufferPointer { buffer in
                (home.map { CitationScanner.scan(buffer, home: $0) } ?? CitationScanner.scan(buffer)).compactMap { match in
                    match.id.map { Occurrence(id: $0.canonical, line: xml.text.location(of: match.range.lowerBound).line) }
                }
            }
        }
        let text = label["text"]?.stringValue == "pdftotext" ? "corpus/pdftotext/\(stem).txt" : "corpus/" + file
        return try SourceText(validating: try Fixture.bytes(text)).citations().compactMap { citation in
            citation.id.map { Occurrence(id: $0.canonical, line: citation.location.line) }
        }
    }

    @Test("the labels are there: every document of the corpus")
    func labelsPresent() {
        #expect(Self.stems.count == 52)
        #expect(Self.stems.contains("jaarverslag-ocw-2022") && Self.stems.contains("kst-26150-227"))
    }

    @Test("every labelled citation is read and nothing else is, but for the listed forms", arguments: stems)
    func citations(_ stem: String) throws {
        let label = try JSONParser.parse(try Fixture.bytes("corpus/labels/\(stem).json"))
        let notRead = (Self.notRead[stem] ?? []).map { Occurrence(id: $0.id, line: $0.line) }
        var expected = Self.labelled(label)
        for skipped in notRead {
            let index = try #require(expected.firstIndex(of: skipped), "\(skipped) is not labelled in \(stem)")
            expected.remove(at: index)
        }
        var found = try Self.read(label, stem: stem).filter { Self.inScope($0.line, of: label) }
        var missed: [Occurrence] = []
        for distance in 0...2 {
            var unmatched: [Occurrence] = []
            for want in distance == 0 ? expected : missed {
                if let index = found.firstIndex(where: { $0.id == want.id && abs($0.line - want.line) == distance }) {
                    found.remove(at: index)
                } else {
                    unmatched.append(want)
                }
            }
            missed = unmatched
        }
        #expect(missed.isEmpty, "labelled in \(stem), not read: \(missed)")
        #expect(found.isEmpty, "read in \(stem), not labelled: \(found)")
    }
}
