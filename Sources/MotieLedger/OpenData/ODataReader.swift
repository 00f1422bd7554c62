import Foundation

/// Reads open-data JSON in every shape it comes in: one record, an OData page (`value`, with
/// `@odata.context` and `@odata.nextLink`), a bare array of records, or JSON Lines (a record a
/// line). Each record is told apart by the entity the page names (`$metadata#Zaak(…)`), else by
/// its fields, and checked whole: a missing field, a field of the wrong type, or a `Soort` the
/// reader does not know is an error naming the record and its place.
package struct ODataReader: Sendable {
    /// What one file held.
    struct Page: Sendable {
        var records: [ODataRecord]
        /// The next page's address (`@odata.nextLink`), when the server has more.
        var nextLink: String?
    }

    /// The Stemming kinds the API uses; `Niet deelgenomen` counts for neither side.
    static let stemmingSoorten: Set<String> = ["Voor", "Tegen", "Niet deelgenomen"]

    let file: String

    /// - Parameter file: the name errors give for the input.
    package init(file: String) {
        self.file = file
    }

    /// The records of `bytes`, or the first error.
    func read(_ bytes: [UInt8]) throws(OpenDataError) -> Page {
        let lines = JSONLines.objectLines(bytes)
        if lines.count > 1 {
            var records: [ODataRecord] = []
            for line in lines {
                records += try readDocument(line, of: bytes).records
            }
            return Page(records: records, nextLink: nil)
        }
        return try readDocument(bytes.indices, of: bytes)
    }

    /// The JSON document at `range` of the file's `bytes`.
    private func readDocument(_ range: Range<Int>, of bytes: [UInt8]) throws(OpenDataError) -> Page {
        let document = Array(bytes[range])
        let page: PageShape
        do {
            page = try JSONDecoder().decode(PageShape.self, from: Data(document))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw syntaxError(document, at: range.lowerBound, of: bytes, otherwise: context.debugDescription)
            }
            throw self.error(at: range.lowerBound + JSONLines.start(of: document), of: bytes, "not JSON: " + error.fieldMessage(in: nil))
        } catch {
            throw self.error(at: range.lowerBound + JSONLines.start(of: document), of: bytes, "not JSON: \(error)")
        }
        let starts = JSONLines.elementStarts(document, nested: page.isPage)
        var records: [ODataRecord] = []
        for (index, box) in page.boxes.enumerated() {
            switch box.result {
            case .success(let record):
                records.append(record)
            case .failure(let fault):
                let which = page.boxes.count > 1 ? " (record \(index + 1))" : ""
                let start = range.lowerBound + (index < starts.count ? starts[index] : 0)
                throw error(at: start, of: bytes, "\(fault.record)\(which): \(fault.message)")
            }
        }
        return Page(records: records, nextLink: page.nextLink)
    }

    /// The error for JSON that does not parse, at the byte where it stops parsing. Foundation's
    /// decoder says only that the data is not valid JSON, so the ledger's own parser finds the
    /// place and says what is wrong there. That parser is stricter than JSON — it refuses
    /// fractions and duplicate keys, which the open data never have — and should it accept the
    /// document all the same, the error stands at the document's start, saying `otherwise`.
    private func syntaxError(_ document: [UInt8], at start: Int, of bytes: [UInt8], otherwise: String) -> OpenDataError {
        do {
            _ = try JSONParser.parse(document)
        } catch {
            return self.error(at: start + error.offset, of: bytes, "not JSON: \(error.message)")
        }
        return self.error(at: start + JSONLines.start(of: document), of: bytes, "not JSON: \(otherwise)")
    }

    /// The error `message` at byte `offset` of the file's `bytes`.
    private func error(at offset: Int, of bytes: [UInt8], _ message: String) -> OpenDataError {
        let place = JSONLines.location(of: offset, in: bytes)
        return OpenDataError(file: file, line: place.line, column: place.column, message: message)
    }
}

/// A file's top level: a page with `value`, an array, or one record.
private struct PageShape: Decodable {
    var boxes: [RecordBox]
    var nextLink: String?
    var isPage: Bool

    init(from decoder: Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var boxes: [RecordBox] = []
            while !array.isAtEnd { boxes.append(try array.decode(RecordBox.self)) }
            self.boxes = boxes
            nextLink = nil
            isPage = false
            return
        }
        let object = try decoder.container(keyedBy: MemberKey.self)
        if object.contains(MemberKey("value")) {
            let context = try object.decodeIfPresent(String.self, forKey: MemberKey("@odata.context"))
            let entity = context.flatMap(RecordBox.entity(ofContext:))
            var array = try object.nestedUnkeyedContainer(forKey: MemberKey("value"))
            var boxes: [RecordBox] = []
            while !array.isAtEnd {
                let decoder = try array.superDecoder()
                boxes.append(RecordBox(from: decoder, entity: entity))
            }
            self.boxes = boxes
            nextLink = try object.decodeIfPresent(String.self, forKey: MemberKey("@odata.nextLink"))
            isPage = true
        } else {
            let context = try object.decodeIfPresent(String.self, forKey: MemberKey("@odata.context"))
            boxes = [RecordBox(from: decoder, entity: context.flatMap(RecordBox.entity(ofContext:)))]
            nextLink = nil
            isPage = false
        }
    }
}

/// One record, read whole or refused with the reason; never an error that would stop the
/// page's other records from being named.
private struct RecordBox: Decodable {
    struct Fault: Error {
        let record: String
        let message: String
    }

    let result: Result<ODataRecord, Fault>

    enum Entity: String {
        case zaak = "Zaak", besluit = "Besluit", stemming = "Stemming"
    }

    /// The entity a page's `@odata.context` names: `…/$metadata#Zaak(Document(…))` → Zaak.
    static func entity(ofContext context: String) -> Entity? {
        guard let hash = context.lastIndex(of: "#") else { return nil }
        let name = context[context.index(after: hash)...].prefix { $0.isLetter }
        return Entity(rawValue: String(name))
    }

    init(from decoder: Decoder) throws {
        self.init(from: decoder, entity: nil)
    }

    init(from decoder: Decoder, entity: Entity?) {
        guard let object = try? decoder.container(keyedBy: MemberKey.self) else {
            result = .failure(Fault(record: "record", message: "not an object"))
            return
        }
        let has = { (name: String) in object.contains(MemberKey(name)) }
        let kind: Entity
        if let entity {
            kind = entity
        } else if has("BesluitSoort") {
            kind = .besluit
        } else if has("FractieGrootte") || has("Besluit_Id") {
            kind = .stemming
        } else if has("Nummer") && has("Soort") {
            kind = .zaak
        } else {
            result = .failure(Fault(record: "record",
                                    message: "not a Zaak, Besluit or Stemming: it has none of Nummer and Soort, BesluitSoort, FractieGrootte"))
            return
        }
        let label = (try? object.decode(String.self, forKey: MemberKey(kind == .zaak ? "Nummer" : "Id"))) ?? ""
        let name = label.isEmpty ? kind.rawValue : "\(kind.rawValue) \(label)"
        do {
            switch kind {
            case .zaak:
                let zaak = try ODataZaak(from: decoder)
                guard zaak.soort == "Motie" else {
                    throw Fault(record: name, message: "unknown Soort '\(zaak.soort)': a motion's Zaak has Soort 'Motie'")
                }
                result = .success(.zaak(zaak))
            case .besluit:
                result = .success(.besluit(try ODataBesluit(from: decoder)))
            case .stemming:
                let stemming = try ODataStemming(from: decoder)
                guard ODataReader.stemmingSoorten.contains(stemming.soort) else {
                    throw Fault(record: name, message: "unknown Soort '\(stemming.soort)': a Stemming is Voor, Tegen or Niet deelgenomen")
                }
                guard stemming.actorFractie != nil || stemming.actorNaam != nil else {
                    throw Fault(record: name, message: "missing field 'ActorFractie': whose vote it is")
                }
                result = .success(.stemming(stemming))
            }
        } catch let fault as Fault {
            result = .failure(fault)
        } catch let error as DecodingError {
            result = .failure(Fault(record: name, message: error.fieldMessage(in: decoder)))
        } catch {
            result = .failure(Fault(record: name, message: "\(error)"))
        }
    }
}
