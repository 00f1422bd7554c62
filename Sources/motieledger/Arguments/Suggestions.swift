import MotieLedger

extension CommandSpec {
    /// The error for an option the command does not declare, naming the nearest it does.
    func unknownOption(_ spelling: String) -> UsageError {
        let typed = String(spelling.drop { $0 == "-" })
        let known = options.map(\.name) + ["help"]
        if typed.count >= 2, let near = closestMatch(to: typed, among: known) {
            return UsageError("unknown option '\(spelling)' for '\(programName) \(name)'; did you mean '--\(near)'?")
        }
        return UsageError(
            "unknown option '\(spelling)' for '\(programName) \(name)'; see '\(programName) \(name) --help'"
                + " (put '--' before an argument that begins with '-')")
    }
}

extension Program {
    /// The error for a word that is no command (or an option before the command), naming the nearest.
    func unknownCommand(_ word: String) -> UsageError {
        let seeHelp = "see '\(programName) --help'"
        if word.hasPrefix("-") {
            if let near = closestMatch(to: String(word.drop { $0 == "-" }), among: ["help", "version"]) {
                return UsageError("unknown option '\(word)'; did you mean '--\(near)'?")
            }
            return UsageError("unknown option '\(word)'; options go after the command; \(seeHelp)")
        }
        if let near = closestMatch(to: word, among: commands.map(\.spec.name)) {
            return UsageError("unknown command '\(word)'; did you mean '\(near)'?")
        }
        return UsageError("unknown command '\(word)'; \(seeHelp) for the list of commands")
    }
}

/// The candidate `typed` was most likely meant to be, if any is near enough to suggest: the
/// nearest by ``editDistance(_:_:)`` (ignoring case) within a third of the length typed, or
/// else the one candidate that `typed` begins.
func closestMatch(to typed: String, among candidates: [String]) -> String? {
    let typed = typed.lowercased()
    let limit = max(1, typed.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(typed, candidate.lowercased())
        if distance <= limit, distance < best?.distance ?? Int.max {
            best = (candidate, distance)
        }
    }
    if let best { return best.candidate }
    let extensions = candidates.filter { $0.lowercased().hasPrefix(typed) }
    return typed.count >= 2 && extensions.count == 1 ? extensions[0] : nil
}
