// SPDX-License-Identifier: GPL-3.0-or-later
// Backups as the window offers them: the automatic copy after 30 minutes of use with changes,
// File → Back Up Now and Restore Backup…, and the question asked about a damaged database.
#include "ui/WindowTest.h"
#include "ui/window/AutomaticBackup.h"
#include "ui/window/DatabaseProblemDialog.h"
#include "ui/window/MainWindow.h"
#include "ui/window/RestoreBackupDialog.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "ui/FakePackStore.h"
#include "ui/WidgetLookup.h"

#include <QAbstractButton>
#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

class FakeBackupStore : public BackupStore
{
public:
    QList<BackupCopy> backups() const override { return copies; }
    Result<QString> backUp(const QString& reason) override
    {
        if (!failWith.isEmpty())
            return Error { failWith };
        reasons.append(reason);
        changed = false;
        BackupCopy copy { QStringLiteral("/backups/copy-%1.sqlite").arg(reasons.size()),
                          QDateTime::currentDateTime(), reason, 1000 };
        copies.prepend(copy);
        return copy.path;
    }
    bool changedSinceBackup() const override { return changed; }
    QString folder() const override { return QStringLiteral("/backups"); }

    QList<BackupCopy> copies;
    QStringList reasons;
    bool changed = false;
    QString failWith;
};

BackupCopy copyAt(const QString& path, const QDateTime& at, const QString& reason)
{
    return { path, at, reason, 1'200'000 };
}

/** Clicks @p button once the modal dialog it belongs to is running. */
void clickWhenShown(std::function<QAbstractButton*()> button)
{
    QTimer::singleShot(0, [button] { button()->click(); });
}

} // namespace

TEST(AutomaticBackup, copies_after_thirty_minutes_of_use_with_changes_and_not_otherwise)
{
    FakeBackupStore store;
    AutomaticBackup automatic(store);
    QSignalSpy done(&automatic, &AutomaticBackup::backedUp);
    store.changed = true;
    for (int minute = 0; minute < 29; ++minute)
        automatic.minutePassed(true);
    for (int minute = 0; minute < 60; ++minute)
        automatic.minutePassed(false); // the window left alone for an hour: not use
    EXPECT_TRUE(store.reasons.isEmpty());
    automatic.minutePassed(true);
    EXPECT_EQ(store.reasons, QStringList { QStringLiteral("automatic") });
    EXPECT_EQ(done.size(), 1);
    EXPECT_EQ(automatic.minutesOfUse(), 0);

    // Nothing changed since: 30 more minutes copy nothing, and the first change after them does.
    for (int minute = 0; minute < 45; ++minute)
        automatic.minutePassed(true);
    EXPECT_EQ(store.reasons.size(), 1);
    store.changed = true;
    automatic.minutePassed(true);
    EXPECT_EQ(store.reasons.size(), 2);
}

TEST(AutomaticBackup, a_failed_copy_is_reported_and_tried_again_later)
{
    FakeBackupStore store;
    store.changed = true;
    store.failWith = QStringLiteral("disk full");
    AutomaticBackup automatic(store);
    QSignalSpy failed(&automatic, &AutomaticBackup::failed);
    for (int minute = 0; minute < 30; ++minute)
        automatic.minutePassed(true);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(), QStringLiteral("disk full"));
    store.failWith.clear();
    for (int minute = 0; minute < 30; ++minute)
        automatic.minutePassed(true);
    EXPECT_EQ(store.reasons, QStringList { QStringLiteral("automatic") });
}

TEST(RestoreBackupDialog, lists_the_copies_newest_first_and_gives_the_chosen_one)
{
    const QDateTime now = QDateTime::currentDateTime();
    RestoreBackupDialog dialog(
        { copyAt(QStringLiteral("/b/new.sqlite"), now, QStringLiteral("automatic")),
          copyAt(QStringLiteral("/b/old.sqlite"), now.addDays(-2), QStringLiteral("before-import")) },
        QStringLiteral("/b"));
    auto* list = test::findChildOrFail<QListWidget>(&dialog, "backupList");
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("automatic")));
    EXPECT_TRUE(list->item(1)->text().contains(QStringLiteral("before a pack import")));
    EXPECT_TRUE(list->item(1)->text().contains(QStringLiteral("1.2 MB")));
    EXPECT_EQ(dialog.chosenPath(), QStringLiteral("/b/new.sqlite"));
    list->setCurrentRow(1);
    EXPECT_EQ(dialog.chosenPath(), QStringLiteral("/b/old.sqlite"));

    RestoreBackupDialog empty({}, QStringLiteral("/b"));
    EXPECT_FALSE(test::findChildOrFail<QAbstractButton>(&empty, "restoreButton")->isEnabled());
    EXPECT_TRUE(empty.chosenPath().isEmpty());
}

TEST(DatabaseProblemDialog, offers_a_damaged_database_the_newest_backup_a_fresh_start_or_quitting_quit_first)
{
    using Kind = DatabaseProblemDialog::Kind;
    using Choice = DatabaseProblemDialog::Choice;
    const BackupCopy newest =
        copyAt(QStringLiteral("/b/new.sqlite"), QDateTime::currentDateTime(), QStringLiteral("automatic"));
    {
        DatabaseProblemDialog ask(Kind::Damaged, QStringLiteral("/x/demarc.sqlite is damaged"), newest);
        EXPECT_TRUE(ask.informativeText().contains(QStringLiteral("/x/demarc.sqlite is damaged")));
        EXPECT_TRUE(ask.informativeText().contains(QStringLiteral("kept, renamed")));
        ASSERT_NE(ask.restoreButton(), nullptr);
        EXPECT_EQ(static_cast<QAbstractButton*>(ask.defaultButton()), ask.quitButton())
            << "Enter changes nothing";
        clickWhenShown([&ask] { return ask.restoreButton(); });
        ask.exec();
        EXPECT_EQ(ask.choice(), Choice::Restore);
    }
    {
        DatabaseProblemDialog ask(Kind::Damaged, QStringLiteral("damaged"), newest);
        clickWhenShown([&ask] { return ask.freshButton(); });
        ask.exec();
        EXPECT_EQ(ask.choice(), Choice::StartFresh);
    }
    {
        DatabaseProblemDialog ask(Kind::Damaged, QStringLiteral("damaged"), std::nullopt);
        EXPECT_EQ(ask.restoreButton(), nullptr) << "no backup, no restore";
        EXPECT_TRUE(ask.informativeText().contains(QStringLiteral("no backup")));
        QTimer::singleShot(0, &ask, [&ask] { QTest::keyClick(&ask, Qt::Key_Escape); });
        ask.exec();
        EXPECT_EQ(ask.choice(), Choice::Quit) << "Esc quits";
    }
    {
        DatabaseProblemDialog ask(Kind::Damaged, QStringLiteral("damaged"), newest);
        QTimer::singleShot(0, &ask, [&ask] { QTest::keyClick(&ask, Qt::Key_Return); });
        ask.exec();
        EXPECT_EQ(ask.choice(), Choice::Quit) << "Enter quits";
    }
}

TEST(DatabaseProblemDialog, offers_a_file_not_demarcs_only_another_database_or_quitting)
{
    using Kind = DatabaseProblemDialog::Kind;
    for (const Kind kind : { Kind::NotDemarcs, Kind::CannotUse }) {
        DatabaseProblemDialog ask(kind, QStringLiteral("/etc/passwd is not a Demarc database"),
                                  copyAt(QStringLiteral("/b/new.sqlite"), QDateTime::currentDateTime(),
                                         QStringLiteral("automatic")));
        EXPECT_EQ(ask.restoreButton(), nullptr);
        EXPECT_EQ(ask.freshButton(), nullptr);
        EXPECT_EQ(ask.buttons().size(), 2);
        EXPECT_EQ(static_cast<QAbstractButton*>(ask.defaultButton()), ask.quitButton());
        EXPECT_TRUE(ask.informativeText().contains(QStringLiteral("/etc/passwd")));
        EXPECT_TRUE(ask.informativeText().contains(QStringLiteral("left"))
                    || ask.informativeText().contains(QStringLiteral("leaves")));
        clickWhenShown([&ask] { return ask.anotherButton(); });
        ask.exec();
        EXPECT_EQ(ask.choice(), DatabaseProblemDialog::Choice::OpenAnother);
    }
}

TEST(DatabaseProblemDialog, a_fresh_start_question_names_the_file_and_where_it_is_kept)
{
    const QString question = DatabaseProblemDialog::freshStartQuestion(
        QStringLiteral("/home/a/demarc.sqlite"), QStringLiteral("/home/a/demarc-damaged-1.sqlite"));
    EXPECT_TRUE(question.contains(QStringLiteral("/home/a/demarc.sqlite")));
    EXPECT_TRUE(question.contains(QStringLiteral("demarc-damaged-1.sqlite")));
    EXPECT_TRUE(question.contains(QStringLiteral("in /home/a")));
}

class WindowBackupsTest : public test::WindowTest
{
protected:
    WindowBackupsTest()
        : WindowTest(test::FakeContentRepository::samplePack())
    { }

    void SetUp() override
    {
        openWindow(Show::No);
        m_window->setPersistSettings(false);
    }

    FakeBackupStore m_backups;
};

TEST_F(WindowBackupsTest, the_backup_commands_appear_only_with_a_store)
{
    auto* backUp = test::findChildOrFail<QAction>(m_window.get(), "backUpAction");
    auto* restore = test::findChildOrFail<QAction>(m_window.get(), "restoreBackupAction");
    EXPECT_FALSE(backUp->isVisible());
    EXPECT_FALSE(restore->isVisible());
    EXPECT_EQ(m_window->automaticBackup(), nullptr);
    m_window->setBackups(&m_backups);
    EXPECT_TRUE(backUp->isVisible());
    EXPECT_TRUE(restore->isVisible());
    EXPECT_NE(m_window->automaticBackup(), nullptr);
}

TEST_F(WindowBackupsTest, back_up_now_copies_and_says_where)
{
    m_window->setBackups(&m_backups);
    test::findChildOrFail<QAction>(m_window.get(), "backUpAction")->trigger();
    EXPECT_EQ(m_backups.reasons, QStringList { QStringLiteral("manual") });
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("/backups/copy-1.sqlite")))
        << m_window->statusBar()->currentMessage().toStdString();
}

TEST_F(WindowBackupsTest, restore_asks_for_a_copy_and_requests_it)
{
    m_backups.copies = { copyAt(QStringLiteral("/b/new.sqlite"), QDateTime::currentDateTime(),
                                QStringLiteral("automatic")),
                         copyAt(QStringLiteral("/b/old.sqlite"), QDateTime::currentDateTime().addDays(-1),
                                QStringLiteral("manual")) };
    m_window->setBackups(&m_backups);
    QSignalSpy requested(m_window.get(), &MainWindow::restoreRequested);
    QTimer::singleShot(0, m_window.get(), [this] {
        auto* dialog = m_window->findChild<RestoreBackupDialog*>();
        ASSERT_NE(dialog, nullptr);
        test::findChildOrFail<QListWidget>(dialog, "backupList")->setCurrentRow(1);
        test::findChildOrFail<QAbstractButton>(dialog, "restoreButton")->click();
    });
    test::findChildOrFail<QAction>(m_window.get(), "restoreBackupAction")->trigger();
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), QStringLiteral("/b/old.sqlite"));

    QTimer::singleShot(0, m_window.get(), [this] {
        auto* dialog = m_window->findChild<RestoreBackupDialog*>();
        ASSERT_NE(dialog, nullptr);
        dialog->reject();
    });
    test::findChildOrFail<QAction>(m_window.get(), "restoreBackupAction")->trigger();
    EXPECT_EQ(requested.size(), 1) << "cancelled: nothing requested";
}
