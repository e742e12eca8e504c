import PixelIO

/// How the pixels of a file with regions to blank are written, by its transfer syntax.
///
/// | input | output |
/// |---|---|
/// | native (implicit/explicit VR LE, explicit VR BE, deflated) | same syntax; changed frames rewritten, others copied |
/// | RLE, JPEG-LS lossless, JPEG Lossless (.57, .70), JPEG 2000 lossless (.90), deflated frames (.8.1) | same syntax; changed frames re-encoded losslessly, others keep their fragments |
/// | JPEG Baseline (.50), 8-bit JPEG Extended (.51) | `--jpeg dct` (default): same syntax, DCT-domain; `reencode`: same syntax, changed frames JPEG again; `decompress`: Explicit VR LE |
/// | 12-bit JPEG Extended (.51) | JPEG Lossless SV1 (.70): no 12-bit JPEG encoder, and no second lossy generation |
/// | JPEG-LS near-lossless (.81) | JPEG-LS lossless (.80) |
/// | JPEG 2000 (.91) | JPEG 2000 lossless (.90) |
/// | HTJ2K (.201, .202, .203) | JPEG 2000 lossless (.90): OpenJPEG cannot encode HTJ2K |
///
/// Where the syntax changes every frame is decoded and re-encoded losslessly, so the pixels are
/// exactly the decoded input outside the regions; Lossy Image Compression stays "01" with the
/// original method whenever the input was lossy. Other syntaxes (MPEG/HEVC video, JPEG 2000 Part
/// 2, encapsulated uncompressed, unknown) are refused.
public enum OutputStrategy: Sendable, Equatable {
    /// Native pixels rewritten in the input's syntax.
    case native
    /// The input's lossless encapsulated syntax; changed frames re-encoded with its codec.
    case losslessReencode
    /// JPEG blocks changed in the DCT domain.
    case dct
    /// JPEG frames with regions decoded, filled and encoded as JPEG again.
    case jpegReencode
    /// Every frame decoded and written native, Explicit VR Little Endian.
    case decompress
    /// Every frame decoded and re-encoded losslessly in another syntax.
    case reencode(to: TransferSyntax)

    /// The strategy for `file` under `options`; throws for syntaxes redact cannot write.
    public static func choose(for file: DicomFile, frames: PixelFrames, options: ApplyOptions) throws(DicomError) -> OutputStrategy {
        let syntax = file.transferSyntax
        if !syntax.isEncapsulated { return .native }
        switch syntax {
        case .rleLossless, .jpegLSLossless, .jpegLossless, .jpegLosslessSV1, .jpeg2000Lossless, .deflatedImageFrame:
            return .losslessReencode
        case .jpegBaseline:
            return jpeg(options.jpeg)
        case .jpegExtended:
            let precision = JPEGExtended12Codec.samplePrecision(of: try frames.encodedFrame(0))
            return precision == 8 ? jpeg(options.jpeg) : .reencode(to: .jpegLosslessSV1)
        case .jpegLSNearLossless:
            return .reencode(to: .jpegLSLossless)
        case .jpeg2000, .htj2kLossless, .htj2kLosslessRPCL, .htj2k:
            return .reencode(to: .jpeg2000Lossless)
        default:
            throw DicomError(.unsupportedTransferSyntax,
                             "redaction cannot write \(syntax) (\(syntax.uid)): no lossless way to re-encode it")
        }
    }

    private static func jpeg(_ choice: JPEGStrategy) -> OutputStrategy {
        switch choice {
        case .dct: return .dct
        case .reencode: return .jpegReencode
        case .decompress: return .decompress
        }
    }

    /// A short description for reports.
    public var summary: String {
        switch self {
        case .native: return "native pixels rewritten"
        case .losslessReencode: return "changed frames re-encoded losslessly"
        case .dct: return "DCT-domain (only blocks touching a region changed)"
        case .jpegReencode: return "changed frames re-encoded as JPEG (lossy)"
        case .decompress: return "decompressed to Explicit VR Little Endian"
        case .reencode(let target): return "re-encoded losslessly as \(target.name)"
        }
    }
}
