import MotieLedger

/// What `ingest` did not read: what its folders held that is no document, and the documents
/// that failed under `--keep-going`.
struct UnreadInputs {
    /// Each path a folder held that was not read, and why.
    var skipped: [(path: String, reason: String)] = []
    /// Each document that could not be read (the argument or path), and its error.
    var failed: [(name: String, error: CLIError)] = []

    /// For people: with `verbose` a line for each thing skipped, else one line that counts
    /// them; then how many documents failed, whose errors are on standard error.
    func text(verbose: Bool) -> String {
        var text = ""
        if verbose {
            for (path, reason) in skipped { text += "ignored \(ReportText.line(path)): \(reason)\n" }
        } else if !skipped.isEmpty {
            let entries = skipped.count == 1 ? "1 entry" : "\(skipped.count) entries"
            text += "ignored \(entries) of the folders: hidden, the ledger's own, or no document (--verbose names each)\n"
        }
        if !failed.isEmpty {
            text += "not read: \(failed.count) \(failed.count == 1 ? "document" : "documents") (the errors are on standard error)\n"
        }
        return text
    }

    /// For scripts: a `{"type":"ignored","file","reason"}` object for each thing skipped and a
    /// `{"type":"failed","file","line","column","error","exit"}` object for each failure.
    var jsonLines: [UInt8] {
        var lines: [UInt8] = []
        for (path, reason) in skipped {
            lines += JSONValue.object([("type", .string("ignored")), ("file", .string(path)), ("reason", .string(reason))])
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
