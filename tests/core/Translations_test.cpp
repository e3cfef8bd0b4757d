// SPDX-License-Identifier: GPL-3.0-or-later
// Counts read as English: the texts with "%n" take their singular and plural forms from the
// bundled English translation, which has a form for every such text in the sources.
#include "core/Translations.h"

#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace demarc;

TEST(Translations, counts_take_their_english_singular_and_plural)
{
    // The test's main() installed the translations as Demarc's does.
    EXPECT_EQ(QCoreApplication::translate("PackCommands", "%n lesson(s)", nullptr, 1),
              QStringLiteral("1 lesson"));
    EXPECT_EQ(QCoreApplication::translate("PackCommands", "%n lesson(s)", nullptr, 3),
              QStringLiteral("3 lessons"));
    EXPECT_EQ(QCoreApplication::translate("PackCommands", "%n lesson(s)", nullptr, 0),
              QStringLiteral("0 lessons"));
    EXPECT_EQ(
        QCoreApplication::translate("demarc::ActivityChart", "No answers in the last %n day(s).", nullptr, 1),
        QStringLiteral("No answers in the last day."));
    EXPECT_EQ(QCoreApplication::translate("demarc::ReviewPage", "%n of the questions is flagged by you.",
                                          nullptr, 2),
              QStringLiteral("2 of the questions are flagged by you."));
}

TEST(Translations, every_text_with_a_count_in_the_sources_has_its_english_forms)
{
    const QString ts = QString::fromUtf8(
        test::readFile(test::sourcePath(QStringLiteral("resources/translations/demarc_en.ts"))));
    ASSERT_FALSE(ts.isEmpty());
    EXPECT_FALSE(ts.contains(QLatin1String("type=\"unfinished\"")))
        << "scripts/update-translations names them";
    QStringList sources;
    static const QRegularExpression source(QStringLiteral("<source>([^<]*)</source>"));
    for (auto it = source.globalMatch(ts); it.hasNext();)
        sources.append(it.next()
                           .captured(1)
                           .replace(QLatin1String("&lt;"), QLatin1String("<"))
                           .replace(QLatin1String("&gt;"), QLatin1String(">"))
                           .replace(QLatin1String("&quot;"), QLatin1String("\""))
                           .replace(QLatin1String("&amp;"), QLatin1String("&")));
    // Every string literal with a count, or the first piece of one written over several lines.
    static const QRegularExpression literal(
        QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*%n(?:[^\"\\\\\\n]|\\\\.)*)\""));
    int checked = 0;
    for (const char* folder : { "app", "core", "db", "ui" }) {
        QDirIterator files(test::sourcePath(QLatin1String(folder)), { QStringLiteral("*.cpp") }, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString code = QString::fromUtf8(test::readFile(path));
            for (auto it = literal.globalMatch(code); it.hasNext();) {
                const QString text = it.next().captured(1);
                ++checked;
                EXPECT_TRUE(std::any_of(sources.cbegin(), sources.cend(),
                                        [&](const QString& s) { return s.contains(text); }))
                    << path.toStdString() << ": \"" << text.toStdString()
                    << "\" has no English forms; run scripts/update-translations";
            }
        }
    }
    EXPECT_GT(checked, 30);
}
