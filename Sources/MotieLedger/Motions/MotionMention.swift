/// Where a document mentions a motion, in the user's input.
public struct MotionMention: Hashable, Sendable {
    public let line: Int
    public let column: Int
    /// The mention as written (`motie Paternotte c.s.`), white space collapsed.
    public let text: String
}
