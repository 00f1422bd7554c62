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
