// The layout helper GraphvizRender starts with posix_spawn: see LayoutHelper in
// Sources/GraphvizRender/Isolation.swift.
import GraphvizRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(LayoutHelper.main(CommandLine.arguments))
