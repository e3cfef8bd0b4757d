// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: any bytes at all go through the pack parser and validator, which
// must report problems (never crash, hang or misbehave) and must only hand back a pack
// when it reported none. A pack it accepts must survive the writer: written and read
// again, it is the same pack, and writing that gives the same bytes.
#include "core/PackParser.h"
#include "core/PackWriter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const demarc::PackParseResult result = demarc::PackParser::parse(bytes, QStringLiteral("fuzz.json"));
    if (result.ok() != result.problems.isEmpty())
        std::abort();
    for (const demarc::PackProblem& problem : result.problems) {
        if (problem.line < 1 || problem.column < 1 || problem.message.isEmpty())
            std::abort();
    }
    if (!result.ok())
        return 0;
    const QByteArray written = demarc::writePack(*result.pack);
    const demarc::PackParseResult again = demarc::PackParser::parse(written, QStringLiteral("written.json"));
    if (!again.ok() || !(*again.pack == *result.pack) || demarc::writePack(*again.pack) != written)
        std::abort();
    return 0;
}
