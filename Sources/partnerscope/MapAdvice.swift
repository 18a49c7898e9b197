import ArgumentParser
import GraphvizRender

/// What a person at the command line can do about a failed map: the renderer's errors name no
/// options and no agencies, so the advice is added here, where the options are known.
extension GraphvizError {
    var advice: String? {
        switch self {
        case .timedOut:
            "try --engine sfdp (fast on thousands of agencies), a --focus AGENCY --depth N ego map, or a longer --timeout"
        case .crashed:
            "try another --engine"
        default:
            nil
        }
    }

    /// The error and the advice, for a diagnostic line.
    var withAdvice: String { description + (advice.map { "; " + $0 } ?? "") }

    /// Whether the layout ran past its deadline (a longer one may succeed).
    var isTimeout: Bool {
        if case .timedOut = self { return true }
        return false
    }

    /// ``ExitCode/timedOut`` (75) past the deadline, else ``ExitCode/renderFailed`` (70).
    var exitCode: ExitCode { isTimeout ? .timedOut : .renderFailed }
}
