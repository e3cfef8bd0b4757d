// SPDX-License-Identifier: GPL-3.0-or-later
// A learner's answer given in a real process, for the crash test: opens the database given,
// installs the bundled course, starts a practice quiz (seeded by the second argument) in the
// quiz widget, answers its first question by keyboard, prints "FEEDBACK <question id>" the
// moment the feedback is on screen, and then stops dead until it is killed.
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlLearnerRepository.h"
#include "db/SqlPackStore.h"
#include "support/TestEnvironment.h"
#include "support/TestFiles.h"
#include "ui/quiz/QuizPage.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <thread>

namespace {

/** A key press and release where the keyboard focus of @p window is, as a keyboard would send it. */
void press(QWidget& window, int key)
{
    QWidget* target = window.focusWidget() ? window.focusWidget() : &window;
    const QString text = key < 0x100 ? QString(QChar(key)) : QString();
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &down);
    QApplication::sendEvent(target, &up);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "answer helper: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    demarc::test::prepareEnvironment();
    QApplication app(argc, argv);
    if (argc != 3)
        return fail(QStringLiteral("usage: answer-then-wait DATABASE SEED"));
    using namespace demarc;
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
    SqlLearnerRepository learner((*db)->connection());
    QuizPage page(content, learner);
    if (Status s = page.reload(); !s)
        return fail(s.errorMessage());
    page.resize(1024, 768);
    page.show();
    page.activateWindow();
    QObject::connect(&page, &QuizPage::feedbackShown, &page, [](const QString& id) {
        std::printf("FEEDBACK %s\n", qPrintable(id));
        std::fflush(stdout);
        // Stop right here, inside the signal: anything the quiz would do after showing the
        // feedback never happens, so only what it did before can be in the database.
        for (;;)
            std::this_thread::sleep_for(std::chrono::hours(1));
    });
    QuizOptions options;
    options.seed = quint32(QByteArray(argv[2]).toUInt());
    if (!page.start(options))
        return fail(QStringLiteral("no quiz"));
    QTimer::singleShot(0, &page, [&page] {
        page.focusContent();
        press(page, Qt::Key_1); // the first choice, or the first item sorted to AWS: an answer either way
        press(page, Qt::Key_Return);
    });
    return QApplication::exec();
}
