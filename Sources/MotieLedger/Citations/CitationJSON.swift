import Kamerstuk

/// A citation as `refs --format json` and `normalize --format json` give it.
package enum CitationJSON {
    /// A citation as one JSON object: the fields of the contract first, then what else is known.
    /// The fields of the contract first, then what else is known — for a document's citation,
    /// the `origin` of the text its line and column count in; for a citation given on the
    /// command line, the `input` it was read from, first.
    package static func object(_ citation: Citation, file: String?, origin: Origin? = nil, input: String? = nil) -> JSONValue {
        let match = citation.match
        var members: [(String, JSONValue)] = []
        if let input { members.append(("input", .string(input))) }
        if let file { members.append(("file", .string(file))) }
        if let origin { members.append(("origin", .string(origin.rawValue))) }
        members += [
            ("line", .int(Int64(citation.location.line))),
            ("column", .int(Int64(citation.location.column))),
            ("id", citation.id.map { .string($0.canonical) } ?? .null),
            ("dossier", .string(match.dossier)),
            ("toevoeging", citation.id?.toevoeging.map { .string($0) } ?? .null),
            ("number", citation.id.map { .string($0.number) } ?? .null),
            ("raw", .string(citation.raw)),
            ("chamber", match.chamber.map { .string($0.rawValue) } ?? .null),
            ("session", match.session.map { .string($0) } ?? .null),
            ("page", match.page.map { .string($0) } ?? .null),
            ("rijkswet", match.rijkswet.map { .string($0) } ?? .null),
            ("url", citation.id.map { .string($0.url) } ?? .null),
        ]
        var findings: [JSONValue] = []
        if case .unresolved(let note) = match.reading {
            findings.append(.object([("category", .string(note.category.rawValue)), ("message", .string(note.message))]))
        }
        members.append(("findings", .array(findings)))
        return .object(members)
    }
}
