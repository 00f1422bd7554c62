import Glibc
import Kamerstuk
import MotieLedger

/// A document named on the command line, read whole and turned into text by its kind.
struct InputDocument {
    /// The name the user gave: a path, or `-` for standard input.
    let name: String
    let source: SourceDocument
}

/// Reads `name` (`-` for standard input) as whatever it is: text, PDF, XML. Errors carry the
/// exit status the contract gives them: 66 for a file that does not exist, 74 for one that
/// cannot be read (a directory, no permission), 65 for bytes that are no document, 69 for a
/// PDF without `pdftotext`.
func readDocument(_ name: String, options: SourceDocument.Options) throws(CLIError) -> InputDocument {
    let bytes = try readBytes(name)
    do {
        return InputDocument(name: name, source: try SourceDocument.read(bytes, options: options))
    } catch {
        throw inputError(error, in: name)
    }
}

/// Why an input is no document, as the error the contract gives it.
func inputError(_ error: InputError, in name: String) -> CLIError {
    let place = error.location.map { Place(path: name, $0) } ?? Place(path: name)
    switch error.kind {
    case .missing: return CLIError(.noInput, error.message, at: place)
    case .badData: return CLIError(.dataError, error.message, at: place)
    case .unavailable: return CLIError(.unavailable, error.message, at: place)
    case .failed: return CLIError(.ioError, error.message, at: place)
    }
}

/// `--pdf-layout`: the option of every command that reads documents.
let pdfLayoutOption = Flag("pdf-layout", help: "Read a PDF with pdftotext -layout (columns side by side, for tables)")

/// How the command's arguments ask for PDFs to be read.
func readOptions(_ arguments: ParsedArguments) -> SourceDocument.Options {
    SourceDocument.Options(pdfLayout: arguments[pdfLayoutOption])
}

/// Why bytes are not text, as the error the contract gives it (exit 65, with the place).
func textError(_ error: TextError, in name: String) -> CLIError {
    let place = Place(path: name, line: error.location.line, column: error.location.column)
    switch error.kind {
    case .invalidUTF8:
        return CLIError(.dataError, "not UTF-8 text: invalid byte sequence at byte offset \(error.offset)", at: place)
    case .binary:
        return CLIError(.dataError, "binary file, not text: NUL byte at byte offset \(error.offset)", at: place)
    }
}

/// The bytes of a file, or of standard input for `-`, read whole.
func readBytes(_ name: String) throws(CLIError) -> [UInt8] {
    do throws(InputError) {
        return try InputFile.read(name)
    } catch {
        throw inputError(error, in: name)
    }
}

/// What `body` makes of the bytes of `name` (`-` for standard input), mapped in place where
/// that spares a copy. A file cut short while `body` read it is an error (exit 74) whatever
/// `body` made of it.
func withInputBytes<R>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) throws(CLIError) -> R) throws(CLIError) -> R {
    let result: Result<R, CLIError>
    do throws(InputError) {
        result = try InputBytes.open(name).withBytes { bytes in Result { () throws(CLIError) in try body(bytes) } }
    } catch {
        throw inputError(error, in: name)
    }
    return try result.get()
}

extension Place {
    /// A place in a named input at a source location.
    init(path: String, _ location: SourceLocation) {
        self.init(path: path, line: location.line, column: location.column)
    }
}
