// SPDX-License-Identifier: GPL-3.0-or-later
// The views that show what the learner did: Progress, Review, the matrix's error heat, and
// the quiz's trips to the diagram and the matrix and back.
#include "core/export/StudyNotes.h"
#include "ui/WindowTest.h"
#include "ui/common/BarChart.h"
#include "ui/diagram/DiagramPage.h"
#include "ui/matrix/MatrixPage.h"
#include "ui/matrix/ResponsibilityMatrixModel.h"
#include "ui/progress/ActivityChart.h"
#include "ui/progress/ProgressPage.h"
#include "ui/progress/ReviewPage.h"
#include "ui/quiz/ChoiceButton.h"
#include "ui/quiz/QuizPage.h"
#include "ui/window/MainWindow.h"

#include "support/FakeClock.h"
#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "ui/FakePackStore.h"
#include "ui/WidgetLookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>

using namespace demarc;

namespace {

Attempt attempt(const Question& q, bool correct, const QDateTime& at)
{
    Attempt a;
    a.questionId = q.id;
    a.answeredAt = at;
    a.correct = correct;
    a.score = correct ? 1 : 0;
    for (const Choice& c : q.choices) {
        if (c.correct != correct) // a wrong answer picks the wrong choices
            continue;
        a.answer.chosen.insert(c.id);
    }
    return a;
}

/** The first question of the bank about a layer under a named service. */
const Question& aboutAService()
{
    for (const Question& q : test::FakeContentRepository::bundledCourse().questions) {
        if (!q.layer.isEmpty() && !q.service.isEmpty() && !q.assignsParties())
            return q;
    }
    static const Question none;
    ADD_FAILURE() << "no question names a layer and a service";
    return none;
}

class LearnerViewsTest : public test::WindowTest
{
protected:
    void SetUp() override { openWindow(); }
};

} // namespace

TEST_F(LearnerViewsTest, show_in_diagram_and_matrix_go_to_the_question_and_back)
{
    const Question& q = aboutAService();
    ASSERT_TRUE(m_window->showView(QStringLiteral("quiz")));
    ASSERT_TRUE(m_window->quizPage()->startWith({ q.id }, QuizMode::Practice));
    // An answer (the first choice), then its feedback.
    QTest::keyClick(m_window->quizPage(), Qt::Key_1);
    QTest::keyClick(m_window->quizPage(), Qt::Key_Return);
    auto* toDiagram = child<QPushButton>("showInDiagramButton");
    ASSERT_TRUE(toDiagram->isVisible());
    QTest::mouseClick(toDiagram, Qt::LeftButton);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("diagram"));
    EXPECT_EQ(m_window->diagramPage()->selection(), q.service);
    EXPECT_EQ(m_window->diagramPage()->currentLayerId(), q.layer);
    EXPECT_TRUE(child<QWidget>("returnBar")->isVisible());
    EXPECT_TRUE(child<QLabel>("returnLabel")->text().contains(QStringLiteral("question 1")));

    QTest::mouseClick(child<QPushButton>("backToQuizButton"), Qt::LeftButton);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("quiz"));
    EXPECT_FALSE(child<QWidget>("returnBar")->isVisible());
    EXPECT_EQ(m_window->quizPage()->currentQuestionId(), q.id) << "the quiz is where it was";
    EXPECT_TRUE(child<QWidget>("feedbackBox")->isVisible());

    QTest::mouseClick(child<QPushButton>("showInMatrixButton"), Qt::LeftButton);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("matrix"));
    const QModelIndex cell = child<QTableView>("matrixTableView")->currentIndex();
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::LayerIdRole).toString(), q.layer);
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::SelectionIdRole).toString(), q.service);
}

TEST_F(LearnerViewsTest, the_matrix_shows_where_the_learner_goes_wrong)
{
    const Question& q = aboutAService();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(m_learner.recordAttempt(attempt(q, false, now), {}).ok());
    ASSERT_TRUE(m_learner.recordAttempt(attempt(q, false, now), {}).ok());
    ASSERT_TRUE(m_learner.recordAttempt(attempt(q, true, now), {}).ok());
    emit m_window->quizPage()->learnerDataChanged();
    ASSERT_TRUE(m_window->showView(QStringLiteral("matrix")));
    auto* heat = child<QCheckBox>("matrixHeatCheck");
    EXPECT_FALSE(heat->isChecked()) << "the matrix shows the course until asked";
    auto* model = m_window->matrixPage()->model();
    EXPECT_FALSE(
        model->indexOf(q.layer, q.service).data(ResponsibilityMatrixModel::WrongAnswersRole).isValid());
    heat->click();
    ASSERT_TRUE(m_window->matrixPage()->selectColumn(q.service));
    const QModelIndex cell = model->indexOf(q.layer, q.service);
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::WrongAnswersRole).toInt(), 2);
    EXPECT_EQ(cell.data(ResponsibilityMatrixModel::AnswersRole).toInt(), 3);
    EXPECT_DOUBLE_EQ(cell.data(ResponsibilityMatrixModel::HeatRole).toDouble(), 1.0);
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 wrong of 3")));
    EXPECT_TRUE(cell.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("2 wrong of 3")));
    EXPECT_TRUE(child<QLabel>("matrixHeatKey")->isVisible());
    const int row = cell.row();
    EXPECT_TRUE(model->headerData(row, Qt::Vertical).toString().endsWith(QStringLiteral("✗ 2/3")))
        << "the layer's own total beside its name";
}

TEST_F(LearnerViewsTest, progress_shows_mastery_exams_and_activity_in_words)
{
    const auto& bank = test::FakeContentRepository::bundledCourse().questions;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(
        m_learner.recordAttempt(attempt(bank.at(0), true, now), ReviewState { now.addDays(1), 1, 2.5, 1, 0 })
            .ok());
    ASSERT_TRUE(m_learner
                    .recordAttempt(attempt(bank.at(1), false, now.addDays(-2)),
                                   ReviewState { now.addSecs(-60), 1, 2.3, 0, 1 })
                    .ok());
    ASSERT_TRUE(m_learner.recordExam(ExamResult { now, 20, 20, 1.0, true, 600000 }).ok());
    ASSERT_TRUE(m_learner.recordExam(ExamResult { now.addDays(-1), 20, 17, 0.85, false, 600000 }).ok());
    emit m_window->quizPage()->learnerDataChanged();
    ASSERT_TRUE(m_window->showView(QStringLiteral("progress")));
    const ProgressReport& r = m_window->progressPage()->report();
    EXPECT_EQ(r.mastered, 1);
    EXPECT_EQ(r.mistakes, 1);
    EXPECT_EQ(r.dueQuestions, 1);
    EXPECT_EQ(r.exams.taken, 2);
    EXPECT_TRUE(child<QLabel>("masteredLabel")->text().contains(QStringLiteral("1 of %1").arg(bank.size())));
    EXPECT_TRUE(child<QLabel>("examRecordLabel")->text().contains(QStringLiteral("First passed at 100 %")));
    auto* mastery = child<BarChart>("masteryChart");
    EXPECT_EQ(mastery->rows().size(), test::FakeContentRepository::bundledCourse().topics.size());
    // bank.at(0), answered right, is in the first topic: 1 of that topic's questions mastered.
    const auto inFirstTopic = std::count_if(bank.cbegin(), bank.cend(),
                                            [&](const Question& q) { return q.topic == bank.at(0).topic; });
    EXPECT_TRUE(
        mastery->accessibleDescription().contains(QStringLiteral("1 of %1 mastered").arg(inFirstTopic)))
        << mastery->accessibleDescription().toStdString();
    auto* activity = child<ActivityChart>("activityChart");
    EXPECT_EQ(activity->days().size(), ProgressPage::Days);
    EXPECT_TRUE(activity->accessibleDescription().contains(QStringLiteral("2 answers")));
    EXPECT_TRUE(child<QPushButton>("progressMistakesButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>("progressMistakesButton"), Qt::LeftButton);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("quiz"));
    ASSERT_NE(m_window->quizPage()->session(), nullptr);
    EXPECT_EQ(m_window->quizPage()->session()->mode(), QuizMode::Mistakes);
    EXPECT_EQ(m_window->quizPage()->session()->current().id, bank.at(1).id);
}

TEST_F(LearnerViewsTest, review_lists_the_mistakes_with_the_answer_given_and_why)
{
    const Question& q = test::FakeContentRepository::bundledCourse().questions.at(0);
    ASSERT_TRUE(m_learner.recordAttempt(attempt(q, false, QDateTime::currentDateTimeUtc()), {}).ok());
    emit m_window->quizPage()->learnerDataChanged();
    ASSERT_TRUE(m_window->showView(QStringLiteral("review")));
    EXPECT_EQ(m_window->reviewPage()->mistakeCount(), 1);
    const QString text = child<QTextBrowser>("mistakesBrowser")->toPlainText();
    EXPECT_TRUE(text.contains(q.prompt.left(40)));
    EXPECT_TRUE(text.contains(QStringLiteral("Your answer, but wrong")));
    for (const Choice& c : q.choices)
        EXPECT_TRUE(text.contains(c.explanation.left(40))) << c.id.toStdString();
    EXPECT_TRUE(child<QLabel>("reviewDueLabel")->text().contains(QStringLiteral("glossary terms")));
    QTest::mouseClick(child<QPushButton>("startReviewButton"), Qt::LeftButton);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("quiz"));
    EXPECT_EQ(m_window->quizPage()->session()->mode(), QuizMode::Review);
}

TEST_F(LearnerViewsTest, many_mistakes_are_explained_a_page_at_a_time_latest_first)
{
    const QList<Question>& bank = test::FakeContentRepository::bundledCourse().questions;
    const int wrong = ReviewPage::MistakesPerPage + 10;
    ASSERT_GT(bank.size(), wrong);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < wrong; ++i)
        ASSERT_TRUE(m_learner.recordAttempt(attempt(bank.at(i), false, start.addSecs(i)), {}).ok());
    emit m_window->quizPage()->learnerDataChanged();
    const int bankReads = m_repo.reads("questions");
    ASSERT_TRUE(m_window->showView(QStringLiteral("review")));
    EXPECT_EQ(m_window->reviewPage()->mistakeCount(), wrong);
    auto* browser = child<QTextBrowser>("mistakesBrowser");
    auto* more = child<QPushButton>("moreMistakesButton");
    const auto explains = [&](int i) { return browser->toPlainText().contains(bank.at(i).prompt.left(50)); };
    EXPECT_TRUE(explains(wrong - 1)) << "the latest mistake comes first";
    EXPECT_FALSE(explains(0)) << "the oldest waits for Show more";
    EXPECT_TRUE(more->isVisible());
    EXPECT_EQ(more->text(), QStringLiteral("Show 10 more of 10 mistakes not shown"));
    QTest::mouseClick(more, Qt::LeftButton);
    EXPECT_TRUE(explains(0));
    EXPECT_TRUE(explains(wrong - 1));
    EXPECT_FALSE(more->isVisible()) << "nothing left to show";
    EXPECT_EQ(m_repo.reads("questions"), bankReads) << "never the whole bank with its choices";
}

TEST_F(LearnerViewsTest, an_exam_ended_early_reads_the_same_in_its_summary_progress_and_the_study_notes)
{
    // Ten one-answer questions; seven answered right, then the exam is ended.
    QStringList ids;
    for (const Question& q : test::FakeContentRepository::bundledCourse().questions) {
        if (q.type == QuestionType::Single && ids.size() < 10)
            ids.append(q.id);
    }
    ASSERT_EQ(ids.size(), 10);
    ASSERT_TRUE(m_window->showView(QStringLiteral("quiz")));
    QuizPage* quiz = m_window->quizPage();
    ASSERT_TRUE(quiz->startWith(ids, QuizMode::Exam));
    for (int i = 0; i < 7; ++i) {
        const Question& q = quiz->session()->current();
        const auto right =
            std::find_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return c.correct; });
        for (ChoiceButton* b : quiz->findChildren<ChoiceButton*>()) {
            if (b->property("choiceId").toString() == right->id)
                QTest::keyClick(quiz, Qt::Key(Qt::Key_0 + b->number()));
        }
        QTest::keyClick(quiz, Qt::Key_Return);
    }
    ASSERT_EQ(quiz->session()->outcomes().size(), 7);
    test::clickInNextMessageBox(QMessageBox::DestructiveRole);
    QTest::mouseClick(child<QPushButton>("endQuizButton"), Qt::LeftButton);

    const QString said = QStringLiteral("7 of 10 right (70 %)");
    EXPECT_EQ(child<QLabel>("quizVerdictLabel")->text(),
              QStringLiteral("✗ Ended early after 7 of 10 questions: not passed"));
    EXPECT_TRUE(child<QLabel>("quizSummaryDetails")->text().contains(said));

    ASSERT_TRUE(m_window->showView(QStringLiteral("progress")));
    EXPECT_TRUE(child<QLabel>("examRecordLabel")->text().contains(said))
        << child<QLabel>("examRecordLabel")->text().toStdString();
    EXPECT_TRUE(child<QLabel>("examRecordLabel")->text().contains(QStringLiteral("Not passed at 100 % yet")));

    auto material = readStudyMaterial(m_repo, m_learner, StudyNotesOptions {}, QDateTime::currentDateTime());
    ASSERT_TRUE(material.ok()) << material.errorMessage().toStdString();
    const QString notes = studyNotesMarkdown(buildStudyNotes(*material, StudyNotesOptions {}));
    EXPECT_TRUE(notes.contains(QStringLiteral("Exams taken: 1. Best: ") + said))
        << "the notes (Markdown, and HTML and PDF from the same outline)";
}
