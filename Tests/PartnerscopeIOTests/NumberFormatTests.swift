import PartnerscopeIO
import Testing

@Suite struct NumberFormatTests {
    @Test func fixed_ordinaryValues_haveTheGivenDecimals() {
        #expect(NumberFormat.fixed(0.45166, 3) == "0.452")
        #expect(NumberFormat.fixed(-0.0004, 3) == "0.000")
        #expect(NumberFormat.fixed(-2.5, 1) == "-2.5")
        #expect(NumberFormat.fixed(1234.5, 0) == "1235")
    }

    @Test func fixed_hugeOrNonFinite_neverTrap() {
        // A modularity of about −1e308 (silos --resolution 1e308) trapped converting to Int64.
        #expect(NumberFormat.fixed(-1e308, 3) == "-1e+308")
        #expect(NumberFormat.fixed(1e20, 0) == "1e+20")
        #expect(NumberFormat.fixed(.nan, 2) == "-")
        #expect(NumberFormat.fixed(-.infinity, 2) == "-")
    }

    @Test func grouped_extremes() {
        #expect(NumberFormat.grouped(1_234_567) == "1,234,567")
        #expect(NumberFormat.grouped(-1000) == "-1,000")
        #expect(NumberFormat.grouped(Int.min) == "-9,223,372,036,854,775,808")
    }
}
