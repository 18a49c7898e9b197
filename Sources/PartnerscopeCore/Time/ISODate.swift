/// A day of the proleptic Gregorian calendar, ordered by time.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day; nil unless `month` is 1–12 and `day` exists in that month of that year.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `year` is a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in `month` (1–12) of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// A date as written in the network files: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (ISO 8601 calendar
/// dates at day, month or year precision), naming the period from its ``first`` to its ``last`` day.
///
/// A start (`start`, `since`) takes effect on the first day of the period it names and an end
/// (`end`, `until`) on its last, so `since=2013` and `until=2022` cover 2013-01-01 to 2022-12-31
/// inclusive. Only real calendar days parse: `2024-02-30`, `2023-02-29` and `2024-04-31` are
/// rejected with the reason, `2024-02-29` is accepted.
///
/// - Complexity: parsing is O(length of the text).
public struct ISODate: Hashable, Sendable, CustomStringConvertible {
    /// The text as written (after trimming), echoed back in exports.
    public let text: String
    public let first: CalendarDay
    public let last: CalendarDay

    /// Why a text is not an ISO date.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Not of the form YYYY, YYYY-MM or YYYY-MM-DD with ASCII digits.
        case malformed(String)
        /// A month outside 1–12.
        case noSuchMonth(String, month: Int)
        /// A day that the month does not have (`2024-02-30`).
        case noSuchDay(String, daysInMonth: Int)

        public var description: String {
            switch self {
            case let .malformed(text):
                return "'\(text)' is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"
            case let .noSuchMonth(text, month):
                return "'\(text)' is not a calendar date: there is no month \(month)"
            case let .noSuchDay(text, days):
                let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
                let month = Int(text.dropFirst(5).prefix(2)) ?? 0
                let name = names.indices.contains(month - 1) ? "\(names[month - 1]) \(text.prefix(4))" : "that month"
                return "'\(text)' is not a calendar date: \(name) has \(days) days"
            }
        }
    }

    /// Parses `text` (no surrounding spaces).
    public static func parse(_ text: String) -> Result<ISODate, ParseError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return .failure(.malformed(text)) }
        var numbers: [Int] = []
        for (k, part) in parts.enumerated() {
            guard part.utf8.count == widths[k], part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(part) else {
                return .failure(.malformed(text))
            }
            numbers.append(n)
        }
        let year = numbers[0]
        if numbers.count == 1 {
            return .success(ISODate(text: text, first: CalendarDay(year: year, month: 1, day: 1)!,
                                    last: CalendarDay(year: year, month: 12, day: 31)!))
        }
        let month = numbers[1]
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(text, month: month)) }
        let days = CalendarDay.daysIn(month: month, year: year)
        if numbers.count == 2 {
            return .success(ISODate(text: text, first: CalendarDay(year: year, month: month, day: 1)!,
                                    last: CalendarDay(year: year, month: month, day: days)!))
        }
        guard let day = CalendarDay(year: year, month: month, day: numbers[2]) else {
            return .failure(.noSuchDay(text, daysInMonth: days))
        }
        return .success(ISODate(text: text, first: day, last: day))
    }

    /// The date of a text known to be valid (tests and code-built networks).
    /// - Precondition: `text` parses.
    public init(_ text: String) {
        switch Self.parse(text) {
        case let .success(date): self = date
        case let .failure(error): preconditionFailure(error.description)
        }
    }

    private init(text: String, first: CalendarDay, last: CalendarDay) {
        self.text = text
        self.first = first
        self.last = last
    }

    public var description: String { text }
}
