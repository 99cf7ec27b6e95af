extension BatchRowValues {
    /// A row's staffing entries in cell order: the first four (a usual row has one to four) kept in place, so reading
    /// a row allocates nothing for them, and any more in an array.
    struct StaffingEntries: RandomAccessCollection {
        /// How many entries are kept in place.
        private static let inPlace = 4
        /// The first entries (a slot past ``count`` holds an empty job).
        private var first = InlineArray<4, StaffingEntry>(repeating: StaffingEntry(job: UnsafeBufferPointer(start: nil, count: 0), months: .zero))
        /// The entries after the first four.
        private var more: [StaffingEntry] = []
        /// The number of entries.
        private(set) var endIndex = 0

        /// The first position, 0.
        var startIndex: Int { 0 }

        /// The entry at a 0-based position.
        subscript(position: Int) -> StaffingEntry {
            precondition(position >= 0 && position < endIndex, "staffing entry \(position) of \(endIndex)")
            return position < Self.inPlace ? first[position] : more[position - Self.inPlace]
        }

        /// Adds an entry at the end.
        mutating func append(_ entry: StaffingEntry) {
            if endIndex < Self.inPlace { first[endIndex] = entry } else { more.append(entry) }
            endIndex += 1
        }
    }
}
