/// What a pass over the ledger's lines found besides the lines themselves.
struct LinePassOutcome: Sendable {
    /// The number of complete lines.
    var lines = 0
    /// The file offset just past the last complete line's line break (where the pass started,
    /// when it found none).
    var completeBytes = 0
    /// The last complete line, without its line break.
    var lastLine: [UInt8] = []
    /// A last line without a line break: where it starts and how long it is.
    var tornTail: (offset: Int, count: Int)?
}
