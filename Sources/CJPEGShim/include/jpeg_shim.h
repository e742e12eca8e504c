// A thin C layer over libjpeg(-turbo) for PixelIO's JPEG codec.
//
// Every libjpeg call sequence runs inside one function of this file under setjmp, with an
// error manager whose error_exit formats the message and longjmps back; the functions return
// a status code and fill a jshim_status. Swift never sees a libjpeg type and never unwinds
// through C.
//
// Warnings: libjpeg reports damaged data (bad Huffman codes, premature end of the stream,
// missing restart markers, extraneous bytes, ...) as warnings and then carries on, filling
// the damaged part with invented samples. These are fatal here (JSHIM_CORRUPT): the decode
// stops and fails. Only warnings that cannot change a sample are tolerated and counted:
// an unknown JFIF revision, an unknown Adobe transform code (the colour decision is the
// caller's, made from jshim_header) and a malformed ICC profile marker (the profile is never
// applied).
//
// Memory: input buffers are borrowed for the duration of a call. Output buffers returned by
// jshim_encode and jshim_coef_write are malloc'd and owned by the caller, who releases them
// with jshim_free. A jshim_coef_reader is owned by the caller and released with
// jshim_coef_close. Every decoding call is given the image size the caller expects and fails
// (JSHIM_MISMATCH) before allocating image-sized memory when the frame header disagrees.

#ifndef JPEG_SHIM_H
#define JPEG_SHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes.
enum {
    JSHIM_OK = 0,
    JSHIM_ERROR = 1,        ///< libjpeg refused the stream (or ran out of its memory budget)
    JSHIM_CORRUPT = 2,      ///< libjpeg warned that the data is damaged: fatal by policy
    JSHIM_MISMATCH = 3,     ///< the frame header disagrees with what the caller expected
    JSHIM_ARGUMENT = 4,     ///< bad arguments (sizes, buffers, parameters)
    JSHIM_NO_MEMORY = 5,    ///< malloc failed
};

/// Colour spaces, numbered as libjpeg's J_COLOR_SPACE.
enum {
    JSHIM_CS_UNKNOWN = 0,
    JSHIM_CS_GRAY = 1,
    JSHIM_CS_RGB = 2,
    JSHIM_CS_YCBCR = 3,
    JSHIM_CS_CMYK = 4,
    JSHIM_CS_YCCK = 5,
};

#define JSHIM_MAX_COMPONENTS 4
#define JSHIM_MESSAGE_LENGTH 256

typedef struct jshim_status {
    int32_t code;                ///< JSHIM_*
    int32_t libjpeg_code;        ///< libjpeg's message code for the failure, or -1
    int32_t warnings;            ///< tolerated warnings seen
    char message[JSHIM_MESSAGE_LENGTH];
} jshim_status;

/// What the frame header and the markers before the first scan say.
typedef struct jshim_header {
    uint32_t width, height;
    int32_t components;
    int32_t precision;
    int32_t sof_marker;          ///< 0xC0 (baseline), 0xC1 (extended), 0xC2 (progressive), ...
    int32_t color_space;         ///< libjpeg's reading of the markers and component ids (JSHIM_CS_*)
    int32_t saw_jfif;
    int32_t saw_adobe;
    int32_t adobe_transform;     ///< valid when saw_adobe
    int32_t progressive;
    int32_t arithmetic;
    uint32_t restart_interval;   ///< in MCUs, 0 when none before the first scan
    int32_t component_id[JSHIM_MAX_COMPONENTS];
    int32_t h_samp[JSHIM_MAX_COMPONENTS];
    int32_t v_samp[JSHIM_MAX_COMPONENTS];
    int32_t quant_table[JSHIM_MAX_COMPONENTS];
} jshim_header;

/// Finds the first SOFn marker segment without libjpeg (so 12-bit and lossless frames, which
/// this libjpeg cannot read, can be named). Returns 1 and fills the outputs when found.
int32_t jshim_scan_frame_header(const uint8_t *data, size_t size, int32_t *sof_marker, int32_t *precision,
                                uint32_t *width, uint32_t *height, int32_t *components);

/// Reads the headers up to the first scan.
int32_t jshim_read_header(const uint8_t *data, size_t size, jshim_header *header, jshim_status *status);

typedef struct jshim_decode_params {
    uint32_t width, height;      ///< expected; the frame must match exactly
    int32_t components;          ///< expected
    int32_t jpeg_color_space;    ///< how to read the stream (JSHIM_CS_GRAY, _RGB, _YCBCR)
    int32_t out_color_space;     ///< what to produce (JSHIM_CS_GRAY, _RGB, or _YCBCR for no conversion)
    int32_t fancy_upsampling;    ///< 1: libjpeg's default smooth chroma upsampling
    uint64_t max_memory;         ///< libjpeg's budget for image buffers (0: no limit)
} jshim_decode_params;

/// Decodes a frame into `out` (interleaved, 8 bits per sample, rows of width*components bytes).
int32_t jshim_decode(const uint8_t *data, size_t size, const jshim_decode_params *params, uint8_t *out,
                     size_t out_size, jshim_status *status);

typedef struct jshim_encode_params {
    uint32_t width, height;
    int32_t components;          ///< 1 or 3
    int32_t in_color_space;      ///< JSHIM_CS_GRAY, _RGB or _YCBCR: what `pixels` holds
    int32_t jpeg_color_space;    ///< JSHIM_CS_GRAY, _YCBCR or _RGB: what the stream stores
    int32_t quality;             ///< 1...100, baseline quantisation tables (values <= 255)
    int32_t luma_h_samp, luma_v_samp; ///< YCbCr only: 1x1 (4:4:4), 2x1 (4:2:2), 2x2 (4:2:0)
    uint32_t restart_interval;   ///< in MCUs, 0 for none
    int32_t optimize_coding;     ///< 1: image-specific Huffman tables (two passes)
} jshim_encode_params;

/// Encodes interleaved 8-bit samples. On success *out is a malloc'd buffer for jshim_free.
int32_t jshim_encode(const jshim_encode_params *params, const uint8_t *pixels, size_t pixels_size,
                     uint8_t **out, size_t *out_size, jshim_status *status);

/// Releases a buffer returned by this shim.
void jshim_free(void *buffer);

// MARK: DCT coefficients

typedef struct jshim_coef_reader jshim_coef_reader;

/// Per-component layout of a coefficient image. Blocks are stored row by row over the padded
/// grid (whole MCUs); the image proper covers width_in_blocks x height_in_blocks of it.
typedef struct jshim_coef_component {
    int32_t component_id;
    int32_t h_samp, v_samp;
    int32_t quant_table;
    uint32_t width_in_blocks, height_in_blocks;
    uint32_t padded_width_in_blocks, padded_height_in_blocks;
} jshim_coef_component;

typedef struct jshim_coef_info {
    jshim_header header;
    jshim_coef_component component[JSHIM_MAX_COMPONENTS];
    uint16_t quant[JSHIM_MAX_COMPONENTS][64]; ///< each component's quantisation table, natural order
    int32_t marker_count;        ///< saved APPn and COM segments
} jshim_coef_info;

/// Reads every DCT coefficient of a frame. The frame must match the expected size and
/// component count; max_memory bounds libjpeg's coefficient buffers (0: no limit).
int32_t jshim_coef_open(const uint8_t *data, size_t size, uint32_t width, uint32_t height, int32_t components,
                        uint64_t max_memory, jshim_coef_reader **reader, jshim_coef_info *info,
                        jshim_status *status);

/// Copies component `index`'s blocks (padded grid, 64 coefficients each, natural order) into
/// `dest`, which holds `count` coefficients (exactly padded width * padded height * 64).
int32_t jshim_coef_copy_blocks(jshim_coef_reader *reader, int32_t index, int16_t *dest, size_t count,
                               jshim_status *status);

/// Saved marker `index` (in stream order): its code (0xE0...0xEF, 0xFE) and bytes, borrowed
/// from the reader until jshim_coef_close.
int32_t jshim_coef_marker(const jshim_coef_reader *reader, int32_t index, int32_t *code, const uint8_t **data,
                          uint32_t *length);

/// Releases a reader (NULL is allowed).
void jshim_coef_close(jshim_coef_reader *reader);

typedef struct jshim_marker {
    int32_t code;
    const uint8_t *data;
    uint32_t length;
} jshim_marker;

typedef struct jshim_coef_write_params {
    uint32_t width, height;
    int32_t components;
    int32_t quant_present[4];    ///< table slots 0...3 in use
    uint16_t quant[4][64];       ///< per slot, natural order
    jshim_coef_component component[JSHIM_MAX_COMPONENTS];
    const int16_t *blocks[JSHIM_MAX_COMPONENTS]; ///< padded grid per component, as read
    uint32_t restart_interval;   ///< in MCUs
    int32_t optimize_coding;     ///< 1: image-specific Huffman tables; 0: the standard (Annex K) tables
    const jshim_marker *markers; ///< written verbatim right after SOI, in order
    int32_t marker_count;
} jshim_coef_write_params;

/// Writes a sequential Huffman-coded stream from coefficients (jpeg_write_coefficients).
/// On success *out is a malloc'd buffer for jshim_free.
int32_t jshim_coef_write(const jshim_coef_write_params *params, uint8_t **out, size_t *out_size,
                         jshim_status *status);

#ifdef __cplusplus
}
#endif

#endif
