#ifndef REDACT_CTESSERACT_SHIM_H
#define REDACT_CTESSERACT_SHIM_H
// Tesseract's C API only; Leptonica types stay opaque (images are passed as raw bytes).
#include <tesseract/capi.h>
#endif
