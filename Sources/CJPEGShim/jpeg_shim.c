// See include/jpeg_shim.h for the contract. Each public function keeps its libjpeg objects in a
// context struct it owns (never in locals changed after setjmp), runs the libjpeg sequence in a
// helper that calls setjmp first, and on a longjmp destroys the objects, frees buffers and
// returns the status recorded by the error manager.

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <jerror.h>

#include "jpeg_shim.h"

_Static_assert(sizeof(JCOEF) == sizeof(int16_t), "JCOEF must be 16 bits");
_Static_assert(sizeof(UINT16) == sizeof(uint16_t), "UINT16 must be 16 bits");
_Static_assert(JSHIM_MAX_COMPONENTS <= MAX_COMPS_IN_SCAN, "component limit");

// MARK: Errors

typedef struct shim_error {
    struct jpeg_error_mgr pub;
    jmp_buf jump;
    jshim_status *status;
} shim_error;

static void status_reset(jshim_status *status) {
    status->code = JSHIM_OK;
    status->libjpeg_code = -1;
    status->warnings = 0;
    status->message[0] = 0;
}

static int32_t status_fail(jshim_status *status, int32_t code, const char *message) {
    status->code = code;
    snprintf(status->message, JSHIM_MESSAGE_LENGTH, "%s", message);
    return code;
}

static void record(j_common_ptr cinfo, int32_t code) {
    shim_error *err = (shim_error *)cinfo->err;
    char buffer[JMSG_LENGTH_MAX];
    (*cinfo->err->format_message)(cinfo, buffer);
    err->status->code = code;
    err->status->libjpeg_code = cinfo->err->msg_code;
    snprintf(err->status->message, JSHIM_MESSAGE_LENGTH, "%s", buffer);
}

static void shim_error_exit(j_common_ptr cinfo) {
    record(cinfo, JSHIM_ERROR);
    longjmp(((shim_error *)cinfo->err)->jump, 1);
}

// Warnings that cannot change a decoded sample. Every other warning means libjpeg found damaged
// data and is about to invent samples (or has already): fatal.
static int tolerated_warning(int code) {
    return code == JWRN_JFIF_MAJOR || code == JWRN_ADOBE_XFORM || code == JWRN_BOGUS_ICC;
}

static void shim_emit_message(j_common_ptr cinfo, int level) {
    if (level >= 0) return;  // trace messages
    shim_error *err = (shim_error *)cinfo->err;
    cinfo->err->num_warnings++;
    if (tolerated_warning(cinfo->err->msg_code)) {
        err->status->warnings++;
        return;
    }
    record(cinfo, JSHIM_CORRUPT);
    longjmp(err->jump, 1);
}

static void shim_output_message(j_common_ptr cinfo) { (void)cinfo; }

static struct jpeg_error_mgr *shim_error_init(shim_error *err, jshim_status *status) {
    jpeg_std_error(&err->pub);
    err->pub.error_exit = shim_error_exit;
    err->pub.emit_message = shim_emit_message;
    err->pub.output_message = shim_output_message;
    err->status = status;
    return &err->pub;
}

// MARK: Headers

int32_t jshim_scan_frame_header(const uint8_t *d, size_t n, int32_t *sof_marker, int32_t *precision,
                                uint32_t *width, uint32_t *height, int32_t *components) {
    if (d == NULL || n < 4 || d[0] != 0xFF || d[1] != 0xD8) return 0;
    size_t i = 2;
    while (i + 1 < n) {
        if (d[i] != 0xFF) return 0;
        uint8_t m = d[i + 1];
        if (m == 0xFF) { i += 1; continue; }  // fill byte
        i += 2;
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD8)) continue;  // markers without a length
        if (m == 0xD9 || m == 0xDA) return 0;
        if (i + 2 > n) return 0;
        size_t length = ((size_t)d[i] << 8) | d[i + 1];
        if (length < 2 || length > n - i) return 0;
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
            if (length < 8) return 0;
            *sof_marker = m;
            *precision = d[i + 2];
            *height = ((uint32_t)d[i + 3] << 8) | d[i + 4];
            *width = ((uint32_t)d[i + 5] << 8) | d[i + 6];
            *components = d[i + 7];
            return 1;
        }
        i += length;
    }
    return 0;
}

static void fill_header(j_decompress_ptr cinfo, const uint8_t *data, size_t size, jshim_header *h) {
    memset(h, 0, sizeof(*h));
    int32_t precision = 0, components = 0;
    uint32_t w = 0, hh = 0;
    h->sof_marker = jshim_scan_frame_header(data, size, &h->sof_marker, &precision, &w, &hh, &components)
        ? h->sof_marker : -1;
    h->width = cinfo->image_width;
    h->height = cinfo->image_height;
    h->components = cinfo->num_components;
    h->precision = cinfo->data_precision;
    h->color_space = (int32_t)cinfo->jpeg_color_space;
    h->saw_jfif = cinfo->saw_JFIF_marker;
    h->saw_adobe = cinfo->saw_Adobe_marker;
    h->adobe_transform = cinfo->Adobe_transform;
    h->progressive = cinfo->progressive_mode;
    h->arithmetic = cinfo->arith_code;
    h->restart_interval = cinfo->restart_interval;
    for (int c = 0; c < cinfo->num_components && c < JSHIM_MAX_COMPONENTS; c++) {
        jpeg_component_info *comp = &cinfo->comp_info[c];
        h->component_id[c] = comp->component_id;
        h->h_samp[c] = comp->h_samp_factor;
        h->v_samp[c] = comp->v_samp_factor;
        h->quant_table[c] = comp->quant_tbl_no;
    }
}

typedef struct decode_ctx {
    struct jpeg_decompress_struct cinfo;
    shim_error err;
    int created;
} decode_ctx;

static void decode_ctx_begin(decode_ctx *ctx, jshim_status *status) {
    memset(ctx, 0, sizeof(*ctx));
    status_reset(status);
    ctx->cinfo.err = shim_error_init(&ctx->err, status);
}

static void decode_ctx_end(decode_ctx *ctx) {
    if (ctx->created) jpeg_destroy_decompress(&ctx->cinfo);
    ctx->created = 0;
}

static void decode_ctx_create(decode_ctx *ctx, const uint8_t *data, size_t size, uint64_t max_memory) {
    jpeg_CreateDecompress(&ctx->cinfo, JPEG_LIB_VERSION, sizeof(ctx->cinfo));
    ctx->created = 1;
    if (max_memory > 0) ctx->cinfo.mem->max_memory_to_use = (long)max_memory;
    jpeg_mem_src(&ctx->cinfo, data, (unsigned long)size);
}

static int32_t read_header_run(decode_ctx *ctx, const uint8_t *data, size_t size, jshim_header *header) {
    if (setjmp(ctx->err.jump)) {
        decode_ctx_end(ctx);
        return ctx->err.status->code;
    }
    decode_ctx_create(ctx, data, size, 0);
    jpeg_read_header(&ctx->cinfo, TRUE);
    fill_header(&ctx->cinfo, data, size, header);
    decode_ctx_end(ctx);
    return JSHIM_OK;
}

int32_t jshim_read_header(const uint8_t *data, size_t size, jshim_header *header, jshim_status *status) {
    decode_ctx ctx;
    decode_ctx_begin(&ctx, status);
    if (data == NULL || size == 0) return status_fail(status, JSHIM_ARGUMENT, "the JPEG stream is empty");
    return read_header_run(&ctx, data, size, header);
}

// MARK: Decoding

static int check_expected(j_decompress_ptr cinfo, uint32_t width, uint32_t height, int32_t components,
                          jshim_status *status) {
    if (cinfo->image_width != width || cinfo->image_height != height || cinfo->num_components != components) {
        snprintf(status->message, JSHIM_MESSAGE_LENGTH,
                 "the JPEG frame is %ux%u with %d component(s); the DICOM header says %ux%u with %d",
                 (unsigned)cinfo->image_width, (unsigned)cinfo->image_height, cinfo->num_components,
                 (unsigned)width, (unsigned)height, (int)components);
        status->code = JSHIM_MISMATCH;
        return 0;
    }
    return 1;
}

static int supported_space(int32_t space) {
    return space == JSHIM_CS_GRAY || space == JSHIM_CS_RGB || space == JSHIM_CS_YCBCR;
}

static int32_t decode_run(decode_ctx *ctx, const uint8_t *data, size_t size, const jshim_decode_params *p,
                          uint8_t *out, size_t out_size) {
    if (setjmp(ctx->err.jump)) {
        decode_ctx_end(ctx);
        return ctx->err.status->code;
    }
    j_decompress_ptr cinfo = &ctx->cinfo;
    decode_ctx_create(ctx, data, size, p->max_memory);
    jpeg_read_header(cinfo, TRUE);
    if (!check_expected(cinfo, p->width, p->height, p->components, ctx->err.status)) {
        decode_ctx_end(ctx);
        return JSHIM_MISMATCH;
    }
    cinfo->jpeg_color_space = (J_COLOR_SPACE)p->jpeg_color_space;
    cinfo->out_color_space = (J_COLOR_SPACE)p->out_color_space;
    cinfo->do_fancy_upsampling = p->fancy_upsampling ? TRUE : FALSE;
    cinfo->dct_method = JDCT_ISLOW;
    jpeg_start_decompress(cinfo);
    size_t stride = (size_t)cinfo->output_width * (size_t)cinfo->output_components;
    if (cinfo->output_width != p->width || cinfo->output_height != p->height
        || cinfo->output_components != (p->out_color_space == JSHIM_CS_GRAY ? 1 : 3)
        || out_size < stride * cinfo->output_height) {
        status_fail(ctx->err.status, JSHIM_ARGUMENT, "the output buffer does not fit the decoded frame");
        decode_ctx_end(ctx);
        return JSHIM_ARGUMENT;
    }
    JSAMPROW rows[16];
    while (cinfo->output_scanline < cinfo->output_height) {
        JDIMENSION first = cinfo->output_scanline;
        JDIMENSION count = cinfo->output_height - first;
        if (count > 16) count = 16;
        for (JDIMENSION r = 0; r < count; r++) rows[r] = out + (size_t)(first + r) * stride;
        jpeg_read_scanlines(cinfo, rows, count);
    }
    jpeg_finish_decompress(cinfo);
    decode_ctx_end(ctx);
    return JSHIM_OK;
}

int32_t jshim_decode(const uint8_t *data, size_t size, const jshim_decode_params *params, uint8_t *out,
                     size_t out_size, jshim_status *status) {
    decode_ctx ctx;
    decode_ctx_begin(&ctx, status);
    if (data == NULL || size == 0) return status_fail(status, JSHIM_ARGUMENT, "the JPEG stream is empty");
    if (params == NULL || out == NULL || !supported_space(params->jpeg_color_space)
        || !supported_space(params->out_color_space)) {
        return status_fail(status, JSHIM_ARGUMENT, "bad decoding parameters");
    }
    return decode_run(&ctx, data, size, params, out, out_size);
}

// MARK: Encoding

typedef struct encode_ctx {
    struct jpeg_compress_struct cinfo;
    shim_error err;
    int created;
    unsigned char *buffer;   // jpeg_mem_dest's malloc'd output (updated by libjpeg as it grows)
    unsigned long size;
} encode_ctx;

static void encode_ctx_begin(encode_ctx *ctx, jshim_status *status) {
    memset(ctx, 0, sizeof(*ctx));
    status_reset(status);
    ctx->cinfo.err = shim_error_init(&ctx->err, status);
}

static void encode_ctx_end(encode_ctx *ctx, int keep_buffer) {
    if (ctx->created) jpeg_destroy_compress(&ctx->cinfo);
    ctx->created = 0;
    if (!keep_buffer) free(ctx->buffer);
    ctx->buffer = NULL;
}

static int32_t encode_run(encode_ctx *ctx, const jshim_encode_params *p, const uint8_t *pixels, uint8_t **out,
                          size_t *out_size) {
    if (setjmp(ctx->err.jump)) {
        encode_ctx_end(ctx, 0);
        return ctx->err.status->code;
    }
    j_compress_ptr cinfo = &ctx->cinfo;
    jpeg_CreateCompress(cinfo, JPEG_LIB_VERSION, sizeof(*cinfo));
    ctx->created = 1;
    cinfo->image_width = p->width;
    cinfo->image_height = p->height;
    cinfo->input_components = p->components;
    cinfo->in_color_space = (J_COLOR_SPACE)p->in_color_space;
    jpeg_set_defaults(cinfo);
    jpeg_set_colorspace(cinfo, (J_COLOR_SPACE)p->jpeg_color_space);  // JFIF for grey/YCbCr, Adobe for RGB
    if (p->jpeg_color_space == JSHIM_CS_YCBCR) {
        cinfo->comp_info[0].h_samp_factor = p->luma_h_samp;
        cinfo->comp_info[0].v_samp_factor = p->luma_v_samp;
        for (int c = 1; c < 3; c++) {
            cinfo->comp_info[c].h_samp_factor = 1;
            cinfo->comp_info[c].v_samp_factor = 1;
        }
    }
    jpeg_set_quality(cinfo, p->quality, TRUE);
    cinfo->dct_method = JDCT_ISLOW;
    cinfo->optimize_coding = p->optimize_coding ? TRUE : FALSE;
    cinfo->restart_interval = p->restart_interval;
    cinfo->restart_in_rows = 0;
    jpeg_mem_dest(cinfo, &ctx->buffer, &ctx->size);
    jpeg_start_compress(cinfo, TRUE);
    size_t stride = (size_t)p->width * (size_t)p->components;
    JSAMPROW rows[16];
    while (cinfo->next_scanline < cinfo->image_height) {
        JDIMENSION first = cinfo->next_scanline;
        JDIMENSION count = cinfo->image_height - first;
        if (count > 16) count = 16;
        for (JDIMENSION r = 0; r < count; r++) rows[r] = (JSAMPROW)(pixels + (size_t)(first + r) * stride);
        jpeg_write_scanlines(cinfo, rows, count);
    }
    jpeg_finish_compress(cinfo);
    *out = ctx->buffer;
    *out_size = ctx->size;
    encode_ctx_end(ctx, 1);
    return JSHIM_OK;
}

int32_t jshim_encode(const jshim_encode_params *p, const uint8_t *pixels, size_t pixels_size, uint8_t **out,
                     size_t *out_size, jshim_status *status) {
    encode_ctx ctx;
    encode_ctx_begin(&ctx, status);
    if (p == NULL || pixels == NULL || out == NULL || out_size == NULL) {
        return status_fail(status, JSHIM_ARGUMENT, "missing encoding arguments");
    }
    *out = NULL;
    *out_size = 0;
    int valid_spaces = (p->components == 1 && p->in_color_space == JSHIM_CS_GRAY && p->jpeg_color_space == JSHIM_CS_GRAY)
        || (p->components == 3 && (p->in_color_space == JSHIM_CS_RGB || p->in_color_space == JSHIM_CS_YCBCR)
            && (p->jpeg_color_space == JSHIM_CS_YCBCR || p->jpeg_color_space == JSHIM_CS_RGB));
    int valid_sampling = (p->luma_h_samp == 1 || p->luma_h_samp == 2) && (p->luma_v_samp == 1 || p->luma_v_samp == 2);
    if (!valid_spaces || !valid_sampling || p->width == 0 || p->height == 0 || p->width > 65500
        || p->height > 65500 || p->quality < 1 || p->quality > 100 || p->restart_interval > 65535) {
        return status_fail(status, JSHIM_ARGUMENT, "bad encoding parameters");
    }
    if (pixels_size < (size_t)p->width * p->height * (size_t)p->components) {
        return status_fail(status, JSHIM_ARGUMENT, "the pixel buffer is smaller than the frame");
    }
    return encode_run(&ctx, p, pixels, out, out_size);
}

void jshim_free(void *buffer) { free(buffer); }

// MARK: Coefficients: reading

struct jshim_coef_reader {
    struct jpeg_decompress_struct cinfo;
    shim_error err;
    int created;
    jvirt_barray_ptr *arrays;
    jshim_coef_info layout;
};

static void coef_reader_destroy(jshim_coef_reader *reader) {
    if (reader->created) jpeg_destroy_decompress(&reader->cinfo);
    reader->created = 0;
    reader->arrays = NULL;
}

static uint32_t round_up(uint32_t value, uint32_t multiple) {
    return ((value + multiple - 1) / multiple) * multiple;
}

static int32_t coef_open_run(jshim_coef_reader *reader, const uint8_t *data, size_t size, uint32_t width,
                             uint32_t height, int32_t components, uint64_t max_memory, jshim_coef_info *info) {
    if (setjmp(reader->err.jump)) {
        coef_reader_destroy(reader);
        return reader->err.status->code;
    }
    j_decompress_ptr cinfo = &reader->cinfo;
    jpeg_CreateDecompress(cinfo, JPEG_LIB_VERSION, sizeof(*cinfo));
    reader->created = 1;
    if (max_memory > 0) cinfo->mem->max_memory_to_use = (long)max_memory;
    jpeg_mem_src(cinfo, data, (unsigned long)size);
    for (int m = 0; m < 16; m++) jpeg_save_markers(cinfo, JPEG_APP0 + m, 0xFFFF);
    jpeg_save_markers(cinfo, JPEG_COM, 0xFFFF);
    jpeg_read_header(cinfo, TRUE);
    if (!check_expected(cinfo, width, height, components, reader->err.status)) {
        coef_reader_destroy(reader);
        return JSHIM_MISMATCH;
    }
    if (cinfo->num_components > JSHIM_MAX_COMPONENTS) {
        status_fail(reader->err.status, JSHIM_ARGUMENT, "too many components");
        coef_reader_destroy(reader);
        return JSHIM_ARGUMENT;
    }
    reader->arrays = jpeg_read_coefficients(cinfo);
    memset(info, 0, sizeof(*info));
    fill_header(cinfo, data, size, &info->header);
    for (int c = 0; c < cinfo->num_components; c++) {
        jpeg_component_info *comp = &cinfo->comp_info[c];
        jshim_coef_component *out = &info->component[c];
        out->component_id = comp->component_id;
        out->h_samp = comp->h_samp_factor;
        out->v_samp = comp->v_samp_factor;
        out->quant_table = comp->quant_tbl_no;
        out->width_in_blocks = comp->width_in_blocks;
        out->height_in_blocks = comp->height_in_blocks;
        out->padded_width_in_blocks = round_up(comp->width_in_blocks, (uint32_t)comp->h_samp_factor);
        out->padded_height_in_blocks = round_up(comp->height_in_blocks, (uint32_t)comp->v_samp_factor);
        // The table latched when the component's first scan started (what its blocks were quantised with).
        JQUANT_TBL *table = comp->quant_table != NULL ? comp->quant_table : cinfo->quant_tbl_ptrs[comp->quant_tbl_no];
        if (table == NULL) ERREXIT1(cinfo, JERR_NO_QUANT_TABLE, comp->quant_tbl_no);
        memcpy(info->quant[c], table->quantval, sizeof(info->quant[c]));
    }
    int32_t markers = 0;
    for (jpeg_saved_marker_ptr m = cinfo->marker_list; m != NULL; m = m->next) markers++;
    info->marker_count = markers;
    reader->layout = *info;
    return JSHIM_OK;
}

int32_t jshim_coef_open(const uint8_t *data, size_t size, uint32_t width, uint32_t height, int32_t components,
                        uint64_t max_memory, jshim_coef_reader **out, jshim_coef_info *info, jshim_status *status) {
    status_reset(status);
    if (out == NULL || info == NULL) return status_fail(status, JSHIM_ARGUMENT, "missing arguments");
    *out = NULL;
    if (data == NULL || size == 0) return status_fail(status, JSHIM_ARGUMENT, "the JPEG stream is empty");
    jshim_coef_reader *reader = calloc(1, sizeof(jshim_coef_reader));
    if (reader == NULL) return status_fail(status, JSHIM_NO_MEMORY, "out of memory");
    reader->cinfo.err = shim_error_init(&reader->err, status);
    int32_t code = coef_open_run(reader, data, size, width, height, components, max_memory, info);
    if (code != JSHIM_OK) {
        free(reader);
        return code;
    }
    *out = reader;
    return JSHIM_OK;
}

static int32_t coef_copy_run(jshim_coef_reader *reader, int32_t index, int16_t *dest) {
    if (setjmp(reader->err.jump)) return reader->err.status->code;
    const jshim_coef_component *layout = &reader->layout.component[index];
    size_t row_coefficients = (size_t)layout->padded_width_in_blocks * DCTSIZE2;
    for (JDIMENSION row = 0; row < layout->padded_height_in_blocks; row++) {
        JBLOCKARRAY blocks = (*reader->cinfo.mem->access_virt_barray)((j_common_ptr)&reader->cinfo,
                                                                      reader->arrays[index], row, 1, FALSE);
        memcpy(dest + row * row_coefficients, blocks[0], row_coefficients * sizeof(JCOEF));
    }
    return JSHIM_OK;
}

int32_t jshim_coef_copy_blocks(jshim_coef_reader *reader, int32_t index, int16_t *dest, size_t count,
                               jshim_status *status) {
    status_reset(status);
    if (reader == NULL || reader->arrays == NULL || dest == NULL || index < 0
        || index >= reader->cinfo.num_components) {
        return status_fail(status, JSHIM_ARGUMENT, "bad component");
    }
    const jshim_coef_component *layout = &reader->layout.component[index];
    if (count != (size_t)layout->padded_width_in_blocks * layout->padded_height_in_blocks * DCTSIZE2) {
        return status_fail(status, JSHIM_ARGUMENT, "the destination does not fit the component");
    }
    reader->err.status = status;
    return coef_copy_run(reader, index, dest);
}

int32_t jshim_coef_marker(const jshim_coef_reader *reader, int32_t index, int32_t *code, const uint8_t **data,
                          uint32_t *length) {
    if (reader == NULL || index < 0) return 0;
    jpeg_saved_marker_ptr m = reader->cinfo.marker_list;
    for (int32_t i = 0; m != NULL && i < index; i++) m = m->next;
    if (m == NULL) return 0;
    *code = m->marker;
    *data = m->data;
    *length = m->data_length;
    return 1;
}

void jshim_coef_close(jshim_coef_reader *reader) {
    if (reader == NULL) return;
    coef_reader_destroy(reader);
    free(reader);
}

// MARK: Coefficients: writing

static int32_t coef_write_run(encode_ctx *ctx, const jshim_coef_write_params *p, uint8_t **out, size_t *out_size) {
    if (setjmp(ctx->err.jump)) {
        encode_ctx_end(ctx, 0);
        return ctx->err.status->code;
    }
    j_compress_ptr cinfo = &ctx->cinfo;
    jpeg_CreateCompress(cinfo, JPEG_LIB_VERSION, sizeof(*cinfo));
    ctx->created = 1;
    cinfo->image_width = p->width;
    cinfo->image_height = p->height;
    cinfo->input_components = p->components;
    cinfo->in_color_space = JCS_UNKNOWN;
    jpeg_set_defaults(cinfo);
    // No colour conversion happens when writing coefficients; JCS_UNKNOWN writes no JFIF or Adobe
    // segment of its own (the caller's copies of the original segments are written instead).
    jpeg_set_colorspace(cinfo, JCS_UNKNOWN);
    cinfo->write_JFIF_header = FALSE;
    cinfo->write_Adobe_marker = FALSE;
    for (int t = 0; t < NUM_QUANT_TBLS; t++) {
        if (t < 4 && p->quant_present[t]) {
            if (cinfo->quant_tbl_ptrs[t] == NULL) cinfo->quant_tbl_ptrs[t] = jpeg_alloc_quant_table((j_common_ptr)cinfo);
            memcpy(cinfo->quant_tbl_ptrs[t]->quantval, p->quant[t], sizeof(p->quant[t]));
            cinfo->quant_tbl_ptrs[t]->sent_table = FALSE;
        } else {
            cinfo->quant_tbl_ptrs[t] = NULL;
        }
    }
    int max_h = 1, max_v = 1;
    for (int c = 0; c < p->components; c++) {
        if (p->component[c].h_samp > max_h) max_h = p->component[c].h_samp;
        if (p->component[c].v_samp > max_v) max_v = p->component[c].v_samp;
    }
    jvirt_barray_ptr arrays[JSHIM_MAX_COMPONENTS];
    for (int c = 0; c < p->components; c++) {
        const jshim_coef_component *in = &p->component[c];
        jpeg_component_info *comp = &cinfo->comp_info[c];
        comp->component_id = in->component_id;
        comp->h_samp_factor = in->h_samp;
        comp->v_samp_factor = in->v_samp;
        comp->quant_tbl_no = in->quant_table;
        // The grid libjpeg will compress (as jdiv_round_up in its initial setup), padded to whole MCUs.
        uint32_t w = (uint32_t)(((uint64_t)p->width * in->h_samp + (uint64_t)max_h * DCTSIZE - 1) / ((uint64_t)max_h * DCTSIZE));
        uint32_t h = (uint32_t)(((uint64_t)p->height * in->v_samp + (uint64_t)max_v * DCTSIZE - 1) / ((uint64_t)max_v * DCTSIZE));
        if (round_up(w, (uint32_t)in->h_samp) != in->padded_width_in_blocks
            || round_up(h, (uint32_t)in->v_samp) != in->padded_height_in_blocks) {
            status_fail(ctx->err.status, JSHIM_ARGUMENT, "the block grid does not fit the image size and sampling");
            encode_ctx_end(ctx, 0);
            return JSHIM_ARGUMENT;
        }
        arrays[c] = (*cinfo->mem->request_virt_barray)((j_common_ptr)cinfo, JPOOL_IMAGE, FALSE,
                                                       in->padded_width_in_blocks, in->padded_height_in_blocks,
                                                       (JDIMENSION)in->v_samp);
    }
    cinfo->optimize_coding = p->optimize_coding ? TRUE : FALSE;
    cinfo->restart_interval = p->restart_interval;
    cinfo->restart_in_rows = 0;
    jpeg_mem_dest(cinfo, &ctx->buffer, &ctx->size);
    jpeg_write_coefficients(cinfo, arrays);  // checks the parameters, realizes the arrays, writes SOI
    for (int32_t m = 0; m < p->marker_count; m++) {
        jpeg_write_marker(cinfo, p->markers[m].code, p->markers[m].data, p->markers[m].length);
    }
    for (int c = 0; c < p->components; c++) {
        const jshim_coef_component *in = &p->component[c];
        size_t row_coefficients = (size_t)in->padded_width_in_blocks * DCTSIZE2;
        for (JDIMENSION row = 0; row < in->padded_height_in_blocks; row++) {
            JBLOCKARRAY blocks = (*cinfo->mem->access_virt_barray)((j_common_ptr)cinfo, arrays[c], row, 1, TRUE);
            memcpy(blocks[0], p->blocks[c] + row * row_coefficients, row_coefficients * sizeof(JCOEF));
        }
    }
    jpeg_finish_compress(cinfo);
    *out = ctx->buffer;
    *out_size = ctx->size;
    encode_ctx_end(ctx, 1);
    return JSHIM_OK;
}

int32_t jshim_coef_write(const jshim_coef_write_params *p, uint8_t **out, size_t *out_size, jshim_status *status) {
    encode_ctx ctx;
    encode_ctx_begin(&ctx, status);
    if (p == NULL || out == NULL || out_size == NULL) return status_fail(status, JSHIM_ARGUMENT, "missing arguments");
    *out = NULL;
    *out_size = 0;
    if (p->components < 1 || p->components > JSHIM_MAX_COMPONENTS || p->width == 0 || p->height == 0
        || p->width > 65500 || p->height > 65500 || p->restart_interval > 65535 || p->marker_count < 0
        || (p->marker_count > 0 && p->markers == NULL)) {
        return status_fail(status, JSHIM_ARGUMENT, "bad coefficient image parameters");
    }
    for (int c = 0; c < p->components; c++) {
        const jshim_coef_component *in = &p->component[c];
        if (p->blocks[c] == NULL || in->h_samp < 1 || in->h_samp > 4 || in->v_samp < 1 || in->v_samp > 4
            || in->quant_table < 0 || in->quant_table > 3 || !p->quant_present[in->quant_table]) {
            return status_fail(status, JSHIM_ARGUMENT, "bad component parameters");
        }
    }
    for (int32_t m = 0; m < p->marker_count; m++) {
        int32_t code = p->markers[m].code;
        if (!((code >= JPEG_APP0 && code <= JPEG_APP0 + 15) || code == JPEG_COM) || p->markers[m].length > 65533
            || (p->markers[m].length > 0 && p->markers[m].data == NULL)) {
            return status_fail(status, JSHIM_ARGUMENT, "bad marker segment");
        }
    }
    return coef_write_run(&ctx, p, out, out_size);
}
