/// Something the reader noticed but would not guess about: an ambiguous citation, a footnote
/// marker without its footnote, an uncertain link. Findings never change an exit code.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// What kind of finding this is; stable strings, for scripts.
    public struct Category: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A citation whose reading stays open (`36045-24`: series 24, or document 24?).
        public static let ambiguousCitation = Category(rawValue: "ambiguous-citation")
        /// A citation that names a dossier but no document in it, or more documents than are
        /// read (a range of hundreds, a list of thousands).
        public static let incompleteCitation = Category(rawValue: "incomplete-citation")
    }

    public let category: Category
    public let message: String
    /// Where in the input; `nil` when the finding concerns the input as a whole.
    public let location: SourceLocation?
    /// The message as a stable code and the values it puts in, for a reader that says it in
    /// another language or keeps it; `nil` when the message is text only.
    package let coded: Coded?

    /// A message said by a code (`missing-footnote`) and its values (`["12"]`), in the order
    /// its code names them.
    package struct Coded: Hashable, Sendable {
        package let code: String
        package let values: [String]

        package init(_ code: String, _ values: [String]) {
            self.code = code
            self.values = values
        }
    }

    public init(_ category: Category, _ message: String, at location: SourceLocation?) {
        self.init(category, message, at: location, coded: nil)
    }

    /// A finding whose message `coded` also says, by its code and values.
    package init(_ category: Category, _ message: String, at location: SourceLocation?, coded: Coded?) {
        self.category = category
        self.message = message
        self.location = location
        self.coded = coded
    }

    public var description: String {
        if let location { return "\(location): \(category): \(message)" }
        return "\(category): \(message)"
    }
}

extension Finding {
    /// What a finding says before it has a place: its category and its message. The citation
    /// grammar reads a cleaned buffer and cannot tell where it stands in the user's input, so
    /// it gives notes; whoever places the citation makes each a ``Finding`` with ``at(_:)``.
    public struct Note: Hashable, Sendable {
        public let category: Category
        public let message: String

        public init(_ category: Category, _ message: String) {
            self.category = category
            self.message = message
        }

        /// The finding this note makes at `location` (`nil`: the input as a whole).
        public func at(_ location: SourceLocation?) -> Finding {
            Finding(category, message, at: location)
        }
    }
}
