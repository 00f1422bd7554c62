import Kamerstuk

/// A string a ``KamerstukIDCheck`` found to be a canonical Kamerstuk ID.
enum CheckedID {
    /// Parsed to tell: the reader of the line takes it from here.
    case parsed(KamerstukID)
    /// Met before, and not parsed again.
    case known
}
