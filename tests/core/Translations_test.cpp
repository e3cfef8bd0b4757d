// SPDX-License-Identifier: GPL-3.0-or-later
// Counts read as English: the texts with "%n" take their singular and plural forms from the
// bundled English translation, which has a form for every such text in the sources.
#include "core/Translations.h"

#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTranslator>

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

TEST(Translations, the_interface_speaks_the_chosen_language_or_the_systems_when_demarc_has_it)
{
    EXPECT_EQ(interfaceLanguages(), (QStringList { QStringLiteral("en"), QStringLiteral("de") }));
    const QStringList german { QStringLiteral("de-DE"), QStringLiteral("en-US") };
    EXPECT_EQ(interfaceLanguage(QStringLiteral("system"), german), QStringLiteral("de"));
    EXPECT_EQ(interfaceLanguage(QString(), { QStringLiteral("de_AT") }), QStringLiteral("de"));
    EXPECT_EQ(
        interfaceLanguage(QStringLiteral("system"), { QStringLiteral("fr-FR"), QStringLiteral("en-GB") }),
        QStringLiteral("en"));
    EXPECT_EQ(interfaceLanguage(QStringLiteral("system"), { QStringLiteral("fr-FR") }), QStringLiteral("en"))
        << "English when Demarc has none of the system's";
    EXPECT_EQ(interfaceLanguage(QStringLiteral("en"), german), QStringLiteral("en")) << "a choice wins";
    EXPECT_EQ(interfaceLanguage(QStringLiteral("de"), {}), QStringLiteral("de"));
    EXPECT_EQ(interfaceLanguage(QStringLiteral("fr"), german), QStringLiteral("de"))
        << "one it lacks is not chosen";
}

TEST(Translations, the_german_translation_is_loaded_with_its_plural_forms)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("demarc_de"), QStringLiteral(":/demarc/translations")));
    EXPECT_EQ(german.translate("demarc::MainWindow", "Lessons"), QStringLiteral("Lektionen"));
    EXPECT_EQ(german.translate("PartyStyle", "Security OF the cloud"),
              QStringLiteral("Sicherheit DER Cloud"));
    EXPECT_EQ(german.translate("PackCommands", "%n lesson(s)", nullptr, 1), QStringLiteral("%n Lektion"));
    EXPECT_EQ(german.translate("PackCommands", "%n lesson(s)", nullptr, 4), QStringLiteral("%n Lektionen"));
    // A file's texts are looked up under the context lupdate gave them (Q_DECLARE_TR_FUNCTIONS).
    EXPECT_EQ(german.translate("CommandLine", "--db needs a file name"),
              QStringLiteral("--db braucht einen Dateinamen"));
    EXPECT_EQ(german.translate("DiagramPainter", "▲ IN the cloud"), QStringLiteral("▲ IN der Cloud"));
}

TEST(Translations, every_text_has_its_german_with_the_same_placeholders_and_access_keys)
{
    const QString ts = QString::fromUtf8(
        test::readFile(test::sourcePath(QStringLiteral("resources/translations/demarc_de.ts"))));
    ASSERT_FALSE(ts.isEmpty());
    EXPECT_FALSE(ts.contains(QLatin1String("type=\"unfinished\"")))
        << "scripts/update-translations names them";
    static const QRegularExpression message(
        QStringLiteral(
            "<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d|n)"));
    const auto placeholders = [](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.removeDuplicates();
        found.sort();
        return found;
    };
    const auto accessKey = [](QString text) {
        return text.remove(QLatin1String("&amp;&amp;")).contains(QLatin1String("&amp;"));
    };
    int checked = 0;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const auto m = it.next();
        const QString source = m.captured(1);
        const QString translation = m.captured(2);
        SCOPED_TRACE(source.toStdString());
        EXPECT_FALSE(translation.trimmed().isEmpty());
        QStringList forms { translation };
        if (translation.contains(QLatin1String("<numerusform>"))) {
            forms = translation.split(QLatin1String("<numerusform>"), Qt::SkipEmptyParts);
            forms.removeIf([](const QString& f) { return f.trimmed().isEmpty(); });
            EXPECT_EQ(forms.size(), 2) << "German has a singular and a plural";
        }
        QStringList wanted = placeholders(source);
        for (const QString& form : std::as_const(forms)) {
            QStringList got = placeholders(form);
            if (source.contains(QLatin1String("%n"))) // a form may spell the number out
                got.removeAll(QStringLiteral("%n")), wanted.removeAll(QStringLiteral("%n"));
            EXPECT_EQ(got, wanted) << form.toStdString();
            EXPECT_EQ(accessKey(form), accessKey(source)) << form.toStdString();
        }
        ++checked;
    }
    EXPECT_GT(checked, 1000);
}
