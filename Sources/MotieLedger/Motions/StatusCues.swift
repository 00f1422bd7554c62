/// The wording by which an answer says how far a motion has come (<doc:Domain#Execution-status>), as patterns
/// over the folded words of one sentence.
///
/// A pattern is words separated by spaces; `a|b` is either word, and `…` up to ten words in
/// between. Every cue has a weight: 3 for an outright statement
/// ("heeft uitvoering gegeven aan", "ziet geen aanleiding"), 2 for a clear sign ("worden …
/// uitgewerkt"), 1 for a hint (a bare future tense). A sentence reads as its heaviest cue; on a
/// tie the first listed cue wins, so refusal and part-done go before the rest.
struct StatusCue {
    let pattern: [[String]]
    let status: MotionStatus
    let weight: Int
    /// Words a motion's own request uses too (`verzoekt de regering te onderzoeken hoe …`): in
    /// a row whose columns run into each other, what the motion asks stands among what was
    /// done, so these say nothing there.
    let asked: Bool

    init(_ pattern: String, _ status: MotionStatus, _ weight: Int, asked: Bool = false) {
        self.pattern = pattern.split(separator: " ").map { $0.split(separator: "|").map(String.init) }
        self.status = status
        self.weight = weight
        self.asked = asked
    }

    static let all: [StatusCue] = [
        // Refused, or not (to be) carried out: only when said outright.
        StatusCue("ziet … geen aanleiding", .nietUitgevoerd, 3),
        StatusCue("geen aanleiding om", .nietUitgevoerd, 3),
        StatusCue("andere methodes|methoden|middelen|instrumenten … effectiever", .nietUitgevoerd, 3),
        StatusCue("positie|standpunt|opvatting … niet veranderd|gewijzigd", .nietUitgevoerd, 3),
        StatusCue("wordt|worden|zal|zullen … niet … uitgevoerd", .nietUitgevoerd, 3),
        StatusCue("niet uit te voeren", .nietUitgevoerd, 3),
        StatusCue("niet uitvoerbaar", .nietUitgevoerd, 3),
        StatusCue("voert|voeren … niet uit", .nietUitgevoerd, 3),
        StatusCue("niet uitvoeren", .nietUitgevoerd, 3),
        StatusCue("kan|kunnen niet worden uitgevoerd", .nietUitgevoerd, 3),
        StatusCue("geen uitvoering … geven|gegeven", .nietUitgevoerd, 3),
        StatusCue("ziet … geen mogelijkheid|mogelijkheden", .nietUitgevoerd, 3),
        StatusCue("vervallen", .vervallen, 3),
        StatusCue("ingehaald door", .vervallen, 3),
        StatusCue("achterhaald", .vervallen, 3),
        // Part done, part pending.
        StatusCue("alvast", .deelsUitgevoerd, 3),
        StatusCue("rest van de motie", .deelsUitgevoerd, 3),
        StatusCue("gedeeltelijk", .deelsUitgevoerd, 3),
        StatusCue("deels", .deelsUitgevoerd, 3),
        StatusCue("voor een deel", .deelsUitgevoerd, 3),
        StatusCue("eerste stap", .deelsUitgevoerd, 2),
        // How the motion could be carried out is still being looked at (`onderzocht hoe deze
        // motie kan worden uitgevoerd`, `de wijze waarop uitvoering kan worden gegeven`): a
        // possibility, not a deed — before the deeds its words contain. Of the motion itself: a
        // request asks how other things can be shaped (`mee te nemen hoe een leerweg kan worden
        // vormgegeven`).
        StatusCue("hoe|waarop|wijze … motie|uitvoering … kan|kunnen … uitgevoerd|gegeven|vormgegeven", .inBehandeling, 3),
        StatusCue("hoe|waarop|wijze … motie|uitvoering … uitgevoerd|gegeven|vormgegeven kan|kunnen", .inBehandeling, 3),
        // Talks on how to carry it out (`OCW gaat in gesprek met JenV over de wijze waarop …`,
        // `zullen over de uitvoering van deze motie in gesprek gaan`): still to be settled. A
        // finite verb says talks are held; a request asks `in overleg te gaan`.
        StatusCue("gaat|gaan|is|zijn|blijft|blijven in gesprek|overleg … over de uitvoering|wijze|invulling", .inBehandeling, 3),
        StatusCue("over de uitvoering|invulling van de|deze … motie in gesprek|overleg", .inBehandeling, 3),
        // Waiting for something before it is taken up (`Afhankelijk van het SER-advies zal …`,
        // `Uitvoering van de motie wordt opgepakt zodra …`): not begun.
        StatusCue("afhankelijk van … advies|adviezen|uitkomst|uitkomsten|resultaten|evaluatie|onderzoek", .inBehandeling, 3),
        StatusCue("in afwachting van", .inBehandeling, 3),
        StatusCue("wordt|worden|zal|zullen … opgepakt|gestart|opgestart|begonnen|uitgevoerd … zodra", .inBehandeling, 3),
        // Carried out. `Hiermee wordt uitvoering gegeven aan de motie` says the letter itself
        // carries it out; `Met het programma wordt uitvoering gegeven` says it is under way.
        StatusCue("hiermee|hierbij|daarmee|brief … wordt|worden … uitvoering … gegeven", .uitgevoerd, 3),
        StatusCue("wordt|worden … uitvoering … gegeven", .inUitvoering, 3),
        StatusCue("heeft|hebben|is|zijn … uitvoering … gegeven", .uitgevoerd, 3),
        StatusCue("uitvoering aan gegeven", .uitgevoerd, 3),
        StatusCue("uitvoering gegeven aan", .uitgevoerd, 3),
        StatusCue("heeft|hebben|is|zijn … invulling … gegeven", .uitgevoerd, 3),
        StatusCue("afgedaan", .uitgevoerd, 3),
        StatusCue("is|zijn uitgevoerd", .uitgevoerd, 3),
        StatusCue("motie is … uitgevoerd", .uitgevoerd, 3),
        StatusCue("geef|geeft|geven hiermee uitvoering", .uitgevoerd, 3),
        // `Daarmee geeft het kabinet gehoor aan de motie`: complies with it.
        StatusCue("geef|geeft|geven|gaf|gaven … gehoor aan", .uitgevoerd, 3),
        StatusCue("heeft|hebben|is|zijn … gehoor … gegeven", .uitgevoerd, 3),
        StatusCue("zal|zullen … gehoor … geven", .inUitvoering, 2),
        StatusCue("hiermee|daarmee … uitgevoerd", .uitgevoerd, 3),
        StatusCue("hiermee|daarmee|hierdoor|daardoor … voldaan", .uitgevoerd, 3),
        StatusCue("is|zijn … voldaan", .uitgevoerd, 2),
        StatusCue("is|zijn … afgerond", .uitgevoerd, 3),
        StatusCue("wordt|worden … afgerond", .inUitvoering, 2),
        StatusCue("afgerond", .uitgevoerd, 1),
        // Being carried out. Looking at further steps (`Er wordt verkend hoe verdere
        // intensivering …`, `wordt bezien welke aanvullende stappen …`) says the first are taken.
        StatusCue("in uitvoering", .inUitvoering, 3),
        StatusCue("verkend|bezien|onderzocht|bekeken|verkent|beziet|onderzoekt|bekijkt … hoe|welke|of verdere|aanvullende", .inUitvoering, 3),
        StatusCue("voor te bereiden", .inUitvoering, 3, asked: true),
        StatusCue("bereidt|bereiden … voor", .inUitvoering, 3),
        StatusCue("in voorbereiding", .inUitvoering, 3),
        StatusCue("wordt|worden … voorbereid", .inUitvoering, 3),
        StatusCue("afrondende fase", .inUitvoering, 2),
        StatusCue("wordt|worden … uitgewerkt", .inUitvoering, 2),
        StatusCue("wordt|worden … uitgevoerd", .inUitvoering, 2),
        StatusCue("is|zijn … voorzien", .inUitvoering, 2),
        StatusCue("zal|zullen … opleveren|uitvoeren|invoeren|implementeren|uitwerken|realiseren|doorvoeren", .inUitvoering, 2, asked: true),
        StatusCue("zal|zullen … invulling geven", .inUitvoering, 2),
        StatusCue("wordt|worden … gewerkt aan", .inUitvoering, 2),
        // Taken along in a bill, an evaluation, a budget (`De motie wordt meegenomen in de
        // evaluatie van de wet`): the vehicle that carries it out is named. Taken along in a
        // deliberation is considered (below).
        StatusCue("wordt|worden|is|zijn … meegenomen in", .inUitvoering, 2),
        StatusCue("wordt|worden … samengewerkt aan", .inUitvoering, 2),
        StatusCue("werkt|werken … aan", .inUitvoering, 1, asked: true),
        StatusCue("werkt|werken … uit", .inUitvoering, 2, asked: true),
        StatusCue("toegezegd", .inUitvoering, 2),
        StatusCue("is|zijn bezig", .inUitvoering, 2),
        StatusCue("vertraagd|vertraging", .inUitvoering, 2),
        StatusCue("loopt|lopend|lopende", .inUitvoering, 1),
        StatusCue("zal|zullen", .inUitvoering, 1),
        // Still being considered.
        // `In behandeling.`, a status label; a request speaks of applications `in behandeling` too.
        StatusCue("in behandeling", .inBehandeling, 3, asked: true),
        StatusCue("meegenomen in|bij de|het afweging|afwegingen|overweging|overwegingen|besluitvorming", .inBehandeling, 3),
        StatusCue("beziet|bezie|bezien … hoe|of|welke|wat|wanneer", .inBehandeling, 3, asked: true),
        StatusCue("verkent|verkennen|onderzoekt|onderzoeken|bekijkt|bekijken … hoe|of|welke|wanneer", .inBehandeling, 3, asked: true),
        StatusCue("wordt|worden … bezien", .inBehandeling, 3),
        StatusCue("onderzocht|bekeken|verkend hoe|of|welke|wanneer", .inBehandeling, 3),
        StatusCue("wijze van uitvoering", .inBehandeling, 3),
        StatusCue("zal|zullen … omgaan", .inBehandeling, 3),
        StatusCue("te bezien", .inBehandeling, 2, asked: true),
        StatusCue("wordt|worden … bekeken|onderzocht|verkend|overwogen|bestudeerd", .inBehandeling, 2),
        StatusCue("bekeken|onderzocht|verkend worden|wordt", .inBehandeling, 2),
        StatusCue("verkent|verkennen|onderzoekt|onderzoeken|overweegt|overwegen|bestudeert", .inBehandeling, 2, asked: true),
        StatusCue("in overweging", .inBehandeling, 2),
        StatusCue("wordt|worden … betrokken bij|in", .inBehandeling, 2),
        StatusCue("wordt|worden … meegenomen bij", .inBehandeling, 2),
        StatusCue("nog geen besluit", .inBehandeling, 2),
        StatusCue("openstaand", .inBehandeling, 1),
    ]

    /// What the status column of an annex row says in its own formulas (`De Tweede Kamer is
    /// over de uitvoering van deze motie geïnformeerd met de brief van 4 november 2022`: done;
    /// `De Tweede Kamer wordt voor de zomer geïnformeerd`: a report to come, work under way) —
    /// in a letter's running text, a letter that informed the Kamer may be about anything.
    static let rowCues: [StatusCue] = [
        StatusCue("geinformeerd met de brief|brieven", .uitgevoerd, 3),
        StatusCue("is|zijn … per brief … geinformeerd", .uitgevoerd, 3),
        StatusCue("wordt|worden|zal|zullen … geinformeerd|informeren", .inUitvoering, 2),
        StatusCue("ontvangt|ontvangen … kamer", .inUitvoering, 2),
        StatusCue("is|zijn … geinformeerd", .uitgevoerd, 2),
    ]

    /// How many words `…` spans in a row whose columns run into each other: a printed line of
    /// each other column stands between two of the status column's (a few dozen words).
    static let interleavedReach = 30

    /// The cues that are an annex's status labels, one word that says nothing of how.
    static let labels: Set<[[String]]> = [[["afgedaan"]], [["afgerond"]], [["loopt", "lopend", "lopende"]], [["openstaand"]]]

    /// Words that make an answer conditional: the status holds only if something happens.
    /// (`als` is also "as", so it counts only where it opens the sentence.)
    static let conditions: Set<String> = ["indien", "mits", "zodra", "tenzij", "afhankelijk", "voorwaarde"]

    /// Words of acting in line with a motion: `conform de motie`, `in lijn met de motie`,
    /// `naar aanleiding van de motie`, `op grond van de motie`, `ter uitvoering van de motie`,
    /// `in het kader van de uitvoering van de motie`, `in reactie op de motie`.
    static let conformity: [[String]] = [["conform"], ["overeenkomstig"], ["in", "lijn", "met"], ["naar", "aanleiding", "van"],
                                          ["op", "grond", "van"], ["ter", "uitvoering", "van"], ["kader", "van", "de", "uitvoering"],
                                          ["in", "reactie", "op"]]

    /// Words that turn a statement around: a cue without one of its own does not count when
    /// one stands among its words or just before them (`Aan de motie is nog niet voldaan`,
    /// `niet afgedaan`).
    static let negations: Set<String> = ["niet", "geen", "nooit", "nergens"]

    /// Participles that are infinitives too: after `te`, the infinitive.
    static let infinitiveParticiples: Set<String> = ["bezien", "herzien", "voorzien", "overzien"]

    /// Whether the pattern occurs in `words`, without a negation among its words unless the
    /// pattern has one; returns the index of its first word. A passive (`wordt … bezien`) never
    /// ends on an infinitive: `wordt de Kamer … geïnformeerd; verzoekt de regering te bezien`.
    func match(in words: [String], reach: Int = 10) -> Int? {
        let negated = pattern.contains { $0.contains(where: StatusCue.negations.contains) }
        let passive = pattern[0].contains("wordt") || pattern[0].contains("worden")
        for start in words.indices where StatusCue.matches(pattern[0], words[start]) {
            guard let end = StatusCue.matchRest(pattern, from: 1, at: start + 1, in: words, reach: reach) else { continue }
            if passive, end - start > 2, words[end - 2] == "te", StatusCue.infinitiveParticiples.contains(words[end - 1]) { continue }
            // The word before counts too: `niet afgedaan`, `nog niet in uitvoering`.
            if negated || !words[max(0, start - 1)..<end].contains(where: StatusCue.negations.contains) { return start }
        }
        return nil
    }

    static func match(_ pattern: [[String]], in words: [String]) -> Int? {
        guard !pattern.isEmpty else { return nil }
        for start in words.indices where matches(pattern[0], words[start]) {
            if matchRest(pattern, from: 1, at: start + 1, in: words, reach: 10) != nil { return start }
        }
        return nil
    }

    /// Where a match that has its first words up to `w` ends, if the rest matches.
    private static func matchRest(_ pattern: [[String]], from p: Int, at w: Int, in words: [String], reach: Int) -> Int? {
        if p == pattern.count { return w }
        if pattern[p] == ["…"] {
            guard p + 1 < pattern.count else { return w }
            for skip in 0...reach where w + skip < words.count && matches(pattern[p + 1], words[w + skip]) {
                if let end = matchRest(pattern, from: p + 2, at: w + skip + 1, in: words, reach: reach) { return end }
            }
            return nil
        }
        guard w < words.count, matches(pattern[p], words[w]) else { return nil }
        return matchRest(pattern, from: p + 1, at: w + 1, in: words, reach: reach)
    }

    private static func matches(_ alternatives: [String], _ word: String) -> Bool {
        alternatives.contains(word)
    }
}
