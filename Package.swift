// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "redact",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "redact", targets: ["redact"]),
        .library(name: "PixelIO", targets: ["PixelIO"]),
        .library(name: "OCR", targets: ["OCR"]),
        .library(name: "Redactor", targets: ["Redactor"]),
        .library(name: "Batch", targets: ["Batch"]),
        .library(name: "Review", targets: ["Review"]),
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
        // libjpeg-turbo (8-bit JPEG Baseline/Extended and DCT coefficient access), behind a C
        // shim that keeps setjmp/longjmp error handling out of Swift.
        .systemLibrary(
            name: "CJPEG",
            pkgConfig: "libjpeg",
            providers: [.apt(["libjpeg62-turbo-dev"])]
        ),
        .target(name: "CJPEGShim", dependencies: ["CJPEG"]),
        // CharLS: JPEG-LS encoding (decoding is native Swift, bounded on damaged input).
        .systemLibrary(
            name: "CCharLS",
            pkgConfig: "charls",
            providers: [.apt(["libcharls-dev"])]
        ),
        // OpenJPEG: JPEG 2000 encode and decode, HTJ2K decode.
        .systemLibrary(
            name: "COpenJPEG",
            pkgConfig: "libopenjp2",
            providers: [.apt(["libopenjp2-7-dev"])]
        ),
        // The DICOM core: parsing, writing, text, pixels and codecs.
        .target(
            name: "PixelIO",
            dependencies: ["CZlib", "CJPEGShim", "COpenJPEG", "CCharLS"]
        ),
        // Tesseract's C API (the engine links Leptonica itself; images are passed as bytes).
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "tesseract-ocr-eng"])]
        ),
        // Text detection: preprocessing, candidate regions, Tesseract engines.
        .target(
            name: "OCR",
            dependencies: ["PixelIO", "CTesseract"]
        ),
        // Rules, PHI decisions, fills, redaction plans and the PS3.15 header contract.
        .target(
            name: "Redactor",
            dependencies: ["PixelIO", "OCR"]
        ),
        // Batch runs: input lists, manifests, shards, the worker pool, progress.
        .target(
            name: "Batch",
            dependencies: ["PixelIO", "Redactor"]
        ),
        // Scan findings and the HTML review report (previews as PNG, decisions export).
        .target(
            name: "Review",
            dependencies: ["PixelIO", "OCR", "Redactor", "Batch", "CZlib"]
        ),
        // The command-line tool.
        .executableTarget(
            name: "redact",
            dependencies: [
                "PixelIO",
                "OCR",
                "Redactor",
                "Batch",
                "Review",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fill speed against a naive loop and memset, in release mode (Benchmarks/fill_speed.py).
        .executableTarget(
            name: "fill-benchmark",
            dependencies: ["PixelIO", "Redactor"],
            path: "Benchmarks/FillBenchmark"
        ),
        // Helpers shared by the test targets.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "PixelIOTests",
            dependencies: ["PixelIO", "TestSupport"]
        ),
        .testTarget(
            name: "OCRTests",
            dependencies: ["OCR", "PixelIO"]
        ),
        .testTarget(
            name: "RedactorTests",
            dependencies: ["Redactor", "OCR", "PixelIO", "TestSupport"]
        ),
        .testTarget(
            name: "BatchTests",
            dependencies: ["Batch", "Redactor", "PixelIO"]
        ),
        .testTarget(
            name: "RedactCLITests",
            dependencies: ["PixelIO"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
