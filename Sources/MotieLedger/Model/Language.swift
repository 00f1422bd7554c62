/// The language of reports meant for people: Dutch by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case nl
    case en

    /// The Dutch or the English words, as the language asks.
    func pick(_ dutch: String, _ english: String) -> String {
        self == .nl ? dutch : english
    }
}
