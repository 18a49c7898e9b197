import Foundation

/// Locations of test fixtures and of the repository, shared by every test target.
public enum Fixtures {
    /// The folder holding the fixture networks (`Tests/TestSupport/Fixtures/<name>/`).
    public static var root: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures", isDirectory: true)
    }

    /// The folder of one fixture network or file.
    public static func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// The repository root (where `Package.swift` is), found from this source file's path.
    public static var repositoryRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    /// A fresh empty temporary folder for one test.
    public static func temporaryDirectory(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("partnerscope-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes a network folder from file name → contents, for tests of the loader.
    public static func makeNetwork(_ files: [String: String], label: String = "net") throws -> URL {
        let dir = try temporaryDirectory(label)
        for (name, text) in files {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        return dir
    }
}
