import ArgumentParser

/// Every exit status the command line uses, with its sysexits.h name; the README's "Exit status"
/// table lists the same codes. Load errors carry their own (``LoadError/exitCode``: 65 or 66).
extension ExitCode {
    /// 64, EX_USAGE: a flag's value is wrong or names something the input lacks (ArgumentParser's
    /// own validation errors exit with this code too).
    static let usage = ExitCode(64)
    /// 65, EX_DATAERR: the input data are invalid, or some units of a comparison failed (the
    /// others are written).
    static let invalidData = ExitCode(65)
    /// 66, EX_NOINPUT: a network folder or a required file is missing.
    static let missingInput = ExitCode(66)
    /// 70, EX_SOFTWARE: Graphviz failed to lay out or render a map.
    static let renderFailed = ExitCode(70)
    /// 73, EX_CANTCREAT: an output file or folder cannot be written.
    static let cannotCreate = ExitCode(73)
    /// 74, EX_IOERR: standard output (or, on an otherwise successful run, standard error) could
    /// not be written (closed, a full disk, `/dev/full`), or the run history (SQLite) could not be
    /// read or written.
    static let ioError = ExitCode(74)
    /// 75, EX_TEMPFAIL: a map layout ran past `--timeout`; a faster engine or a smaller map may succeed.
    static let timedOut = ExitCode(75)
}
