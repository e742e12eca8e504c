// CharLS (JPEG-LS, ISO/IEC 14495-1), through its C API: charls_jpegls_decoder_* and
// charls_jpegls_encoder_*. Debian package libcharls-dev (2.4.1 here), pkg-config "charls".
#include <charls/charls.h>
