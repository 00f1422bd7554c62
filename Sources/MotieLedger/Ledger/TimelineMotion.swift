import Kamerstuk

/// A motion as the ledger knows it, its aliases applied.
public struct TimelineMotion: Hashable, Sendable {
    /// Its canonical ID, or its name key when the ledger knows no ID for it.
    public let key: String
    public let id: KamerstukID?
    /// The name its latest event gives.
    public let name: String
    /// Every name its events give, in order of first appearance.
    public let names: [String]
    public let nameKey: String?
    /// Every other key its events give it (earlier name keys, keys by subject), in order of
    /// first appearance.
    public let otherKeys: [String]
    /// Name keys joined to this motion's ID by alias records.
    public let aliases: [String]
    let index: Int32
}
