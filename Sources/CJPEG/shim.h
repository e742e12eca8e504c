// libjpeg(-turbo) for the CJPEGShim C target. jpeglib.h needs the stdio.h types (FILE, size_t)
// declared first.
#include <stdio.h>
#include <jpeglib.h>
#include <jerror.h>
