/// Bounds on the numbers a network may hold. They are far beyond any real partnership (the world's
/// population, a budget of £10^15, tie strengths over 21 orders of magnitude) and keep every sum,
/// square and reciprocal the analyses take finite and exact enough: a population of 9·10^18 per
/// area overflowed the integer total, a weight of 10^308 made strengths infinite and modularity NaN,
/// and a weight of 5·10^-324 made the distance 1/weight infinite.
public enum NetworkLimits {
    public static let population = 10_000_000_000
    public static let budgetMillions = 1e9
    public static let weight: ClosedRange<Double> = 1e-9...1e12
}
