// SPDX-License-Identifier: GPL-3.0-or-later
// demarc_large_pack: writes a large content pack for the scale benchmarks, the same bytes for
// the same seed: 5,000 questions of all five types, 500 lessons and 1,000 glossary terms that
// extend the bundled course (its topics, sources, layers and models are referred to).
// Usage: demarc_large_pack OUT.json [COURSE.json] [SEED]
#include "LargePackMaker.h"
#include "core/SaveFile.h"
#include "core/pack/PackParser.h"
#include "core/pack/PackWriter.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    using namespace demarc;
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err << "usage: demarc_large_pack OUT.json [COURSE.json] [SEED]\n";
        return 2;
    }
    const QString coursePath =
        args.size() > 2 ? args.at(2) : QStringLiteral("resources/content/aws-shared-responsibility.json");
    const PackParseResult course = PackParser::parseFile(coursePath);
    if (!course.ok()) {
        err << coursePath << ": not a course to extend\n";
        return 1;
    }
    const quint32 seed = args.size() > 3 ? args.at(3).toUInt() : bench::LargePackSeed;
    if (const Status s = saveFileAtomically(args.at(1), writePack(bench::largePack(*course.pack, seed)));
        !s) {
        err << s.errorMessage() << "\n";
        return 1;
    }
    return 0;
}
