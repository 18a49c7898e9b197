import ArgumentParser
import Foundation
import PartnerscopeIO

/// Standard output and error, written with write(2) so that every failure is seen.
///
/// Foundation's `FileHandle.write(_:)` traps (`try!`) when the descriptor is closed or the disk is
/// full; here a failed write to standard output is an error with a message and exit status 74
/// (EX_IOERR), and a failed write to standard error turns a successful run's status into 74 (there
/// is nowhere left to say why). A broken pipe (`partnerscope … | head`) ends the run with 74
/// quietly, as the reader has gone. Every line written to standard error is escaped by
/// ``TerminalText/escaped(_:)``: paths and values from the command line and the files can neither
/// drive the terminal nor forge a second line.
enum Console {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var errorStreamFailed = false

    /// Writes `text` to standard output, or exits 74 saying why it cannot.
    static func output(_ text: String) { output(Data(text.utf8)) }

    /// Writes `data` to standard output, or exits 74 saying why it cannot.
    static func output(_ data: Data) {
        guard let code = write(data, to: STDOUT_FILENO) else { return }
        if code != EPIPE { error("error: cannot write to standard output: \(String(cString: strerror(code)))") }
        exit(ExitCode.ioError.rawValue)
    }

    /// Writes one line to standard error, escaped (a newline inside it is shown as `\u{A}`).
    static func error(_ line: String) { raw(TerminalText.escaped(line) + "\n") }

    /// Writes several lines to standard error, each escaped.
    static func error(lines: [String]) { raw(lines.map { TerminalText.escaped($0) + "\n" }.joined()) }

    /// Writes `text` to standard error as it is: only for the progress bar, which redraws itself
    /// with a carriage return and holds no text from the input.
    static func raw(_ text: String) {
        if write(Data(text.utf8), to: STDERR_FILENO) != nil {
            lock.withLock { errorStreamFailed = true }
        }
    }

    /// Ends the process with `status`, or 74 when it would be 0 but standard error could not be written.
    static func exit(_ status: Int32) -> Never {
        let failed = lock.withLock { errorStreamFailed }
        Foundation.exit(status == 0 && failed ? ExitCode.ioError.rawValue : status)
    }

    /// All of `data` to `descriptor`; nil on success, else the `errno` of the failure.
    static func write(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    /// Gives each closed standard descriptor (0, 1, 2) a stand-in that fails every write
    /// (`/dev/null` opened for reading), as careful tools do: otherwise the next file opened (an
    /// output's temporary file) would take descriptor 1 and receive what was meant for the terminal.
    static func guardStandardDescriptors() {
        for descriptor: Int32 in 0...2 {
            var info = stat()
            guard fstat(descriptor, &info) != 0, errno == EBADF else { continue }
            let stand = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
            if stand >= 0 && stand != descriptor {
                dup2(stand, descriptor)
                close(stand)
            }
        }
    }
}
