import Foundation
import PartnerscopeIO

extension Fixtures {
    /// Loads a network written from file name → contents (in a temporary folder removed afterwards).
    public static func load(_ files: [String: String]) throws -> Result<LoadedNetwork, LoadError> {
        let dir = try makeNetwork(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        do { return .success(try NetworkLoader().load(directory: dir.path)) } catch { return .failure(error) }
    }

    /// The errors of a load that must fail, as `file:line:column: message` with the folder removed;
    /// nil when it loaded.
    public static func loadErrors(_ files: [String: String]) throws -> [String]? {
        guard case let .failure(.invalidData(errors, _)) = try load(files) else { return nil }
        return errors.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.message)" }
    }
}
