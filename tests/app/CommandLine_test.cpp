// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as users and scripts see it: exit codes, messages, files written.
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <utility>

#include <gtest/gtest.h>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CommandLine : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_TRUE(QDir(m_home.path()).mkpath(QStringLiteral("runtime")));
        QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    /** Runs demarc with a private home and no display at all. */
    ProcessResult demarc(const QStringList& args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* var : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QLatin1String(var));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEMARC_EXECUTABLE), args);
        EXPECT_TRUE(p.waitForFinished(60000)) << args.join(QLatin1Char(' ')).left(300).toStdString();
        ProcessResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString path(const QString& name) const { return m_home.filePath(name); }

    /** A database made by demarc itself (by taking a screenshot). */
    QString madeDatabase()
    {
        const QString db = path(QStringLiteral("made.sqlite"));
        const ProcessResult r = demarc(
            { QStringLiteral("--db"), db, QStringLiteral("--screenshot"), path(QStringLiteral("made.png")) });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return db;
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(CommandLine, help_lists_the_options)
{
    const ProcessResult r = demarc({ QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 0);
    for (const char* option :
         { "--db", "--view", "--check-db", "--screenshot", "--validate-pack", "--version" })
        EXPECT_TRUE(r.out.contains(QLatin1String(option))) << option;
}

TEST_F(CommandLine, version_prints_the_version)
{
    const ProcessResult r = demarc({ QStringLiteral("--version") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("demarc 0."))) << r.out.toStdString();
}

TEST_F(CommandLine, usage_errors_exit_2_with_a_message)
{
    struct Case
    {
        QStringList args;
        const char* says;
    };
    const QList<Case> cases {
        { { QStringLiteral("--bogus") }, "Unknown option 'bogus'" },
        { { QStringLiteral("stray") }, "unexpected argument 'stray'" },
        { { QStringLiteral("--view"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"),
            path(QStringLiteral("x.png")) },
          "unknown view 'nowhere'" },
        { { QStringLiteral("--db") }, "Missing value after '--db'" },
        { { QStringLiteral("--screenshot"), path(QStringLiteral("x.jpg")) }, "PNG" },
        { { QStringLiteral("--size"), QStringLiteral("big"), QStringLiteral("--screenshot"),
            path(QStringLiteral("x.png")) },
          "WIDTHxHEIGHT" },
        { { QStringLiteral("--size"), QStringLiteral("1024x768\n"), QStringLiteral("--screenshot"),
            path(QStringLiteral("x.png")) },
          "WIDTHxHEIGHT" },
        { { QStringLiteral("--render"), QStringLiteral("diagram") }, "--render needs --out" },
        { { QStringLiteral("--render"), QStringLiteral("poster"), QStringLiteral("--out"),
            path(QStringLiteral("x.png")) },
          "--render draws one of: diagram, matrix" },
        { { QStringLiteral("--render"), QStringLiteral("diagram"), QStringLiteral("--out"),
            path(QStringLiteral("x.gif")) },
          ".png or .svg" },
        { { QStringLiteral("--compare"), QStringLiteral("rds") }, "--compare goes with --render" },
        { { QStringLiteral("--step"), QStringLiteral("3"), QStringLiteral("--screenshot"),
            path(QStringLiteral("x.png")) },
          "--step needs --presenter" },
        { { QStringLiteral("--presenter"), QStringLiteral("--step"), QStringLiteral("0"),
            QStringLiteral("--screenshot"), path(QStringLiteral("x.png")) },
          "--step takes a step number from 1, not '0'" },
        { { QStringLiteral("--presenter"), QStringLiteral("--step"), QStringLiteral("999"),
            QStringLiteral("--screenshot"), path(QStringLiteral("x.png")) },
          "the presenter deck has" },
        { { QStringLiteral("--export-pack"), path(QStringLiteral("x.txt")) },
          "--export-pack writes a .json file" },
        { { QStringLiteral("--pack"), QStringLiteral("a") }, "--pack goes with --export-pack" },
        { { QStringLiteral("--allow-downgrade") }, "--allow-downgrade goes with --import-pack" },
        { { QStringLiteral("--import-pack"), path(QStringLiteral("a.json")), QStringLiteral("--export-pack"),
            path(QStringLiteral("b.json")) },
          "at a time" },
        { { QStringLiteral("--import-pack") }, "Missing value after '--import-pack'" },
    };
    for (const Case& c : cases) {
        const ProcessResult r = demarc(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.says))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("demarc --help")));
    }
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.png"))));
}

TEST_F(CommandLine, without_a_display_the_window_says_how_to_start)
{
    const ProcessResult r = demarc({ QStringLiteral("--db"), path(QStringLiteral("gui.sqlite")) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("xvfb-run scripts/run"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("gui.sqlite"))));
}

TEST_F(CommandLine, screenshot_draws_each_view_at_the_size_asked)
{
    for (const QString& view : { QStringLiteral("lessons"), QStringLiteral("diagram"),
                                 QStringLiteral("matrix"), QStringLiteral("glossary"), QStringLiteral("quiz"),
                                 QStringLiteral("review"), QStringLiteral("progress") }) {
        for (const QSize size : { QSize(1024, 768), QSize(1920, 1080) }) {
            const QString png = path(QStringLiteral("%1-%2.png").arg(view).arg(size.width()));
            const ProcessResult r = demarc({ QStringLiteral("--db"), path(QStringLiteral("shots.sqlite")),
                                             QStringLiteral("--view"), view, QStringLiteral("--size"),
                                             QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                                             QStringLiteral("--screenshot"), png });
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            const QImage image(png);
            ASSERT_FALSE(image.isNull()) << png.toStdString();
            EXPECT_EQ(image.size(), size);
        }
    }
}

TEST_F(CommandLine, presenter_screenshots_show_the_audience_view_at_the_step_asked)
{
    const QString first = path(QStringLiteral("p1.png"));
    const QString later = path(QStringLiteral("p13.png"));
    for (const auto& [step, png] :
         { std::pair { QStringLiteral("1"), first }, std::pair { QStringLiteral("13"), later } }) {
        const ProcessResult r =
            demarc({ QStringLiteral("--db"), path(QStringLiteral("talk.sqlite")),
                     QStringLiteral("--presenter"), QStringLiteral("--step"), step, QStringLiteral("--size"),
                     QStringLiteral("1280x720"), QStringLiteral("--screenshot"), png });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    const QImage one(first);
    const QImage thirteen(later);
    ASSERT_EQ(one.size(), QSize(1280, 720));
    ASSERT_EQ(thirteen.size(), QSize(1280, 720));
    EXPECT_NE(one, thirteen) << "a later step draws something else";
}

TEST_F(CommandLine, the_default_database_lives_in_the_users_data_folder)
{
    const ProcessResult r = demarc({ QStringLiteral("--screenshot"), path(QStringLiteral("default.png")) });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("data/Demarc/Demarc/demarc.sqlite")))
                || QFile::exists(path(QStringLiteral("data/Demarc/demarc.sqlite"))));
}

TEST_F(CommandLine, memory_databases_leave_no_file)
{
    const ProcessResult r = demarc({ QStringLiteral("--db"), QStringLiteral(":memory:"),
                                     QStringLiteral("--screenshot"), path(QStringLiteral("m.png")) });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(QStringLiteral(":memory:")));
}

TEST_F(CommandLine, check_db_passes_a_sound_database)
{
    const QString db = madeDatabase();
    const ProcessResult r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--check-db") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(": ok"))) << r.out.toStdString();
}

TEST_F(CommandLine, check_db_fails_on_a_missing_or_garbage_file_untouched)
{
    const ProcessResult missing =
        demarc({ QStringLiteral("--db"), path(QStringLiteral("none.sqlite")), QStringLiteral("--check-db") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no such database file")));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("none.sqlite"))));

    const QString garbage = path(QStringLiteral("garbage.sqlite"));
    demarc::test::writeFile(garbage, QByteArray("this is not a database, just text\n").repeated(100));
    const QByteArray before = demarc::test::fileHash(garbage);
    const ProcessResult r = demarc({ QStringLiteral("--db"), garbage, QStringLiteral("--check-db") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Demarc database"))) << r.err.toStdString();
    EXPECT_EQ(demarc::test::fileHash(garbage), before);
}

TEST_F(CommandLine, a_newer_database_is_refused_untouched_by_every_command)
{
    const QString db = madeDatabase();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 42"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = demarc::test::fileHash(db);
    for (const QStringList& args :
         { QStringList { QStringLiteral("--check-db") },
           QStringList { QStringLiteral("--screenshot"), path(QStringLiteral("n.png")) } }) {
        const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), db } + args);
        EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("newer version of Demarc"))) << r.err.toStdString();
    }
    EXPECT_EQ(demarc::test::fileHash(db), before);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("n.png"))));
}

TEST_F(CommandLine, validate_pack_accepts_the_bundled_course)
{
    const ProcessResult r = demarc({ QStringLiteral("--validate-pack"), demarc::test::bundledCoursePath() });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("valid"))) << r.out.toStdString();
}

TEST_F(CommandLine, validate_pack_prints_one_located_line_per_problem)
{
    const QString pack = demarc::test::fixture(QStringLiteral("packs/broken.json"));
    const ProcessResult r = demarc({ QStringLiteral("--validate-pack"), pack });
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << r.err.toStdString();
    EXPECT_EQ(lines.at(0), pack + QStringLiteral(":10:39: unknown topic \"basics\" (known: intro)"));
    EXPECT_EQ(lines.at(1),
              pack + QStringLiteral(":13:7: every choice needs an explanation of why it is right or wrong"));
    EXPECT_EQ(
        lines.at(2),
        pack
            + QStringLiteral(
                ":15:23: no cell for service model \"saas\": every layer names a party for every model"));
}

TEST_F(CommandLine, validate_pack_checks_a_pack_against_the_course_it_extends)
{
    const QString workshop = demarc::test::fixture(QStringLiteral("packs/workshop.json"));
    // With no database yet, the bundled course is what the pack extends.
    const ProcessResult r = demarc({ QStringLiteral("--db"), path(QStringLiteral("none.sqlite")),
                                     QStringLiteral("--validate-pack"), workshop });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(
        r.out,
        workshop
            + QStringLiteral(": valid: \"Workshop: securing a small web shop\" version 1, 1 lesson, "
                             "1 glossary term, 2 questions, adding to \"aws-shared-responsibility\"\n"));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("none.sqlite")))) << "validating creates no database";

    const QString unknown =
        demarc::test::fixture(QStringLiteral("packs/invalid/addon-extends-unknown-pack.json"));
    const ProcessResult bad = demarc({ QStringLiteral("--validate-pack"), unknown });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.err,
              unknown
                  + QStringLiteral(":11:16: \"extends\" names the pack \"aws-course\", which is not "
                                   "installed; install it first\n"));
}

TEST_F(CommandLine, import_pack_installs_replaces_and_refuses_with_clear_messages)
{
    const QString db = path(QStringLiteral("packs.sqlite"));
    const QString workshop = demarc::test::fixture(QStringLiteral("packs/workshop.json"));
    ProcessResult r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--import-pack"), workshop });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out,
              workshop
                  + QStringLiteral(
                      ": imported \"Workshop: securing a small web shop\" (web-shop-workshop) version 1: "
                      "1 lesson, 1 glossary term, 2 questions\n"));
    r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--import-pack"), workshop });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.endsWith(QStringLiteral("version 1 is already installed; nothing changed\n")))
        << r.out.toStdString();

    // Version 2 of the file, then the original again: an older version, refused unless allowed.
    QByteArray v2 = demarc::test::readFile(workshop);
    v2.replace("\"version\": 1,\n    \"language\"", "\"version\": 2,\n    \"language\"");
    const QString v2Path = path(QStringLiteral("workshop-v2.json"));
    QFile file(v2Path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(v2);
    file.close();
    r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--import-pack"), v2Path });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "replaced \"Workshop: securing a small web shop\" (web-shop-workshop) version 1 with version 2")))
        << r.out.toStdString();
    const QByteArray before = demarc::test::fileHash(db);
    r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--import-pack"), workshop });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              QStringLiteral(
                  "demarc: %1: version 2 of \"Workshop: securing a small web shop\" (web-shop-workshop) is "
                  "installed, newer than this file's version 1; nothing was imported. Add --allow-downgrade "
                  "to replace it with the older version.\n")
                  .arg(workshop));
    EXPECT_EQ(demarc::test::fileHash(db), before);
    r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--import-pack"), workshop,
                 QStringLiteral("--allow-downgrade") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("version 2 with version 1"))) << r.out.toStdString();

    // A broken pack: its problems, and nothing imported.
    const QString broken = demarc::test::fixture(QStringLiteral("packs/invalid/two-correct-in-single.json"));
    r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--import-pack"), broken });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              broken
                  + QStringLiteral(
                      ":55:18: a single-answer question needs exactly one correct choice; this one has 2\n"
                      "demarc: ")
                  + broken + QStringLiteral(": nothing was imported\n"));
    r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--import-pack"),
                 path(QStringLiteral("missing.json")) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(path(QStringLiteral("missing.json")) + QStringLiteral(":1:1: no such file")))
        << r.err.toStdString();
}

TEST_F(CommandLine, export_pack_writes_what_import_pack_reads_back_the_same)
{
    const QString db = path(QStringLiteral("export.sqlite"));
    const QString course = path(QStringLiteral("course.json"));
    ProcessResult r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-pack"), course });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(demarc::test::readFile(course), demarc::test::readFile(demarc::test::bundledCoursePath()));
    r = demarc({ QStringLiteral("--validate-pack"), course });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QString workshop = demarc::test::fixture(QStringLiteral("packs/workshop.json"));
    ASSERT_EQ(demarc({ QStringLiteral("--db"), db, QStringLiteral("--import-pack"), workshop }).exitCode, 0);
    r = demarc(
        { QStringLiteral("--db"), db, QStringLiteral("--export-pack"), path(QStringLiteral("which.json")) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              QStringLiteral("demarc: 2 packs are installed; choose one with --pack ID: "
                             "aws-shared-responsibility, web-shop-workshop\n"));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("which.json"))));

    const QString exported = path(QStringLiteral("workshop-out.json"));
    r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-pack"), exported,
                 QStringLiteral("--pack"), QStringLiteral("web-shop-workshop") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out,
              exported
                  + QStringLiteral(": \"Workshop: securing a small web shop\" version 1 written: 1 lesson, "
                                   "1 glossary term, 2 questions\n"));
    EXPECT_EQ(demarc::test::readFile(exported), demarc::test::readFile(workshop));

    // Into a fresh database and out again: the same bytes.
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    ASSERT_EQ(demarc({ QStringLiteral("--db"), fresh, QStringLiteral("--import-pack"), exported }).exitCode,
              0);
    const QString again = path(QStringLiteral("again.json"));
    r = demarc({ QStringLiteral("--db"), fresh, QStringLiteral("--export-pack"), again,
                 QStringLiteral("--pack"), QStringLiteral("web-shop-workshop") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(demarc::test::readFile(again), demarc::test::readFile(exported));

    r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-pack"), exported,
                 QStringLiteral("--pack"), QStringLiteral("nope") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              QStringLiteral("demarc: no pack \"nope\" is installed; the installed packs are: "
                             "aws-shared-responsibility, web-shop-workshop\n"));
}

TEST_F(CommandLine, render_draws_the_diagram_as_png_and_svg_without_a_display)
{
    const QString png = path(QStringLiteral("rds.png"));
    const ProcessResult r =
        demarc({ QStringLiteral("--db"), path(QStringLiteral("r.sqlite")), QStringLiteral("--render"),
                 QStringLiteral("diagram"), QStringLiteral("--service"), QStringLiteral("rds"),
                 QStringLiteral("--size"), QStringLiteral("1024x768"), QStringLiteral("--out"), png });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1024, 768));

    const QString svg = path(QStringLiteral("compare.svg"));
    const ProcessResult s =
        demarc({ QStringLiteral("--db"), path(QStringLiteral("r.sqlite")), QStringLiteral("--render"),
                 QStringLiteral("diagram"), QStringLiteral("--service"), QStringLiteral("ec2"),
                 QStringLiteral("--compare"), QStringLiteral("rds"), QStringLiteral("--out"), svg });
    ASSERT_EQ(s.exitCode, 0) << s.err.toStdString();
    const QByteArray text = demarc::test::readFile(svg);
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("width=\"1600\""));
    EXPECT_TRUE(text.contains("Amazon RDS"));
}

TEST_F(CommandLine, render_draws_the_matrix_for_models_or_services)
{
    for (const QString& service : { QString(), QStringLiteral("lambda") }) {
        const QString png = path(QStringLiteral("matrix-%1.png").arg(service));
        QStringList args { QStringLiteral("--db"),     path(QStringLiteral("m.sqlite")),
                           QStringLiteral("--render"), QStringLiteral("matrix"),
                           QStringLiteral("--size"),   QStringLiteral("1920x1080"),
                           QStringLiteral("--out"),    png };
        if (!service.isEmpty())
            args << QStringLiteral("--service") << service;
        const ProcessResult r = demarc(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(QImage(png).size(), QSize(1920, 1080));
    }
    const ProcessResult compare =
        demarc({ QStringLiteral("--render"), QStringLiteral("matrix"), QStringLiteral("--compare"),
                 QStringLiteral("rds"), QStringLiteral("--out"), path(QStringLiteral("c.png")) });
    EXPECT_EQ(compare.exitCode, 2);
}

TEST_F(CommandLine, unknown_service_ids_are_refused_with_the_valid_ones_listed)
{
    for (const QStringList& args :
         { QStringList { QStringLiteral("--render"), QStringLiteral("diagram"), QStringLiteral("--service"),
                         QStringLiteral("ec3"), QStringLiteral("--out"), path(QStringLiteral("u.png")) },
           QStringList { QStringLiteral("--render"), QStringLiteral("diagram"), QStringLiteral("--compare"),
                         QStringLiteral("ec3"), QStringLiteral("--out"), path(QStringLiteral("u.png")) },
           QStringList { QStringLiteral("--service"), QStringLiteral("ec3"), QStringLiteral("--screenshot"),
                         path(QStringLiteral("u.png")) } }) {
        const ProcessResult r =
            demarc(QStringList { QStringLiteral("--db"), path(QStringLiteral("u.sqlite")) } + args);
        EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("unknown service or model 'ec3'"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("ec2, ebs"))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(path(QStringLiteral("u.png"))));
    }
}

TEST_F(CommandLine, screenshot_opens_the_diagram_on_a_service)
{
    const QString png = path(QStringLiteral("lambda.png"));
    const ProcessResult r =
        demarc({ QStringLiteral("--db"), path(QStringLiteral("s.sqlite")), QStringLiteral("--view"),
                 QStringLiteral("diagram"), QStringLiteral("--service"), QStringLiteral("lambda"),
                 QStringLiteral("--screenshot"), png });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QImage(png).isNull());
}

namespace {

/** Adds a note on the first lesson and one wrong answer (with its totals) to a database demarc made. */
void addNoteAndAttempt(const QString& db)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) VALUES "
            "('lesson', 'definition-of-and-in', 'Remember: <script>alert(1)</script> OF versus IN', "
            "'2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z')")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO attempts (question_id, answered_at, mode, answer, score, correct) VALUES "
            "('q-definition-of-and-in', '2026-12-01T10:05:00.000Z', 'practice', '[]', 0, 0)")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO item_stats (item_id, attempts, correct, last_correct, last_answered_at) VALUES "
            "('q-definition-of-and-in', 1, 0, 0, '2026-12-01T10:05:00.000Z')")))
            << q.lastError().text().toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_F(CommandLine, export_notes_writes_each_format_with_the_learners_notes)
{
    const QString db = madeDatabase();
    addNoteAndAttempt(db);
    for (const char* name : { "notes.md", "notes.html", "notes.pdf" }) {
        const QString file = path(QLatin1String(name));
        const ProcessResult r =
            demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-notes"), file });
        EXPECT_EQ(r.exitCode, 0) << name << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("study notes written"))) << r.out.toStdString();
        EXPECT_GT(QFileInfo(file).size(), 1000) << name;
    }
    const QString markdown = readText(path(QStringLiteral("notes.md")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("OF versus IN")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("| Physical facilities"))) << "the matrix as a pipe table";
    const QString html = readText(path(QStringLiteral("notes.html")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_TRUE(readText(path(QStringLiteral("notes.pdf"))).startsWith(QStringLiteral("%PDF-")));
}

TEST_F(CommandLine, export_notes_takes_the_parts_topics_and_services_asked_for)
{
    const QString db = madeDatabase();
    addNoteAndAttempt(db);
    const QString file = path(QStringLiteral("glossary.md"));
    const ProcessResult r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-notes"), file,
                                     QStringLiteral("--include"), QStringLiteral("glossary,missed"),
                                     QStringLiteral("--topics"), QStringLiteral("definition") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString markdown = readText(file);
    EXPECT_TRUE(markdown.contains(QStringLiteral("# Glossary")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("In AWS's wording, what is the customer's half")))
        << "the missed question";
    EXPECT_FALSE(markdown.contains(QStringLiteral("OF versus IN"))) << "notes were not asked for";
    EXPECT_FALSE(markdown.contains(QStringLiteral("| Physical facilities")))
        << "the matrix was not asked for";
}

TEST_F(CommandLine, export_notes_refuses_bad_choices_and_writes_nothing)
{
    const QString db = madeDatabase();
    const QString file = path(QStringLiteral("n.md"));
    struct Case
    {
        QStringList args;
        int exitCode;
        const char* message;
    };
    const QList<Case> cases {
        { { QStringLiteral("--export-notes"), path(QStringLiteral("n.txt")) }, 2, ".md, .html or .pdf" },
        { { QStringLiteral("--export-notes"), file, QStringLiteral("--include"),
            QStringLiteral("lessons,bogus") },
          2,
          "unknown part 'bogus'" },
        { { QStringLiteral("--export-notes"), file, QStringLiteral("--topics"), QStringLiteral("nope") },
          1,
          "unknown topic or service: nope" },
        { { QStringLiteral("--export-notes"), file, QStringLiteral("--services"), QStringLiteral("ec2,vax") },
          1,
          "unknown topic or service: vax" },
        { { QStringLiteral("--export-notes"), file, QStringLiteral("--paper"), QStringLiteral("a3") },
          2,
          "a4 or letter" },
        { { QStringLiteral("--include"), QStringLiteral("lessons") },
          2,
          "--include goes with --export-notes" },
        { { QStringLiteral("--export-notes"), path(QStringLiteral("missing/n.md")) }, 1, "does not exist" },
    };
    ASSERT_TRUE(QDir(m_home.path()).mkdir(QStringLiteral("folder.md")));
    for (const Case& c : cases) {
        const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), db } + c.args);
        EXPECT_EQ(r.exitCode, c.exitCode) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.message))) << r.err.toStdString();
    }
    const ProcessResult folder = demarc(
        { QStringLiteral("--db"), db, QStringLiteral("--export-notes"), path(QStringLiteral("folder.md")) });
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(folder.err.contains(QStringLiteral("is a folder"))) << folder.err.toStdString();
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("n.txt"))));
}

TEST_F(CommandLine, a_failed_export_leaves_the_existing_file_as_it_was)
{
    const QString db = madeDatabase();
    const QString file = path(QStringLiteral("keep.md"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("my own file\n");
    }
    const ProcessResult r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-notes"), file,
                                     QStringLiteral("--topics"), QStringLiteral("nope") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(readText(file), QStringLiteral("my own file\n"));
    EXPECT_EQ(QDir(m_home.path()).entryList({ QStringLiteral("keep.md*") }, QDir::Files),
              QStringList { QStringLiteral("keep.md") });
}

TEST_F(CommandLine, export_questions_writes_moodle_gift_and_anki_cards)
{
    const QString db = madeDatabase();
    const ProcessResult gift = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-questions"),
                                        path(QStringLiteral("bank.gift")) });
    ASSERT_EQ(gift.exitCode, 0) << gift.err.toStdString();
    EXPECT_TRUE(gift.out.contains(QStringLiteral("questions (Moodle GIFT) written")))
        << gift.out.toStdString();
    const QString giftText = readText(path(QStringLiteral("bank.gift")));
    EXPECT_TRUE(giftText.contains(QStringLiteral("$CATEGORY: Demarc/")));
    EXPECT_TRUE(giftText.contains(QStringLiteral("::q-definition-of-and-in::")));

    const ProcessResult tsv = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-questions"),
                                       path(QStringLiteral("cards.TSV")) });
    ASSERT_EQ(tsv.exitCode, 0) << tsv.err.toStdString();
    const QString cards = readText(path(QStringLiteral("cards.TSV")));
    EXPECT_TRUE(cards.startsWith(QStringLiteral("#separator:Tab\n#html:true\n")));
    EXPECT_TRUE(cards.contains(QStringLiteral("\tdemarc-q-definition-of-and-in\tDemarc\n")));
    EXPECT_TRUE(cards.contains(QStringLiteral("demarc::glossary")));

    const ProcessResult bad = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-questions"),
                                       path(QStringLiteral("bank.csv")) });
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral(".gift (Moodle) or .tsv (Anki)"))) << bad.err.toStdString();
    const ProcessResult missing = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-questions"),
                                           path(QStringLiteral("no/bank.gift")) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(path(QStringLiteral("no")))) << missing.err.toStdString();
}

TEST_F(CommandLine, export_results_writes_every_attempt_as_csv)
{
    const QString db = madeDatabase();
    addNoteAndAttempt(db);
    const QString file = path(QStringLiteral("results.csv"));
    const ProcessResult r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-results"), file });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 attempts written"))) << r.out.toStdString();
    const QStringList lines = readText(file).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << readText(file).toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("answered_at,item_id,")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("q-definition-of-and-in"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",no,"))) << lines[1].toStdString();

    const ProcessResult bad = demarc(
        { QStringLiteral("--db"), db, QStringLiteral("--export-results"), path(QStringLiteral("r.xlsx")) });
    EXPECT_EQ(bad.exitCode, 2);
    const ProcessResult two =
        demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-results"), file,
                 QStringLiteral("--export-questions"), path(QStringLiteral("b.gift")) });
    EXPECT_EQ(two.exitCode, 2);
    EXPECT_TRUE(two.err.contains(QStringLiteral("one of --export-notes"))) << two.err.toStdString();
}

TEST_F(CommandLine, backup_list_and_restore_bring_back_what_was_copied)
{
    const QString db = madeDatabase();
    const ProcessResult none = demarc({ QStringLiteral("--db"), db, QStringLiteral("--list-backups") });
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.contains(QStringLiteral("no backups"))) << none.out.toStdString();

    const ProcessResult made = demarc({ QStringLiteral("--db"), db, QStringLiteral("--backup") });
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const ProcessResult listed = demarc({ QStringLiteral("--db"), db, QStringLiteral("--list-backups") });
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_EQ(listed.out.count(QLatin1Char('\n')), 1) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("made by hand"))) << listed.out.toStdString();

    // Change the database after the copy, then restore the newest copy.
    const QString notesFile = path(QStringLiteral("n.csv"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-restore"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        ASSERT_TRUE(
            QSqlQuery(raw).exec(QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, "
                                               "correct) VALUES ('q', '2026-01-01', 'practice', 1, 1)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-restore"));
    const ProcessResult restored =
        demarc({ QStringLiteral("--db"), db, QStringLiteral("--restore-backup"), QStringLiteral("newest") });
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("kept as"))) << restored.out.toStdString();
    const ProcessResult results =
        demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-results"), notesFile });
    EXPECT_EQ(results.exitCode, 0) << results.err.toStdString();
    EXPECT_TRUE(results.out.contains(QStringLiteral("0 attempts")))
        << "the attempt made after the copy is gone: " << results.out.toStdString();
    const ProcessResult check = demarc({ QStringLiteral("--db"), db, QStringLiteral("--check-db") });
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();

    const ProcessResult bad =
        demarc({ QStringLiteral("--db"), db, QStringLiteral("--restore-backup"), notesFile });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("not a Demarc database"))) << bad.err.toStdString();
    const ProcessResult missing =
        demarc({ QStringLiteral("--db"), db, QStringLiteral("--restore-backup"), path(QStringLiteral("x")) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no such backup file"))) << missing.err.toStdString();
    const ProcessResult both =
        demarc({ QStringLiteral("--db"), db, QStringLiteral("--backup"), QStringLiteral("--list-backups") });
    EXPECT_EQ(both.exitCode, 2);
    const ProcessResult memory =
        demarc({ QStringLiteral("--db"), QStringLiteral(":memory:"), QStringLiteral("--backup") });
    EXPECT_EQ(memory.exitCode, 1);
    EXPECT_TRUE(memory.err.contains(QStringLiteral("in memory"))) << memory.err.toStdString();
}

TEST_F(CommandLine, every_kind_of_bad_database_file_gets_a_message_and_exit_1_and_stays_as_it_was)
{
    const QByteArray sound = demarc::test::readFile(madeDatabase());
    QByteArray newer = sound;
    newer[60] = 0; // user_version, big-endian at offset 60
    newer[61] = 0;
    newer[62] = 0;
    newer[63] = 99;
    QByteArray noise(20000, Qt::Uninitialized);
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    const QList<std::pair<QString, QByteArray>> files {
        { QStringLiteral("empty.sqlite"), QByteArray() },
        { QStringLiteral("noise.sqlite"), noise },
        { QStringLiteral("truncated.sqlite"), sound.left(sound.size() / 3) },
        { QStringLiteral("newer.sqlite"), newer },
    };
    for (const auto& [name, bytes] : files) {
        SCOPED_TRACE(name.toStdString());
        const QString file = path(name);
        demarc::test::writeFile(file, bytes);
        if (name == QLatin1String("readonly.sqlite"))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        const QByteArray before = demarc::test::fileHash(file);
        for (const QStringList& command :
             { QStringList { QStringLiteral("--check-db") },
               QStringList { QStringLiteral("--export-results"), path(QStringLiteral("r.csv")) },
               QStringList { QStringLiteral("--backup") },
               QStringList { QStringLiteral("--screenshot"), path(QStringLiteral("s.png")) } }) {
            const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), file } + command);
            EXPECT_EQ(r.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(r.err.contains(file)) << "the message names the file: " << r.err.toStdString();
            EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << "one clear line: " << r.err.toStdString();
        }
        EXPECT_EQ(demarc::test::fileHash(file), before);
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
        EXPECT_FALSE(QFile::exists(path(QStringLiteral("r.csv"))));
    }
    // A file marked read-only can be read, not written.
    const QString readOnly = path(QStringLiteral("readonly.sqlite"));
    demarc::test::writeFile(readOnly, sound);
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray readOnlyBefore = demarc::test::fileHash(readOnly);
    for (const QStringList& command :
         { QStringList { QStringLiteral("--check-db") },
           QStringList { QStringLiteral("--export-results"), path(QStringLiteral("r.csv")) } }) {
        const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), readOnly } + command);
        EXPECT_EQ(r.exitCode, 0) << command.join(QLatin1Char(' ')).toStdString() << ": "
                                 << r.err.toStdString();
    }
    for (const QStringList& command :
         { QStringList { QStringLiteral("--backup") },
           QStringList { QStringLiteral("--screenshot"), path(QStringLiteral("s.png")) } }) {
        const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), readOnly } + command);
        EXPECT_EQ(r.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("read-only"))) << r.err.toStdString();
    }
    EXPECT_EQ(demarc::test::fileHash(readOnly), readOnlyBefore);
    EXPECT_FALSE(QFile::exists(readOnly + QStringLiteral("-wal")));

    ASSERT_TRUE(QDir(m_home.path()).mkdir(QStringLiteral("folder.sqlite")));
    const ProcessResult folder =
        demarc({ QStringLiteral("--db"), path(QStringLiteral("folder.sqlite")),
                 QStringLiteral("--export-results"), path(QStringLiteral("r.csv")) });
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(folder.err.contains(QStringLiteral("is a folder"))) << folder.err.toStdString();
    const ProcessResult parent =
        demarc({ QStringLiteral("--db"), path(QStringLiteral("no/such/folder/x.sqlite")),
                 QStringLiteral("--export-results"), path(QStringLiteral("r.csv")) });
    EXPECT_EQ(parent.exitCode, 1);
    EXPECT_TRUE(parent.err.contains(QStringLiteral("does not exist"))) << parent.err.toStdString();
    EXPECT_FALSE(QDir(path(QStringLiteral("no"))).exists());
}

TEST_F(CommandLine, hostile_arguments_get_a_message_never_a_crash)
{
    // Every option that takes a value, given none.
    for (const char* option : { "--db",
                                "--view",
                                "--service",
                                "--screenshot",
                                "--size",
                                "--validate-pack",
                                "--render",
                                "--out",
                                "--compare",
                                "--export-notes",
                                "--include",
                                "--topics",
                                "--services",
                                "--paper",
                                "--export-questions",
                                "--export-results",
                                "--import-pack",
                                "--export-pack",
                                "--pack",
                                "--restore-backup",
                                "--step" }) {
        const ProcessResult r = demarc({ QString::fromLatin1(option) });
        EXPECT_EQ(r.exitCode, 2) << option;
        EXPECT_TRUE(r.err.contains(QStringLiteral("Missing value after '%1'").arg(QLatin1String(option))))
            << r.err.toStdString();
    }
    for (const char* option : { "--bogus", "-x", "---db", "--db=", "--check-db=yes", "--" }) {
        const ProcessResult r = demarc({ QString::fromLatin1(option), QStringLiteral("--check-db") });
        EXPECT_EQ(r.exitCode, 2) << option << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 2)
            << "one line, and the pointer to --help: " << r.err.toStdString();
    }

    // Huge values (up to the 128 KiB Linux allows one argument) are named by their start and
    // length, not echoed whole.
    const QString huge(100000, QLatin1Char('v'));
    const ProcessResult view = demarc(
        { QStringLiteral("--view"), huge, QStringLiteral("--screenshot"), path(QStringLiteral("x.png")) });
    EXPECT_EQ(view.exitCode, 2);
    EXPECT_TRUE(view.err.contains(QStringLiteral("(100003 characters)"))) << view.err.left(500).toStdString();
    EXPECT_LT(view.err.size(), 2000);
    const ProcessResult longName =
        demarc({ QStringLiteral("--db"), path(QString(5000, QLatin1Char('n')) + QStringLiteral(".sqlite")),
                 QStringLiteral("--export-results"), path(QStringLiteral("r.csv")) });
    EXPECT_EQ(longName.exitCode, 1);
    EXPECT_TRUE(longName.err.contains(QStringLiteral("too long"))) << longName.err.left(500).toStdString();
    EXPECT_LT(longName.err.size(), 2000);
    const QString db = madeDatabase();
    const ProcessResult service =
        demarc({ QStringLiteral("--db"), db, QStringLiteral("--render"), QStringLiteral("diagram"),
                 QStringLiteral("--service"), huge, QStringLiteral("--out"), path(QStringLiteral("d.png")) });
    EXPECT_EQ(service.exitCode, 1);
    EXPECT_LT(service.err.size(), 2000);
    const ProcessResult topics = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-notes"),
                                          path(QStringLiteral("n.md")), QStringLiteral("--topics"), huge });
    EXPECT_EQ(topics.exitCode, 1);
    EXPECT_LT(topics.err.size(), 2000);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("n.md"))));

    // A file name in bytes that are not UTF-8 cannot be passed on unchanged: refused, nothing made.
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    shell.setProcessEnvironment(env);
    shell.start(
        QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
          QStringLiteral("exec \"$0\" --db \"$1$(printf '\\377\\376').sqlite\" --export-results \"$1.csv\""),
          QStringLiteral(DEMARC_EXECUTABLE), path(QStringLiteral("bad")) });
    ASSERT_TRUE(shell.waitForFinished(30000));
    EXPECT_EQ(shell.exitCode(), 2);
    const QString shellErr = QString::fromUtf8(shell.readAllStandardError());
    EXPECT_TRUE(shellErr.contains(QStringLiteral("not valid text"))) << shellErr.toStdString();
    EXPECT_TRUE(shellErr.contains(QStringLiteral("%FF%FE")))
        << "the bytes are shown: " << shellErr.toStdString();
    EXPECT_EQ(QDir(m_home.path()).entryList({ QStringLiteral("bad*") }), QStringList());
}

TEST_F(CommandLine, export_paths_that_cannot_be_written_are_named_and_nothing_is_left)
{
    const QString db = madeDatabase();
    for (const char* folder : { "folder.md", "folder.csv", "folder.gift", "sub" })
        ASSERT_TRUE(QDir(m_home.path()).mkdir(QLatin1String(folder)));
    struct Case
    {
        QString file;
        bool written;
    };
    const QList<Case> cases {
        { path(QStringLiteral("folder.md")), false }, // a folder in the file's place
        { QStringLiteral("/proc/demarc-notes.md"), false }, // a place no one may create files
        { path(QStringLiteral("missing/../notes.md")), false }, // ".." after a folder that is not there
        { path(QStringLiteral("no/such/folder/notes.md")), false },
        { path(QStringLiteral("sub/../notes.md")), true }, // ".." after one that is: an ordinary path
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file.toStdString());
        for (const QStringList& command :
             { QStringList { QStringLiteral("--export-notes"), c.file },
               QStringList { QStringLiteral("--export-results"),
                             QString(c.file).replace(QStringLiteral(".md"), QStringLiteral(".csv")) },
               QStringList { QStringLiteral("--export-questions"),
                             QString(c.file).replace(QStringLiteral(".md"), QStringLiteral(".gift")) } }) {
            const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), db } + command);
            if (c.written) {
                EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
                EXPECT_TRUE(QFile::exists(command.at(1))) << command.at(1).toStdString();
            } else {
                EXPECT_EQ(r.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
                EXPECT_TRUE(r.err.contains(command.at(1))) << "names the file: " << r.err.toStdString();
                EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
            }
        }
    }
    EXPECT_TRUE(QFileInfo(path(QStringLiteral("folder.md"))).isDir());
    EXPECT_EQ(QDir(path(QStringLiteral("folder.md"))).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
              QStringList());
    EXPECT_FALSE(QDir(path(QStringLiteral("missing"))).exists());
    EXPECT_EQ(QDir(m_home.path()).entryList({ QStringLiteral("*.tmp"), QStringLiteral("*~") }, QDir::Files),
              QStringList());
}

TEST_F(CommandLine, notes_with_markup_and_control_characters_export_safely)
{
    const QString db = madeDatabase();
    QString lesson;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-notes"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM lessons ORDER BY position LIMIT 1")) && q.next());
        lesson = q.value(0).toString();
        QSqlQuery insert(raw);
        ASSERT_TRUE(insert.prepare(
            QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                           "VALUES ('lesson', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        insert.addBindValue(lesson);
        insert.addBindValue(
            QStringLiteral("<script>alert('x')</script> <img src=x onerror=alert(1)> **bold** ") + QChar(0x01)
            + QChar(0x07) + QChar(0x1b) + QStringLiteral("[31m red ") + QChar(0x202e)
            + QStringLiteral(" ]]> <!-- & \\ `code` [link](javascript:alert(1))"));
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-notes"));
    for (const char* format : { "md", "html", "pdf" }) {
        SCOPED_TRACE(format);
        const QString file = path(QStringLiteral("notes.%1").arg(QLatin1String(format)));
        const ProcessResult r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--export-notes"), file,
                                         QStringLiteral("--include"), QStringLiteral("notes") });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QByteArray bytes = demarc::test::readFile(file);
        ASSERT_FALSE(bytes.isEmpty());
        if (QLatin1String(format) == QLatin1String("pdf"))
            continue;
        for (const char control : { '\x01', '\x07', '\x1b' })
            EXPECT_FALSE(bytes.contains(control)) << "control character " << int(control);
        if (QLatin1String(format) == QLatin1String("html")) {
            EXPECT_FALSE(bytes.contains("<script>alert")) << "markup in a note is shown, not run";
            EXPECT_FALSE(bytes.contains("<img src=x"));
            EXPECT_FALSE(bytes.contains("href=\"javascript:"));
            EXPECT_TRUE(bytes.contains("&lt;script&gt;")) << bytes.toStdString();
        }
    }
}

TEST_F(CommandLine, commands_that_only_read_leave_the_database_byte_identical_and_never_create_it)
{
    const QString db = madeDatabase();
    const QByteArray before = demarc::test::fileHash(db);
    const QDir home(m_home.path());
    ASSERT_TRUE(home.mkdir(QStringLiteral("out")));
    const QStringList beside = home.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const QList<QStringList> reading {
        { QStringLiteral("--check-db") },
        { QStringLiteral("--validate-pack"), demarc::test::fixture(QStringLiteral("packs/workshop.json")) },
        { QStringLiteral("--list-backups") },
        { QStringLiteral("--export-notes"), path(QStringLiteral("out/n.md")) },
        { QStringLiteral("--export-questions"), path(QStringLiteral("out/q.gift")) },
        { QStringLiteral("--export-results"), path(QStringLiteral("out/r.csv")) },
        { QStringLiteral("--export-pack"), path(QStringLiteral("out/p.json")) },
        { QStringLiteral("--render"), QStringLiteral("diagram"), QStringLiteral("--out"),
          path(QStringLiteral("out/d.png")) },
    };
    for (const QStringList& command : reading) {
        SCOPED_TRACE(command.constFirst().toStdString());
        const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), db } + command);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(demarc::test::fileHash(db), before);
        EXPECT_EQ(home.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), beside)
            << "no log, no backup folder beside the database";
    }

    // A database that does not exist is not made: the exports read the course alone.
    const QString none = path(QStringLiteral("none/x.sqlite"));
    ASSERT_TRUE(home.mkdir(QStringLiteral("none")));
    for (const QStringList& command : reading) {
        SCOPED_TRACE(command.constFirst().toStdString());
        const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), none } + command);
        EXPECT_EQ(r.exitCode, command.constFirst() == QLatin1String("--check-db") ? 1 : 0)
            << r.err.toStdString();
        EXPECT_TRUE(QDir(path(QStringLiteral("none"))).isEmpty());
    }
}
