/// The title a table gives a motion: the facts' title, else the name the reading gave when that
/// name is the motion's subject (`inzake Radio Dabanga` → `motie inzake Radio Dabanga`).
enum MotionTitleText {
    static func title(_ motion: TimelineMotion?, _ facts: MotionFacts?) -> String? {
        if let title = facts?.title { return title }
        guard let name = motion?.name, let first = name.split(separator: " ").first,
              ["inzake", "over", "om", "betreffende", "aangaande", "ter"].contains(String(first)) else { return nil }
        return "motie " + name
    }
}
