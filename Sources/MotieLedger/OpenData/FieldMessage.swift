import Foundation

extension DecodingError {
    /// The error as a sentence about one field, made of the error's own parts: the field's path
    /// below the record that `record` decodes (`Document[1].HuidigeDocumentVersie.ExterneIdentifier`),
    /// the type the reader expected, and — given the record — what the record holds there.
    func fieldMessage(in record: Decoder?) -> String {
        let depth = record?.codingPath.count ?? 0
        switch self {
        case .keyNotFound(let key, let context):
            let parent = DecodingError.path(context.codingPath.dropFirst(depth))
            return "missing field '\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)'"
        case .typeMismatch(let type, let context):
            let keys = Array(context.codingPath.dropFirst(depth))
            let found = record.flatMap { DecodingError.value(at: keys, in: $0) }.map { " (found \($0))" } ?? ""
            return "field '\(DecodingError.path(keys))' is not \(DecodingError.typeName(type))\(found)"
        case .valueNotFound(let type, let context):
            return "field '\(DecodingError.path(context.codingPath.dropFirst(depth)))' is null; it must be \(DecodingError.typeName(type))"
        case .dataCorrupted(let context):
            return "field '\(DecodingError.path(context.codingPath.dropFirst(depth)))': \(context.debugDescription)"
        @unknown default:
            return "\(self)"
        }
    }

    /// `Document[1].HuidigeDocumentVersie.ExterneIdentifier`.
    private static func path(_ keys: some Sequence<any CodingKey>) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        default: type is any Collection.Type ? "an array" : "an object"
        }
    }

    /// What the record holds at `keys`: a number, `true`, `false` or `null` as written, else
    /// its kind (`a string`, `an array`, `an object`); `nil` when the path leads nowhere.
    private static func value(at keys: [any CodingKey], in record: Decoder) -> String? {
        var decoder = record
        for key in keys {
            if let index = key.intValue {
                guard var array = try? decoder.unkeyedContainer() else { return nil }
                for _ in 0..<index where (try? array.superDecoder()) == nil { return nil }
                guard let element = try? array.superDecoder() else { return nil }
                decoder = element
            } else {
                guard let object = try? decoder.container(keyedBy: MemberKey.self),
                      let member = try? object.superDecoder(forKey: MemberKey(key.stringValue))
                else { return nil }
                decoder = member
            }
        }
        if (try? decoder.container(keyedBy: MemberKey.self)) != nil { return "an object" }
        if (try? decoder.unkeyedContainer()) != nil { return "an array" }
        guard let value = try? decoder.singleValueContainer() else { return nil }
        if value.decodeNil() { return "null" }
        if let number = try? value.decode(Int64.self) { return String(number) }
        if let number = try? value.decode(Double.self) { return String(number) }
        if let truth = try? value.decode(Bool.self) { return String(truth) }
        if (try? value.decode(String.self)) != nil { return "a string" }
        return nil
    }
}
