/// What `init` says of the ledger it made: where it is, and how to read documents into it —
/// with `--ledger` and `MOTIELEDGER_LEDGER` when the commands would not find it by themselves.
package struct NewLedgerSummary: Sendable {
    /// The new ledger's path, as the user named it.
    package let path: String
    /// The path the commands use without `--ledger`.
    package let defaultPath: String

    package init(path: String, defaultPath: String) {
        self.path = path
        self.defaultPath = defaultPath
    }

    package func text(_ language: Language) -> String {
        var text: PersonText = "\(language.pick("nieuwe, lege ledger", "made a new, empty ledger")): \(path)\n"
        guard path != defaultPath else {
            return (text + "\(language.pick("lees er documenten in met", "read documents into it with")): motieledger ingest DOCUMENT\n").text
        }
        let word = PersonText(stringLiteral: NewLedgerSummary.shellWord(ReportText.line(path)))
        text += "\(language.pick("lees er documenten in met", "read documents into it with")): motieledger ingest --ledger \(word) DOCUMENT\n"
        text += "\(language.pick("of noem hem één keer voor alle opdrachten", "or name it once for every command")): export MOTIELEDGER_LEDGER=\(word)\n"
        return text.text
    }

    /// `text` as one word for a POSIX shell: as it is when it holds nothing a shell would
    /// read, else in single quotes.
    static func shellWord(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+:,=@%".unicodeScalars.contains(scalar)
        }
        return plain ? text : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
