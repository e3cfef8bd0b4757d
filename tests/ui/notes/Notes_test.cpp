// SPDX-License-Identifier: GPL-3.0-or-later
// Notes and bookmarks: written in place on every kind of page, saved as typed and on close,
// listed, searched and opened from the Notes view.
#include "ui/WindowTest.h"
#include "ui/common/NotePanel.h"
#include "ui/diagram/DiagramPage.h"
#include "ui/matrix/MatrixPage.h"
#include "ui/matrix/ResponsibilityMatrixModel.h"
#include "ui/notes/NotesModel.h"
#include "ui/notes/NotesPage.h"
#include "ui/quiz/QuizPage.h"
#include "ui/reading/GlossaryPage.h"
#include "ui/reading/LessonsPage.h"
#include "ui/reading/SearchResultsModel.h"
#include "ui/window/MainWindow.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "ui/FakePackStore.h"
#include "ui/WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

class NotesTest : public test::WindowTest
{
protected:
    void SetUp() override
    {
        openWindow();
        ASSERT_TRUE(m_window->showView(QStringLiteral("lessons"))); // the window opens on Home
    }

    /** Types @p text into a panel's editor, as a learner would. */
    static void type(NotePanel* panel, const QString& text)
    {
        panel->editor()->setFocus();
        QTest::keyClicks(panel->editor(), text);
    }

    std::optional<Note> stored(const NoteTarget& target) const { return m_learner.note(target).value(); }
};

} // namespace

TEST_F(NotesTest, a_lesson_note_is_saved_a_moment_after_typing_stops)
{
    NotePanel* panel = m_window->lessonsPage()->notePanel();
    ASSERT_TRUE(panel->isVisible());
    const NoteTarget lesson = NoteTarget::lesson(m_window->lessonsPage()->currentLessonId());
    EXPECT_EQ(panel->target(), lesson);
    type(panel, QStringLiteral("Of = AWS, in = me"));
    EXPECT_TRUE(panel->hasUnsavedChanges());
    EXPECT_FALSE(stored(lesson).has_value()) << "not saved on every key";
    QTRY_VERIFY_WITH_TIMEOUT(stored(lesson).has_value(), NotePanel::SaveDelayMs * 5);
    EXPECT_EQ(stored(lesson)->body, QStringLiteral("Of = AWS, in = me"));
    EXPECT_EQ(test::findChildOrFail<QLabel>(panel, "noteStatus")->text(), QStringLiteral("Saved"));
}

TEST_F(NotesTest, closing_the_window_saves_what_was_just_typed)
{
    NotePanel* panel = m_window->lessonsPage()->notePanel();
    const NoteTarget lesson = panel->target();
    type(panel, QStringLiteral("last words"));
    m_window->close();
    ASSERT_TRUE(stored(lesson).has_value()) << "closing does not wait for the pause";
    EXPECT_EQ(stored(lesson)->body, QStringLiteral("last words"));
}

TEST_F(NotesTest, moving_to_another_lesson_saves_the_note_and_shows_the_next_one)
{
    LessonsPage* lessons = m_window->lessonsPage();
    NotePanel* panel = lessons->notePanel();
    const NoteTarget first = panel->target();
    type(panel, QStringLiteral("first"));
    lessons->showNextLesson();
    EXPECT_EQ(stored(first)->body, QStringLiteral("first"));
    EXPECT_NE(panel->target(), first);
    EXPECT_TRUE(panel->editor()->toPlainText().isEmpty());
    lessons->showPreviousLesson();
    EXPECT_EQ(panel->editor()->toPlainText(), QStringLiteral("first"))
        << "the note comes back with its lesson";
}

TEST_F(NotesTest, layers_cells_terms_and_answered_questions_take_notes_too)
{
    ASSERT_TRUE(m_window->showView(QStringLiteral("diagram")));
    DiagramPage* diagram = m_window->diagramPage();
    ASSERT_TRUE(diagram->selectLayer(QStringLiteral("guest-os")));
    EXPECT_EQ(diagram->notePanel()->target(), NoteTarget::layer(QStringLiteral("guest-os")));
    type(diagram->notePanel(), QStringLiteral("layer note"));

    ASSERT_TRUE(m_window->showView(QStringLiteral("matrix")));
    EXPECT_EQ(stored(NoteTarget::layer(QStringLiteral("guest-os")))->body, QStringLiteral("layer note"))
        << "leaving the page saves";
    MatrixPage* matrix = m_window->matrixPage();
    ASSERT_TRUE(matrix->selectColumn(QStringLiteral("rds")));
    ASSERT_TRUE(matrix->selectLayer(QStringLiteral("guest-os")));
    const NoteTarget cell = NoteTarget::cell(QStringLiteral("guest-os"), QStringLiteral("rds"));
    EXPECT_EQ(matrix->notePanel()->target(), cell);
    type(matrix->notePanel(), QStringLiteral("AWS patches it on RDS"));
    ASSERT_TRUE(m_window->flushNotes());
    EXPECT_EQ(stored(cell)->body, QStringLiteral("AWS patches it on RDS"));

    ASSERT_TRUE(m_window->showView(QStringLiteral("glossary")));
    const GlossaryTerm& term = m_repo.bundledCourse().glossary.first();
    ASSERT_TRUE(m_window->glossaryPage()->showTerm(term.id));
    type(m_window->glossaryPage()->notePanel(), QStringLiteral("term note"));
    ASSERT_TRUE(m_window->flushNotes());
    EXPECT_EQ(stored(NoteTarget::term(term.id))->body, QStringLiteral("term note"));

    ASSERT_TRUE(m_window->showView(QStringLiteral("quiz")));
    const Question& q = m_repo.bundledCourse().questions.first();
    ASSERT_TRUE(m_window->quizPage()->startWith({ q.id }, QuizMode::Practice));
    NotePanel* quizNote = m_window->quizPage()->notePanel();
    EXPECT_FALSE(quizNote->isVisible()) << "no note before the answer is shown";
    QTest::keyClick(m_window->quizPage(), Qt::Key_1);
    QTest::keyClick(m_window->quizPage(), Qt::Key_Return);
    ASSERT_TRUE(quizNote->isVisible());
    EXPECT_EQ(quizNote->target(), NoteTarget::question(q.id));
    EXPECT_FALSE(quizNote->bookmarkButton()->isVisible()) << "the quiz flags with F";
    type(quizNote, QStringLiteral("12 and 3"));
    EXPECT_EQ(quizNote->editor()->toPlainText(), QStringLiteral("12 and 3"))
        << "digits and spaces go into the note, not the quiz";
    EXPECT_EQ(m_window->quizPage()->currentQuestionId(), q.id);
    ASSERT_TRUE(m_window->flushNotes());
    EXPECT_EQ(stored(NoteTarget::question(q.id))->body, QStringLiteral("12 and 3"));
}

TEST_F(NotesTest, the_bookmark_button_and_ctrl_d_bookmark_the_place_shown)
{
    NotePanel* panel = m_window->lessonsPage()->notePanel();
    const NoteTarget lesson = panel->target();
    QTest::mouseClick(panel->bookmarkButton(), Qt::LeftButton);
    EXPECT_TRUE(m_learner.isBookmarked(lesson).value());
    EXPECT_TRUE(panel->bookmarkButton()->text().contains(QStringLiteral("Bookmarked")))
        << "said in words, not only by the star";
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_FALSE(m_learner.isBookmarked(lesson).value());
    EXPECT_EQ(panel->bookmarkButton()->text(), QStringLiteral("☆ Bookmark"));
}

TEST_F(NotesTest, a_note_that_cannot_be_saved_stays_in_the_editor_and_is_saved_when_it_can)
{
    NotePanel* panel = m_window->lessonsPage()->notePanel();
    const NoteTarget lesson = panel->target();
    m_learner.setFailingWrites(true);
    type(panel, QStringLiteral("keep me"));
    EXPECT_FALSE(panel->flush());
    EXPECT_TRUE(
        test::findChildOrFail<QLabel>(panel, "noteStatus")->text().startsWith(QStringLiteral("Not saved")));
    EXPECT_EQ(panel->editor()->toPlainText(), QStringLiteral("keep me"));
    EXPECT_TRUE(panel->hasUnsavedChanges());
    m_learner.setFailingWrites(false);
    EXPECT_TRUE(panel->flush());
    EXPECT_EQ(stored(lesson)->body, QStringLiteral("keep me"));
}

TEST_F(NotesTest, the_notes_view_lists_searches_and_opens_notes_and_bookmarks)
{
    const Pack& course = m_repo.bundledCourse();
    const QString lessonId = course.lessons.at(3).id;
    ASSERT_TRUE(
        m_learner.saveNote(NoteTarget::lesson(lessonId), QStringLiteral("Audit reports show what I inherit"))
            .ok());
    ASSERT_TRUE(m_learner
                    .saveNote(NoteTarget::cell(QStringLiteral("guest-os"), QStringLiteral("ec2")),
                              QStringLiteral("<script>alert(1)</script> mine on EC2"))
                    .ok());
    ASSERT_TRUE(m_learner.setBookmarked(NoteTarget::term(course.glossary.first().id), true).ok());
    ASSERT_TRUE(m_learner
                    .saveNote(NoteTarget::lesson(QStringLiteral("gone-lesson")),
                              QStringLiteral("from an older course"))
                    .ok());

    ASSERT_TRUE(m_window->showView(QStringLiteral("notes")));
    NotesPage* view = m_window->notesPage();
    NotesModel* model = view->model();
    // Checked as a model through every reading and filtering below.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_TRUE(
        child<QLabel>("notesSummaryLabel")->text().startsWith(QStringLiteral("3 notes, 1 bookmark.")));
    bool sawRetired = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row);
        if (i.data(NotesModel::RetiredRole).toBool()) {
            sawRetired = true;
            EXPECT_TRUE(i.data().toString().contains(QStringLiteral("no longer in the course")));
            EXPECT_TRUE(
                i.data(SearchResultsModel::KindNameRole).toString().contains(QStringLiteral("retired")));
        }
    }
    EXPECT_TRUE(sawRetired) << "a note on a place the course dropped is kept and shown";

    // Once the store knows the item was retired, the note is shown under the title it last had.
    m_repo.setRetired(
        { { RetiredItem::Kind::Lesson, QStringLiteral("gone-lesson"), QStringLiteral("old-pack"),
            QStringLiteral("What an older course taught"), QDateTime() } });
    ASSERT_TRUE(m_window->reload().ok()); // as after the pack that retired it was imported
    ASSERT_TRUE(m_window->showView(QStringLiteral("notes")));
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row).data().toString());
    EXPECT_TRUE(titles.contains(QStringLiteral("(retired) What an older course taught")))
        << titles.join(u'|').toStdString();
    m_repo.setRetired({});
    ASSERT_TRUE(m_window->reload().ok());
    ASSERT_TRUE(m_window->showView(QStringLiteral("notes")));

    view->setFilterText(QStringLiteral("inherit"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_TRUE(
        model->index(0)
            .data(SearchResultsModel::SnippetRole)
            .toString()
            .contains(QString(SearchHit::SnippetStart) + QStringLiteral("inherit") + SearchHit::SnippetEnd));
    auto* list = child<QListView>("notesList");
    list->setCurrentIndex(model->index(0));
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("lessons"));
    EXPECT_EQ(m_window->lessonsPage()->currentLessonId(), lessonId);

    ASSERT_TRUE(m_window->showView(QStringLiteral("notes")));
    view->setFilterText(QStringLiteral("ec2 script"));
    ASSERT_EQ(model->rowCount(), 1) << "every word must match, in the note or the place's name";
    EXPECT_TRUE(
        model->index(0).data(SearchResultsModel::SnippetRole).toString().contains(QStringLiteral("<")))
        << "markup stays text; the delegate escapes it";
    list->setCurrentIndex(model->index(0));
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("matrix"));
    const QModelIndex cell = child<QTableView>("matrixTableView")->currentIndex();
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::LayerIdRole).toString(), QStringLiteral("guest-os"));
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::SelectionIdRole).toString(), QStringLiteral("ec2"));
    EXPECT_EQ(m_window->matrixPage()->notePanel()->editor()->toPlainText(),
              QStringLiteral("<script>alert(1)</script> mine on EC2"));
}

TEST_F(NotesTest, a_note_written_elsewhere_shows_in_the_notes_view_and_can_be_deleted_there)
{
    type(m_window->lessonsPage()->notePanel(), QStringLiteral("fresh"));
    const NoteTarget lesson = m_window->lessonsPage()->notePanel()->target();
    ASSERT_TRUE(m_window->showView(QStringLiteral("notes")));
    NotesPage* view = m_window->notesPage();
    ASSERT_EQ(view->model()->rowCount(), 1) << "switching views saved the note and the list read it";
    view->list()->setCurrentIndex(view->model()->index(0));
    QSignalSpy removed(view->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(view->model(), &QAbstractItemModel::modelReset);
    view->removeCurrent(false);
    EXPECT_EQ(removed.count(), 1) << "the deleted note is a row removed, not a new list";
    EXPECT_TRUE(reset.isEmpty());
    EXPECT_FALSE(stored(lesson).has_value());
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_TRUE(child<QLabel>("notesEmptyLabel")->isVisible());
    EXPECT_TRUE(m_window->lessonsPage()->notePanel()->editor()->toPlainText().isEmpty())
        << "the lesson's editor no longer shows the deleted note";
}

TEST(NotesModelTest, hands_thousands_of_notes_to_the_view_a_batch_at_a_time)
{
    NoteTargetNames names;
    QList<Note> notes;
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    const int total = 2 * NotesModel::FetchBatch + 50;
    for (int i = 0; i < total; ++i) {
        const QString id = QStringLiteral("term-%1").arg(i, 4, 10, QLatin1Char('0'));
        names.add(NoteTargetKind::Term, id, QStringLiteral("Term %1").arg(i));
        notes.append(Note { NoteTarget::term(id),
                            i % 2 ? QStringLiteral("odd one") : QStringLiteral("even one"), start,
                            start.addSecs(i) });
    }
    NotesModel model; // (Qt 6.4's QAbstractItemModelTester fetches more inside a reset and fails itself)
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setData(notes, {}, names);
    EXPECT_EQ(model.matchCount(), total);
    EXPECT_EQ(model.rowCount(), NotesModel::FetchBatch) << "only the first batch at first";
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Term %1").arg(total - 1)) << "latest first";
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * NotesModel::FetchBatch);
    ASSERT_EQ(inserted.size(), 1) << "told as rows inserted at the end";
    EXPECT_EQ(inserted.first().at(1).toInt(), NotesModel::FetchBatch);
    EXPECT_EQ(inserted.first().at(2).toInt(), 2 * NotesModel::FetchBatch - 1);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), total);
    EXPECT_FALSE(model.canFetchMore({}));

    model.setFilter(QStringLiteral("odd"), NotesModel::Show::All);
    EXPECT_EQ(model.matchCount(), total / 2);
    EXPECT_EQ(model.rowCount(), NotesModel::FetchBatch) << "a new filter starts from the first batch";
    const int oldest = model.rowOf(QStringLiteral("term-0001"));
    EXPECT_EQ(oldest, total / 2 - 1);
    EXPECT_GT(model.rowCount(), oldest) << "the row asked for is handed to the view";
    EXPECT_EQ(model.rowOf(QStringLiteral("term-0002")), -1) << "filtered out";
}

TEST(NotePanelAlone, a_long_title_wraps_in_the_heading_instead_of_being_cut_off)
{
    test::FakeLearnerRepository learner;
    NotePanel panel;
    panel.setStore(&learner);
    const QString title =
        QStringLiteral("Shield, Trusted Advisor, Chime and Connect: what is really SaaS, and why");
    panel.setTarget(NoteTarget::lesson(QStringLiteral("saas")), title);
    panel.resize(320, 300);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* heading = test::findChildOrFail<QLabel>(&panel, "noteHeading");
    EXPECT_EQ(heading->text(), QStringLiteral("My note on ") + title);
    EXPECT_EQ(heading->toolTip(), title) << "the full name in a tooltip too";
    ASSERT_GT(heading->fontMetrics().horizontalAdvance(heading->text()), heading->width())
        << "the test needs a title longer than the heading is wide";
    EXPECT_GE(heading->height(), 2 * heading->fontMetrics().height()) << "wrapped onto a second line";
}
