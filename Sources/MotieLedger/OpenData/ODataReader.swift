import Foundation

/// Open-data records read from one or more files, turned into facts together: a vote and its
/// motion's Zaak may come in different files.
package struct OpenDataBatch: Sendable {
    private var records: [ODataRecord] = []

    package init() {}

    /// Reads one file's records, all or none; returns the next page's address
    /// (`@odata.nextLink`) when the file is a page with more after it.
    @discardableResult
    package mutating func read(_ bytes: [UInt8], file: String) throws(OpenDataError) -> String? {
        let page = try ODataReader(file: file).read(bytes)
        records += page.records
        return page.nextLink
    }

    /// How many records were read.
    package var count: Int { records.count }

    /// The facts of every record read, with what could not be used.
    package var facts: OpenDataFacts { OpenDataFacts(records) }
}

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
            for (offset, range) in lines {
                let page = try readDocument(Array(bytes[range]), firstLine: offset)
                records += page.records
            }
            return Page(records: records, nextLink: nil)
        }
        return try readDocument(bytes, firstLine: 1)
    }

    /// One JSON document whose first line is line `firstLine` of the file.
    private func readDocument(_ bytes: [UInt8], firstLine: Int) throws(OpenDataError) -> Page {
        let decoder = JSONDecoder()
        let page: PageShape
        do {
            page = try decoder.decode(PageShape.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw OpenDataError(file: file, line: firstLine, column: 1, message: "not JSON: \(Self.describe(syntax: error))")
        } catch {
            throw OpenDataError(file: file, line: firstLine, column: 1, message: "not JSON: \(error)")
        }
        let starts = JSONLines.elementStarts(bytes, nested: page.isPage)
        var records: [ODataRecord] = []
        for (index, box) in page.boxes.enumerated() {
            let place = index < starts.count ? JSONLines.location(of: starts[index], in: bytes) : (line: 1, column: 1)
            switch box.result {
            case .success(let record):
                records.append(record)
            case .failure(let fault):
                let which = page.boxes.count > 1 ? " (record \(index + 1))" : ""
                throw OpenDataError(file: file, line: firstLine + place.line - 1, column: place.column,
                                    message: "\(fault.record)\(which): \(fault.message)")
            }
        }
        return Page(records: records, nextLink: page.nextLink)
    }

    private static func describe(syntax error: DecodingError) -> String {
        if case .dataCorrupted(let context) = error {
            if let underlying = context.underlyingError as NSError?,
               let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                return detail
            }
            return context.debugDescription
        }
        return "\(error)"
    }
}

/// A member of an OData object by its name, for the members read by name (`value`,
/// `@odata.context`, `Nummer`).
private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
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
        let object = try decoder.container(keyedBy: Key.self)
        if object.contains(Key("value")) {
            let context = try object.decodeIfPresent(String.self, forKey: Key("@odata.context"))
            let entity = context.flatMap(RecordBox.entity(ofContext:))
            var array = try object.nestedUnkeyedContainer(forKey: Key("value"))
            var boxes: [RecordBox] = []
            while !array.isAtEnd {
                let decoder = try array.superDecoder()
                boxes.append(RecordBox(from: decoder, entity: entity))
            }
            self.boxes = boxes
            nextLink = try object.decodeIfPresent(String.self, forKey: Key("@odata.nextLink"))
            isPage = true
        } else {
            let context = try object.decodeIfPresent(String.self, forKey: Key("@odata.context"))
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
        guard let object = try? decoder.container(keyedBy: Key.self) else {
            result = .failure(Fault(record: "record", message: "not an object"))
            return
        }
        let has = { (name: String) in object.contains(Key(name)) }
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
        let label = (try? object.decode(String.self, forKey: Key(kind == .zaak ? "Nummer" : "Id"))) ?? ""
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
            result = .failure(Fault(record: name, message: RecordBox.describe(error, under: decoder.codingPath.count)))
        } catch {
            result = .failure(Fault(record: name, message: "\(error)"))
        }
    }

    /// A decoding error as a sentence naming the field by its path in the record
    /// (`Document[1].HuidigeDocumentVersie.ExterneIdentifier`).
    static func describe(_ error: DecodingError, under depth: Int) -> String {
        func path(_ keys: [CodingKey]) -> String {
            var out = ""
            for key in keys.dropFirst(depth) {
                if let index = key.intValue {
                    out += "[\(index)]"
                } else {
                    out += out.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return out
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "missing field '\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)'"
        case .typeMismatch(let type, let context):
            return "field '\(path(context.codingPath))' is not \(typeName(type)) (\(found(context)))"
        case .valueNotFound(let type, let context):
            return "field '\(path(context.codingPath))' is null; it must be \(typeName(type))"
        case .dataCorrupted(let context):
            return "field '\(path(context.codingPath))': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        default: type is any Collection.Type ? "an array" : "an object"
        }
    }

    private static func found(_ context: DecodingError.Context) -> String {
        let text = context.debugDescription
        if let range = text.range(of: "but found ") {
            return "found " + text[range.upperBound...].replacingOccurrences(of: " instead.", with: "")
        }
        return text
    }
}
