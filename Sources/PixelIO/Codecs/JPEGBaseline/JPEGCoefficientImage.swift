internal import CJPEGShim
import FoundationEssentials

/// The quantised DCT coefficients of one JPEG frame, for lossless changes in the DCT domain
/// (redacting a region without decoding and re-encoding the rest of the image).
///
/// A plain value: reading copies every coefficient out of libjpeg, and `encode()` writes a new
/// stream from them (jpeg_write_coefficients), so blocks that were not changed decode to exactly
/// the samples they decoded to before. Writing always produces a sequential Huffman-coded stream
/// with the original quantisation tables, sampling factors, component ids and restart interval.
public struct JPEGCoefficientImage: Sendable {
    /// One component's block grid.
    public struct Component: Sendable, Equatable {
        /// The component id of the frame header.
        public let id: Int
        public let horizontalSampling: Int
        public let verticalSampling: Int
        /// Blocks that cover the image (the rest of the padded grid is outside it).
        public let widthInBlocks: Int
        public let heightInBlocks: Int
        /// The stored grid, whole MCUs: `coefficients` holds this many blocks.
        public let paddedWidthInBlocks: Int
        public let paddedHeightInBlocks: Int
        /// The quantisation table the blocks were quantised with, 64 values in natural order.
        public let quantizationTable: [UInt16]
        /// Blocks row by row over the padded grid, 64 quantised coefficients each in natural
        /// (row-major) order; coefficient 0 is DC.
        public internal(set) var coefficients: [Int16]
        let tableSlot: Int

        /// The 64 coefficients of block (x, y) of the padded grid.
        public func block(x: Int, y: Int) -> ArraySlice<Int16> {
            let start = (y * paddedWidthInBlocks + x) * 64
            return coefficients[start..<start + 64]
        }
    }

    /// A rectangle of pixels (image coordinates) or of blocks (a component's grid).
    public typealias Rect = PixelRect

    /// A marker segment (APPn or COM) of the original stream.
    public struct MarkerSegment: Sendable, Hashable {
        /// 0xE0...0xEF (APP0...APP15) or 0xFE (COM).
        public let code: UInt8
        /// The segment's data (without marker and length).
        public let bytes: [UInt8]

        public init(code: UInt8, bytes: [UInt8]) {
            self.code = code
            self.bytes = bytes
        }

        func hasPrefix(_ text: String) -> Bool { bytes.starts(with: Array(text.utf8)) }
    }

    /// Which Huffman tables `encode` writes; the original tables are not kept by libjpeg.
    public enum HuffmanTables: Sendable {
        /// Tables computed for this image (smaller output; a second pass over the coefficients).
        case optimized
        /// The example tables of ISO 10918-1 Annex K (one pass).
        case standard
    }

    /// Which of the original APPn/COM segments `encode` copies.
    public enum MarkerCopy: Sendable {
        /// Only what decoding depends on: JFIF APP0 (without its thumbnail), Adobe APP14 and ICC
        /// profile APP2. EXIF/XMP (dates, thumbnails of the unredacted image), JFXX thumbnails,
        /// comments and other application segments are dropped: they can carry identifying data.
        case decodingOnly
        /// Every segment verbatim.
        case all
        /// None (decoders then guess the colour model from component ids and the DICOM header).
        case none
    }

    public let width: Int
    public let height: Int
    /// How the components are to be read (the codec's decision from the markers and header):
    /// `.grey`, `.yCbCr` or `.rgb`. Sample values given to `blank` are in this model.
    public let colorModel: JPEGStreamInfo.ColorModel
    /// The headers of the original stream.
    public let streamInfo: JPEGStreamInfo
    /// The restart interval (in MCUs) written by `encode`; the original's by default.
    public var restartInterval: Int
    /// The APPn and COM segments of the original stream, in order.
    public let markers: [MarkerSegment]
    public private(set) var components: [Component]

    /// Reads the coefficients of one frame whose header is `description` (the frame must have
    /// its size and Samples per Pixel; the colour model follows the codec's decision).
    public init(frame: Data, description: PixelDescription) throws(DicomError) {
        let stream = terminatedJPEG(frame)
        let info = try JPEGStreamInfo.read(stream)
        guard info.width == description.columns, info.height == description.rows,
              info.components == description.samplesPerPixel else {
            throw DicomError(.codec, "the JPEG frame is \(info.width)x\(info.height) with \(info.components) component(s); "
                             + "the header says \(description.columns)x\(description.rows) with \(description.samplesPerPixel)")
        }
        let model = try JPEGColorDecision.streamModel(info, photometric: description.photometric)
        try self.init(stream: stream, info: info, model: model)
    }

    private init(stream: Data, info: JPEGStreamInfo, model: JPEGStreamInfo.ColorModel) throws(DicomError) {
        var reader: OpaquePointer?
        var layout = jshim_coef_info()
        var status = jshim_status()
        let budget = jpegMemoryBudget(width: info.width, height: info.height, components: info.components)
        let code = try withBytes(stream) { (raw: UnsafeRawBufferPointer) -> Int32 in
            jshim_coef_open(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), raw.count, UInt32(info.width),
                            UInt32(info.height), Int32(info.components), budget, &reader, &layout, &status)
        }
        guard code == Int32(JSHIM_OK), let reader else { throw jpegError(status, "reading JPEG coefficients") }
        defer { jshim_coef_close(reader) }

        let count = Int(layout.header.components)
        let shimComponents = cArray(layout.component, count: count, of: jshim_coef_component.self)
        let tables: [[UInt16]] = withUnsafeBytes(of: layout.quant) { raw in
            (0..<count).map { c in (0..<64).map { raw.load(fromByteOffset: (c * 64 + $0) * 2, as: UInt16.self) } }
        }
        var components: [Component] = []
        for (index, c) in shimComponents.enumerated() {
            let paddedWidth = Int(c.padded_width_in_blocks), paddedHeight = Int(c.padded_height_in_blocks)
            var blocks = [Int16](repeating: 0, count: paddedWidth * paddedHeight * 64)
            var copyStatus = jshim_status()
            let copied = blocks.withUnsafeMutableBufferPointer { buffer in
                jshim_coef_copy_blocks(reader, Int32(index), buffer.baseAddress!, buffer.count, &copyStatus)
            }
            guard copied == Int32(JSHIM_OK) else { throw jpegError(copyStatus, "reading JPEG coefficients") }
            components.append(Component(
                id: Int(c.component_id), horizontalSampling: Int(c.h_samp), verticalSampling: Int(c.v_samp),
                widthInBlocks: Int(c.width_in_blocks), heightInBlocks: Int(c.height_in_blocks),
                paddedWidthInBlocks: paddedWidth, paddedHeightInBlocks: paddedHeight,
                quantizationTable: tables[index],
                coefficients: blocks, tableSlot: Int(c.quant_table)))
        }
        var markers: [MarkerSegment] = []
        for index in 0..<Int(layout.marker_count) {
            var markerCode: Int32 = 0
            var data: UnsafePointer<UInt8>?
            var length: UInt32 = 0
            guard jshim_coef_marker(reader, Int32(index), &markerCode, &data, &length) == 1 else { break }
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: Int(length))) } ?? []
            markers.append(MarkerSegment(code: UInt8(truncatingIfNeeded: markerCode), bytes: bytes))
        }
        self.width = info.width
        self.height = info.height
        self.colorModel = model
        self.streamInfo = JPEGStreamInfo(layout.header)
        self.restartInterval = Int(layout.header.restart_interval)
        self.markers = markers
        self.components = components
    }

    // MARK: Geometry

    private var maxSampling: (h: Int, v: Int) {
        components.reduce((1, 1)) { (max($0.0, $1.horizontalSampling), max($0.1, $1.verticalSampling)) }
    }

    /// The size of an MCU in pixels (8x8 for a single component: its scan is not interleaved).
    public var mcuSize: (width: Int, height: Int) {
        if components.count == 1 { return (8, 8) }
        let m = maxSampling
        return (8 * m.h, 8 * m.v)
    }

    /// The smallest MCU-aligned pixel rectangle containing `rect` (clipped to the image), or nil
    /// when `rect` does not touch the image. Changing the blocks of these MCUs changes no pixel
    /// outside it, except that smooth chroma upsampling (4:2:x streams) blends one pixel across
    /// its edge.
    public func mcuAlignedRect(covering rect: Rect) -> Rect? {
        aligned(rect, to: mcuSize)
    }

    /// The blocks of `component` that touch `rect` (nil when `rect` does not touch the image), on
    /// the component's own grid: a full-resolution component changes only the 8x8 blocks the
    /// rectangle touches, a subsampled one the larger blocks its samples cover.
    public func blockRect(covering rect: Rect, component: Int) -> Rect? {
        guard components.indices.contains(component), let clipped = clip(rect) else { return nil }
        let c = components[component]
        let m = maxSampling
        let blockWidth = components.count == 1 ? 8 : 8 * m.h / max(c.horizontalSampling, 1)
        let blockHeight = components.count == 1 ? 8 : 8 * m.v / max(c.verticalSampling, 1)
        let x0 = clipped.x / blockWidth, y0 = clipped.y / blockHeight
        let x1 = min((clipped.x + clipped.width + blockWidth - 1) / blockWidth, c.paddedWidthInBlocks)
        let y1 = min((clipped.y + clipped.height + blockHeight - 1) / blockHeight, c.paddedHeightInBlocks)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// `rect` clipped to the image and grown out to a grid of `cell`-sized cells (the last row
    /// and column of cells clipped to the image); nil when `rect` misses the image.
    private func aligned(_ rect: Rect, to cell: (width: Int, height: Int)) -> Rect? {
        guard let clipped = clip(rect) else { return nil }
        let x0 = clipped.x / cell.width * cell.width, y0 = clipped.y / cell.height * cell.height
        let x1 = min((clipped.x + clipped.width + cell.width - 1) / cell.width * cell.width, width)
        let y1 = min((clipped.y + clipped.height + cell.height - 1) / cell.height * cell.height, height)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    private func clip(_ rect: Rect) -> Rect? {
        let x0 = max(rect.x, 0), y0 = max(rect.y, 0)
        let x1 = min(rect.x + max(rect.width, 0), width), y1 = min(rect.y + max(rect.height, 0), height)
        guard x1 > x0, y1 > y0 else { return nil }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    // MARK: Changing blocks

    /// The quantised DC coefficient that makes a block with no AC coefficients decode to `sample`
    /// everywhere, as near as the table's DC step allows (exact for steps up to 8, within
    /// step/16 otherwise).
    public func dcValue(forSample sample: Int, component: Int) -> Int16 {
        let step = max(Int(components[component].quantizationTable[0]), 1)
        let target = min(max(sample, 0), 255)
        let guess = Int(((Double(target) - 128) * 8 / Double(step)).rounded())
        let best = (guess - 1...guess + 1).min { abs(decodedSample(dc: $0, step: step) - target) < abs(decodedSample(dc: $1, step: step) - target) }
        return Int16(clamping: best ?? guess)
    }

    /// The sample value a block holding only DC `dcValue` decodes to.
    public func sample(forDCValue dcValue: Int16, component: Int) -> Int {
        decodedSample(dc: Int(dcValue), step: Int(components[component].quantizationTable[0]))
    }

    /// A DC-only block's samples in libjpeg's integer IDCT: (DC * step + 4) >> 3, level-shifted and clamped.
    private func decodedSample(dc: Int, step: Int) -> Int {
        min(max(((dc * step + 4) >> 3) + 128, 0), 255)
    }

    /// Sets every block of `blockRect` (in `component`'s padded grid) to DC `dcValue` and no AC.
    public mutating func fill(component: Int, blockRect: Rect, dcValue: Int16) throws(DicomError) {
        guard components.indices.contains(component) else {
            throw DicomError(.invalidValue, "the JPEG frame has no component \(component)")
        }
        let c = components[component]
        guard !blockRect.isEmpty, blockRect.x >= 0, blockRect.y >= 0,
              blockRect.x + blockRect.width <= c.paddedWidthInBlocks,
              blockRect.y + blockRect.height <= c.paddedHeightInBlocks else {
            throw DicomError(.invalidValue, "block rectangle \(blockRect) is outside component \(component)'s "
                             + "\(c.paddedWidthInBlocks)x\(c.paddedHeightInBlocks) blocks")
        }
        let stride = c.paddedWidthInBlocks
        components[component].coefficients.withUnsafeMutableBufferPointer { blocks in
            for y in blockRect.y..<(blockRect.y + blockRect.height) {
                let rowStart = (y &* stride &+ blockRect.x) &* 64
                let rowEnd = rowStart &+ blockRect.width &* 64
                blocks[rowStart..<rowEnd].update(repeating: 0)
                var dc = rowStart
                while dc < rowEnd {
                    blocks[dc] = dcValue
                    dc &+= 64
                }
            }
        }
    }

    /// Replaces the 64 coefficients (natural order) of block (x, y) of `component`'s padded grid.
    public mutating func setBlock(component: Int, x: Int, y: Int, coefficients: [Int16]) throws(DicomError) {
        guard components.indices.contains(component), coefficients.count == 64,
              (0..<components[component].paddedWidthInBlocks).contains(x),
              (0..<components[component].paddedHeightInBlocks).contains(y) else {
            throw DicomError(.invalidValue, "block (\(x), \(y)) of component \(component) does not exist or 64 coefficients were not given")
        }
        let start = (y * components[component].paddedWidthInBlocks + x) * 64
        components[component].coefficients.replaceSubrange(start..<start + 64, with: coefficients)
    }

    /// The component values (in `colorModel`) of an RGB colour: JFIF's full-range YCbCr for
    /// YCbCr streams, the luma for grey ones.
    public func componentValues(red: Int, green: Int, blue: Int) -> [Int] {
        let r = Double(red), g = Double(green), b = Double(blue)
        let y = 0.299 * r + 0.587 * g + 0.114 * b
        switch colorModel {
        case .grey: return [Int(y.rounded())]
        case .yCbCr:
            let cb = -0.168736 * r - 0.331264 * g + 0.5 * b + 128
            let cr = 0.5 * r - 0.418688 * g - 0.081312 * b + 128
            return [y, cb, cr].map { min(max(Int($0.rounded()), 0), 255) }
        default: return [red, green, blue]
        }
    }

    // MARK: Writing

    /// Writes the frame: a sequential Huffman-coded stream (SOF0 for 8-bit tables <= 255) with the
    /// original quantisation tables, sampling, component ids and `restartInterval`.
    public func encode(huffmanTables: HuffmanTables = .optimized, markers copy: MarkerCopy = .decodingOnly) throws(DicomError) -> Data {
        var params = jshim_coef_write_params()
        params.width = UInt32(width)
        params.height = UInt32(height)
        params.components = Int32(components.count)
        params.restart_interval = UInt32(clamping: max(restartInterval, 0))
        params.optimize_coding = huffmanTables == .optimized ? 1 : 0
        guard restartInterval <= 65535, components.count <= Int(JSHIM_MAX_COMPONENTS) else {
            throw DicomError(.codec, "restart interval \(restartInterval) or \(components.count) components cannot be written")
        }
        // Quantisation table slots as in the original; a slot shared by components must agree.
        var slots: [Int: [UInt16]] = [:]
        for c in components {
            guard (0..<4).contains(c.tableSlot), slots[c.tableSlot] == nil || slots[c.tableSlot] == c.quantizationTable else {
                throw DicomError(.codec, "components sharing quantisation table \(c.tableSlot) were quantised differently")
            }
            slots[c.tableSlot] = c.quantizationTable
        }
        withUnsafeMutableBytes(of: &params.quant_present) { raw in
            for slot in slots.keys { raw.storeBytes(of: Int32(1), toByteOffset: slot * 4, as: Int32.self) }
        }
        withUnsafeMutableBytes(of: &params.quant) { raw in
            for (slot, table) in slots {
                for (index, value) in table.enumerated() {
                    raw.storeBytes(of: value, toByteOffset: (slot * 64 + index) * 2, as: UInt16.self)
                }
            }
        }
        withUnsafeMutableBytes(of: &params.component) { raw in
            for (index, c) in components.enumerated() {
                var shim = jshim_coef_component()
                shim.component_id = Int32(c.id)
                shim.h_samp = Int32(c.horizontalSampling)
                shim.v_samp = Int32(c.verticalSampling)
                shim.quant_table = Int32(c.tableSlot)
                shim.width_in_blocks = UInt32(c.widthInBlocks)
                shim.height_in_blocks = UInt32(c.heightInBlocks)
                shim.padded_width_in_blocks = UInt32(c.paddedWidthInBlocks)
                shim.padded_height_in_blocks = UInt32(c.paddedHeightInBlocks)
                raw.storeBytes(of: shim, toByteOffset: index * MemoryLayout<jshim_coef_component>.stride,
                               as: jshim_coef_component.self)
            }
        }
        let segments = markersToWrite(copy)
        let markerBytes = segments.flatMap(\.bytes)
        var status = jshim_status()
        var output: UnsafeMutablePointer<UInt8>?
        var size = 0
        let code = markerBytes.withUnsafeBufferPointer { joined -> Int32 in
            var offset = 0
            let shimMarkers = segments.map { segment -> jshim_marker in
                defer { offset += segment.bytes.count }
                return jshim_marker(code: Int32(segment.code), data: joined.baseAddress.map { $0 + offset },
                                    length: UInt32(segment.bytes.count))
            }
            return shimMarkers.withUnsafeBufferPointer { markerList -> Int32 in
                params.markers = markerList.baseAddress
                params.marker_count = Int32(markerList.count)
                return withBlockPointers(0, []) { pointers in
                    withUnsafeMutableBytes(of: &params.blocks) { raw in
                        for (index, pointer) in pointers.enumerated() {
                            raw.storeBytes(of: pointer, toByteOffset: index * MemoryLayout<UnsafePointer<Int16>?>.stride,
                                           as: UnsafePointer<Int16>?.self)
                        }
                    }
                    return jshim_coef_write(&params, &output, &size, &status)
                }
            }
        }
        guard code == Int32(JSHIM_OK), let output else { throw jpegError(status, "writing JPEG coefficients") }
        defer { jshim_free(output) }
        return Data(bytes: output, count: size)
    }

    /// Runs `body` with a pointer to every component's coefficients.
    private func withBlockPointers<R>(_ index: Int, _ pointers: [UnsafePointer<Int16>?],
                                      _ body: ([UnsafePointer<Int16>?]) -> R) -> R {
        guard index < components.count else { return body(pointers) }
        return components[index].coefficients.withUnsafeBufferPointer { buffer in
            withBlockPointers(index + 1, pointers + [buffer.baseAddress], body)
        }
    }

    /// The segments `encode` writes after SOI.
    func markersToWrite(_ copy: MarkerCopy) -> [MarkerSegment] {
        switch copy {
        case .none: return []
        case .all: return markers
        case .decodingOnly:
            return markers.compactMap { segment in
                switch segment.code {
                case 0xE0 where segment.hasPrefix("JFIF\0"):
                    guard segment.bytes.count >= 14 else { return segment }
                    // Identifier, version, units and densities; no thumbnail.
                    var bytes = Array(segment.bytes.prefix(14))
                    bytes[12] = 0
                    bytes[13] = 0
                    return MarkerSegment(code: 0xE0, bytes: bytes)
                case 0xEE where segment.hasPrefix("Adobe"):
                    return segment
                case 0xE2 where segment.hasPrefix("ICC_PROFILE\0"):
                    return segment
                default:
                    return nil
                }
            }
        }
    }
}
