/// Bounds on the numbers a network may hold. They are far beyond any real partnership (the world's
/// population, a budget of £10^15, tie strengths over 21 orders of magnitude) and keep every sum,
/// square and reciprocal the analyses take finite and exact enough: a population of 9·10^18 per
/// area overflowed the integer total, a weight of 10^308 made strengths infinite and modularity NaN,
/// and a weight of 5·10^-324 made the distance 1/weight infinite.
public enum NetworkLimits {
    public static let population = 10_000_000_000
    public static let budgetMillions = 1e9
    public static let weight: ClosedRange<Double> = 1e-9...1e12
    /// A boundary's share: a subnormal share (5·10^-324) squared to 0 and made N_eff 0.
    public static let share: ClosedRange<Double> = 1e-9...1
    /// The longest id, area code, type, sector or other coded value, in characters (Unicode
    /// scalars). Real ids (ONS codes, slugs) have a few dozen; a 100,000-character id made the
    /// did-you-mean look-up and every table quadratic.
    public static let codeLength = 256
    /// The longest agency or area name, or header column name, in characters.
    public static let nameLength = 1_000
    /// The longest value of any other field (notes, a requirement's reason), in characters. A
    /// 50 MB name had taken `report` past 100 s and 5.6 GB; it is now rejected while the file is
    /// read, before any string is made of it.
    public static let fieldLength = 65_536
}
