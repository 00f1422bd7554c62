import MotieLedger

/// What `ingest` did not read: what its folders held that is no document, and the documents
/// that failed under `--keep-going`.
struct UnreadInputs {
    /// Each path a folder held that was not read, and why.
    var skipped: [(path: String, reason: SkipReason)] = []
    /// Each document that could not be read (the argument or path), and its error.
    var failed: [(name: String, error: CLIError)] = []

    /// For people, in Dutch or English: with `verbose` a line for each thing skipped, else one
    /// line that counts them; then how many documents failed, whose errors are on standard error.
    func text(verbose: Bool, _ language: Language) -> String {
        let nl = language == .nl
        var text = ""
        if verbose {
            for (path, reason) in skipped { text += "\(nl ? "overgeslagen" : "ignored") \(ReportText.line(path)): \(reason.words(language))\n" }
        } else if !skipped.isEmpty {
            text += nl
                ? "\(skipped.count == 1 ? "1 item" : "\(skipped.count) items") van de mappen overgeslagen: verborgen, van de ledger zelf, of geen document (--verbose noemt elk)\n"
                : "ignored \(skipped.count == 1 ? "1 entry" : "\(skipped.count) entries") of the folders: hidden, the ledger's own, or no document (--verbose names each)\n"
        }
        if !failed.isEmpty {
            text += nl
                ? "niet gelezen: \(failed.count) \(failed.count == 1 ? "document" : "documenten") (de fouten staan op standard error)\n"
                : "not read: \(failed.count) \(failed.count == 1 ? "document" : "documents") (the errors are on standard error)\n"
        }
        return text
    }

    /// For scripts: a `{"type":"ignored","file","reason"}` object for each thing skipped and a
    /// `{"type":"failed","file","line","column","error","exit"}` object for each failure.
    var jsonLines: [UInt8] {
        var lines: [UInt8] = []
        for (path, reason) in skipped {
            lines += JSONValue.object([("type", .string("ignored")), ("file", .string(path)), ("reason", .string(reason.rawValue))])
                .encoded(canonical: false) + [0x0A]
        }
        for (name, error) in failed {
            let object = JSONValue.object([
                ("type", .string("failed")),
                ("file", .string(error.place?.path ?? name)),
                ("line", error.place?.line.map { .int(Int64($0)) } ?? .null),
                ("column", error.place?.column.map { .int(Int64($0)) } ?? .null),
                ("error", .string(error.message)),
                ("exit", .int(Int64(error.code.rawValue))),
            ])
            lines += object.encoded(canonical: false) + [0x0A]
        }
        return lines
    }
}
