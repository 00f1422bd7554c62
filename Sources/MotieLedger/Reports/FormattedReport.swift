/// A report in the three forms a command prints: text for people, Markdown to paste, JSON
/// Lines for scripts.
public protocol FormattedReport {
    func text(_ language: Language) -> String
    func markdown(_ language: Language) -> String
    var jsonLines: [UInt8] { get }
}
