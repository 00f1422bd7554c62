import Kamerstuk

extension Finding.Category {
    /// A status that hangs on a condition the answer sets.
    package static let conditional = Finding.Category(rawValue: "conditional")
}

/// What the reader says of a document or a motion, said by a stable code and its values so
/// that the ledger keeps it in no language: `ingest` warns in English (a `warning:` line), and a
/// report shows it later in Dutch or English. One table: each code with its category, and its
/// words in both languages. A code and the order of its values never change once written;
/// another wording is another code.
package enum FindingText: String, CaseIterable, Sendable {
    /// The status hangs on a condition the answer sets (`indien`, `mits`).
    case conditional = "conditional"
    /// Values: the answers' numbers (`-` for none) and statuses, by turns.
    case answersDiffer = "answers-differ"
    /// Values: the passage that says so.
    case notAdopted = "not-adopted"
    case motionTextOnly = "motion-text-only"
    case questionWithoutAnswer = "question-without-answer"
    case answerSilent = "answer-silent"
    case nothingSaysHowFar = "nothing-says-how-far"
    case rowDoneButListedOpen = "row-done-but-listed-open"
    case rowStatusUnread = "row-status-unread"
    /// Values: the footnote's number, the Kamerstuk taken.
    case footnoteCitesSeveral = "footnote-cites-several"
    /// Values: the Kamerstuk as written.
    case kamerstukUnread = "kamerstuk-unread"
    /// Values: the Kamerstukken the row gives, the motions it names.
    case rowCountsDiffer = "row-counts-differ"
    /// Values: the Kamerstuk taken, the others.
    case rowCitesSeveral = "row-cites-several"
    /// Values: the footnote's number, the paper it cites.
    case footnoteCitesPaper = "footnote-cites-paper"
    /// Values: the footnote's number, the paper the sentence names (`brief`).
    case sentenceNamesPaper = "sentence-names-paper"
    /// Values: the footnote's number, how many motions the sentence names.
    case sentenceNamesSeveral = "sentence-names-several"
    /// Values: the footnote's number, the paper the text names.
    case apartUnderPaper = "apart-under-paper"
    /// Values: the footnotes' numbers, the Kamerstuk taken.
    case apartFootnotes = "apart-footnotes"
    /// Values: the name, the other motions' labels.
    case otherSubmitters = "other-submitters"
    /// Values: the name, the Kamerstukken cited elsewhere.
    case citedElsewhere = "cited-elsewhere"
    /// Values: the mention.
    case unidentified = "unidentified"
    /// Values: the mention.
    case severalDiscussed = "several-discussed"
    /// Values: the footnote's number.
    case missingFootnote = "missing-footnote"
    /// Values: the footnote's number.
    case unmarkedFootnote = "unmarked-footnote"
    case unpairedFootnotes = "unpaired-footnotes"
    case noNumber = "no-number"
    case noDate = "no-date"
    /// Values: the Kamerstuk the text reads, the dossier the link names.
    case linkNamesDossier = "link-names-dossier"
    /// Values: the Kamerstuk the text reads, the documents the link names.
    case linkNamesOther = "link-names-other"

    /// The category a finding of this code has.
    package var category: Finding.Category {
        switch self {
        case .conditional: .conditional
        case .answersDiffer: .mixedReadings
        case .notAdopted: .notAdopted
        case .motionTextOnly, .questionWithoutAnswer, .answerSilent, .nothingSaysHowFar: .statusUnknown
        case .rowDoneButListedOpen, .rowStatusUnread: .uncertainStatus
        case .footnoteCitesSeveral, .kamerstukUnread, .rowCountsDiffer, .rowCitesSeveral, .footnoteCitesPaper, .sentenceNamesPaper,
             .sentenceNamesSeveral, .apartUnderPaper, .apartFootnotes, .otherSubmitters, .citedElsewhere:
            .uncertainLink
        case .unidentified, .severalDiscussed: .unidentifiedMotion
        case .missingFootnote: .missingFootnote
        case .unmarkedFootnote: .unmarkedFootnote
        case .unpairedFootnotes: .unpairedFootnotes
        case .noNumber: .noNumber
        case .noDate: .noDate
        case .linkNamesDossier, .linkNamesOther: .linkMismatch
        }
    }

    /// The finding of this code with `values`, its message in English, at `location`.
    package func finding(_ values: [String] = [], at location: SourceLocation?) -> Finding {
        Finding(category, message(values, .en), at: location, coded: Finding.Coded(rawValue, values))
    }

    /// The message with `values` put in, in `language`. A value the code expects and does not
    /// have reads as `?`.
    package func message(_ values: [String], _ language: Language) -> String {
        func v(_ k: Int) -> String { k < values.count ? values[k] : "?" }
        let nl = language == .nl
        switch self {
        case .conditional:
            return nl ? "de status hangt af van een voorwaarde die het antwoord stelt" : "the status depends on a condition the answer sets"
        case .answersDiffer:
            let pairs = stride(from: 0, to: values.count - 1, by: 2).map { "\(nl ? "antwoord" : "answer") \(values[$0]): \(values[$0 + 1])" }
            return nl ? "de antwoorden lezen verschillend (\(pairs.joined(separator: ", "))); de verste stand is genomen"
                : "the answers read differently (\(pairs.joined(separator: ", "))); the most advanced is taken"
        case .notAdopted:
            return nl ? "de tekst zegt dat de motie niet is aangenomen: \(v(0))" : "the text says the motion was not adopted: \(v(0))"
        case .motionTextOnly:
            return nl ? "de tekst van een motie zegt wat de Kamer vindt en vraagt, niet hoe ver deze motie is"
                : "a motion's text says what the Kamer finds and asks, not how far this motion has come"
        case .questionWithoutAnswer:
            return nl ? "alleen een vraag spreekt erover, en die heeft geen antwoord" : "only a question speaks of it, and it has no answer"
        case .answerSilent:
            return nl ? "alleen een vraag noemt haar, en het antwoord zegt niets over de uitvoering"
                : "only a question names it, and the answer says nothing of its execution"
        case .nothingSaysHowFar:
            return nl ? "niets in de tekst zegt hoe ver ze is" : "nothing in the text says how far it has come"
        case .rowDoneButListedOpen:
            return nl ? "de rij leest als afgerond, maar haar tabel noemt de moties die nog niet zijn afgerond"
                : "the row reads as done, but its table lists the motions not yet completed"
        case .rowStatusUnread:
            return nl ? "de statuskolom van de rij was niet te lezen; alleen de titel van haar tabel zegt dat de motie nog niet is afgerond"
                : "the row's status column could not be read; only its table's title says the motion is not yet completed"
        case .footnoteCitesSeveral:
            return nl ? "voetnoot \(v(0)) noemt meer stukken; de motie is als \(v(1)) genomen"
                : "footnote \(v(0)) cites several papers; the motion is taken to be \(v(1))"
        case .kamerstukUnread:
            return nl ? "haar Kamerstuk ('\(v(0))') was niet te lezen; apart gehouden van moties met dezelfde naam"
                : "its Kamerstuk ('\(v(0))') could not be read; kept apart from motions of the same name"
        case .rowCountsDiffer:
            return nl ? "de rij geeft \(v(0)) Kamerstuk(ken) voor \(v(1)) moties; dat van deze is niet zeker"
                : "the row gives \(v(0)) Kamerstuk(ken) for \(v(1)) motions; this one's is not certain"
        case .rowCitesSeveral:
            return nl ? "de rij noemt \(v(0)) en \(v(1)); de motie is als de eerste genomen"
                : "the row cites \(v(0)) and \(v(1)); the motion is taken to be the first"
        case .footnoteCitesPaper:
            return nl ? "voetnoot \(v(0)) noemt \(v(1)), een stuk over de motie, niet de motie zelf"
                : "footnote \(v(0)) cites \(v(1)), a paper about the motion, not the motion itself"
        case .sentenceNamesPaper:
            return nl ? "voetnoot \(v(0)) sluit een zin af die een motie en een \(v(1)) noemt; ze kan elk van beide noemen, dus is ze aan geen van beide gekoppeld"
                : "footnote \(v(0)) closes a sentence that names a motion and a \(v(1)); it may cite either, so it is linked to neither"
        case .sentenceNamesSeveral:
            return nl ? "voetnoot \(v(0)) sluit een zin af die \(v(1)) moties noemt; ze is aan geen ervan gekoppeld"
                : "footnote \(v(0)) closes a sentence that names \(v(1)) motions; it is linked to none"
        case .apartUnderPaper:
            return nl ? "voetnoot \(v(0)) staat los onder een tekst die een motie en een \(v(1)) noemt; ze kan elk van beide noemen, dus is ze aan geen van beide gekoppeld"
                : "footnote \(v(0)) stands apart under a text that names a motion and a \(v(1)); it may cite either, so it is linked to neither"
        case .apartFootnotes:
            return nl ? "voetnoten \(v(0)) staan los onder de tekst; de motie, als laatste genoemd, is als die van de laatste genomen, \(v(1))"
                : "footnotes \(v(0)) stand apart under the text; the motion, named last, is taken to be the last's, \(v(1))"
        case .otherSubmitters:
            return nl ? "'motie \(v(0))' kan de motie van \(v(1)) zijn; de indieners verschillen, dus is ze apart gehouden"
                : "'motie \(v(0))' may be the motion of \(v(1)); the submitters differ, so it is kept apart"
        case .citedElsewhere:
            return nl ? "'motie \(v(0))' kan \(v(1)) zijn, elders in het document genoemd; apart gehouden"
                : "'motie \(v(0))' may be \(v(1)), cited elsewhere in the document; kept apart"
        case .unidentified:
            return nl ? "'\(v(0))': niets wijst aan welke motie het is" : "'\(v(0))': nothing identifies it"
        case .severalDiscussed:
            return nl ? "'\(v(0))': hier worden meer moties besproken; ze is aan geen ervan gekoppeld"
                : "'\(v(0))': several motions are discussed here; it is linked to none"
        case .missingFootnote:
            return nl ? "voetnoot \(v(0)) ontbreekt: de verwijzing staat in de tekst, de voetnoot zelf ging verloren"
                : "footnote \(v(0)) is missing: its marker is in the text, its footnote was lost"
        case .unmarkedFootnote:
            return nl ? "voetnoot \(v(0)) heeft geen verwijzing in de tekst" : "footnote \(v(0)) has no marker in the text"
        case .unpairedFootnotes:
            return nl ? "voetnootnummers staan hier los van hun teksten en zijn niet uit elkaar te houden: niet gekoppeld"
                : "footnote numbers stand apart from their texts here and cannot be told apart: left unpaired"
        case .noNumber:
            return nl ? "het document geeft geen eigen nummer (een Tweede Kamer-nummer zoals 2026D03887, het ah-tk-… van een Aanhangsel, "
                + "de kopregel van een Kamerstuk): het heet naar zijn inhoud, sha256: en de eerste 12 hexcijfers van zijn SHA-256"
                : "the document gives no number of its own (a Tweede Kamer number such as 2026D03887, "
                + "an Aanhangsel's ah-tk-…, a Kamerstuk's running head): it is known by its content, sha256: and the first 12 hex digits of its SHA-256"
        case .noDate:
            return nl ? "het document geeft geen datum (zoals 'Den Haag, 28 januari 2026' of '(ontvangen 5 april 2024)'); ingest heeft er een nodig met --date JJJJ-MM-DD"
                : "the document gives no date (such as 'Den Haag, 28 januari 2026' or '(ontvangen 5 april 2024)'); ingest needs one with --date YYYY-MM-DD"
        case .linkNamesDossier:
            return nl ? "de tekst leest \(v(0)), de link van de uitgever noemt dossier \(v(1))"
                : "the text reads \(v(0)), the publisher's link names dossier \(v(1))"
        case .linkNamesOther:
            return nl ? "de tekst leest \(v(0)), de link van de uitgever zegt \(v(1))" : "the text reads \(v(0)), the publisher's link says \(v(1))"
        }
    }
}
