import Kamerstuk

/// A finding the ledger keeps with an event or a document: a coded one (schema version 4), said
/// in the report's language, or the English sentence a ``FindingsRecord`` of before kept, shown
/// as it was written.
package enum KeptFinding: Hashable, Sendable {
    case coded(CodedFinding)
    case sentence(String)

    /// The finding's category: its code's, or the one a sentence of before names after its
    /// place (`1440:1: conditional: …`).
    package var category: Finding.Category? {
        switch self {
        case .coded(let finding):
            if let text = FindingText(rawValue: finding.code) { return text.category }
            return finding.code == CodedFinding.textCode && finding.values.count == 2 ? Finding.Category(rawValue: finding.values[0]) : nil
        case .sentence(let sentence):
            let parts = sentence.split(separator: ": ", maxSplits: 2)
            let placed = parts.first?.allSatisfy { $0.isNumber || $0 == ":" } == true
            return parts.count > (placed ? 1 : 0) ? Finding.Category(rawValue: String(parts[placed ? 1 : 0])) : nil
        }
    }

    /// In Dutch: `de status hangt af van een voorwaarde die het antwoord stelt (regel 1440)`; in
    /// English as `ingest` warned it: `1440:1: conditional: the status depends on a condition the
    /// answer sets`. A sentence kept before codes is the same in both.
    package func text(_ language: Language) -> String {
        switch self {
        case .sentence(let sentence):
            return sentence
        case .coded(let finding):
            let words: String
            if let text = FindingText(rawValue: finding.code) {
                words = language == .nl ? text.message(finding.values, .nl) : "\(text.category): \(text.message(finding.values, .en))"
            } else if finding.code == CodedFinding.textCode, finding.values.count == 2 {
                words = "\(finding.values[0]): \(finding.values[1])"
            } else {
                words = ([finding.code] + finding.values).joined(separator: ": ")
            }
            guard let line = finding.line else { return words }
            if language == .nl {
                let column = finding.column.map { $0 > 1 ? ", kolom \($0)" : "" } ?? ""
                return "\(words) (regel \(line)\(column))"
            }
            return "\(line):\(finding.column ?? 1): \(words)"
        }
    }
}
