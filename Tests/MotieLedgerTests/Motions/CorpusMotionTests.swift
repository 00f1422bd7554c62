import Foundation
import Testing
import TestSupport
import Kamerstuk
@testable import MotieLedger

/// Every motion of every real document in `Tests/Fixtures/corpus/`, as its hand-read label
/// (`labels/<stem>.json`, FORMAT.md) gives it: its Kamerstuk (or none), a status the label
/// accepts, and the line of the sentence that shows it. A document whose label has no motion
/// gives none. What the reader still misses is listed below by class, each a known issue: a
/// check listed that passes fails the test, so the list stays true.
@Suite("Motions of the labelled corpus")
struct CorpusMotionTests {
    static let corpus = Fixture.directory.appendingPathComponent("corpus")

    /// The labelled documents MotieLedger reads (text, PDF as `pdftotext` gives it, XML).
    static let stems: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("labels").path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "opendata.json" }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// What the reader does not yet read as the label has it, by document: `<motion> <check>`,
    /// the motion as ``LabelledMotion/name`` gives it, the check `found`, `status` or `line`.
    static let knownMisses: [String: [String: String]] = [
        "jaarverslag-ocw-2020": [
            "- Asscher/Ellemeet@2293 found": "named in a cell of a table of evaluations whose bracket never closes ('(irt tot VN verdrag en motie Asscher/Ellemeet')",
            "- Straus@2259 line": "the cell's sentence opens lines before the labelled one",
        ],
        "jaarverslag-ocw-2022": [
            "- @2583 line": "an unnamed motion in a table: another motion's row read for it",
            "- @2583 status": "an unnamed motion in a table: another motion's row read for it",
            "- @3115 found": "a toezegging speaks of 'de vier moties inzake reclame, …' together: motions not told one by one",
            "- Gerkens@3037 found": "a toezegging's name cut by the other columns ('een motie van ⎵ (definitief) ⎵ … het lid Gerkens')",
            "- van den Berge@3045 found": "a toezegging's name cut by the other columns ('de motie zoals ⎵ … ingediend door het lid van den Berge c.s.')",
            "- van der Woude@3053 line": "named inside a toezeggingen row (Tabel 131/132): the status column's letter, interleaved right behind the name, read as its Kamerstuk; another mention of that name is matched",
            "kst-31288-976 Van der Laan/Westerveld@2983 status": "annex row: the status column's `De wijze waarop … zal … worden besproken` cut by the other columns' words beyond a cue's reach",
            "kst-31839-861 Raemakers@3015 found": "annex row: its Vindplaats citation, without brackets, is cut after 'nr.' by the description ('31839, nr. mogelijk … ⎵ 861'), which the scanner does not read",
            "kst-32618-I Ganzevoort@3087 found": "a toezegging's name and citation cut by the other columns ('de motie ⎵ … Ganzevoort c.s. (Eerste Kamerstuk ⎵ … 32 618, I)')",
            "kst-35765-10 Van der Laan/Van der Woude@2979 found": "three rows print the same '35765, nr. 10': one motion per Kamerstuk",
            "kst-35765-10 Westerveld/Kwint@2979 found": "three rows print the same '35765, nr. 10': one motion per Kamerstuk",
            "kst-36200-VIII-136 Werner@3079 found": "a toezegging's name cut by the other columns ('de aangehouden motie ⎵ Wetgevingsoverleg Media ⎵ … van Werner')",
        ],
        "npo-financiele-terugblik-2019": [
            "- @35 found": "an unnamed motion ('een aangenomen motie naar aanleiding van …') in an accounts report's columns",
        ],
    ]

    @Test("the corpus has its labelled documents")
    func corpusIsThere() {
        #expect(Self.stems.count == 52)
    }

    @Test("each labelled document: every motion found, with its status and evidence line", arguments: stems)
    func document(_ stem: String) throws {
        let label = try JSONParser.parse(try Fixture.bytes("corpus/labels/\(stem).json"))
        let file = try #require(label["file"]?.stringValue)
        let text = label["text"]?.stringValue == "pdftotext" ? "corpus/pdftotext/\(stem).txt" : "corpus/\(file)"
        let document = try SourceDocument.read(try Fixture.bytes(text))
        let motions = MotionReader(AnswerDocument(document)).motions
        let labelled = (label["motions"]?.arrayValue ?? []).map(LabelledMotion.init)
        if labelled.isEmpty {
            #expect(motions.isEmpty, "\(stem) mentions no motion: \(motions.map(\.name))")
            return
        }
        let known = Self.knownMisses[stem] ?? [:]
        var taken = Set<Int>()
        for motion in labelled {
            let k = motions.indices.first { !taken.contains($0) && motion.matches(motions[$0]) }
            if let k { taken.insert(k) }
            check(known["\(motion.name) found"]) {
                #expect(k != nil, "\(stem): \(motion.name) not found")
            }
            guard let k else { continue }
            let read = motions[k]
            check(known["\(motion.name) status"]) {
                #expect(motion.statuses.contains(read.status.rawValue),
                        "\(stem): \(motion.name) read \(read.status.rawValue), the label accepts \(motion.statuses)")
            }
            check(known["\(motion.name) line"]) {
                #expect(abs(read.evidenceLine - motion.line) <= 3,
                        "\(stem): \(motion.name) evidence on line \(read.evidenceLine), the label's on \(motion.line)")
            }
        }
    }

    /// A check, expected to fail where a known miss says why.
    func check(_ miss: String?, _ body: () -> Void) {
        if let miss {
            withKnownIssue(Comment(rawValue: miss)) { body() }
        } else {
            body()
        }
    }
}

/// One motion of a label.
struct LabelledMotion {
    let id: String?
    let submitters: [String]
    let statuses: [String]
    let line: Int

    init(_ json: JSONValue) {
        id = json["id"]?.stringValue
        submitters = (json["submitters"]?.arrayValue ?? []).compactMap(\.stringValue)
        statuses = (json["status"]?.arrayValue ?? []).compactMap(\.stringValue)
        line = Int(json["line"]?.intValue ?? 0)
    }

    /// How the known misses name it: its Kamerstuk (or `-`), its submitters and its line.
    var name: String {
        "\(id ?? "-") \(submitters.joined(separator: "/"))@\(line)"
    }

    /// The motion read is this one: the same Kamerstuk; without one, the same submitters (case
    /// and spaces aside); without those either, a motion without Kamerstuk or name mentioned
    /// within two lines of the labelled one.
    func matches(_ motion: Motion) -> Bool {
        if let id { return motion.id?.canonical == id }
        guard motion.id == nil else { return false }
        if !submitters.isEmpty { return Set(Self.names(motion.name)) == Set(submitters.map(Self.plain)) }
        return motion.mentions.contains { abs($0.line - line) <= 2 }
    }

    static func names(_ name: String) -> [String] {
        var text = name
        if text.hasSuffix(" c.s.") { text.removeLast(5) }
        return text.replacingOccurrences(of: " en ", with: "/").replacingOccurrences(of: ", ", with: "/")
            .split(separator: "/").map { plain(String($0)) }
    }

    static func plain(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace }
    }
}
