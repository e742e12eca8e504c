// OpenJPEG (libopenjp2, 2.4 or later) for PixelIO's JPEG 2000 codec. Only the Swift file
// Sources/PixelIO/Codecs/JPEG2000/OpenJPEG.swift uses these declarations.
#include <openjpeg.h>
