import MotieLedger

/// Why an entry of a folder given to `ingest` is not read. The raw value is the reason as
/// `--format json` gives it, for scripts; ``words(_:)`` says it to a person.
enum SkipReason: String {
    case linkedBack = "a folder already read (a link leads back to it)"
    case hidden = "hidden"
    case ledger = "the ledger"
    case lockOrBackup = "the ledger's lock or backup"
    case neitherFileNorFolder = "neither a file nor a folder"
    case empty = "empty"
    case html = "an HTML page, not a document"
    case binary = "binary, not a document"

    func words(_ language: Language) -> String {
        guard language == .nl else { return rawValue }
        return switch self {
        case .linkedBack: "een map die al gelezen is (een link leidt ernaar terug)"
        case .hidden: "verborgen"
        case .ledger: "de ledger"
        case .lockOrBackup: "het slot of een reservekopie van de ledger"
        case .neitherFileNorFolder: "geen bestand en geen map"
        case .empty: "leeg"
        case .html: "een HTML-pagina, geen document"
        case .binary: "binair, geen document"
        }
    }
}
