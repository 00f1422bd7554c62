// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "MotieLedger",
    products: [
        .executable(name: "motieledger", targets: ["motieledger"]),
        .library(name: "MotieLedger", targets: ["MotieLedger"]),
        .library(name: "Kamerstuk", targets: ["Kamerstuk"]),
    ],
    targets: [
        // Citations: the canonical Kamerstuk ID, PDF-text clean-up and the scanner. Pure, no Foundation.
        .target(name: "Kamerstuk"),
        // The pipeline: documents, motions, the ledger and the reports.
        .target(name: "MotieLedger", dependencies: ["Kamerstuk"]),
        // The command-line front end: arguments, files, output, exit codes.
        .executableTarget(name: "motieledger", dependencies: ["MotieLedger"]),
        // Benchmarks on generated inputs, compared against ripgrep and jq.
        .executableTarget(name: "motieledger-bench", dependencies: ["MotieLedger"]),
        // What tests of several targets share: the fixtures, a column to point at, and a local HTTP
        // server that misbehaves on purpose.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "KamerstukTests", dependencies: ["Kamerstuk", "MotieLedger", "TestSupport"]),
        .testTarget(name: "MotieLedgerTests", dependencies: ["MotieLedger", "TestSupport"]),
        .testTarget(name: "motieledgerTests", dependencies: ["motieledger", "MotieLedger", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
