/// Why bytes are not acceptable as text.
public struct TextError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// A byte sequence that is not UTF-8.
        case invalidUTF8
        /// A NUL byte: the input is a binary file, not text.
        case binary
    }

    public let kind: Kind
    /// Byte offset of the offending sequence.
    public let offset: Int
    public let location: SourceLocation

    public var description: String {
        switch kind {
        case .invalidUTF8: "\(location): text is not valid UTF-8 (byte offset \(offset))"
        case .binary: "\(location): binary file (NUL byte at byte offset \(offset))"
        }
    }
}
