// SPDX-License-Identifier: GPL-3.0-or-later
// What the window's start-up does with a database it cannot open: a file that is not
// Demarc's is never moved, whatever is pressed; Demarc's own damaged file is set aside only
// after a second question, and never by Enter alone.
#include "app/DialogQuestions.h"
#include "app/StartupDatabase.h"
#include "support/TestFiles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace demarc;
using Kind = DatabaseProblemDialog::Kind;
using Choice = DatabaseProblemDialog::Choice;

namespace {

/** Answers from a script, and remembers what was asked. */
class ScriptedQuestions : public DatabaseQuestions
{
public:
    QList<Choice> choices;
    QList<bool> confirmations;
    QString another;
    QList<Kind> kindsAsked;
    QList<bool> backupOffered;
    QStringList freshAsked;
    QStringList warnings;

    Choice choose(Kind kind, const QString&, const std::optional<BackupCopy>& newest) override
    {
        kindsAsked.append(kind);
        backupOffered.append(newest.has_value());
        return choices.isEmpty() ? Choice::Quit : choices.takeFirst();
    }
    bool confirmFresh(const QString& path, const QString& keptAs) override
    {
        freshAsked.append(path + QStringLiteral(" -> ") + keptAs);
        return !confirmations.isEmpty() && confirmations.takeFirst();
    }
    QString anotherDatabase(const QString&) override { return std::exchange(another, QString()); }
    void warn(const QString& message) override { warnings.append(message); }
};

/** Presses @p key on the dialog that is shown next, once it is shown. */
void pressOnNextDialog(Qt::Key key, QStringList* buttons = nullptr)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, key, buttons] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        if (buttons) {
            for (const QAbstractButton* button : dialog->findChildren<QAbstractButton*>())
                buttons->append(button->text());
        }
        QTest::keyClick(dialog, key);
    });
    poll->start();
}

const QDateTime FixedNow(QDate(2026, 12, 6), QTime(21, 30, 5, 123));

class StartupDatabaseTest : public testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList files() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    }

    /** A Demarc database whose pages after its header are noise: damaged, and Demarc's own. */
    QString damagedDemarcDatabase()
    {
        const QString file = path(QStringLiteral("demarc.sqlite"));
        EXPECT_TRUE(Database::open(file, Database::BackupBeforeMigration::No).ok());
        QByteArray bytes = test::readFile(file).left(100);
        for (int i = 0; bytes.size() < 8 * 4096; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        test::writeFile(file, bytes);
        EXPECT_EQ(Database::check(file).problem, Database::FileProblem::Damaged);
        return file;
    }

    QTemporaryDir m_dir;
};

TEST_F(StartupDatabaseTest, a_text_file_given_with_db_is_left_untouched_when_enter_is_pressed)
{
    const QString file = path(QStringLiteral("passwd"));
    test::writeFile(file,
                    "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
    const QByteArray before = test::readFile(file);
    DialogQuestions dialogs;
    QStringList buttons;
    pressOnNextDialog(Qt::Key_Return, &buttons);
    auto opened = openForWindow(file, dialogs);
    ASSERT_FALSE(opened.ok()) << "Enter quits";
    EXPECT_TRUE(opened.errorMessage().isEmpty());
    EXPECT_EQ(test::readFile(file), before);
    EXPECT_EQ(files(), QStringList { QStringLiteral("passwd") })
        << "nothing made, moved or renamed beside it";
    EXPECT_EQ(buttons.size(), 2) << buttons.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(buttons.join(QLatin1Char('|')).contains(QStringLiteral("Fresh")))
        << "a file not Demarc's is never offered for a fresh start";
}

TEST_F(StartupDatabaseTest, a_file_not_demarcs_survives_every_choice_and_another_database_opens_instead)
{
    const QString text = path(QStringLiteral("notes.txt"));
    test::writeFile(text, "My notes\n");
    const QString other = path(QStringLiteral("contacts.sqlite"));
    // Another program's database: an SQLite file with a table of its own and no Demarc id.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    for (const QString& file : { text, other }) {
        SCOPED_TRACE(file.toStdString());
        const QByteArray before = test::readFile(file);
        const QStringList filesBefore = files();
        ScriptedQuestions ask;
        // Even a fresh start or a restore asked for by mistake moves nothing.
        ask.choices = { Choice::StartFresh, Choice::Restore, Choice::Quit };
        ask.confirmations = { true };
        EXPECT_FALSE(openForWindow(file, ask, [] { return FixedNow; }).ok());
        EXPECT_EQ(ask.kindsAsked, (QList<Kind> { Kind::NotDemarcs, Kind::NotDemarcs, Kind::NotDemarcs }));
        EXPECT_TRUE(ask.freshAsked.isEmpty());
        EXPECT_EQ(test::readFile(file), before);
        EXPECT_EQ(files(), filesBefore);

        ask.choices = { Choice::OpenAnother };
        const QString instead = path(QStringLiteral("new-%1.sqlite").arg(QFileInfo(file).baseName()));
        ask.another = instead;
        auto opened = openForWindow(file, ask);
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        EXPECT_EQ(opened->path, instead);
        EXPECT_TRUE(QFileInfo::exists(opened->path));
        EXPECT_EQ(test::readFile(file), before);
    }
}

TEST_F(StartupDatabaseTest, enter_on_a_damaged_demarc_database_quits_and_changes_nothing)
{
    const QString file = damagedDemarcDatabase();
    const QByteArray before = test::readFile(file);
    const QStringList filesBefore = files();
    DialogQuestions dialogs;
    QStringList buttons;
    pressOnNextDialog(Qt::Key_Return, &buttons);
    EXPECT_FALSE(openForWindow(file, dialogs).ok());
    EXPECT_EQ(test::readFile(file), before);
    EXPECT_EQ(files(), filesBefore);
    EXPECT_TRUE(buttons.join(QLatin1Char('|')).contains(QStringLiteral("Fresh")))
        << buttons.join(QLatin1Char('|')).toStdString();
}

TEST_F(StartupDatabaseTest, a_fresh_start_asks_once_more_and_keeps_the_damaged_file_where_it_said)
{
    const QString file = damagedDemarcDatabase();
    const QByteArray before = test::readFile(file);
    ScriptedQuestions ask;
    // Declined first: nothing moves; confirmed the second time.
    ask.choices = { Choice::StartFresh, Choice::StartFresh };
    ask.confirmations = { false, true };
    auto opened = openForWindow(file, ask, [] { return FixedNow; });
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    const QString keptAs = path(QStringLiteral("demarc-damaged-20261206-213005123.sqlite"));
    EXPECT_EQ(ask.freshAsked, QStringList(2, file + QStringLiteral(" -> ") + keptAs));
    EXPECT_EQ(test::readFile(keptAs), before) << "the damaged file kept byte for byte";
    EXPECT_EQ(opened->path, file);
    EXPECT_TRUE(opened->message.contains(QFileInfo(keptAs).fileName()));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::None);
}

TEST_F(StartupDatabaseTest, the_confirmation_defaults_to_cancel)
{
    const QString file = damagedDemarcDatabase();
    const QByteArray before = test::readFile(file);
    DialogQuestions dialogs;
    QStringList buttons;
    pressOnNextDialog(Qt::Key_Return, &buttons);
    EXPECT_FALSE(dialogs.confirmFresh(file, path(QStringLiteral("kept.sqlite"))));
    EXPECT_EQ(test::readFile(file), before);
    EXPECT_TRUE(buttons.join(QLatin1Char('|')).contains(QStringLiteral("Cancel")));
}

TEST_F(StartupDatabaseTest, another_database_is_chosen_in_the_platforms_own_file_dialog)
{
    const QString chosen = path(QStringLiteral("another.sqlite"));
    bool native = false;
    QString title;
    QTimer::singleShot(0, [&] {
        // Where the platform has a file dialog of its own (Windows, macOS, a desktop portal) Qt
        // shows it; here, offscreen, Qt's stands in for it, and tells what was asked for.
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no file dialog was shown";
        native = !dialog->testOption(QFileDialog::DontUseNativeDialog);
        title = dialog->windowTitle();
        dialog->selectFile(chosen);
        static_cast<QDialog*>(dialog)->accept();
    });
    DialogQuestions dialogs;
    EXPECT_EQ(dialogs.anotherDatabase(path(QStringLiteral("current.sqlite"))), chosen);
    EXPECT_TRUE(native) << "the platform's dialog is not asked for";
    EXPECT_EQ(title, QStringLiteral("Open Another Database"));
}

TEST(DatabaseProblemKind, only_demarcs_own_damaged_file_may_be_set_aside)
{
    using Problem = Database::FileProblem;
    EXPECT_EQ(problemKind(Problem::Damaged), Kind::Damaged);
    EXPECT_EQ(problemKind(Problem::NotADatabase), Kind::NotDemarcs);
    EXPECT_EQ(problemKind(Problem::ForeignDatabase), Kind::NotDemarcs);
    for (const Problem p :
         { Problem::NewerSchema, Problem::ReadOnly, Problem::Unreadable, Problem::Folder, Problem::NoFolder })
        EXPECT_EQ(problemKind(p), Kind::CannotUse);
}

} // namespace
