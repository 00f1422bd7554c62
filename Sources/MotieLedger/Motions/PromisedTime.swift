/// Reads the time an answer promises — "in het vierde kwartaal van 2026", "in de eerste helft
/// van 2026", "bij de Voorjaarsnota 2026", "voor de zomer", "voor eind januari" — as a range of
/// days. A time without a year is the first such time not yet past on the document's date;
/// in a document without a date, only a time with its year is read.
enum PromisedTime {
    static let ordinals: [String: Int] = ["eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "1e": 1, "2e": 2, "3e": 3,
                                          "4e": 4]

    /// The first promised time in a sentence. `words` are the sentence's words; `text` the
    /// bytes they point into, for the phrase as written.
    static func read(_ words: [Word], text: [UInt8], documentDate: Day?) -> ExpectedTime? {
        let w = words.map(\.folded)
        func year(at k: Int) -> Int? {
            guard k < w.count, let y = Int(w[k]), (1990...2100).contains(y) else { return nil }
            return y
        }
        /// A year after `k`, allowing `van`: `kwartaal van 2026`, `Voorjaarsnota 2026`.
        func yearAfter(_ k: Int) -> (Int, Int)? {
            if let y = year(at: k + 1) { return (y, k + 1) }
            if k + 1 < w.count, w[k + 1] == "van", let y = year(at: k + 2) { return (y, k + 2) }
            return nil
        }
        func phrase(_ from: Int, _ to: Int) -> String {
            TextBytes.collapsed(text[words[from].range.lowerBound..<words[to].range.upperBound])
        }
        /// A range within a year; without a year the first one that has not ended on the document's date.
        func range(_ explicit: Int?, _ make: (Int) -> (Day, Day)?) -> (Day, Day)? {
            if let explicit { return make(explicit) }
            guard let documentDate else { return nil }
            for y in [documentDate.year, documentDate.year + 1] {
                if let r = make(y), r.1 >= documentDate { return r }
            }
            return nil
        }
        func start(of k: Int) -> Int {
            var s = k
            while s > 0, ["in", "het", "de", "bij", "met", "voor", "vóór", "na", "uiterlijk", "rond"].contains(w[s - 1]), k - s < 3 { s -= 1 }
            return s
        }
        /// Where a deadline's range opens: the document's date, or (without one) the
        /// deadline's year.
        func opening(_ to: Day) -> Day {
            documentDate.map { min($0, to) } ?? Day(year: to.year, month: 1, day: 1)!
        }

        for k in w.indices {
            switch w[k] {
            case "kwartaal", "kwartaal,":
                guard k > 0, let q = ordinals[w[k - 1]] else { continue }
                let y = yearAfter(k)
                guard let (from, to) = range(y?.0, { year in
                    Day(year: year, month: 3 * q - 2, day: 1).map { ($0, Day.lastOf(month: 3 * q, year: year)) }
                }) else { continue }
                return ExpectedTime(from: from, to: to, text: phrase(start(of: k - 1), y?.1 ?? k))
            case "q1", "q2", "q3", "q4":
                let q = Int(String(w[k].dropFirst()))!
                let y = year(at: k + 1)
                guard let (from, to) = range(y, { year in
                    Day(year: year, month: 3 * q - 2, day: 1).map { ($0, Day.lastOf(month: 3 * q, year: year)) }
                }) else { continue }
                return ExpectedTime(from: from, to: to, text: phrase(start(of: k), y != nil ? k + 1 : k))
            case "helft":
                guard k > 0, let h = ordinals[w[k - 1]], h <= 2 else { continue }
                let y = yearAfter(k)
                guard let (from, to) = range(y?.0, { year in
                    h == 1 ? (Day(year: year, month: 1, day: 1)!, Day(year: year, month: 6, day: 30)!)
                        : (Day(year: year, month: 7, day: 1)!, Day(year: year, month: 12, day: 31)!)
                }) else { continue }
                return ExpectedTime(from: from, to: to, text: phrase(start(of: k - 1), y?.1 ?? k))
            case "voorjaarsnota", "najaarsnota", "miljoenennota", "prinsjesdag":
                let y = year(at: k + 1)
                let kind = w[k]
                guard let (from, to) = range(y, { year in
                    switch kind {
                    // The Voorjaarsnota reaches the Kamer before 1 June; the Najaarsnota before 1 December.
                    case "voorjaarsnota": (Day(year: year, month: 3, day: 1)!, Day(year: year, month: 6, day: 1)!)
                    case "najaarsnota": (Day(year: year, month: 10, day: 1)!, Day(year: year, month: 12, day: 1)!)
                    // Prinsjesdag: the third Tuesday of September.
                    default: (Day(year: year, month: 9, day: 1)!, prinsjesdag(year))
                    }
                }) else { continue }
                return ExpectedTime(from: from, to: to, text: phrase(start(of: k), y != nil ? k + 1 : k))
            case "zomer", "zomerreces", "zomervakantie":
                guard k > 0 else { continue }
                let before = k >= 2 && (w[k - 1] == "de" || w[k - 1] == "het") ? w[k - 2] : w[k - 1]
                let y = year(at: k + 1)
                if before == "voor" || before == "vóór" {
                    guard let (_, to) = range(y, { year in (Day(year: year, month: 6, day: 1)!, Day(year: year, month: 7, day: 1)!) })
                    else { continue }
                    return ExpectedTime(from: opening(to), to: to, text: phrase(start(of: k), y != nil ? k + 1 : k))
                }
                if before == "na" {
                    guard let (from, to) = range(y, { year in (Day(year: year, month: 9, day: 1)!, Day(year: year, month: 10, day: 31)!) })
                    else { continue }
                    return ExpectedTime(from: from, to: to, text: phrase(start(of: k), y != nil ? k + 1 : k))
                }
            case "kerstreces", "kerst":
                guard k > 1, w[k - 2] == "voor" || w[k - 1] == "voor" else { continue }
                guard let (_, to) = range(nil, { year in (Day(year: year, month: 12, day: 1)!, Day(year: year, month: 12, day: 20)!) })
                else { continue }
                return ExpectedTime(from: opening(to), to: to, text: phrase(start(of: k), k))
            case "eind", "einde", "begin", "medio":
                let edge = w[k]
                var next = k + 1
                if next < w.count, ["van", "dit", "het"].contains(w[next]) { next += 1 }
                if next < w.count, w[next] == "het" { next += 1 }
                guard next < w.count else { continue }
                if let month = DutchDate.month(w[next]), w[next].count >= 3 {
                    let y = year(at: next + 1)
                    guard let (from, to) = range(y, { year in
                        let last = Day.daysIn(month: month, year: year)
                        switch edge {
                        case "begin": return (Day(year: year, month: month, day: 1)!, Day(year: year, month: month, day: 10)!)
                        case "medio": return (Day(year: year, month: month, day: 10)!, Day(year: year, month: month, day: 20)!)
                        default: return (Day(year: year, month: month, day: 20)!, Day(year: year, month: month, day: last)!)
                        }
                    }) else { continue }
                    let deadline = k > 0 && (w[k - 1] == "voor" || w[k - 1] == "vóór")
                    return ExpectedTime(from: deadline ? opening(to) : from, to: to,
                                        text: phrase(start(of: k), y != nil ? next + 1 : next))
                }
                let explicit = year(at: next)
                guard explicit != nil || w[next] == "jaar" else { continue }
                guard let (from, to) = range(explicit, { year in
                    switch edge {
                    case "begin": (Day(year: year, month: 1, day: 1)!, Day(year: year, month: 3, day: 31)!)
                    case "medio": (Day(year: year, month: 6, day: 1)!, Day(year: year, month: 7, day: 31)!)
                    default: (Day(year: year, month: 10, day: 1)!, Day(year: year, month: 12, day: 31)!)
                    }
                }) else { continue }
                let deadline = k > 0 && (w[k - 1] == "voor" || w[k - 1] == "vóór")
                return ExpectedTime(from: deadline ? opening(to) : from, to: to, text: phrase(start(of: k), next))
            case "voorjaar", "najaar":
                let y = yearAfter(k)
                let spring = w[k] == "voorjaar"
                guard let (from, to) = range(y?.0, { year in
                    spring ? (Day(year: year, month: 3, day: 1)!, Day(year: year, month: 5, day: 31)!)
                        : (Day(year: year, month: 9, day: 1)!, Day(year: year, month: 11, day: 30)!)
                }) else { continue }
                return ExpectedTime(from: from, to: to, text: phrase(start(of: k), y?.1 ?? k))
            case "voor", "vóór", "uiterlijk":
                // `voor 1 maart 2026`, `uiterlijk 15 april`.
                guard let found = DutchDate.date(at: k + 1, in: words, reference: nil)
                        ?? documentDate.flatMap({ futureDate(at: k + 1, in: words, after: $0) }) else { continue }
                return ExpectedTime(from: opening(found.day), to: found.day, text: phrase(k, k + found.words))
            case "in":
                // `in maart 2026`, `in juni`.
                guard k + 1 < w.count, let month = DutchDate.month(w[k + 1]), w[k + 1].count >= 4 else { continue }
                let y = year(at: k + 2)
                guard let (from, to) = range(y, { year in (Day(year: year, month: month, day: 1)!, Day.lastOf(month: month, year: year)) })
                else { continue }
                return ExpectedTime(from: from, to: to, text: phrase(k, y != nil ? k + 2 : k + 1))
            default:
                continue
            }
        }
        // `Nederland zal in 2026 …`: a year, promised in the future tense.
        if w.contains("zal") || w.contains("zullen") {
            for k in w.indices.dropLast() where w[k] == "in" {
                if let y = year(at: k + 1), y >= documentDate?.year ?? y, k + 2 >= w.count || !["en", "-"].contains(w[k + 2]) {
                    return ExpectedTime(from: Day(year: y, month: 1, day: 1)!, to: Day(year: y, month: 12, day: 31)!,
                                        text: phrase(k, k + 1))
                }
            }
        }
        return nil
    }

    /// `15 april` without a year: the first such day after the document's date.
    static func futureDate(at k: Int, in words: [Word], after reference: Day) -> DutchDate.Found? {
        guard k + 1 < words.count, let day = Int(words[k].folded), let month = DutchDate.month(words[k + 1].folded) else { return nil }
        for year in [reference.year, reference.year + 1] {
            if let date = Day(year: year, month: month, day: day), date >= reference { return DutchDate.Found(day: date, words: 2) }
        }
        return nil
    }

    /// The third Tuesday of September, when the budget is presented.
    static func prinsjesdag(_ year: Int) -> Day {
        let first = Day(year: year, month: 9, day: 1)!
        let offset = (2 - first.weekday + 7) % 7
        return first.adding(days: offset + 14)
    }
}
