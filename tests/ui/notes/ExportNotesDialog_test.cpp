// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog: its choices become the same options as the command line's, and the file
// it writes or the pages it prints come from the notes as they are at that moment.
#include "ui/WindowTest.h"
#include "ui/common/NotePanel.h"
#include "ui/notes/ExportNotesDialog.h"
#include "ui/notes/NotesPage.h"
#include "ui/reading/LessonsPage.h"
#include "ui/window/MainWindow.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"
#include "ui/FakePackStore.h"
#include "ui/WidgetLookup.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

class ExportDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_dialog.reload().ok());
    }

    template<typename T> T* child(const char* name) const
    {
        return test::findChildOrFail<T>(&m_dialog, name);
    }

    QCheckBox* part(const char* name) const
    {
        return child<QCheckBox>((QByteArray("exportPart_") + name).constData());
    }

    QListWidgetItem* item(const char* list, const QString& id) const
    {
        QListWidget* widget = child<QListWidget>(list);
        for (int i = 0; i < widget->count(); ++i) {
            if (widget->item(i)->data(Qt::UserRole).toString() == id)
                return widget->item(i);
        }
        ADD_FAILURE() << "no " << id.toStdString() << " in " << list;
        return nullptr;
    }

    /** Saves a picture of the dialog when DEMARC_TEST_SHOTS names a folder. */
    void picture(const QString& name, QSize size)
    {
        const QString dir = test::shotsFolder(QStringLiteral("export-dialog"));
        if (dir.isEmpty())
            return;
        m_dialog.resize(size);
        m_dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_dialog));
        m_dialog.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    test::FakeContentRepository m_repo { test::FakeContentRepository::bundledCourse() };
    test::FakeLearnerRepository m_learner;
    ExportNotesDialog m_dialog { m_repo, m_learner };
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ExportDialogTest, starts_with_everything_every_topic_and_the_usual_services)
{
    const StudyNotesOptions options = m_dialog.options();
    EXPECT_EQ(options.parts, int(StudyNotesOptions::Everything));
    EXPECT_TRUE(options.topics.isEmpty());
    EXPECT_FALSE(options.allServices);
    EXPECT_EQ(options.services, StudyNotesOptions::defaultServices(*m_repo.responsibilityStack()));
    EXPECT_TRUE(m_dialog.problem().isEmpty());
    EXPECT_TRUE(m_dialog.exportButton()->isEnabled());
    EXPECT_EQ(m_dialog.format(), ExportNotesDialog::Format::Pdf);
    picture(QStringLiteral("export-1024"), QSize(900, 620));
}

TEST_F(ExportDialogTest, each_part_box_is_one_part_of_the_options)
{
    for (const QString& name : StudyNotesOptions::partNames()) {
        QCheckBox* box = part(name.toLatin1().constData());
        ASSERT_NE(box, nullptr);
        box->setChecked(false);
        EXPECT_FALSE(m_dialog.options().has(*StudyNotesOptions::partFromName(name))) << name.toStdString();
        box->setChecked(true);
        EXPECT_TRUE(m_dialog.options().has(*StudyNotesOptions::partFromName(name))) << name.toStdString();
    }
    child<QPushButton>("exportNoParts")->click();
    EXPECT_EQ(m_dialog.options().parts, 0);
    EXPECT_FALSE(m_dialog.exportButton()->isEnabled());
    EXPECT_FALSE(m_dialog.printButton()->isEnabled());
    EXPECT_TRUE(child<QLabel>("exportProblem")->text().contains(QStringLiteral("at least one part")));
    EXPECT_FALSE(m_dialog.exportTo(path(QStringLiteral("none.md"))).ok());
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("none.md"))));
    child<QPushButton>("exportAllParts")->click();
    EXPECT_EQ(m_dialog.options().parts, int(StudyNotesOptions::Everything));
}

TEST_F(ExportDialogTest, ticking_a_topic_chooses_topics_and_no_topic_cannot_be_exported)
{
    item("exportTopics", QStringLiteral("analogy"))->setCheckState(Qt::Checked);
    EXPECT_TRUE(child<QRadioButton>("exportSomeTopics")->isChecked());
    EXPECT_EQ(m_dialog.options().topics, QStringList { QStringLiteral("analogy") });
    item("exportTopics", QStringLiteral("analogy"))->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(m_dialog.problem().contains(QStringLiteral("topic")));
    // Without lessons or missed questions, topics do not matter.
    part("lessons")->setChecked(false);
    part("missed")->setChecked(false);
    EXPECT_FALSE(child<QWidget>("exportTopicsGroup")->isEnabled());
    EXPECT_TRUE(m_dialog.problem().isEmpty());
    part("lessons")->setChecked(true);
    child<QRadioButton>("exportAllTopics")->setChecked(true);
    EXPECT_TRUE(m_dialog.options().topics.isEmpty());
    EXPECT_TRUE(m_dialog.problem().isEmpty());
}

TEST_F(ExportDialogTest, services_all_some_or_none)
{
    child<QPushButton>("exportAllServices")->click();
    EXPECT_TRUE(m_dialog.options().allServices);
    QListWidget* services = child<QListWidget>("exportServices");
    for (int i = 0; i < services->count(); ++i)
        services->item(i)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(m_dialog.problem().contains(QStringLiteral("service")));
    item("exportServices", QStringLiteral("dynamodb"))->setCheckState(Qt::Checked);
    EXPECT_FALSE(m_dialog.options().allServices);
    EXPECT_EQ(m_dialog.options().services, QStringList { QStringLiteral("dynamodb") });
    EXPECT_TRUE(m_dialog.problem().isEmpty());
    child<QPushButton>("exportDefaultServices")->click();
    EXPECT_EQ(m_dialog.options().services, StudyNotesOptions::defaultServices(*m_repo.responsibilityStack()));
}

TEST_F(ExportDialogTest, set_options_shows_the_choices_and_reload_keeps_them)
{
    StudyNotesOptions chosen;
    chosen.parts = StudyNotesOptions::Glossary | StudyNotesOptions::Lessons;
    chosen.topics = { QStringLiteral("definition"), QStringLiteral("nuances") };
    chosen.services = { QStringLiteral("saas"), QStringLiteral("s3") };
    m_dialog.setOptions(chosen);
    ASSERT_TRUE(m_dialog.reload().ok());
    const StudyNotesOptions shown = m_dialog.options();
    EXPECT_EQ(shown.parts, chosen.parts);
    EXPECT_EQ(shown.topics, chosen.topics);
    EXPECT_EQ(shown.services, chosen.services);
}

TEST_F(ExportDialogTest, exports_each_format_with_only_what_was_chosen)
{
    ASSERT_TRUE(m_learner
                    .saveNote(NoteTarget::term(QStringLiteral("shared-responsibility-model")),
                              QStringLiteral("my <b>term</b> note"))
                    .ok());
    child<QPushButton>("exportNoParts")->click();
    part("glossary")->setChecked(true);
    part("notes")->setChecked(true);
    ASSERT_TRUE(m_dialog.exportTo(path(QStringLiteral("g.md"))).ok());
    const QString markdown = readText(path(QStringLiteral("g.md")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("# Glossary")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("> my \\<b>term\\</b> note")))
        << "the note, its HTML shown as typed";
    EXPECT_FALSE(markdown.contains(QStringLiteral("# Lessons")));

    ASSERT_TRUE(m_dialog.exportTo(path(QStringLiteral("g.html"))).ok());
    const QString html = readText(path(QStringLiteral("g.html")));
    EXPECT_TRUE(html.contains(QStringLiteral("my &lt;b&gt;term&lt;/b&gt; note")));
    ASSERT_TRUE(m_dialog.exportTo(path(QStringLiteral("g.pdf"))).ok());
    EXPECT_TRUE(readText(path(QStringLiteral("g.pdf"))).startsWith(QStringLiteral("%PDF-")));
}

TEST_F(ExportDialogTest, a_failed_export_says_why_and_leaves_the_file_there)
{
    const QString file = path(QStringLiteral("keep.md"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("mine");
    }
    m_repo.setFailing(true);
    const Status failed = m_dialog.exportTo(file);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().contains(QStringLiteral("Cannot read the course")))
        << failed.errorMessage().toStdString();
    EXPECT_EQ(readText(file), QStringLiteral("mine"));
    m_repo.setFailing(false);
    const Status missingFolder = m_dialog.exportTo(path(QStringLiteral("no/such/notes.md")));
    ASSERT_FALSE(missingFolder.ok());
    EXPECT_TRUE(missingFolder.errorMessage().contains(QStringLiteral("does not exist")))
        << missingFolder.errorMessage().toStdString();
}

TEST_F(ExportDialogTest, prints_the_same_notes_on_a_printers_pages)
{
    child<QPushButton>("exportNoParts")->click();
    part("diagram")->setChecked(true);
    part("matrix")->setChecked(true);
    part("glossary")->setChecked(true);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::Letter));
    ASSERT_TRUE(m_dialog.printTo(printer).ok());
    ASSERT_TRUE(readText(path(QStringLiteral("printed.pdf"))).startsWith(QStringLiteral("%PDF-")));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup.sh installs it";
    QProcess p;
    p.start(pdftotext,
            { QStringLiteral("-layout"), path(QStringLiteral("printed.pdf")), QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Glossary")));
    EXPECT_TRUE(text.contains(QStringLiteral("Physical facilities")));
    // Text after the diagrams is laid out and drawn too (it once vanished once diagrams were put in).
    EXPECT_TRUE(text.contains(QStringLiteral("Access key"))) << "a glossary term after the diagrams";
    EXPECT_TRUE(text.contains(QStringLiteral("The responsibility matrix")));
    EXPECT_FALSE(text.contains(QStringLiteral("Questions I missed")));
}

namespace {

class ExportFromWindowTest : public test::WindowTest
{
protected:
    void SetUp() override { openWindow(); }
};

} // namespace

TEST_F(ExportFromWindowTest, ctrl_e_opens_the_dialog_and_a_note_still_being_typed_is_exported)
{
    QAction* action = test::findChildOrFail<QAction>(m_window.get(), "exportNotesAction");
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_EQ(test::findChildOrFail<QAction>(m_window.get(), "printNotesAction")->shortcut(),
              QKeySequence(QKeySequence::Print));

    NotePanel* panel = m_window->lessonsPage()->notePanel();
    panel->editor()->setFocus();
    QTest::keyClicks(panel->editor(), QStringLiteral("typed just now"));
    action->trigger(); // before the pause that would save it
    auto* dialog = m_window->findChild<ExportNotesDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    QTemporaryDir dir;
    ASSERT_TRUE(dialog->exportTo(dir.filePath(QStringLiteral("n.md"))).ok());
    EXPECT_TRUE(readText(dir.filePath(QStringLiteral("n.md"))).contains(QStringLiteral("typed just now")));
    dialog->reject();

    // The same dialog, with its choices, comes back from the Notes view's button.
    dialog->findChild<QCheckBox*>(QStringLiteral("exportPart_glossary"))->setChecked(false);
    m_window->showView(QStringLiteral("notes"));
    test::findChildOrFail<QPushButton>(m_window.get(), "exportNotesButton")->click();
    EXPECT_EQ(m_window->findChildren<ExportNotesDialog*>().size(), 1);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->options().has(StudyNotesOptions::Glossary));
}
