internal import CJPEGShim
import FoundationEssentials

/// What a JPEG (ISO 10918-1) stream's frame header and the markers before its first scan say,
/// as libjpeg reads them.
public struct JPEGStreamInfo: Sendable, Equatable {
    /// A colour model of the stored components.
    public enum ColorModel: String, Sendable {
        case unknown, grey, rgb, yCbCr, cmyk, ycck
    }

    public var width: Int
    public var height: Int
    public var components: Int
    /// Bits per sample (8 for baseline).
    public var precision: Int
    /// The SOFn marker: 0xC0 baseline, 0xC1 extended sequential, 0xC2 progressive, ...
    public var frameMarker: Int
    /// libjpeg's own reading of the colour model (from JFIF/Adobe markers and component ids).
    public var libjpegColorModel: ColorModel
    /// True when a JFIF APP0 segment is present (JFIF streams are YCbCr or grey).
    public var hasJFIF: Bool
    /// The Adobe APP14 transform flag (0 none, 1 YCbCr, 2 YCCK), nil without an Adobe segment.
    public var adobeTransform: Int?
    public var isProgressive: Bool
    public var isArithmetic: Bool
    /// The restart interval in MCUs defined before the first scan (0: none).
    public var restartInterval: Int
    public var componentIDs: [Int]
    public var horizontalSampling: [Int]
    public var verticalSampling: [Int]

    /// Reads the headers of a stream. 12-bit and lossless frames, which libjpeg-turbo cannot
    /// read, are named in the error.
    public static func read(_ data: Data) throws(DicomError) -> JPEGStreamInfo {
        try withBytes(data) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> JPEGStreamInfo in
            try read(raw)
        }
    }

    static func read(_ raw: UnsafeRawBufferPointer) throws(DicomError) -> JPEGStreamInfo {
        guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count > 0 else {
            throw DicomError(.codec, "the JPEG stream is empty")
        }
        var marker: Int32 = 0, precision: Int32 = 0, components: Int32 = 0
        var width: UInt32 = 0, height: UInt32 = 0
        if jshim_scan_frame_header(base, raw.count, &marker, &precision, &width, &height, &components) == 1 {
            if marker == 0xC3 || marker == 0xC7 || marker == 0xCB || marker == 0xCF {
                throw DicomError(.codec, "the JPEG stream is lossless (SOF\(marker - 0xC0)), not baseline or extended")
            }
            if precision != 8 {
                throw DicomError(.codec, "the JPEG stream has \(precision)-bit samples (SOF\(marker - 0xC0)); "
                                 + "libjpeg-turbo here decodes 8-bit JPEG only")
            }
        }
        var header = jshim_header()
        var status = jshim_status()
        let code = jshim_read_header(base, raw.count, &header, &status)
        guard code == Int32(JSHIM_OK) else { throw jpegError(status, "reading the JPEG headers") }
        return JPEGStreamInfo(header)
    }

    init(_ h: jshim_header) {
        let count = Int(h.components)
        width = Int(h.width)
        height = Int(h.height)
        components = count
        precision = Int(h.precision)
        frameMarker = Int(h.sof_marker)
        libjpegColorModel = ColorModel(shim: h.color_space)
        hasJFIF = h.saw_jfif != 0
        adobeTransform = h.saw_adobe != 0 ? Int(h.adobe_transform) : nil
        isProgressive = h.progressive != 0
        isArithmetic = h.arithmetic != 0
        restartInterval = Int(h.restart_interval)
        let kept = min(count, Int(JSHIM_MAX_COMPONENTS))
        componentIDs = cArray(h.component_id, count: kept, of: Int32.self).map(Int.init)
        horizontalSampling = cArray(h.h_samp, count: kept, of: Int32.self).map(Int.init)
        verticalSampling = cArray(h.v_samp, count: kept, of: Int32.self).map(Int.init)
    }
}

extension JPEGStreamInfo.ColorModel {
    init(shim value: Int32) {
        switch value {
        case Int32(JSHIM_CS_GRAY): self = .grey
        case Int32(JSHIM_CS_RGB): self = .rgb
        case Int32(JSHIM_CS_YCBCR): self = .yCbCr
        case Int32(JSHIM_CS_CMYK): self = .cmyk
        case Int32(JSHIM_CS_YCCK): self = .ycck
        default: self = .unknown
        }
    }

    var shim: Int32 {
        switch self {
        case .grey: Int32(JSHIM_CS_GRAY)
        case .rgb: Int32(JSHIM_CS_RGB)
        case .yCbCr: Int32(JSHIM_CS_YCBCR)
        case .cmyk: Int32(JSHIM_CS_CMYK)
        case .ycck: Int32(JSHIM_CS_YCCK)
        case .unknown: Int32(JSHIM_CS_UNKNOWN)
        }
    }
}

/// Decides how the three components of a colour stream are to be read. libjpeg guesses from
/// markers and component ids only; DICOM adds the Photometric Interpretation, which real files
/// get wrong in both directions. Explicit signalling inside the stream wins, the header decides
/// the rest:
///   1. Adobe APP14 transform 0: RGB (untransformed); transform 1: YCbCr.
///   2. A JFIF APP0 segment: YCbCr (JFIF allows no other three-component model).
///   3. Component ids 'R', 'G', 'B': RGB.
///   4. Otherwise the header: any YBR_* is YCbCr, RGB is RGB; anything else takes libjpeg's guess.
enum JPEGColorDecision {
    static func streamModel(_ info: JPEGStreamInfo, photometric: Photometric) throws(DicomError) -> JPEGStreamInfo.ColorModel {
        switch info.components {
        case 1:
            return .grey
        case 3:
            break
        default:
            throw DicomError(.codec, "JPEG streams with \(info.components) components are not supported")
        }
        if let transform = info.adobeTransform, transform == 0 || transform == 1 {
            return transform == 0 ? .rgb : .yCbCr
        }
        if info.hasJFIF { return .yCbCr }
        if info.componentIDs == [0x52, 0x47, 0x42] { return .rgb }
        if photometric.isYBR { return .yCbCr }
        if photometric == .rgb { return .rgb }
        switch info.libjpegColorModel {
        case .rgb: return .rgb
        case .yCbCr: return .yCbCr
        default: throw DicomError(.codec, "cannot tell the colour model of a JPEG stream with Photometric Interpretation \(photometric)")
        }
    }
}

/// The elements of a fixed-size C array (imported as a tuple).
func cArray<Tuple, Element>(_ tuple: Tuple, count: Int, of: Element.Type) -> [Element] {
    withUnsafeBytes(of: tuple) { raw in
        (0..<count).map { raw.load(fromByteOffset: $0 * MemoryLayout<Element>.stride, as: Element.self) }
    }
}

/// A DicomError for a failed shim call.
func jpegError(_ status: jshim_status, _ context: String) -> DicomError {
    let message = withUnsafeBytes(of: status.message) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
    switch status.code {
    case Int32(JSHIM_CORRUPT):
        return DicomError(.codec, "\(context): damaged JPEG data (\(message))")
    case Int32(JSHIM_MISMATCH):
        return DicomError(.codec, "\(context): \(message)")
    default:
        return DicomError(.codec, "\(context): \(message.isEmpty ? "libjpeg failed" : message)")
    }
}

/// The stream, with an EOI marker appended when it has none (some writers leave it out; libjpeg
/// would warn about a premature end, which is fatal here). A stream that is really truncated
/// still fails: its entropy-coded data runs into the EOI.
func terminatedJPEG(_ data: Data) -> Data {
    var end = data.endIndex
    while end > data.startIndex, data[end - 1] == 0 || data[end - 1] == 0xFF { end -= 1 }
    if end - data.startIndex >= 2 && data[end - 1] == 0xD9 && data[end - 2] == 0xFF { return data }
    var copy = Data(data)
    copy.append(contentsOf: [0xFF, 0xD9])
    return copy
}

/// A libjpeg budget for image-sized buffers: the frame's samples at 16 bits each (coefficient
/// buffers), padded to whole MCUs, plus room for tables and row buffers.
func jpegMemoryBudget(width: Int, height: Int, components: Int) -> UInt64 {
    UInt64((width + 32) * (height + 32) * components * 2 + 64 << 20)
}
