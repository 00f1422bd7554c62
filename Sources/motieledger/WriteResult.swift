/// What one call of `write(2)` did.
enum WriteResult: Equatable, Sendable {
    /// It wrote this many bytes, which may be fewer than it was given.
    case wrote(Int)
    /// It failed with this `errno`.
    case failed(errno: Int32)
}
