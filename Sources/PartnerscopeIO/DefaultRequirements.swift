// The default requirements are Networks/requirements.csv itself, compiled into the program so that
// it works from any folder: Resources/requirements.csv is a symbolic link to that file, and
// Package.swift declares it `.embedInCode`, so SwiftPM writes its bytes into
// `PackageResources.requirements_csv` at build time (and rebuilds when the file changes). There is
// no second copy to keep in step; a test checks that the link still points at the file.
extension RequirementsLoader {
    /// The bytes of `Networks/requirements.csv` as they were when the program was built.
    static var defaultBytes: [UInt8] { PackageResources.requirements_csv }

    /// The text of `Networks/requirements.csv` as it was when the program was built.
    public static var defaultCSV: String { String(decoding: defaultBytes, as: UTF8.self) }
}
