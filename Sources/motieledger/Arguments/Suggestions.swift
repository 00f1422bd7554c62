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

/// The number of single-character insertions, deletions, substitutions and swaps of two
/// neighbours that turn `a` into `b` (optimal string alignment), so that the common slip
/// `--fromat` is 1 from `--format`.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    // distance[i][j]: from the first i characters of a to the first j of b.
    var distance = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { distance[i][0] = i }
    for j in 0...b.count { distance[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            distance[i][j] = min(distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                distance[i][j] = min(distance[i][j], distance[i - 2][j - 2] + 1)
            }
        }
    }
    return distance[a.count][b.count]
}
