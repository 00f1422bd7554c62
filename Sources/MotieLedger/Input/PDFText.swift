import Glibc
import Kamerstuk

/// A PDF's text, through poppler's `pdftotext` (Debian `poppler-utils`) as a child process.
///
/// The default mode is `pdftotext` without `-layout`: on the Aanhangsel PDFs of the corpus it
/// reads the same citations and motions as `-layout`, and gives running text — words broken at
/// a line end joined again (none left, against 185 in `-layout`), no lines holding two columns
/// side by side (none, against 83). `-layout` keeps a table's columns apart, for annexes.
package enum PDFText {
    /// How long `pdftotext` may take before it is killed, in seconds: a damaged or hostile PDF
    /// must not hang a command.
    package static let defaultTimeout = 60.0

    /// The text of `pdf`, checked to be UTF-8 and to hold some text.
    ///
    /// - Throws: `InputError` `.unavailable` when `pdftotext` is not installed (naming the
    ///   package); `.badData` for an encrypted, damaged or image-only PDF, and one that keeps it
    ///   past `timeout`; `.failed` when it could not run.
    package static func extract(_ pdf: [UInt8], layout: Bool, timeout: Double = defaultTimeout) throws(InputError) -> [UInt8] {
        guard let executable = ChildProcess.find("pdftotext") else {
            throw InputError(.unavailable, "a PDF needs pdftotext, which is not installed: install poppler-utils (apt-get install poppler-utils)")
        }
        let file = try temporaryCopy(pdf)
        defer { unlink(file) }
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(executable, ["-enc", "UTF-8"] + (layout ? ["-layout"] : []) + [file, "-"], timeout: timeout)
        } catch {
            switch error {
            case .notFound: throw InputError(.unavailable, "pdftotext is not installed: install poppler-utils")
            case .cannotStart(let reason): throw InputError(.failed, "cannot run pdftotext: \(reason)")
            case .timedOut: throw InputError(.badData, "pdftotext took more than \(Int(timeout)) s on this PDF and was stopped: a damaged or hostile PDF?")
            case .killed(let signal): throw InputError(.failed, "pdftotext was ended by signal \(signal)")
            }
        }
        let said = firstLine(result.errors)
        guard result.status == 0 else {
            if said.lowercased().contains("password") {
                throw InputError(.badData, "encrypted PDF: its text cannot be read without its password")
            }
            if result.status == 3 {
                throw InputError(.badData, "the PDF does not allow its text to be copied (\(said))")
            }
            throw InputError(.badData, "damaged PDF: pdftotext could not read it" + (said.isEmpty ? "" : " (\(said))"))
        }
        guard result.output.contains(where: { $0 > 0x20 }) else {
            if said.hasPrefix("Syntax Error") {
                throw InputError(.badData, "damaged PDF: pdftotext found no text in it (\(said))")
            }
            throw InputError(.badData, "the PDF holds no text (only images, such as a scan): run it through OCR first")
        }
        do {
            try result.output.withUnsafeBufferPointer { buffer throws(TextError) in try SourceText.validate(buffer) }
        } catch {
            throw InputError(.badData, "pdftotext gave text that is not UTF-8 (\(error))")
        }
        return result.output
    }

    /// The PDF in a temporary file of its own, since `pdftotext` reads a named file.
    private static func temporaryCopy(_ bytes: [UInt8]) throws(InputError) -> String {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((directory + "/motieledger-pdf-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw InputError(.failed, "cannot make a temporary file for pdftotext: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let path = String(cString: template)
        var written = 0
        while written < bytes.count {
            let got = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else {
                let reason = String(cString: strerror(errno))
                unlink(path)
                throw InputError(.failed, "cannot write a temporary file for pdftotext: \(reason)")
            }
            written += got
        }
        return path
    }

    /// The first line `pdftotext` wrote on its standard error, without its `Syntax Error: ` noise.
    private static func firstLine(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let prefix = "Command Line Error: "
        let lines = text.split(separator: "\n").map { $0.hasPrefix(prefix) ? $0.dropFirst(prefix.count) : $0 }
        return lines.first { !$0.hasPrefix("Syntax Warning") }.map(String.init) ?? ""
    }
}
