enum StatusReader {
    /// Words after which a sentence quotes what the motion asks, not what was done:
    /// `De motie … verzoekt de regering om … te onderzoeken`.
    static let requestVerbs: Set<String> = ["verzoekt", "verzocht", "vraagt", "vroeg", "roept", "oproept", "riep", "beoogt"]

    /// The status a sentence shows, if it shows one. `mentionsMotion`: the sentence names the
    /// motion (or points back at it), which lets `conform de motie` count.
    /// `interleaved`: the sentence is a row whose columns run into each other — the status
    /// column's own formulas go first and may span the other columns' words between, and words
    /// a request uses (``StatusCue/asked``) say nothing.
    static func read(_ words: [String], mentionsMotion: Bool, inRow: Bool = false, interleaved: Bool = false) -> SentenceReading? {
        // What the motion asks is not evidence of what was done.
        var words = words
        if mentionsMotion, let request = words.firstIndex(where: { requestVerbs.contains($0) }), words[..<request].contains("motie") {
            words = Array(words[..<request])
        }
        let present = Set(words)
        var best: (cue: StatusCue, index: Int)?
        let cues = interleaved ? StatusCue.rowCues + StatusCue.all.filter { !$0.asked } : inRow ? StatusCue.all + StatusCue.rowCues : StatusCue.all
        for (index, cue) in cues.enumerated() where cue.pattern[0].contains(where: present.contains) {
            let reach = interleaved && index < StatusCue.rowCues.count ? StatusCue.interleavedReach : 10
            guard cue.match(in: words, reach: reach) != nil else { continue }
            if best == nil || cue.weight > best!.cue.weight { best = (cue, index) }
        }
        var reading = best.map { ($0.cue.status, $0.cue.weight) }
        let label = best.map { StatusCue.labels.contains($0.cue.pattern) } ?? false
        // `conform de motie … heeft`: done; with a future, passive or present verb: under way.
        if mentionsMotion, StatusCue.conformity.contains(where: { StatusCue.match($0.map { [$0] }, in: words) != nil }) {
            let future = words.contains("zal") || words.contains("zullen")
            let ongoing = words.contains("wordt") || words.contains("worden")
            let done = ["heeft", "hebben", "is", "zijn", "was", "waren"].contains(where: words.contains)
            // `wordt er reeds conform de motie gehandeld`: done already, whatever the tense.
            let already = words.contains("reeds")
            // `Dit is in lijn met de motie`: what the sentence before says is, not that it is done.
            let pointsBack = ["dit", "dat"].contains(words.first ?? "") && words.dropFirst().first == "is"
            // `Ter uitvoering van de motie … is een werkgroep ingesteld`: a step taken in carrying
            // it out, not that it is carried out.
            let step = StatusCue.match([["ter"], ["uitvoering"], ["van"]], in: words) != nil
                || StatusCue.match([["kader"], ["van"], ["de"], ["uitvoering"]], in: words) != nil
            // In the present tense (`conform de motie zet het kabinet zich in`): under way.
            let conformity: (MotionStatus, Int) = pointsBack ? (.inUitvoering, 1) : already ? (.uitgevoerd, 2)
                : future || ongoing || step ? (.inUitvoering, 2) : done ? (.uitgevoerd, 2) : (.inUitvoering, 1)
            if reading == nil || conformity.1 > reading!.1 { reading = conformity }
        }
        guard let (status, weight) = reading else { return nil }
        let conditional = words.contains { StatusCue.conditions.contains($0) } || ["als", "wanneer"].contains(words.first ?? "")
        return SentenceReading(status: status, weight: weight, conditional: conditional,
                               label: label && weight == best?.cue.weight)
    }
}
