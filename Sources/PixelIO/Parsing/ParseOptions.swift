/// Limits and choices for reading a file; the defaults suit whole-archive processing.
public struct ParseOptions: Sendable {
    /// The deepest sequence nesting accepted; deeper input is rejected as hostile.
    public var maxSequenceDepth: Int = 64
    /// The largest dataset a deflated file may inflate to, in bytes.
    public var maxInflatedBytes: Int = 1 << 31
    /// Accept files with no preamble and no file meta group (bare datasets).
    public var allowBareDatasets: Bool = true
    /// Read a file that is cut off as far as it goes (the file is then marked truncated and
    /// cannot be written or have its pixels decoded); when false, such a file is an error.
    public var readsTruncatedFiles: Bool = true

    /// Stop at the top-level Pixel Data element: read the header only (the file then cannot be
    /// written or have its pixels decoded).
    public var stopsBeforePixelData: Bool = false

    /// The default limits.
    public init() {}
}
