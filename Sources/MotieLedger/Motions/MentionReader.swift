import Kamerstuk

/// Reads the mentions of motions in a stretch of text.
struct MentionReader {
    let text: [UInt8]
    let words: [Word]

    static let particles: Set<String> = ["van", "der", "den", "de", "het", "ter", "te", "ten", "'t", "in", "op", "la", "le",
                                         "du", "da", "di", "el", "al", "von", "vd"]
    static let backReferences: Set<String> = ["de", "deze", "die", "dezelfde", "bovengenoemde", "voornoemde", "genoemde",
                                              "desbetreffende", "betreffende", "bewuste"]
    static let subjectWords: Set<String> = ["inzake", "over", "om", "betreffende", "aangaande", "ter"]
    static let ordinals: [String: Int] = ["eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": -1, "laatstgenoemde": -1]

    init(text: [UInt8], range: Range<Int>) {
        self.text = text
        self.words = Words.split(text, in: range)
    }

    func mentions(inFootnote: Bool) -> [Mention] {
        var mentions: [Mention] = []
        for k in words.indices {
            let word = words[k].folded
            if word == "moties" {
                let named = namedList(after: k, inFootnote: inFootnote)
                mentions += named.isEmpty
                    ? [sharedSubmitters(after: k, inFootnote: inFootnote) ?? mention(.plural, k, end: words[k].range.upperBound, inFootnote: inFootnote)]
                    : named
            } else if word == "motie" {
                mentions.append(motie(at: k, inFootnote: inFootnote))
            } else if word.hasSuffix("-motie"), word.count > 6 {
                let raw = String(decoding: text[words[k].range], as: UTF8.self)
                let party = String(raw.dropLast(6))
                let subject = subject(afterOffset: words[k].range.upperBound)
                mentions.append(Mention(kind: .party, range: words[k].range, submitters: [], surnames: [], cosigned: false,
                                        party: party, subject: subject?.text, subjectEnd: subject?.end, name: party,
                                        inFootnote: inFootnote))
            } else if let motie = gluedMotie(k) {
                // `motie-Karimi`, `motieBikker` (a line's end glued to the next line's start),
                // `aangenomenmotie-Van Nispen`: the name starts inside the word.
                let nameStart = motie.name
                mentions.append(named(from: k, firstWordStart: nameStart, mentionStart: motie.start, inFootnote: inFootnote)
                    ?? Mention(kind: .unnamed, range: motie.start..<words[k].range.upperBound, submitters: [], surnames: [], cosigned: false,
                               party: nil, subject: nil, name: nil, inFootnote: inFootnote))
            }
        }
        return mentions
    }

    /// Words that an extractor glues in front of `motie` where a line broke between them
    /// (`aangenomenmotie-Van Nispen`).
    static let gluedBefore: Set<String> = ["aangenomen", "gewijzigde", "ingediende", "de", "deze", "die", "genoemde", "uw", "onze"]

    /// A submitter's name as written (`Van der Werf`) and its core surname, folded (`werf`).
    struct SubmitterName {
        let written: String
        let surname: String
    }

    /// Names read from a word on: the submitters, and the word after the last.
    struct NameRun {
        let names: [SubmitterName]
        let next: Int
    }

    /// A subject phrase (`over een zwart reisadvies`) and where it ends.
    struct Subject {
        let text: String
        let end: Int
    }

    /// Where `motie` and the name start in a word that holds both.
    struct GluedMotie {
        let start: Int
        let name: Int
    }

    /// Where `motie` and the name start in a word that holds both: `motie-Karimi`,
    /// `motieBikker-Van` (a capital right after `motie`), `aangenomenmotie-Van`. Not
    /// `promotie-`, `emoties`: only the words of ``gluedBefore`` may stand before `motie`.
    func gluedMotie(_ k: Int) -> GluedMotie? {
        let word = words[k]
        let folded = word.folded
        var at = 0
        if !folded.hasPrefix("motie") {
            guard let prefix = MentionReader.gluedBefore.first(where: { folded.hasPrefix($0 + "motie") }) else { return nil }
            at = prefix.utf8.count
        }
        let start = word.range.lowerBound + at
        let after = start + 5
        guard after + 1 < word.range.upperBound else { return nil }
        if text[after] == UInt8(ascii: "-") { return TextBytes.isLetter(at: after + 1, in: text) ? GluedMotie(start: start, name: after + 1) : nil }
        return TextBytes.isUpper(text[after]) ? GluedMotie(start: start, name: after) : nil
    }

    func mention(_ kind: Mention.Kind, _ k: Int, end: Int, inFootnote: Bool, subject: Subject? = nil) -> Mention {
        Mention(kind: kind, range: words[k].range.lowerBound..<end, submitters: [], surnames: [], cosigned: false,
                party: nil, subject: subject?.text, subjectEnd: subject?.end, name: nil, inFootnote: inFootnote)
    }

    /// `motie` at word `k`: what follows says how it is named.
    func motie(at k: Int, inFootnote: Bool) -> Mention {
        let next = k + 1 < words.count ? words[k + 1].folded : ""
        let afterNext = k + 2 < words.count ? words[k + 2].folded : ""
        let start = words[k].range.lowerBound
        if next == "van", afterNext == "de" || afterNext == "het", k + 3 < words.count {
            let third = words[k + 3].folded
            if third == "leden" || third == "lid" {
                if let m = named(from: k + 4, firstWordStart: nil, mentionStart: start, inFootnote: inFootnote) { return m }
            } else if let m = fraction(at: k + 3, mentionStart: start, inFootnote: inFootnote) {
                return m
            }
            // `motie van de SGP`: a party in capitals.
            let raw = String(decoding: text[words[k + 3].range], as: UTF8.self)
            if afterNext == "de", third != "leden", third != "lid", isPartyName(raw) {
                let subject = subject(afterOffset: words[k + 3].range.upperBound)
                return Mention(kind: .party, range: start..<words[k + 3].range.upperBound, submitters: [], surnames: [],
                               cosigned: false, party: raw, subject: subject?.text, subjectEnd: subject?.end, name: raw,
                               inFootnote: inFootnote)
            }
        }
        // `de motie op stuk nr. 27 van het lid Werner`: the number in the dossier of the debate,
        // then its submitter.
        if next == "op", afterNext == "stuk", k + 7 < words.count, words[k + 3].folded == "nr",
           words[k + 4].folded.allSatisfy(\.isNumber), words[k + 5].folded == "van", ["het", "de"].contains(words[k + 6].folded),
           ["lid", "leden"].contains(words[k + 7].folded),
           let m = named(from: k + 8, firstWordStart: nil, mentionStart: start, inFootnote: inFootnote) {
            return m
        }
        // `Motie lid Beckerman c.s.`, `De motie het lid Werner c.s.`: an annex row's words cut short.
        let member = ["lid", "leden"].contains(next) ? k + 2 : ["het", "de"].contains(next) && ["lid", "leden"].contains(afterNext) ? k + 3 : nil
        if let member, member < words.count, let m = named(from: member, firstWordStart: nil, mentionStart: start, inFootnote: inFootnote) {
            return m
        }
        if k + 1 < words.count, adjacent(k, k + 1), let m = named(from: k + 1, firstWordStart: nil, mentionStart: start, inFootnote: inFootnote) {
            return m
        }
        if let subject = subject(after: k) {
            return mention(.subject, k, end: words[k].range.upperBound, inFootnote: inFootnote, subject: subject)
        }
        let previous = k > 0 ? words[k - 1].folded : ""
        if let ordinal = MentionReader.ordinals[previous], k >= 2, MentionReader.backReferences.contains(words[k - 2].folded) {
            var back = mention(.backReference, k - 2, end: words[k].range.upperBound, inFootnote: inFootnote)
            back.ordinal = ordinal
            return back
        }
        if previous == "een" || previous == "één" {
            return mention(.unnamed, k, end: words[k].range.upperBound, inFootnote: inFootnote)
        }
        return mention(MentionReader.backReferences.contains(previous) || previous == "aangenomen" ? .backReference : .unnamed,
                       k, end: words[k].range.upperBound, inFootnote: inFootnote)
    }

    /// `de motie van de fractie van de ChristenUnie`, `de motie van de VVD-fractie`: a motion
    /// known by the fraction that submitted it, from word `k` (`fractie` or `VVD-fractie`).
    func fraction(at k: Int, mentionStart: Int, inFootnote: Bool) -> Mention? {
        var partyWord = k
        var party: String
        if words[k].folded.hasSuffix("-fractie"), words[k].folded.count > 8 {
            party = String(String(decoding: text[words[k].range], as: UTF8.self).dropLast(8))
        } else if words[k].folded == "fractie", k + 1 < words.count, words[k + 1].folded == "van" {
            partyWord = k + 2 < words.count && ["de", "het"].contains(words[k + 2].folded) ? k + 3 : k + 2
            guard partyWord < words.count, adjacent(partyWord - 1, partyWord) else { return nil }
            party = String(decoding: text[words[partyWord].range], as: UTF8.self)
        } else {
            return nil
        }
        guard isPartyName(party) || party.first?.isUppercase == true else { return nil }
        if party.hasSuffix("-fractie") { party = String(party.dropLast(8)) }
        let end = words[partyWord].range.upperBound
        let subject = subject(afterOffset: end)
        return Mention(kind: .party, range: mentionStart..<end, submitters: [], surnames: [], cosigned: false, party: party,
                       subject: subject?.text, subjectEnd: subject?.end, name: party, inFootnote: inFootnote)
    }

    /// Whether two words follow each other with only spaces or a line break between them (a
    /// name does not continue across a sentence end); `motie-⏎Klaver`, a hyphen at the line
    /// end, counts too.
    func adjacent(_ a: Int, _ b: Int) -> Bool {
        var between = text[words[a].range.upperBound..<words[b].range.lowerBound]
        if between.first == UInt8(ascii: "-"), between.contains(0x0A) { between = between.dropFirst() }
        return between.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }
    }

    /// `c.s.` after the spaces at `offset`: returns where it ends.
    func cosigned(after offset: Int) -> Int? {
        var i = offset
        while i < text.count, text[i] == 0x20 { i += 1 }
        guard i + 2 < text.count, text[i] | 0x20 == UInt8(ascii: "c"), text[i + 1] == UInt8(ascii: "."), text[i + 2] | 0x20 == UInt8(ascii: "s")
        else { return nil }
        // `c.s.`, or `c.s` where the last dot was lost (`motie van het lid Asscher c.s is …`).
        if i + 3 < text.count, text[i + 3] == UInt8(ascii: ".") { return i + 4 }
        return i + 3 == text.count || TextBytes.isSpace(text[i + 3]) || text[i + 3] == UInt8(ascii: ",") ? i + 3 : nil
    }

    /// `de moties van de leden Brekelmans en Piri over …`: several motions of the same
    /// submitters, as one plural mention that carries their names (how many motions, their
    /// citations tell).
    func sharedSubmitters(after k: Int, inFootnote: Bool) -> Mention? {
        guard k + 4 < words.count, words[k + 1].folded == "van", ["de", "het"].contains(words[k + 2].folded),
              ["leden", "lid"].contains(words[k + 3].folded),
              let named = named(from: k + 4, firstWordStart: nil, mentionStart: words[k].range.lowerBound, inFootnote: inFootnote)
        else { return nil }
        return Mention(kind: .plural, range: named.range, submitters: named.submitters, surnames: named.surnames,
                       cosigned: named.cosigned, party: nil, subject: named.subject, subjectEnd: named.subjectEnd, name: named.name,
                       inFootnote: inFootnote)
    }

    /// `de moties Paternotte c.s. en Van Baarle`: one named mention per motion, sharing a list.
    func namedList(after k: Int, inFootnote: Bool) -> [Mention] {
        var mentions: [Mention] = []
        var j = k + 1
        while j < words.count, adjacent(j - 1, j) || separatedByComma(j - 1, j), let run = name(from: j, cut: nil) {
            let names = run.names, next = run.next
            var end = words[next - 1].range.upperBound
            let cosignedEnd = self.cosigned(after: end)
            let cosigned = cosignedEnd != nil
            end = cosignedEnd ?? end
            let written = submitterList(names.map(\.written), slash: names.count > 1) + (cosigned ? " c.s." : "")
            mentions.append(Mention(kind: .named, range: words[j].range.lowerBound..<end, submitters: names.map(\.written),
                                    surnames: names.map(\.surname), cosigned: cosigned, party: nil, subject: nil, name: written,
                                    inFootnote: inFootnote, list: words[k].range.lowerBound))
            // The next motion of the list, after `en` or a comma; skip the words of `c.s.`.
            j = next
            while j < words.count, words[j].range.lowerBound < end { j += 1 }
            if j < words.count, words[j].folded == "en" { j += 1 } else if !(j < words.count && separatedByComma(j - 1, j)) { break }
        }
        // Capitalised words after `moties` are often no names (`moties Midden-Oosten,
        // Oekraïne`): a list counts when a name has `c.s.` or citations follow in brackets.
        guard mentions.count >= 2, let last = mentions.last else { return [] }
        var after = last.range.upperBound
        while after < text.count, TextBytes.isSpace(text[after]) { after += 1 }
        let cited = after + 1 < text.count && text[after] == UInt8(ascii: "(")
            && (TextBytes.isDigit(text[after + 1]) || text[after + 1] | 0x20 == UInt8(ascii: "k"))
        return cited || mentions.contains(where: \.cosigned) ? mentions : []
    }

    /// A party name: capitals (`SGP`, `D66`, `JA21`) or a known mixed form (`GroenLinks-PvdA`).
    func isPartyName(_ raw: String) -> Bool {
        let letters = raw.filter(\.isLetter)
        if !letters.isEmpty, letters.allSatisfy(\.isUppercase), raw.count <= 8 { return true }
        return ["GroenLinks-PvdA", "GroenLinks", "PvdA", "PvdD", "ChristenUnie", "BBB", "NSC", "Volt", "DENK"].contains(raw)
    }

    /// Submitters from word `k` on: `Paternotte c.s.`, `Van Campen/Boswijk`, `van der Burg`,
    /// `Van der Burg en Piri`, `Van der Werf (D66)`. `firstWordStart` cuts the first word (for
    /// `motie-Karimi`).
    func named(from k: Int, firstWordStart: Int?, mentionStart: Int, inFootnote: Bool) -> Mention? {
        var submitters: [String] = []
        var surnames: [String] = []
        var j = k
        var end = mentionStart
        var first = firstWordStart
        // A title in capitals (`MOTIE VAN DE LEDEN VAN HIJUM EN BIKKER`) names in capitals.
        let capitals = mentionStart + 5 <= text.count && text[mentionStart..<(mentionStart + 5)].allSatisfy(TextBytes.isUpper)
        // `de leden Paternotte en Pieter Heerma`: every name of a list of members may have a first name.
        let members = k > 0 && ["lid", "leden"].contains(words[k - 1].folded)
        while j < words.count {
            guard let run = name(from: j, cut: first, capitals: capitals, member: members) else { break }
            first = nil
            for submitter in run.names {
                submitters.append(submitter.written)
                surnames.append(submitter.surname)
            }
            end = words[run.next - 1].range.upperBound
            j = run.next
            // More submitters: `en`, `,`.
            if j + 1 < words.count, words[j].folded == "en" || separatedByComma(j - 1, j), adjacentLine(j - 1, j),
               let _ = name(from: words[j].folded == "en" ? j + 1 : j, cut: nil, capitals: capitals, member: members) {
                j = words[j].folded == "en" ? j + 1 : j
                continue
            }
            break
        }
        guard !submitters.isEmpty else { return nil }
        // `c.s.` and `(D66)` after the names.
        var cosigned = false
        var party: String?
        if let after = self.cosigned(after: end) {
            cosigned = true
            end = after
        }
        var i = end
        while i < text.count, text[i] == 0x20 { i += 1 }
        if i < text.count, text[i] == UInt8(ascii: "(") {
            var close = i + 1
            while close < text.count, close - i < 30, text[close] != UInt8(ascii: ")"), text[close] != 0x0A { close += 1 }
            let inside = String(decoding: text[(i + 1)..<min(close, text.count)], as: UTF8.self)
            if close < text.count, text[close] == UInt8(ascii: ")"), isPartyName(inside) {
                party = inside
                end = close + 1
                // `Gewijzigde motie-Karimi (GroenLinks-PvdA) c.s.`
                if let after = self.cosigned(after: end) {
                    cosigned = true
                    end = after
                }
            }
        }
        var name = submitterList(submitters, slash: text[mentionStart..<end].contains(UInt8(ascii: "/")))
        if cosigned { name += " c.s." }
        let subject = subject(afterOffset: end)
        return Mention(kind: .named, range: mentionStart..<end, submitters: submitters, surnames: surnames, cosigned: cosigned,
                       party: party, subject: subject?.text, subjectEnd: subject?.end, name: name, inFootnote: inFootnote)
    }

    func separatedByComma(_ a: Int, _ b: Int) -> Bool {
        let between = text[words[a].range.upperBound..<words[b].range.lowerBound]
        return between.contains(UInt8(ascii: ",")) && between.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ",") }
    }

    func adjacentLine(_ a: Int, _ b: Int) -> Bool {
        text[words[a].range.upperBound..<words[b].range.lowerBound].allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == 0x0A }
    }

    /// One name from word `j`: particles, then a capitalised surname. A surname written
    /// `Campen/Boswijk` holds two submitters, and so does `Bikker-Van den Hil` (a particle after
    /// the hyphen opens the second name), where `Dekker-Abdulaziz` is one double surname.
    /// In `capitals` (a title, `MOTIE VAN HET LID CEDER`) names are in capitals too, and are
    /// written as names.
    func name(from j: Int, cut: Int?, capitals: Bool = false, member: Bool = false) -> NameRun? {
        var k = j
        var particles: [String] = []
        while k < words.count {
            let start = k == j ? (cut ?? words[k].range.lowerBound) : words[k].range.lowerBound
            var raw = String(decoding: text[start..<words[k].range.upperBound], as: UTF8.self)
            // A footnote's number glued to the name (`Dekker-Abdulaziz4`) is no part of it.
            while let last = raw.last, last.isNumber, raw.contains(where: \.isLetter) { raw.removeLast() }
            if capitals { raw = MentionReader.asName(raw) }
            let folded = TextBytes.folded(raw)
            if MentionReader.particles.contains(folded), particles.count < 3, k + 1 < words.count, adjacent(k, k + 1) {
                particles.append(raw)
                k += 1
                continue
            }
            // A surname is capitalised and not in capitals throughout (those are parties, `EU`).
            guard let firstCharacter = raw.first, firstCharacter.isUppercase, raw.count >= 2,
                  raw.contains(where: \.isLowercase)
            else { return nil }
            guard !MentionReader.notNames.contains(folded) else { return nil }
            // `VanNispen`: a particle glued to the surname where a line broke between them.
            if particles.isEmpty, let glued = MentionReader.gluedParticle(raw) {
                return NameRun(names: [glued], next: k + 1)
            }
            // `het lid Olger van Dijk`, `het lid Jesse Klaver`, `motie-Inge van Dijk`: a first
            // name before the surname.
            // `Motie Rudmer Heerema c.s.;`: two capitalised words that `c.s.` or an annex row's
            // `;` ends are a first name and a surname.
            let afterMember = cut == nil && (member || k > 0 && ["lid", "leden"].contains(words[k - 1].folded) || closesName(after: k + 1))
            if particles.isEmpty, !capitals, !raw.contains("/"), !raw.contains("-"), afterMember || cut != nil,
               let run = surname(after: k, capitalised: afterMember) {
                let first = SubmitterName(written: raw + " " + run.names[0].written, surname: run.names[0].surname)
                return NameRun(names: [first] + run.names.dropFirst(), next: run.next)
            }
            // `Bikker-Van den Hil`: two submitters, the second's particle after the hyphen.
            if let dash = raw.lastIndex(of: "-"), !raw.contains("/"),
               MentionReader.particles.contains(TextBytes.folded(raw[raw.index(after: dash)...])),
               k + 1 < words.count, adjacent(k, k + 1), let rest = name(from: k + 1, cut: nil, capitals: capitals),
               let after = rest.names.first {
                let lead = String(raw[..<dash])
                let second = String(raw[raw.index(after: dash)...]) + " " + after.written
                return NameRun(names: [SubmitterName(written: (particles + [lead]).joined(separator: " "), surname: TextBytes.folded(lead)),
                                       SubmitterName(written: second, surname: after.surname)] + rest.names.dropFirst(),
                               next: rest.next)
            }
            let parts = raw.split(separator: "/").map(String.init)
            var names: [SubmitterName] = []
            for (index, part) in parts.enumerated() {
                let written = index == 0 ? (particles + [part]).joined(separator: " ") : part
                names.append(SubmitterName(written: written, surname: TextBytes.folded(part)))
            }
            if parts.count > 1, let last = parts.last, k + 1 < words.count, adjacent(k, k + 1) {
                // `Ellian/Van der Werf`: the name after the slash goes on past its particle.
                if MentionReader.particles.contains(TextBytes.folded(last)),
                   let rest = name(from: k + 1, cut: nil, capitals: capitals), let after = rest.names.first {
                    names[names.count - 1] = SubmitterName(written: last + " " + after.written, surname: after.surname)
                    return NameRun(names: names + rest.names.dropFirst(), next: rest.next)
                }
                // `Pierik/Olger van Dijk`: a first name after the slash, its surname after it.
                if !capitals, let rest = surname(after: k, capitalised: false), let after = rest.names.first {
                    names[names.count - 1] = SubmitterName(written: last + " " + after.written, surname: after.surname)
                    return NameRun(names: names + rest.names.dropFirst(), next: rest.next)
                }
            }
            return NameRun(names: names, next: k + 1)
        }
        return nil
    }

    /// Whether word `k` is followed by `c.s.` or `;`.
    func closesName(after k: Int) -> Bool {
        guard k < words.count else { return false }
        let end = words[k].range.upperBound
        return cosigned(after: end) != nil || text[end..<min(text.count, end + 2)].contains(UInt8(ascii: ";"))
    }

    /// Particles that follow a first name inside a surname (`Olger van Dijk`): lower-case
    /// tussenvoegsels, not prepositions such as `in` or `op` that follow a name in a sentence
    /// (`de motie van het lid Bikker in Brussel bepleit`).
    static let surnameParticles: Set<String> = ["van", "de", "der", "den", "ter", "ten", "'t", "von", "vd"]

    /// The name after a first name at word `k`, on the same line: lower-case particles and a
    /// surname, or (when `capitalised`) a capitalised surname.
    func surname(after k: Int, capitalised: Bool) -> NameRun? {
        guard k + 1 < words.count, text[words[k].range.upperBound..<words[k + 1].range.lowerBound].allSatisfy({ $0 == 0x20 }),
              let first = String(decoding: text[words[k + 1].range], as: UTF8.self).first
        else { return nil }
        if first.isLowercase {
            guard MentionReader.surnameParticles.contains(words[k + 1].folded) else { return nil }
        } else if !capitalised || MentionReader.particles.contains(words[k + 1].folded) {
            return nil
        }
        return name(from: k + 1, cut: nil)
    }

    /// `VAN`, `CEDER`, `HUIZINGA-HERINGA` as names are written: `Van`, `Ceder`, `Huizinga-Heringa`.
    static func asName(_ raw: String) -> String {
        guard raw.contains(where: \.isLetter), !raw.contains(where: \.isLowercase) else { return raw }
        var out = ""
        var capital = true
        for character in raw {
            out += capital ? String(character) : character.lowercased()
            capital = !character.isLetter
        }
        return out
    }

    /// A capitalised particle glued to a capitalised surname (`VanNispen`): the name as it is
    /// meant (`Van Nispen`), with its surname (`nispen`).
    static func gluedParticle(_ raw: String) -> SubmitterName? {
        for particle in ["Van", "De", "Den", "Der", "Ter", "Ten"] where raw.hasPrefix(particle) {
            let rest = raw.dropFirst(particle.count)
            if let first = rest.first, first.isUppercase, rest.count >= 2, rest.contains(where: \.isLowercase) {
                return SubmitterName(written: particle + " " + rest, surname: TextBytes.folded(rest))
            }
        }
        return nil
    }

    /// Capitalised words that follow `motie` but are not names: sentence words and titles, and
    /// the kinds of debate an annex's Vindplaats column opens with, which its columns run into
    /// a name's place (`de aangehouden motie ⎵ Wetgevingsoverleg Media ⎵ …`).
    static let notNames: Set<String> = ["het", "de", "een", "in", "op", "over", "inzake", "die", "dat", "deze", "zoals",
                                        "kamerstuk", "kamerstukken", "is", "wordt", "werd", "en", "van", "ook", "nr",
                                        "vindplaats", "omschrijving", "stand", "status", "debat", "kamer", "eerste", "tweede",
                                        "wetgevingsoverleg", "commissiedebat", "tweeminutendebat", "notaoverleg", "begrotingsbehandeling",
                                        "stemmingen", "stemming", "plenair", "plenaire", "vao", "vso", "wgo"]

    func submitterList(_ submitters: [String], slash: Bool) -> String {
        var list = submitters
        if let first = list.first, let initial = first.first { list[0] = initial.uppercased() + first.dropFirst() }
        if slash { return list.joined(separator: "/") }
        if list.count <= 1 { return list.first ?? "" }
        return list.dropLast().joined(separator: ", ") + " en " + list.last!
    }

    /// `inzake Radio Dabanga`, `over een Nederlands fonds voor regionale partnerschappen`: the
    /// subject right after the motion word, up to the clause's end.
    func subject(after k: Int) -> Subject? {
        subject(afterOffset: words[k].range.upperBound)
    }

    func subject(afterOffset offset: Int) -> Subject? {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < words.count else { return nil }
        let k = lo
        var j = k
        // `motie17 aangenomen om …`, `motie die verzocht om …`: skip the verb of adoption.
        while j < words.count, j - k < 3, ["aangenomen", "die", "is", "werd", "verzocht", "verzoekt", "oproept", "tot"].contains(words[j].folded) {
            j += 1
        }
        guard j < words.count, MentionReader.subjectWords.contains(words[j].folded), words[j].range.lowerBound - offset < 60 else { return nil }
        var end = words[j].range.upperBound
        var taken = 0
        var m = j + 1
        while m < words.count, taken < 12 {
            let gap = text[end..<words[m].range.lowerBound]
            if gap.contains(where: { [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ":")].contains($0) }) { break }
            if ["die", "en", "is", "heeft", "wordt", "waarin"].contains(words[m].folded), taken >= 2 { break }
            // The next motion's mention: `over Oekraïne en de motie Erkens over India`.
            if words[m].folded.hasPrefix("motie") { break }
            end = words[m].range.upperBound
            taken += 1
            m += 1
        }
        guard taken > 0 else { return nil }
        return Subject(text: TextBytes.collapsed(text[words[j].range.lowerBound..<end]), end: end)
    }
}
