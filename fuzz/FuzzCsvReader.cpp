// libFuzzer target: the streaming CSV reader (core/io/CsvReader) on arbitrary bytes. Every field
// view must lie inside the buffer or the reader's scratch space (ASan checks each byte read).
#include "io/CsvReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {
volatile size_t g_sink; // keeps the reads from being optimised away
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sbr::io::CsvReader reader(bytes);
    size_t checksum = 0;
    int lastLine = 0;
    while (reader.next()) {
        // Line numbers never go backwards, progress stays within 0..1.
        if (reader.line() < lastLine || reader.progress() < 0.0 || reader.progress() > 1.0)
            __builtin_trap();
        lastLine = reader.line();
        for (int i = 0; i < reader.fieldCount(); ++i) {
            for (char c : reader.field(i))
                checksum += static_cast<unsigned char>(c);
            if (reader.fieldLine(i) < reader.line())
                __builtin_trap();
        }
    }
    g_sink = checksum;
    return 0;
}
