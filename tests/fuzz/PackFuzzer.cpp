// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: any bytes at all go through the pack parser and validator, which
// must report problems (never crash, hang or misbehave) and must only hand back a pack
// when it reported none. A pack it accepts must survive the writer: written and read
// again, it is the same pack, and writing that gives the same bytes.
#include "core/pack/PackParser.h"
#include "core/pack/PackWriter.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

/** Packs that extend the bundled course are checked against it, as when it is installed. */
std::optional<demarc::PackBase> bundledCourse(const QString& id)
{
    static const std::optional<demarc::PackBase> course = []() -> std::optional<demarc::PackBase> {
        QFile file(QStringLiteral(DEMARC_BUNDLED_COURSE));
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        const demarc::PackParseResult r =
            demarc::PackParser::parse(file.readAll(), QStringLiteral("course.json"));
        if (!r.ok())
            std::abort();
        return demarc::PackBase::of(*r.pack);
    }();
    if (course && course->info.id == id)
        return course;
    return std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const demarc::PackParseResult result =
        demarc::PackParser::parse(bytes, QStringLiteral("fuzz.json"), bundledCourse);
    if (result.ok() != result.problems.isEmpty())
        std::abort();
    for (const demarc::PackProblem& problem : result.problems) {
        if (problem.line < 1 || problem.column < 1 || problem.message.isEmpty())
            std::abort();
    }
    if (!result.ok())
        return 0;
    const QByteArray written = demarc::writePack(*result.pack);
    const demarc::PackParseResult again =
        demarc::PackParser::parse(written, QStringLiteral("written.json"), bundledCourse);
    if (!again.ok() || !(*again.pack == *result.pack) || demarc::writePack(*again.pack) != written)
        std::abort();
    return 0;
}
