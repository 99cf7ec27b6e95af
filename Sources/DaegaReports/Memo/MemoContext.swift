import DaegaEngine

/// What every memo section is built from: the engine's results of one run, the memo's header and its wording.
///
/// A section is a function from a context to blocks (`static func blocks(_ context: MemoContext) -> [MemoBlock]`);
/// it formats the numbers here and never computes new ones.
struct MemoContext {
    /// The engine's estimates.
    var estimates: ProjectEstimates
    /// The budget check, when a budget was given.
    var check: BudgetCheckResult?
    /// The header block.
    var header: MemoHeader
    /// The reference date (the day whose editions and wage tables apply).
    var date: CalendarDate
    /// Language and units.
    var wording: MemoWording

    /// Every rate-book figure the run used, each once, in the order first used.
    var rates: [RateReference] {
        var rates: [RateReference] = []
        let lists = [estimates.functionPoints?.rates, estimates.manMonths?.rates, estimates.comparison?.rates,
                     estimates.maintenance?.rates, check?.rates]
        for rate in lists.compactMap({ $0 }).joined() where !rates.contains(rate) { rates.append(rate) }
        return rates
    }

    /// Every assumption and caution of the run, each once.
    var notes: [EstimateNote] {
        var notes: [EstimateNote] = []
        let lists = [check?.notes, estimates.functionPoints?.notes, estimates.manMonths?.notes, estimates.comparison?.notes,
                     estimates.maintenance?.notes]
        for note in lists.compactMap({ $0 }).joined() where !notes.contains(note) { notes.append(note) }
        return notes
    }

    /// The guide editions the run used, each once.
    var editionTitles: [String] {
        var titles: [String] = []
        for title in [estimates.functionPoints?.editionTitle, estimates.manMonths?.editionTitle, estimates.maintenance?.editionTitle]
            .compactMap({ $0 }) where !titles.contains(title) { titles.append(title) }
        return titles
    }
}
