import Kamerstuk

/// What links one mention to a Kamerstuk, if anything does.
struct MentionLink {
    var id: KamerstukID?
    /// A citation stands right behind the mention but does not resolve (`Kamerstuk 36 800-`
    /// broken over a page): the motion has a Kamerstuk of its own, unknown.
    var unreadCitation = false
    /// The Kamerstuk came from a citation in brackets right behind the mention.
    var citedInline = false
    var uncertain = false
    /// Identified by its number alone: a mention of the same name is not taken to be it.
    var standsApart = false
    var notes: [MotionNote] = []
}
