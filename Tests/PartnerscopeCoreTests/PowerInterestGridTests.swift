import PartnerscopeCore
import Testing

@Suite struct PowerInterestGridTests {
    /// Mendelow (1991) matrix: power on one axis, interest on the other; with the default
    /// threshold 4, ratings 4–5 are high and 1–3 low.
    @Test(arguments: [
        (5, 5, PowerInterestQuadrant.manageClosely), (4, 4, .manageClosely), (5, 3, .keepSatisfied),
        (4, 1, .keepSatisfied), (3, 4, .keepInformed), (1, 5, .keepInformed), (3, 3, .monitor), (1, 1, .monitor),
    ])
    func quadrant_defaultThreshold_followsMendelowMatrix(power: Int, interest: Int, expected: PowerInterestQuadrant) {
        #expect(PowerInterestGrid().quadrant(power: power, interest: interest) == expected)
    }

    @Test func quadrant_missingRating_isNil() {
        #expect(PowerInterestGrid().quadrant(power: nil, interest: 5) == nil)
        #expect(PowerInterestGrid().quadrant(power: 5, interest: nil) == nil)
    }

    @Test func quadrant_thresholdThree_putsTheMidpointHigh() {
        #expect(PowerInterestGrid(highThreshold: 3).quadrant(power: 3, interest: 3) == .manageClosely)
        #expect(PowerInterestGrid().quadrant(power: 3, interest: 3) == .monitor)
    }
}
