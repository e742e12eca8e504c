// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "redact",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "redact", targets: ["redact"]),
        .library(name: "PixelIO", targets: ["PixelIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // zlib, for Deflated Explicit VR Little Endian datasets.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The DICOM core: parsing, writing, text, pixels and codecs.
        .target(
            name: "PixelIO",
            dependencies: ["CZlib"]
        ),
        // The command-line tool.
        .executableTarget(
            name: "redact",
            dependencies: [
                "PixelIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PixelIOTests",
            dependencies: ["PixelIO"]
        ),
        .testTarget(
            name: "RedactCLITests",
            dependencies: ["PixelIO"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
