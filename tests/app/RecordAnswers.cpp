// SPDX-License-Identifier: GPL-3.0-or-later
// A learner answering as fast as the store allows, for the crash and two-process tests:
// opens the database given (creating and migrating it as the app does), installs the bundled
// course, then records answers through the same repository the quiz uses. Each answer carries
// a number of its own in elapsed_ms (WRITER * 1e9 + n) and is acknowledged on stdout as
// "ACK <number>" only after its transaction has committed. COUNT 0 records until killed;
// PAUSE_MS (optional) waits between answers, as a person would, so two writers interleave.
#include "core/quiz/ReviewScheduler.h"
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlLearnerRepository.h"
#include "db/SqlPackStore.h"
#include "support/TestEnvironment.h"
#include "support/TestFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "record-answers: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    demarc::test::prepareEnvironment();
    QCoreApplication app(argc, argv);
    if (argc != 4 && argc != 5)
        return fail(QStringLiteral("usage: record-answers DATABASE WRITER COUNT [PAUSE_MS]"));
    using namespace demarc;
    const qint64 writer = QByteArray(argv[2]).toLongLong();
    const qint64 count = QByteArray(argv[3]).toLongLong();
    const int pauseMs = argc == 5 ? QByteArray(argv[4]).toInt() : 0;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db)
        return fail(db.errorMessage());
    SqlContentRepository content((*db)->connection());
    SqlPackStore packs((*db)->connection());
    QFile course(test::bundledCoursePath());
    if (!course.open(QIODevice::ReadOnly))
        return fail(course.errorString());
    if (auto installed = installBundledCourse(packs, course.readAll(), QStringLiteral("course")); !installed)
        return fail(installed.errorMessage());
    const auto questions = content.questions();
    if (!questions || questions->isEmpty())
        return fail(QStringLiteral("no questions"));
    SqlLearnerRepository learner((*db)->connection());
    const ReviewScheduler scheduler;
    for (qint64 n = 1; count == 0 || n <= count; ++n) {
        Attempt attempt;
        attempt.questionId = questions->at(int(n % questions->size())).id;
        attempt.answeredAt = QDateTime::currentDateTimeUtc();
        attempt.correct = n % 3 != 0;
        attempt.score = attempt.correct ? 1 : 0;
        attempt.elapsedMs = writer * 1000000000 + n;
        ReviewState next = scheduler.firstState();
        if (Status s = learner.recordAttempt(attempt, next); !s)
            return fail(QStringLiteral("answer %1: %2").arg(attempt.elapsedMs).arg(s.errorMessage()));
        std::printf("ACK %lld\n", static_cast<long long>(attempt.elapsedMs));
        std::fflush(stdout);
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
    return 0;
}
