import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The orthonormal 8x8 DCT of JPEG (ISO 10918-1 A.3.3) in floating point, for working on single
/// blocks in the DCT domain. Samples are level-shifted (sample − 128); blocks are 64 values in
/// natural (row-major) order.
enum BlockDCT {
    /// basis[x * 8 + u] = C(u)/2 · cos((2x + 1)uπ/16), C(0) = 1/√2, else 1.
    static let basis: [Double] = (0..<64).map { i in
        let x = Double(i / 8), u = Double(i % 8)
        let scale = i % 8 == 0 ? 0.5 / 2.0.squareRoot() : 0.5
        return scale * cos((2 * x + 1) * u * Double.pi / 16)
    }

    /// `basis` in single precision.
    private static let floatBasis: [Float] = basis.map { Float($0) }

    /// The block's samples from its (dequantised) coefficients.
    static func inverse(_ coefficients: [Float]) -> [Float] {
        separable(coefficients, transposedBasis: true)
    }

    /// The block's coefficients (not quantised) from its samples.
    static func forward(_ samples: [Float]) -> [Float] {
        separable(samples, transposedBasis: false)
    }

    /// The samples basis function `index` contributes per unit of its coefficient.
    private static func pattern(_ index: Int) -> [Float] {
        var unit = [Float](repeating: 0, count: 64)
        unit[index] = 1
        return inverse(unit)
    }

    /// The patterns of all 64 coefficients, `patterns[k * 64 + i]`.
    static let patterns: [Float] = (0..<64).flatMap { pattern($0) }

    /// Applies the 1-D transform along rows, then along columns. Forward: out[u] = Σx basis[x][u]·in[x];
    /// inverse: out[x] = Σu basis[x][u]·in[u].
    private static func separable(_ block: [Float], transposedBasis: Bool) -> [Float] {
        transformRows(transformRows(block, transposedBasis: transposedBasis), transposedBasis: transposedBasis)
    }

    /// Transforms every row of `block` and returns the result transposed, so that applying it twice
    /// transforms rows and columns and restores the orientation.
    private static func transformRows(_ block: [Float], transposedBasis: Bool) -> [Float] {
        var out = [Float](repeating: 0, count: 64)
        for row in 0..<8 {
            for o in 0..<8 {
                var sum: Float = 0
                for i in 0..<8 {
                    sum += (transposedBasis ? floatBasis[o * 8 + i] : floatBasis[i * 8 + o]) * block[row * 8 + i]
                }
                out[o * 8 + row] = sum
            }
        }
        return out
    }
}
