// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk: with the database on a tmpfs of a few MiB (mounted by the test, so as root;
// skipped otherwise), saving fails with a clear message, nothing saved before is lost, and
// saving works again once space is freed. Backups on a full disk fail cleanly too.
#include "db/Backups.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlLearnerRepository.h"
#include "db/SqlPackStore.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

#include <unistd.h>

using namespace demarc;
using demarc::test::queryValue;

namespace {

class DiskFull : public testing::Test
{
protected:
    void SetUp() override
    {
        if (::geteuid() != 0)
            GTEST_SKIP() << "a full disk is simulated on a small tmpfs, which only root can mount; skipped";
        ASSERT_TRUE(m_mountPoint.isValid());
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                      QStringLiteral("size=3m"), QStringLiteral("tmpfs"), m_mountPoint.path() });
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            GTEST_SKIP() << "cannot mount a tmpfs here ("
                         << mount.readAllStandardError().trimmed().toStdString() << "); skipped";
        m_mounted = true;
    }

    void TearDown() override
    {
        if (!m_mounted)
            return;
        QProcess umount;
        umount.start(QStringLiteral("umount"), { m_mountPoint.path() });
        umount.waitForFinished(10000);
        EXPECT_EQ(umount.exitCode(), 0) << umount.readAllStandardError().toStdString();
    }

    QString path(const QString& name) const { return QDir(m_mountPoint.path()).filePath(name); }

    /** Fills what is left of the disk with one file; returns its path. */
    QString fillTheDisk() const
    {
        const QString filler = path(QStringLiteral("filler"));
        QFile file(filler);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(4096, 'x');
        while (file.write(block) == block.size() && file.flush()) { }
        return filler;
    }

    static Attempt attempt(int n)
    {
        Attempt a;
        a.questionId = QStringLiteral("q-%1").arg(n);
        a.answeredAt = QDateTime::currentDateTimeUtc();
        a.correct = true;
        a.score = 1;
        a.elapsedMs = n;
        return a;
    }

    static ReviewState next()
    {
        ReviewState state;
        state.due = QDateTime::currentDateTimeUtc().addDays(1);
        return state;
    }

    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

} // namespace

TEST_F(DiskFull, saving_fails_clearly_keeps_what_was_saved_and_works_again_once_space_is_freed)
{
    const QString file = path(QStringLiteral("demarc.sqlite"));
    {
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
        SqlPackStore packs((*db)->connection());
        ASSERT_TRUE(packs.install(test::examplePack(), QStringLiteral("h"), true).ok());
        SqlLearnerRepository learner((*db)->connection());
        int saved = 0;
        for (; saved < 20; ++saved) {
            const Status s = learner.recordAttempt(attempt(saved), next());
            ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();
        }

        const QString filler = fillTheDisk();
        const int beforeFull = saved;
        // Keep answering until the disk refuses (the write-ahead log may still have room for a few).
        Status failed;
        for (int tries = 0; tries < 5000 && failed; ++tries) {
            failed = learner.recordAttempt(attempt(saved), next());
            saved += failed ? 1 : 0;
        }
        ASSERT_FALSE(failed.ok()) << "the disk never filled";
        std::cout << "disk full: " << beforeFull << " answers saved, " << saved - beforeFull
                  << " more fitted in the log, then: " << failed.errorMessage().toStdString() << std::endl;
        EXPECT_TRUE(failed.errorMessage().contains(QStringLiteral("the disk is full")))
            << failed.errorMessage().toStdString();
        EXPECT_EQ(queryValue((*db)->connection(), QStringLiteral("SELECT count(*) FROM attempts")).toInt(),
                  saved)
            << "every answer saved before is there, the refused one is not";

        // A note and a backup on the full disk fail cleanly as well.
        EXPECT_FALSE(learner
                         .saveNote({ NoteTargetKind::Lesson, QStringLiteral("l-1") },
                                   QString(200000, QLatin1Char('n')))
                         .ok());
        auto copy = Backups(file).take((*db)->connection(), QStringLiteral("manual"));
        EXPECT_FALSE(copy.ok());
        EXPECT_EQ(QDir(Backups::folderFor(file)).entryList(QDir::Files), QStringList())
            << "no half-written copy is left";

        ASSERT_TRUE(QFile::remove(filler));
        ASSERT_TRUE(learner.recordAttempt(attempt(saved), next()).ok())
            << "saving works again once there is room";
        ++saved;
        EXPECT_EQ(queryValue((*db)->connection(), QStringLiteral("SELECT count(*) FROM attempts")).toInt(),
                  saved);
        EXPECT_TRUE(Backups(file).take((*db)->connection(), QStringLiteral("manual")).ok());
    }
    auto reopened = Database::open(file);
    ASSERT_TRUE(reopened.ok()) << reopened.errorMessage().toStdString();
    EXPECT_TRUE((*reopened)->integrityProblems()->isEmpty());
}

TEST_F(DiskFull, a_new_database_on_a_full_disk_is_refused_and_leaves_nothing_behind)
{
    fillTheDisk();
    auto db = Database::open(path(QStringLiteral("new.sqlite")));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.errorMessage().contains(path(QStringLiteral("new.sqlite"))))
        << db.errorMessage().toStdString();
    EXPECT_EQ(QDir(m_mountPoint.path()).entryList(QDir::Files), QStringList { QStringLiteral("filler") });
}
