/// Where in the user's input a message points: a file and, when known, a line and a column.
struct Place: Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    let path: String
    /// The 1-based line, if known.
    let line: Int?
    /// The 1-based column in Unicode scalars; only given together with a line.
    let column: Int?

    /// A place in `path`; a column needs a line, since `PATH::7` would mean nothing.
    init(path: String, line: Int? = nil, column: Int? = nil) {
        precondition(column == nil || line != nil, "a column needs a line")
        self.path = path
        self.line = line
        self.column = column
    }

    /// `PATH`, `PATH:LINE` or `PATH:LINE:COLUMN`, the form editors and compilers use.
    var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }
}
