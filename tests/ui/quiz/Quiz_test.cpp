// SPDX-License-Identifier: GPL-3.0-or-later
// The quiz widget driven as a learner drives it: by keyboard through whole sessions of the
// bundled bank, by mouse and by drag and drop on the sorting board.
#include "ui/common/Controls.h"
#include "ui/common/ReadingBrowser.h"
#include "ui/paint/Theme.h"
#include "ui/quiz/BoardCardDelegate.h"
#include "ui/quiz/BucketList.h"
#include "ui/quiz/ChoiceButton.h"
#include "ui/quiz/ClassifyBoard.h"
#include "ui/quiz/QuizPage.h"

#include "support/FakeClock.h"
#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"
#include "ui/FocusRecorder.h"
#include "ui/WidgetLookup.h"

#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

Qt::Key digit(int n) { return static_cast<Qt::Key>(Qt::Key_0 + n); }

int keyOf(Party p, const Question& q)
{
    Q_UNUSED(q);
    return p == Party::Aws ? 1 : p == Party::Customer ? 2 : 3;
}

class QuizTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("quiz")); // each test starts from the defaults
        m_page = std::make_unique<QuizPage>(m_repo, m_learner, m_clock);
        ASSERT_TRUE(m_page->reload().ok());
        m_page->resize(1280, 800);
        m_page->show();
        m_page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    }

    template<typename T> T* child(const char* name) const
    {
        return test::findChildOrFail<T>(m_page.get(), name);
    }

    QuizOptions options(QuizMode mode, quint32 seed = 7) const
    {
        QuizOptions o;
        o.mode = mode;
        o.seed = seed;
        return o;
    }

    const Question& current() const { return m_page->session()->current(); }

    QList<ChoiceButton*> buttons() const
    {
        QList<ChoiceButton*> out;
        for (int n = 1;; ++n) {
            auto* b = m_page->findChild<ChoiceButton*>(QStringLiteral("choiceButton%1").arg(n));
            if (!b)
                return out;
            out.append(b);
        }
    }

    /** The key that picks choice @p id. */
    int numberOf(const QString& id) const
    {
        for (ChoiceButton* b : buttons()) {
            if (b->property("choiceId").toString() == id)
                return b->number();
        }
        ADD_FAILURE() << "no button for choice " << id.toStdString();
        return 0;
    }

    /** The focused widget, where QTest sends keys as the keyboard would. */
    QWidget* focused() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    }

    void press(Qt::Key key) { QTest::keyClick(focused(), key); }

    /** Answers the current question by keyboard: right when @p right, else as wrongly as possible. */
    void answerByKeyboard(bool right)
    {
        const Question& q = current();
        if (q.assignsParties()) {
            auto* board = child<ClassifyBoard>("classifyBoard");
            board->columns().first()->setFocus();
            // Focus stays on "To sort", its next item current: the number key sends it.
            while (board->columns().first()->count() > 0) {
                const QString id = board->columns().first()->currentItem()->data(Qt::UserRole + 1).toString();
                const auto c = std::find_if(q.choices.cbegin(), q.choices.cend(),
                                            [&](const Choice& x) { return x.id == id; });
                Party party = c->party.value_or(Party::Aws);
                if (!right)
                    party = party == Party::Aws ? Party::Customer : Party::Aws;
                QTest::keyClick(board->columns().first(), digit(keyOf(party, q)));
            }
            return;
        }
        for (const Choice& c : q.choices) {
            if (c.correct == right)
                press(digit(numberOf(c.id)));
            if (!right && q.type != QuestionType::Multiple && !c.correct)
                break; // one wrong answer is enough
        }
    }

    /** Where a walkthrough saves its pictures, when asked to (DEMARC_TEST_SHOTS=folder). */
    void maybeSave(const QString& name) const
    {
        const QString dir = test::shotsFolder(QStringLiteral("quiz"));
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(
            100); // let the layouts and the scroll area settle, as the event loop would before a paint
        m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    test::FakeContentRepository m_repo { test::FakeContentRepository::bundledCourse() };
    test::FakeLearnerRepository m_learner;
    test::FakeClock m_clock;
    std::unique_ptr<QuizPage> m_page;
};

} // namespace

TEST_F(QuizTest, the_start_page_offers_the_modes_with_what_they_hold)
{
    EXPECT_EQ(child<QStackedWidget>("quizPanes")->currentWidget()->objectName(),
              QStringLiteral("quizStartPane"));
    EXPECT_FALSE(child<QAbstractButton>("mistakesRadio")->isEnabled())
        << "nothing to retry before any answer";
    EXPECT_TRUE(child<QAbstractButton>("reviewRadio")->text().contains(QStringLiteral("glossary terms")))
        << "new glossary terms are ready for review from the start";
    EXPECT_FALSE(child<QWidget>("timeLimitCheck")->isEnabled()) << "a time limit is for exams only";
    QTest::mouseClick(child<QAbstractButton>("examRadio"), Qt::LeftButton);
    EXPECT_TRUE(child<QWidget>("timeLimitCheck")->isEnabled());
    EXPECT_FALSE(qobject_cast<QAbstractButton*>(child<QWidget>("timeLimitCheck"))->isChecked())
        << "off by default";
    QTest::keyClick(child<QPushButton>("startQuizButton"), Qt::Key_Return);
    EXPECT_EQ(child<QStackedWidget>("quizPanes")->currentWidget()->objectName(),
              QStringLiteral("quizQuestionPane"));
    EXPECT_EQ(m_page->session()->mode(), QuizMode::Exam);
    EXPECT_EQ(m_page->session()->count(), 10) << "10 questions unless another length is chosen";
}

TEST_F(QuizTest, several_topics_and_a_length_are_chosen_and_kept_for_the_next_quiz)
{
    auto* length = child<QComboBox>("quizLengthCombo");
    QStringList lengths;
    for (int i = 0; i < length->count(); ++i)
        lengths.append(length->itemText(i));
    EXPECT_EQ(lengths,
              (QStringList { QStringLiteral("5 questions"), QStringLiteral("10 questions"),
                             QStringLiteral("20 questions"), QStringLiteral("50 questions"),
                             QStringLiteral("All") }));
    EXPECT_EQ(length->currentData().toInt(), 10);
    auto* topics = child<QListWidget>("quizTopicList");
    ASSERT_GE(topics->count(), 3);
    EXPECT_TRUE(child<QLabel>("quizTopicSummary")->text().startsWith(QStringLiteral("All topics")));
    // Two topics ticked from the keyboard (Space ticks the current one), 5 questions.
    QStringList chosen;
    for (int row : { 0, 2 }) {
        topics->setCurrentRow(row);
        topics->setFocus();
        QTest::keyClick(topics, Qt::Key_Space);
        chosen.append(topics->item(row)->data(Qt::UserRole).toString());
    }
    EXPECT_TRUE(child<QLabel>("quizTopicSummary")->text().startsWith(QStringLiteral("2 topics ticked")));
    length->setCurrentIndex(length->findData(5));
    QTest::mouseClick(child<QAbstractButton>("examRadio"), Qt::LeftButton);
    QTest::keyClick(child<QPushButton>("startQuizButton"), Qt::Key_Return);
    ASSERT_TRUE(m_page->isRunning());
    EXPECT_EQ(m_page->session()->count(), 5);
    for (int i = 0; i < m_page->session()->count(); ++i)
        EXPECT_TRUE(chosen.contains(m_page->session()->questions().at(i).topic));

    // Another start of the app: the same choices are offered.
    QuizPage again(m_repo, m_learner, m_clock);
    ASSERT_TRUE(again.reload().ok());
    auto* keptTopics = test::findChildOrFail<QListWidget>(&again, "quizTopicList");
    QStringList kept;
    for (int i = 0; i < keptTopics->count(); ++i) {
        if (keptTopics->item(i)->checkState() == Qt::Checked)
            kept.append(keptTopics->item(i)->data(Qt::UserRole).toString());
    }
    EXPECT_EQ(kept, chosen);
    EXPECT_EQ(test::findChildOrFail<QComboBox>(&again, "quizLengthCombo")->currentData().toInt(), 5);
    EXPECT_TRUE(test::findChildOrFail<QAbstractButton>(&again, "examRadio")->isChecked());
}

TEST_F(QuizTest, a_whole_practice_session_of_the_bank_by_keyboard)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice)));
    const int total = m_page->session()->count();
    ASSERT_GE(total, 120);
    QSignalSpy shown(m_page.get(), &QuizPage::feedbackShown);
    for (int i = 0; i < total; ++i) {
        const Question q = current();
        answerByKeyboard(true);
        press(Qt::Key_Return);
        // Recorded before the feedback appeared, and the feedback says it was right.
        ASSERT_EQ(m_learner.recorded().size(), i + 1) << q.id.toStdString();
        EXPECT_EQ(shown.count(), i + 1);
        EXPECT_TRUE(m_learner.recorded().last().correct)
            << q.id.toStdString() << " answered by its key is not right";
        EXPECT_TRUE(child<QWidget>("feedbackBox")->isVisible());
        EXPECT_EQ(child<QLabel>("verdictLabel")->text(), QStringLiteral("✓ Right.")) << q.id.toStdString();
        const QString feedback = child<ReadingBrowser>("feedbackBrowser")->toPlainText();
        for (const Choice& c : q.choices)
            EXPECT_TRUE(feedback.contains(c.explanation.left(40)))
                << q.id.toStdString() << " misses the explanation of " << c.id.toStdString();
        if (!q.assignsParties()) {
            for (ChoiceButton* b : buttons())
                EXPECT_TRUE(b->verdict() == ChoiceVerdict::Right || b->verdict() == ChoiceVerdict::Neutral)
                    << q.id.toStdString();
        }
        maybeSave(QStringLiteral("practice-%1-%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(q.id));
        press(Qt::Key_Space);
    }
    EXPECT_EQ(child<QStackedWidget>("quizPanes")->currentWidget()->objectName(),
              QStringLiteral("quizSummaryPane"));
    EXPECT_TRUE(child<QLabel>("quizVerdictLabel")
                    ->text()
                    .contains(QStringLiteral("%1 of %1 right (100 %)").arg(total)));
    EXPECT_TRUE(m_learner.exams().isEmpty()) << "practice keeps no exam result";
    // Every answer right: the summary suggests the exam, and its button leads there.
    auto* next = child<QPushButton>("summaryNextButton");
    ASSERT_TRUE(next->isVisible());
    EXPECT_EQ(next->accessibleName(), QStringLiteral("Take the exam"));
    EXPECT_EQ(QApplication::focusWidget(), next) << "the step suggested takes the focus";
    press(Qt::Key_Return);
    EXPECT_EQ(child<QStackedWidget>("quizPanes")->currentWidget()->objectName(),
              QStringLiteral("quizStartPane"));
    EXPECT_TRUE(child<QAbstractButton>("examRadio")->isChecked());
}

TEST_F(QuizTest, an_exam_shows_nothing_until_the_end_and_passes_only_at_100_percent)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Exam, 11)));
    const int total = m_page->session()->count();
    QString missedPrompt;
    QSignalSpy shown(m_page.get(), &QuizPage::feedbackShown);
    for (int i = 0; i < total; ++i) {
        const bool right = i != 3;
        if (!right)
            missedPrompt = current().prompt;
        answerByKeyboard(right);
        press(Qt::Key_Return);
    }
    EXPECT_EQ(shown.count(), 0) << "no feedback during an exam";
    ASSERT_EQ(m_learner.recorded().size(), total);
    ASSERT_EQ(m_learner.exams().size(), 1);
    EXPECT_FALSE(m_learner.exams().first().passed);
    EXPECT_EQ(m_learner.exams().first().correct, total - 1);
    EXPECT_TRUE(child<QLabel>("quizVerdictLabel")->text().contains(QStringLiteral("Not passed yet")));
    EXPECT_TRUE(child<ReadingBrowser>("missedBrowser")->toPlainText().contains(missedPrompt.left(40)));
    maybeSave(QStringLiteral("exam-summary"));

    // Retry what was missed, then pass the exam again at 100 %.
    QTest::mouseClick(child<QPushButton>("retryMistakesButton"), Qt::LeftButton);
    ASSERT_EQ(m_page->session()->count(), 1);
    EXPECT_EQ(m_page->session()->mode(), QuizMode::Mistakes);
    answerByKeyboard(true);
    press(Qt::Key_Return);
    EXPECT_TRUE(child<QWidget>("feedbackBox")->isVisible()) << "mistakes give feedback at once";
    press(Qt::Key_Return);
    QTest::mouseClick(child<QPushButton>("takeAgainButton"), Qt::LeftButton);
    ASSERT_EQ(m_page->session()->mode(), QuizMode::Exam);
    for (int i = 0; i < total; ++i) {
        answerByKeyboard(true);
        press(Qt::Key_Return);
    }
    ASSERT_EQ(m_learner.exams().size(), 2);
    EXPECT_TRUE(m_learner.exams().last().passed);
    EXPECT_TRUE(child<QLabel>("quizVerdictLabel")->text().contains(QStringLiteral("Passed")));
    // Celebrated: the right colour besides the mark and the words, and the day it was passed.
    EXPECT_EQ(child<QLabel>("quizVerdictLabel")->palette().color(QPalette::WindowText),
              theme::current().right);
    EXPECT_TRUE(
        child<QLabel>("summaryNextLabel")->text().startsWith(QStringLiteral("Exam passed at 100 % on ")));
    EXPECT_FALSE(child<QPushButton>("summaryNextButton")->isVisible())
        << "nothing more to ask of the learner";
}

TEST_F(QuizTest, the_whole_bank_missed_then_retried_in_mistakes_and_in_review)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice, 5)));
    const int total = m_page->session()->count();
    for (int i = 0; i < total; ++i) {
        const QString id = current().id;
        answerByKeyboard(false);
        press(Qt::Key_Return);
        ASSERT_FALSE(m_learner.recorded().last().correct)
            << id.toStdString() << " answered against its key counts as right";
        EXPECT_TRUE(child<QLabel>("verdictLabel")->text().startsWith(QStringLiteral("✗")))
            << id.toStdString();
        press(Qt::Key_Return);
    }
    ASSERT_TRUE(m_page->refreshLearnerState().ok());
    ASSERT_EQ(m_page->mistakeCount(), total);

    ASSERT_TRUE(m_page->start(options(QuizMode::Mistakes, 6)));
    ASSERT_EQ(m_page->session()->count(), total);
    for (int i = 0; i < total; ++i) {
        answerByKeyboard(true);
        press(Qt::Key_Return);
        ASSERT_TRUE(m_learner.recorded().last().correct) << current().id.toStdString();
        press(Qt::Key_Return);
    }
    ASSERT_TRUE(m_page->refreshLearnerState().ok());
    EXPECT_EQ(m_page->mistakeCount(), 0);

    // A day on, every question comes back for review, with the first glossary terms.
    m_clock.advanceDays(1.01);
    ASSERT_TRUE(m_page->refreshLearnerState().ok());
    ASSERT_TRUE(m_page->start(options(QuizMode::Review, 8)));
    const int due = m_page->session()->count();
    int terms = 0;
    for (int i = 0; i < due; ++i) {
        terms += current().id.startsWith(QLatin1String("term:")) ? 1 : 0;
        answerByKeyboard(true);
        press(Qt::Key_Return);
        ASSERT_TRUE(m_learner.recorded().last().correct) << current().id.toStdString();
        press(Qt::Key_Return);
    }
    EXPECT_EQ(due - terms, total);
    EXPECT_EQ(terms, QuizOptions {}.newTerms);
    EXPECT_TRUE(child<QLabel>("quizVerdictLabel")->text().contains(QStringLiteral("100 %")));
}

TEST_F(QuizTest, a_wrong_answer_is_marked_at_once_in_words_with_every_explanation)
{
    QuizOptions o = options(QuizMode::Practice);
    o.topics = { QStringLiteral("definition") };
    ASSERT_TRUE(m_page->start(o));
    while (current().type != QuestionType::Single) {
        press(Qt::Key_K);
    }
    const Question q = current();
    const auto wrong =
        std::find_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return !c.correct; });
    const auto right =
        std::find_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return c.correct; });
    maybeSave(QStringLiteral("single-unanswered"));
    QTest::mouseClick(buttons().at(numberOf(wrong->id) - 1), Qt::LeftButton);
    QTest::keyClick(m_page.get(), Qt::Key_Space);
    ChoiceButton* picked = buttons().at(numberOf(wrong->id) - 1);
    ChoiceButton* missed = buttons().at(numberOf(right->id) - 1);
    EXPECT_EQ(picked->verdict(), ChoiceVerdict::Wrong);
    EXPECT_EQ(missed->verdict(), ChoiceVerdict::Missed);
    EXPECT_TRUE(picked->accessibleDescription().contains(QStringLiteral("wrong")))
        << "the verdict is in words for screen readers";
    EXPECT_FALSE(m_learner.recorded().last().correct);
    EXPECT_TRUE(child<QLabel>("verdictLabel")->text().startsWith(QStringLiteral("✗ Not right.")));
    const QString feedback = child<ReadingBrowser>("feedbackBrowser")->toPlainText();
    EXPECT_TRUE(feedback.contains(wrong->explanation.left(40)));
    EXPECT_TRUE(feedback.contains(right->explanation.left(40)));
    maybeSave(QStringLiteral("single-wrong"));
    // A graded answer stays as it was graded.
    QTest::keyClick(m_page.get(), digit(numberOf(right->id)));
    EXPECT_FALSE(missed->isChecked());
}

TEST_F(QuizTest, a_multiple_answer_question_gives_partial_credit)
{
    QuizOptions o = options(QuizMode::Practice);
    o.topics = { QStringLiteral("definition") };
    ASSERT_TRUE(m_page->start(o));
    while (current().type != QuestionType::Multiple) {
        press(Qt::Key_K);
    }
    const Question q = current();
    const auto right =
        std::find_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return c.correct; });
    press(digit(numberOf(right->id)));
    press(Qt::Key_Return);
    const Attempt& a = m_learner.recorded().last();
    EXPECT_FALSE(a.correct);
    EXPECT_GT(a.score, 0.0);
    EXPECT_LT(a.score, 1.0);
    const QString verdict = child<QLabel>("verdictLabel")->text();
    EXPECT_TRUE(verdict.contains(QStringLiteral("right answers picked"))
                && verdict.contains(QStringLiteral(" %")))
        << "the partial credit explained: " << verdict.toStdString();
}

TEST_F(QuizTest, a_sorting_question_by_keyboard_and_by_drag_and_drop)
{
    QuizOptions o = options(QuizMode::Practice);
    o.topics = { QStringLiteral("controls") };
    ASSERT_TRUE(m_page->start(o));
    while (current().type != QuestionType::Classify) {
        press(Qt::Key_K);
    }
    const Question q = current();
    auto* board = child<ClassifyBoard>("classifyBoard");
    ASSERT_EQ(board->columns().size(), 4);
    EXPECT_EQ(board->columns().first()->count(), q.choices.size());
    EXPECT_TRUE(board->columns().first()->hasFocus()) << "the board takes the keyboard at once";

    // The first item goes by drag and drop onto its party's column.
    BucketList* from = board->columns().first();
    const QString firstId = from->item(0)->data(Qt::UserRole + 1).toString();
    const Choice first =
        *std::find_if(q.choices.cbegin(), q.choices.cend(), [&](const Choice& c) { return c.id == firstId; });
    BucketList* to = board->columns().at(int(*first.party) + 1);
    from->setCurrentRow(0);
    std::unique_ptr<QMimeData> mime(from->model()->mimeData({ from->model()->index(0, 0) }));
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &enter);
    QDragMoveEvent move(QPoint(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &move);
    QDropEvent drop(QPointF(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &drop);
    ASSERT_TRUE(drop.isAccepted());
    delete from->takeItem(0); // what a finished move drag does to its source
    EXPECT_EQ(to->count(), 1);
    EXPECT_EQ(board->answer().assigned.value(firstId), *first.party);
    maybeSave(QStringLiteral("classify-half-sorted"));

    // The rest by keyboard, then check.
    answerByKeyboard(true);
    EXPECT_EQ(board->sortedCount(), board->itemCount());
    press(Qt::Key_Return);
    EXPECT_TRUE(m_learner.recorded().last().correct);
    EXPECT_TRUE(board->isLocked());
    for (BucketList* list : board->columns()) {
        for (int r = 0; r < list->count(); ++r) {
            const QListWidgetItem* item = list->item(r);
            EXPECT_EQ(item->data(BoardCardDelegate::VerdictRole).toInt(), int(ChoiceVerdict::Right))
                << item->text().toStdString();
            EXPECT_TRUE(item->data(BoardCardDelegate::VerdictTextRole)
                            .toString()
                            .endsWith(QStringLiteral(": right.")));
            EXPECT_TRUE(
                item->data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("right")));
        }
    }
    maybeSave(QStringLiteral("classify-checked"));
}

TEST_F(QuizTest, sorting_wrongly_earns_part_credit_and_names_the_right_party)
{
    QuizOptions o = options(QuizMode::Practice);
    o.topics = { QStringLiteral("controls") };
    ASSERT_TRUE(m_page->start(o));
    while (current().type != QuestionType::Split) {
        press(Qt::Key_K);
    }
    auto* board = child<ClassifyBoard>("classifyBoard");
    ASSERT_EQ(board->columns().size(), 3) << "a split control has AWS's part and the customer's part";
    const Question q = current();
    // All but the first item right.
    answerByKeyboard(true);
    const Choice& first = q.choices.first();
    board->assign(first.id, first.party == Party::Aws ? Party::Customer : Party::Aws);
    press(Qt::Key_Return);
    const Attempt& a = m_learner.recorded().last();
    EXPECT_FALSE(a.correct);
    EXPECT_NEAR(a.score, double(q.choices.size() - 1) / q.choices.size(), 1e-9);
    EXPECT_TRUE(child<QLabel>("verdictLabel")->text().contains(QStringLiteral("sorted right")));
    const QString feedback = child<ReadingBrowser>("feedbackBrowser")->toPlainText();
    EXPECT_TRUE(feedback.contains(first.party == Party::Aws ? QStringLiteral("it is AWS's")
                                                            : QStringLiteral("it is the customer's")));
    maybeSave(QStringLiteral("split-wrong"));
}

TEST_F(QuizTest, f_flags_a_question_for_review)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice)));
    const QString id = current().id;
    press(Qt::Key_F);
    EXPECT_TRUE(m_learner.flaggedQuestions()->contains(id));
    EXPECT_TRUE(child<QLabel>("quizFlagLabel")->isVisible());
    press(Qt::Key_F);
    EXPECT_FALSE(m_learner.flaggedQuestions()->contains(id));
}

TEST_F(QuizTest, mistakes_and_review_take_what_the_learner_got_wrong_or_flagged)
{
    QuizOptions o = options(QuizMode::Practice);
    o.limit = 3;
    ASSERT_TRUE(m_page->start(o));
    QStringList asked;
    for (int i = 0; i < 3; ++i) {
        asked.append(current().id);
        answerByKeyboard(i != 1);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
    }
    ASSERT_TRUE(m_page->refreshLearnerState().ok());
    EXPECT_EQ(m_page->mistakeCount(), 1);
    ASSERT_TRUE(m_page->start(options(QuizMode::Mistakes)));
    EXPECT_EQ(m_page->session()->count(), 1);
    EXPECT_EQ(current().id, asked.at(1));

    // Ten minutes on, the wrong one is due again; so are the new glossary terms.
    m_clock.advanceMs(11 * 60 * 1000);
    ASSERT_TRUE(m_page->refreshLearnerState().ok());
    ASSERT_TRUE(m_page->start(options(QuizMode::Review)));
    QStringList ids;
    for (const Question& q : m_page->session()->questions())
        ids.append(q.id);
    EXPECT_TRUE(ids.contains(asked.at(1)));
    EXPECT_FALSE(ids.contains(asked.at(0))) << "a right answer is not due for a day";
    EXPECT_TRUE(std::any_of(ids.cbegin(), ids.cend(),
                            [](const QString& id) { return id.startsWith(QLatin1String("term:")); }));
}

TEST_F(QuizTest, a_glossary_card_is_answered_like_any_question)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Review)));
    while (!current().id.startsWith(QLatin1String("term:")))
        m_page->session()->next();
    answerByKeyboard(true);
    press(Qt::Key_Return);
    EXPECT_TRUE(m_learner.recorded().last().correct);
    EXPECT_TRUE(m_learner.recorded().last().questionId.startsWith(QLatin1String("term:")));
    EXPECT_TRUE(child<QPushButton>("openTermButton")->isVisible());
    EXPECT_FALSE(child<QPushButton>("showInDiagramButton")->isVisible());
    maybeSave(QStringLiteral("glossary-card"));
}

TEST_F(QuizTest, an_optional_time_limit_ends_the_exam)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Exam), 60000));
    EXPECT_TRUE(child<QLabel>("quizTimerLabel")->isVisible());
    EXPECT_TRUE(child<QLabel>("quizTimerLabel")->text().contains(QStringLiteral("1:00")));
    answerByKeyboard(true);
    press(Qt::Key_Return);
    m_clock.advanceMs(61000);
    QTest::qWait(700); // the quiz looks at its clock twice a second
    EXPECT_EQ(child<QStackedWidget>("quizPanes")->currentWidget()->objectName(),
              QStringLiteral("quizSummaryPane"));
    EXPECT_EQ(m_learner.recorded().size(), 1) << "questions never reached are not recorded as answers";
    ASSERT_EQ(m_learner.exams().size(), 1);
    EXPECT_FALSE(m_learner.exams().first().passed);
    EXPECT_TRUE(child<QLabel>("quizSummaryDetails")->text().contains(QStringLiteral("time limit ran out")));
}

TEST_F(QuizTest, a_failed_save_is_said_plainly_and_the_quiz_goes_on)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice)));
    m_learner.setFailingWrites(true);
    answerByKeyboard(true);
    press(Qt::Key_Return);
    auto* problem = child<QLabel>("saveProblemLabel");
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("could not be saved")));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("disk is full")));
    EXPECT_TRUE(child<QWidget>("feedbackBox")->isVisible());
    press(Qt::Key_Return);
    EXPECT_EQ(m_page->session()->position(), 1);
}

TEST_F(QuizTest, enter_with_nothing_chosen_records_nothing_and_skip_is_its_own_action)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice)));
    while (current().assignsParties())
        press(Qt::Key_K);
    auto* primary = child<QPushButton>("primaryButton");
    EXPECT_FALSE(primary->isEnabled());
    EXPECT_EQ(primary->text(), QStringLiteral("Choose an answer"));
    const QString first = current().id;
    const int position = m_page->session()->position();
    press(Qt::Key_Return);
    press(Qt::Key_Space);
    QTest::keyClick(m_page.get(), Qt::Key_Enter);
    EXPECT_TRUE(m_learner.recorded().isEmpty()) << "Enter with nothing chosen is no answer";
    EXPECT_EQ(m_page->session()->position(), position);
    EXPECT_FALSE(child<QWidget>("feedbackBox")->isVisible());
    // A choice enables checking.
    press(digit(1));
    EXPECT_TRUE(primary->isEnabled());
    EXPECT_TRUE(primary->text().startsWith(QStringLiteral("Check")));
    // Skip moves on and is recorded as skipped, not as a wrong answer.
    QTest::mouseClick(child<QPushButton>("skipButton"), Qt::LeftButton);
    EXPECT_EQ(m_page->session()->position(), position + 1);
    EXPECT_TRUE(m_learner.recorded().isEmpty());
    ASSERT_EQ(m_page->session()->outcomes().size(), position + 1);
    EXPECT_TRUE(m_page->session()->outcomes().last().skipped);
    EXPECT_EQ(m_page->session()->outcomes().last().questionId, first);
    ASSERT_TRUE(m_page->refreshLearnerState().ok());
    EXPECT_EQ(m_page->mistakeCount(), 0) << "a skipped question is not a mistake";
    // The summary counts it as skipped.
    QTest::mouseClick(child<QPushButton>("endQuizButton"), Qt::LeftButton);
    const int skipped = m_page->session()->summary().skipped;
    ASSERT_GE(skipped, 1);
    // English plurals come from the bundled English translation, not from "(s)".
    EXPECT_TRUE(child<QLabel>("quizSummaryDetails")
                    ->text()
                    .contains(skipped == 1 ? QStringLiteral("1 question skipped.")
                                           : QStringLiteral("%1 questions skipped.").arg(skipped)))
        << child<QLabel>("quizSummaryDetails")->text().toStdString();
    EXPECT_TRUE(child<ReadingBrowser>("missedBrowser")->toPlainText().contains(QStringLiteral("Skipped.")));
}

TEST_F(QuizTest, an_exam_ended_early_asks_first_and_says_it_is_not_passed_everywhere)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Exam, 11)));
    const int total = m_page->session()->count();
    ASSERT_GT(total, 7);
    for (int i = 0; i < 7; ++i) {
        answerByKeyboard(true);
        press(Qt::Key_Return);
    }
    // Keep Going (the default) changes nothing.
    auto answerNextBox = [](Qt::Key key) {
        QTimer::singleShot(0, [key] {
            QWidget* box = QApplication::activeModalWidget();
            ASSERT_NE(box, nullptr);
            EXPECT_EQ(box->objectName(), QStringLiteral("endExamBox"));
            QTest::keyClick(box, key);
        });
    };
    answerNextBox(Qt::Key_Return);
    QTest::mouseClick(child<QPushButton>("endQuizButton"), Qt::LeftButton);
    EXPECT_EQ(child<QStackedWidget>("quizPanes")->currentWidget()->objectName(),
              QStringLiteral("quizQuestionPane"));
    EXPECT_TRUE(m_learner.exams().isEmpty());
    // End Exam ends it.
    test::clickInNextMessageBox(QMessageBox::DestructiveRole);
    QTest::mouseClick(child<QPushButton>("endQuizButton"), Qt::LeftButton);
    EXPECT_EQ(child<QStackedWidget>("quizPanes")->currentWidget()->objectName(),
              QStringLiteral("quizSummaryPane"));
    const QString verdict = child<QLabel>("quizVerdictLabel")->text();
    EXPECT_EQ(verdict, QStringLiteral("✗ Ended early after 7 of %1 questions: not passed").arg(total));
    EXPECT_TRUE(child<QLabel>("quizSummaryDetails")->text().contains(rightOutOf(7, total)));
    EXPECT_FALSE(
        child<ReadingBrowser>("missedBrowser")->toPlainText().contains(QStringLiteral("Nothing missed")));
    EXPECT_TRUE(child<ReadingBrowser>("missedBrowser")
                    ->toPlainText()
                    .contains(QStringLiteral("the exam was ended first")));
    // Recorded as the exam it was: its length, not passed; the answers given, and no more.
    ASSERT_EQ(m_learner.exams().size(), 1);
    EXPECT_EQ(m_learner.exams().first().questions, total);
    EXPECT_EQ(m_learner.exams().first().correct, 7);
    EXPECT_FALSE(m_learner.exams().first().passed);
    EXPECT_EQ(m_learner.recorded().size(), 7);
    maybeSave(QStringLiteral("exam-ended-early"));
}

TEST_F(QuizTest, buttons_are_named_in_words_without_the_marks_drawn_for_the_eye)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice)));
    while (current().assignsParties())
        press(Qt::Key_K);
    auto* primary = child<QPushButton>("primaryButton");
    auto* flag = child<QPushButton>("flagButton");
    EXPECT_TRUE(flag->text().contains(QStringLiteral("⚑"))) << "shown for the eye";
    EXPECT_EQ(flag->accessibleName(), QStringLiteral("Flag for review (F)")) << "said in words";
    press(digit(1));
    EXPECT_TRUE(primary->text().contains(QStringLiteral("⏎")));
    EXPECT_EQ(primary->accessibleName(), QStringLiteral("Check"));
    press(Qt::Key_Return);
    EXPECT_EQ(primary->accessibleName(), QStringLiteral("Next"));
    EXPECT_EQ(controls::spokenText(QStringLiteral("← &Back to the quiz")),
              QStringLiteral("Back to the quiz"));
    EXPECT_EQ(controls::spokenText(QStringLiteral("★ Saved && kept ✓")), QStringLiteral("Saved & kept"));
    EXPECT_EQ(controls::spokenText(QStringLiteral("Check (2 of 5 sorted)  ⏎")),
              QStringLiteral("Check (2 of 5 sorted)"));
}

TEST_F(QuizTest, a_screen_reader_hears_the_question_as_the_focus_enters_and_the_verdict_as_it_appears)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice)));
    while (current().assignsParties())
        press(Qt::Key_K);
    const Question q = current();
    QWidget* area = child<QWidget>("questionArea");
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(area);
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->role(), QAccessible::Grouping);
    EXPECT_EQ(group->text(QAccessible::Name),
              QStringLiteral("Question %1 of %2: %3")
                  .arg(m_page->session()->position() + 1)
                  .arg(m_page->session()->count())
                  .arg(q.prompt));
    // The focus is on an option inside the group, so entering it the reader says the question.
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_TRUE(area->isAncestorOf(QApplication::focusWidget()))
        << QApplication::focusWidget()->objectName().toStdString();
    auto* verdict = child<QLabel>("verdictLabel");
    EXPECT_FALSE(verdict->isVisible()) << "nothing to announce before checking";

    // Answered wrong on purpose: the verdict names the right choices by their numbers.
    const auto wrong =
        std::find_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return !c.correct; });
    ASSERT_NE(wrong, q.choices.cend());
    press(digit(numberOf(wrong->id)));
    press(Qt::Key_Return);
    ASSERT_TRUE(verdict->isVisible());
    QAccessibleInterface* said = QAccessible::queryAccessibleInterface(verdict);
    ASSERT_NE(said, nullptr);
    EXPECT_EQ(said->role(), QAccessible::Notification) << "spoken as it appears";
    QStringList right;
    for (qsizetype i = 0; i < q.choices.size(); ++i) {
        if (q.choices.at(i).correct)
            right.append(QString::number(i + 1));
    }
    const QString name = said->text(QAccessible::Name);
    EXPECT_TRUE(name.startsWith(QStringLiteral("Not"))) << name.toStdString();
    EXPECT_TRUE(name.contains(right.size() == 1 ? QStringLiteral("Correct answer: ") + right.first()
                                                : QStringLiteral("Correct answers: ")))
        << name.toStdString();
    EXPECT_FALSE(name.contains(QStringLiteral("✗"))) << "the mark is for the eye";
    EXPECT_TRUE(verdict->text().startsWith(QStringLiteral("✗ ")));
    auto* primary = child<QPushButton>("primaryButton");
    EXPECT_EQ(QApplication::focusWidget(), primary);
    EXPECT_EQ(primary->accessibleDescription(), name) << "said again with the button the focus is on";

    press(Qt::Key_Return);
    while (current().assignsParties())
        press(Qt::Key_K);
    EXPECT_TRUE(group->text(QAccessible::Name).contains(current().prompt)) << "renamed for the next question";
    EXPECT_TRUE(primary->accessibleDescription().isEmpty());
    EXPECT_FALSE(verdict->isVisible());
}

TEST_F(QuizTest, start_takes_the_focus_straight_to_the_first_option)
{
    m_page->focusContent();
    QWidget* startButton = QApplication::focusWidget();
    ASSERT_NE(startButton, nullptr);
    test::FocusRecorder recorder;
    qApp->installEventFilter(&recorder);
    QTest::keyClick(startButton, Qt::Key_Space);
    qApp->removeEventFilter(&recorder);
    ASSERT_TRUE(m_page->isRunning());
    QStringList took;
    for (const QPointer<QWidget>& w : std::as_const(recorder.took))
        took.append(w ? w->objectName() : QStringLiteral("(gone)"));
    QWidget* first = current().assignsParties() ? QApplication::focusWidget() : buttons().first();
    EXPECT_EQ(took, QStringList { first->objectName() }) << "every stop is announced";
}

TEST_F(QuizTest, tab_goes_through_the_question_in_the_order_it_is_read)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice)));
    // A question with several answers: each option is a Tab stop (of one-answer options Tab
    // reaches the chosen one, and the arrows move between them).
    while (current().type != QuestionType::Multiple)
        press(Qt::Key_K);
    press(digit(1));
    const QList<ChoiceButton*> choices = buttons();
    choices.first()->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int i = 0; i < 20 && (order.isEmpty() || QApplication::focusWidget() != choices.first()); ++i) {
        order.append(QApplication::focusWidget()->objectName());
        press(Qt::Key_Tab);
    }
    QStringList expected;
    for (ChoiceButton* b : choices)
        expected.append(b->objectName());
    expected += { QStringLiteral("flagButton"), QStringLiteral("endQuizButton"), QStringLiteral("skipButton"),
                  QStringLiteral("primaryButton") };
    EXPECT_EQ(order, expected);

    // Checked: the links and the explanation come between the options and the buttons.
    press(Qt::Key_Return);
    choices.first()->setFocus(Qt::TabFocusReason);
    order.clear();
    for (int i = 0; i < 30 && (order.isEmpty() || QApplication::focusWidget() != choices.first()); ++i) {
        order.append(QApplication::focusWidget()->objectName());
        press(Qt::Key_Tab);
    }
    const qsizetype feedback = order.indexOf(QStringLiteral("feedbackBrowser"));
    EXPECT_GT(feedback, order.indexOf(choices.last()->objectName())) << order.join(u' ').toStdString();
    EXPECT_LT(feedback, order.indexOf(QStringLiteral("primaryButton"))) << order.join(u' ').toStdString();
    EXPECT_EQ(order.last(), QStringLiteral("primaryButton")) << order.join(u' ').toStdString();
}

TEST_F(QuizTest, options_read_as_radio_buttons_for_one_answer_and_check_boxes_for_several)
{
    ASSERT_TRUE(m_page->start(options(QuizMode::Practice)));
    bool sawSingle = false;
    bool sawMultiple = false;
    for (int guard = 0; guard < 300 && !(sawSingle && sawMultiple); ++guard) {
        const QuestionType type = current().type;
        if (type == QuestionType::Single || type == QuestionType::Multiple) {
            const QList<ChoiceButton*> choices = buttons();
            ASSERT_FALSE(choices.isEmpty());
            QAccessibleInterface* first = QAccessible::queryAccessibleInterface(choices.first());
            ASSERT_NE(first, nullptr);
            EXPECT_EQ(first->role(),
                      type == QuestionType::Single ? QAccessible::RadioButton : QAccessible::CheckBox);
            EXPECT_TRUE(first->state().checkable);
            EXPECT_FALSE(first->state().checked);
            ASSERT_NE(first->actionInterface(), nullptr);
            EXPECT_TRUE(
                first->actionInterface()->actionNames().contains(QAccessibleActionInterface::toggleAction()));
            first->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
            EXPECT_TRUE(choices.first()->isChecked()) << "the screen reader's action chooses it";
            EXPECT_TRUE(first->state().checked);
            (type == QuestionType::Single ? sawSingle : sawMultiple) = true;
        }
        press(Qt::Key_K);
    }
    EXPECT_TRUE(sawSingle);
    EXPECT_TRUE(sawMultiple);
}
