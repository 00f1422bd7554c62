import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// Whether poppler's `pdftotext` is here; the tests that need it skip, saying so, when not.
let pdftotextInstalled: Bool = {
    let found = ChildProcess.find("pdftotext") != nil
    if !found { print("note: pdftotext (Debian poppler-utils) is not installed; skipping the PDF tests") }
    return found
}()

/// The Aanhangsel PDFs of the corpus through the real `pdftotext`; every expectation read in
/// the documents by hand.
@Suite("PDF through pdftotext", .enabled(if: pdftotextInstalled))
struct PDFTextTests {
    /// A PDF of the corpus (`ah-tk-…`), or one made for the tests (`Tests/Fixtures/pdf/`).
    static func read(_ name: String, layout: Bool = false) throws -> SourceDocument {
        let folder = name.hasPrefix("ah-tk-") ? "corpus/aanhangsel-pdf/" : "pdf/"
        return try SourceDocument.read(try Fixture.bytes(folder + name), options: .init(pdfLayout: layout))
    }

    @Test("ah-tk-20232024-2271: every Kamerstuk its footnotes and text cite")
    func citations2271() throws {
        let document = try Self.read("ah-tk-20232024-2271.pdf")
        #expect(document.origin == .pdftotext)
        let ids = document.citations().citations.compactMap { $0.id?.canonical }
        #expect(ids == [
            "kst-31839-1024", "kst-31839-1024", "kst-31839-874", "kst-32793-613", "kst-32793-677",
            "kst-25424-691", "kst-25424-678", "kst-25424-679", "kst-25424-684", "kst-25424-685", "kst-36410-XVI-160",
        ])
    }

    @Test("ah-tk-20232024-2168: the motion of Erkens and Grinwis (Kamerstuk 36 197, nr. 15), in answer 6")
    func motion2168() throws {
        let reader = MotionReader(AnswerDocument(try Self.read("ah-tk-20232024-2168.pdf")))
        let motion = try #require(reader.motions.first)
        #expect(reader.motions.count == 1)
        #expect(motion.id == KamerstukID(canonical: "kst-36197-15"))
        #expect(motion.name == "Erkens en Grinwis")
        #expect(motion.answers.map(\.label) == ["6"])
    }

    @Test("ah-tk-20232024-2271: our motion (Kamerstuk 25 424, nr. 691) on zelfregiecentra")
    func motion2271() throws {
        let reader = MotionReader(AnswerDocument(try Self.read("ah-tk-20232024-2271.pdf")))
        #expect(reader.motions.map(\.id) == [KamerstukID(canonical: "kst-25424-691")])
    }

    @Test("ah-tk-20232024-1432: the footnotes' two Kamerstukken; the motion Van Zanten c.s. is footnote 2's")
    func motion1432() throws {
        let document = try Self.read("ah-tk-20232024-1432.pdf")
        #expect(document.citations().citations.compactMap { $0.id?.canonical } == ["kst-36410-VIII-106", "kst-36410-VIII-82"])
        // pdftotext writes the page's footnote numbers apart from their texts; the document
        // pairs them by order, so the marker `c.s.2` reaches the motion's Kamerstuk.
        let reader = MotionReader(AnswerDocument(document))
        #expect(reader.motions.contains { $0.name == "Van Zanten c.s." && $0.id == KamerstukID(canonical: "kst-36410-VIII-82") })
        // The title's mention, without a marker, is the motion the questions cite.
        #expect(reader.motions.count == 1)
    }

    @Test("-layout is the other mode, and says so")
    func layout() throws {
        let document = try Self.read("ah-tk-20232024-2168.pdf", layout: true)
        #expect(document.origin == .pdftotextLayout)
        #expect(document.citations().citations.compactMap { $0.id?.canonical } == ["kst-36197-15", "kst-29023-487"])
    }

    @Test("encrypted, damaged and image-only PDFs are clear errors, not empty results", arguments: [
        ("encrypted-user-password.pdf", "encrypted PDF"),
        ("damaged-truncated.pdf", "damaged PDF"),
        ("no-text-image-only.pdf", "the PDF holds no text"),
    ])
    func bad(name: String, message: String) {
        #expect {
            try Self.read(name)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.kind == .badData && error.message.hasPrefix(message)
        }
    }
}

/// The child process that runs `pdftotext`: its deadline and its search of `PATH`.
@Suite("Child processes")
struct ChildProcessTests {
    @Test("a program past its deadline is killed, not waited for")
    func timeout() throws {
        let sleep = try #require(ChildProcess.find("sleep"))
        #expect(throws: ChildProcess.Failure.self) { try ChildProcess.run(sleep, ["5"], timeout: 0.3) }
    }

    @Test("output and exit status are collected")
    func output() throws {
        let result = try ChildProcess.run(try #require(ChildProcess.find("sh")), ["-c", "printf 'ab\\n'; printf oops >&2; exit 3"], timeout: 5)
        #expect(result.status == 3)
        #expect(result.output == Array("ab\n".utf8))
        #expect(result.errors == Array("oops".utf8))
    }

    @Test("a program on no directory of PATH is not found")
    func absent() {
        #expect(ChildProcess.find("pdftotext", path: "/nonexistent:/also-not") == nil)
    }
}
