// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as users and scripts see it: exit codes, messages, files written.
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

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
        EXPECT_TRUE(p.waitForFinished(60000)) << args.join(QLatin1Char(' ')).toStdString();
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
        const ProcessResult r = demarc({ QStringLiteral("--db"), db, QStringLiteral("--screenshot"), path(QStringLiteral("made.png")) });
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
    for (const char* option : { "--db", "--view", "--check-db", "--screenshot", "--validate-pack", "--version" })
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
        { { QStringLiteral("--view"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"), path(QStringLiteral("x.png")) }, "unknown view 'nowhere'" },
        { { QStringLiteral("--db") }, "Missing value after '--db'" },
        { { QStringLiteral("--screenshot"), path(QStringLiteral("x.jpg")) }, "PNG" },
        { { QStringLiteral("--size"), QStringLiteral("big"), QStringLiteral("--screenshot"), path(QStringLiteral("x.png")) }, "WIDTHxHEIGHT" },
        { { QStringLiteral("--render"), QStringLiteral("diagram") }, "--render needs --out" },
        { { QStringLiteral("--render"), QStringLiteral("poster"), QStringLiteral("--out"), path(QStringLiteral("x.png")) }, "--render draws one of: diagram, matrix" },
        { { QStringLiteral("--render"), QStringLiteral("diagram"), QStringLiteral("--out"), path(QStringLiteral("x.gif")) }, ".png or .svg" },
        { { QStringLiteral("--compare"), QStringLiteral("rds") }, "--compare goes with --render" },
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
    for (const QString& view : { QStringLiteral("lessons"), QStringLiteral("diagram"), QStringLiteral("matrix"), QStringLiteral("glossary"),
                                 QStringLiteral("quiz"), QStringLiteral("review"), QStringLiteral("progress") }) {
        for (const QSize size : { QSize(1024, 768), QSize(1920, 1080) }) {
            const QString png = path(QStringLiteral("%1-%2.png").arg(view).arg(size.width()));
            const ProcessResult r = demarc({ QStringLiteral("--db"), path(QStringLiteral("shots.sqlite")), QStringLiteral("--view"), view,
                                   QStringLiteral("--size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                                   QStringLiteral("--screenshot"), png });
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            const QImage image(png);
            ASSERT_FALSE(image.isNull()) << png.toStdString();
            EXPECT_EQ(image.size(), size);
        }
    }
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
    const ProcessResult r = demarc({ QStringLiteral("--db"), QStringLiteral(":memory:"), QStringLiteral("--screenshot"), path(QStringLiteral("m.png")) });
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
    const ProcessResult missing = demarc({ QStringLiteral("--db"), path(QStringLiteral("none.sqlite")), QStringLiteral("--check-db") });
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
    for (const QStringList& args : { QStringList { QStringLiteral("--check-db") },
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
    EXPECT_EQ(lines.at(0), pack + QStringLiteral(":10:39: unknown topic \"basics\""));
    EXPECT_EQ(lines.at(1), pack + QStringLiteral(":13:7: every choice needs an explanation of why it is right or wrong"));
    EXPECT_EQ(lines.at(2), pack + QStringLiteral(":15:23: no responsibility given for service model \"saas\""));
}

TEST_F(CommandLine, render_draws_the_diagram_as_png_and_svg_without_a_display)
{
    const QString png = path(QStringLiteral("rds.png"));
    const ProcessResult r = demarc({ QStringLiteral("--db"), path(QStringLiteral("r.sqlite")), QStringLiteral("--render"), QStringLiteral("diagram"),
                                     QStringLiteral("--service"), QStringLiteral("rds"), QStringLiteral("--size"), QStringLiteral("1024x768"),
                                     QStringLiteral("--out"), png });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1024, 768));

    const QString svg = path(QStringLiteral("compare.svg"));
    const ProcessResult s = demarc({ QStringLiteral("--db"), path(QStringLiteral("r.sqlite")), QStringLiteral("--render"), QStringLiteral("diagram"),
                                     QStringLiteral("--service"), QStringLiteral("ec2"), QStringLiteral("--compare"), QStringLiteral("rds"),
                                     QStringLiteral("--out"), svg });
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
        QStringList args { QStringLiteral("--db"), path(QStringLiteral("m.sqlite")), QStringLiteral("--render"), QStringLiteral("matrix"),
                           QStringLiteral("--size"), QStringLiteral("1920x1080"), QStringLiteral("--out"), png };
        if (!service.isEmpty())
            args << QStringLiteral("--service") << service;
        const ProcessResult r = demarc(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(QImage(png).size(), QSize(1920, 1080));
    }
    const ProcessResult compare = demarc({ QStringLiteral("--render"), QStringLiteral("matrix"), QStringLiteral("--compare"), QStringLiteral("rds"),
                                           QStringLiteral("--out"), path(QStringLiteral("c.png")) });
    EXPECT_EQ(compare.exitCode, 2);
}

TEST_F(CommandLine, unknown_service_ids_are_refused_with_the_valid_ones_listed)
{
    for (const QStringList& args : { QStringList { QStringLiteral("--render"), QStringLiteral("diagram"), QStringLiteral("--service"), QStringLiteral("ec3"),
                                                   QStringLiteral("--out"), path(QStringLiteral("u.png")) },
                                     QStringList { QStringLiteral("--render"), QStringLiteral("diagram"), QStringLiteral("--compare"), QStringLiteral("ec3"),
                                                   QStringLiteral("--out"), path(QStringLiteral("u.png")) },
                                     QStringList { QStringLiteral("--service"), QStringLiteral("ec3"), QStringLiteral("--screenshot"), path(QStringLiteral("u.png")) } }) {
        const ProcessResult r = demarc(QStringList { QStringLiteral("--db"), path(QStringLiteral("u.sqlite")) } + args);
        EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("unknown service or model 'ec3'"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("ec2, ebs"))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(path(QStringLiteral("u.png"))));
    }
}

TEST_F(CommandLine, screenshot_opens_the_diagram_on_a_service)
{
    const QString png = path(QStringLiteral("lambda.png"));
    const ProcessResult r = demarc({ QStringLiteral("--db"), path(QStringLiteral("s.sqlite")), QStringLiteral("--view"), QStringLiteral("diagram"),
                                     QStringLiteral("--service"), QStringLiteral("lambda"), QStringLiteral("--screenshot"), png });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QImage(png).isNull());
}
