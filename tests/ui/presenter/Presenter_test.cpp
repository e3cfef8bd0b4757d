// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode driven with the keys a clicker sends: the deck's steps in order, a class
// question whose answer stays hidden until R, the show-of-hands tally, the optional timer,
// blanking, zoom and theme, the console kept in step with the audience, and nothing a class
// answers recorded. DEMARC_TEST_SHOTS=folder saves pictures of the steps.
#include "ui/WindowTest.h"
#include "ui/paint/TextFit.h"
#include "ui/presenter/LiveClassDialog.h"
#include "ui/presenter/PresenterAudience.h"
#include "ui/presenter/PresenterConsole.h"
#include "ui/presenter/PresenterController.h"
#include "ui/presenter/PresenterMode.h"
#include "ui/presenter/PresenterStage.h"
#include "ui/window/MainWindow.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/TestFiles.h"
#include "ui/FakePackStore.h"
#include "ui/TextRecorder.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace demarc;

namespace {

class PresenterTest : public testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }

    /** Presenter mode on the default deck, in plain windows. */
    void start(bool console = false, QSize size = QSize(1280, 720))
    {
        m_mode = std::make_unique<PresenterMode>(m_material, defaultDeck(m_material));
        m_mode->start(nullptr, console, false);
        m_mode->audience()->resize(size);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_mode->audience()));
        for (PresenterStage* stage : m_mode->audience()->findChildren<PresenterStage*>())
            stage->setReducedMotion(true);
        if (console) {
            ASSERT_NE(m_mode->console(), nullptr);
            m_mode->console()->resize(size);
            ASSERT_TRUE(QTest::qWaitForWindowExposed(m_mode->console()));
        }
    }

    PresenterController* controller() const { return m_mode->controller(); }
    QWidget* audience() const { return m_mode->audience(); }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier, QWidget* to = nullptr)
    {
        QTest::keyClick(to ? to : audience(), k, modifiers);
    }
    QImage picture() const { return audience()->grab().toImage(); }

    /** The index of the first step of @p kind (and, when given, showing @p selection). */
    int firstStep(DeckItem::Kind kind, const QString& selection = {}) const
    {
        const auto& steps = controller()->steps();
        const auto it = std::find_if(steps.begin(), steps.end(), [&](const PresenterStep& s) {
            return s.kind == kind && (selection.isEmpty() || s.selection == selection);
        });
        return it == steps.end() ? -1 : int(it - steps.begin());
    }

    /** Saves pictures of the audience (and console) when DEMARC_TEST_SHOTS names a folder. */
    void shot(const QString& name, QWidget* widget = nullptr) const
    {
        const QString dir = test::shotsFolder(QStringLiteral("presenter"));
        if (dir.isEmpty())
            return;
        QWidget* w = widget ? widget : audience();
        QApplication::processEvents();
        w->grab().save(
            QDir(dir).filePath(QStringLiteral("%1-%2x%3.png").arg(name).arg(w->width()).arg(w->height())));
    }

    DeckMaterial m_material = test::FakeContentRepository::bundledDeckMaterial();
    std::unique_ptr<PresenterMode> m_mode;
};

bool allPixels(const QImage& image, QColor colour)
{
    for (int y = 0; y < image.height(); y += 17) {
        for (int x = 0; x < image.width(); x += 17) {
            if (image.pixelColor(x, y) != colour)
                return false;
        }
    }
    return true;
}

} // namespace

TEST_F(PresenterTest, the_default_deck_has_every_kind_of_step)
{
    start();
    for (auto kind :
         { DeckItem::Kind::Stack, DeckItem::Kind::Services, DeckItem::Kind::Compare, DeckItem::Kind::Matrix,
           DeckItem::Kind::Controls, DeckItem::Kind::Areas, DeckItem::Kind::Quiz })
        EXPECT_GE(firstStep(kind), 0) << DeckItem::keyword(kind).toStdString();
    EXPECT_EQ(controller()->index(), 0);
}

TEST_F(PresenterTest, clicker_keys_walk_the_deck_forward_and_back)
{
    start();
    key(Qt::Key_PageDown);
    EXPECT_EQ(controller()->index(), 1);
    key(Qt::Key_Space);
    EXPECT_EQ(controller()->index(), 2);
    key(Qt::Key_Right);
    EXPECT_EQ(controller()->index(), 3);
    key(Qt::Key_Down);
    EXPECT_EQ(controller()->index(), 4);
    key(Qt::Key_PageUp);
    EXPECT_EQ(controller()->index(), 3);
    key(Qt::Key_Left);
    EXPECT_EQ(controller()->index(), 2);
    key(Qt::Key_Up);
    EXPECT_EQ(controller()->index(), 1);
    key(Qt::Key_Backspace);
    EXPECT_EQ(controller()->index(), 0);
    key(Qt::Key_PageUp);
    EXPECT_EQ(controller()->index(), 0) << "no step before the first";
    key(Qt::Key_End);
    EXPECT_EQ(controller()->index(), controller()->count() - 1);
    key(Qt::Key_PageDown);
    EXPECT_EQ(controller()->index(), controller()->count() - 1) << "no step after the last";
    key(Qt::Key_Home);
    EXPECT_EQ(controller()->index(), 0);
}

TEST_F(PresenterTest, the_stack_is_revealed_one_layer_at_a_time_from_the_ground_up)
{
    start();
    const int layers = int(m_material.stack.layers().size());
    ASSERT_GT(layers, 3);
    QImage before = picture();
    for (int r = 1; r <= layers; ++r) {
        const PresenterStep* s = controller()->current();
        ASSERT_NE(s, nullptr);
        EXPECT_EQ(s->kind, DeckItem::Kind::Stack);
        EXPECT_EQ(s->revealed, r);
        if (r == 5)
            shot(QStringLiteral("stack-half"));
        key(Qt::Key_PageDown);
        const QImage after = picture();
        EXPECT_NE(after, before) << "step " << r << " looks like the one before";
        before = after;
    }
    EXPECT_EQ(controller()->current()->kind, DeckItem::Kind::Services);
}

TEST_F(PresenterTest, the_service_switch_moves_the_line)
{
    start();
    const int rds = firstStep(DeckItem::Kind::Services, QStringLiteral("rds"));
    const int ec2 = firstStep(DeckItem::Kind::Services, QStringLiteral("ec2"));
    ASSERT_GE(rds, 0);
    ASSERT_EQ(rds, ec2 + 1);
    controller()->goTo(ec2);
    const QImage onEc2 = picture();
    key(Qt::Key_PageDown);
    EXPECT_EQ(controller()->current()->selection, QStringLiteral("rds"));
    EXPECT_NE(picture(), onEc2);
    shot(QStringLiteral("rds"));
    key(Qt::Key_PageDown);
    EXPECT_EQ(controller()->current()->selection, QStringLiteral("lambda"));
    key(Qt::Key_PageDown);
    EXPECT_EQ(controller()->current()->selection, QStringLiteral("s3"));
    controller()->goTo(firstStep(DeckItem::Kind::Compare));
    EXPECT_EQ(controller()->current()->compare, QStringLiteral("rds"));
    shot(QStringLiteral("compare"));
    controller()->goTo(firstStep(DeckItem::Kind::Matrix) + 1);
    shot(QStringLiteral("matrix-2-columns"));
    controller()->goTo(firstStep(DeckItem::Kind::Controls));
    shot(QStringLiteral("controls"));
    controller()->goTo(firstStep(DeckItem::Kind::Areas));
    shot(QStringLiteral("areas"));
}

TEST_F(PresenterTest, a_class_question_shows_no_answer_until_R)
{
    start();
    const int quiz = firstStep(DeckItem::Kind::Quiz);
    ASSERT_GE(quiz, 0);
    controller()->goTo(quiz - 1);
    key(Qt::Key_PageDown);
    ASSERT_EQ(controller()->index(), quiz);
    EXPECT_FALSE(controller()->isRevealed(quiz));
    const QImage hidden = picture();
    shot(QStringLiteral("quiz-hidden"));
    key(Qt::Key_PageDown);
    key(Qt::Key_PageUp);
    EXPECT_FALSE(controller()->isRevealed(quiz)) << "moving on and back reveals nothing";
    EXPECT_EQ(picture(), hidden);
    key(Qt::Key_R);
    EXPECT_TRUE(controller()->isRevealed(quiz));
    EXPECT_NE(picture(), hidden) << "R shows the answer";
    shot(QStringLiteral("quiz-revealed"));
    key(Qt::Key_R);
    EXPECT_FALSE(controller()->isRevealed(quiz));
    EXPECT_EQ(picture(), hidden) << "R again hides it";
    controller()->goTo(0);
    key(Qt::Key_R);
    EXPECT_FALSE(controller()->isRevealed(0)) << "R does nothing on a step that is not a question";
}

TEST_F(PresenterTest, a_show_of_hands_is_typed_with_number_keys)
{
    start();
    controller()->goTo(0);
    key(Qt::Key_1);
    EXPECT_EQ(controller()->index(), 0);
    EXPECT_EQ(controller()->tallyChoice(), -1) << "no tally outside a question";
    const int quiz = firstStep(DeckItem::Kind::Quiz);
    controller()->goTo(quiz);
    const int choices = int(controller()->question(quiz)->choices.size());
    ASSERT_GE(choices, 2);
    EXPECT_EQ(controller()->tally(quiz), QList<int>(choices, -1));
    key(Qt::Key_1);
    key(Qt::Key_2);
    EXPECT_EQ(controller()->tallyChoice(), 0);
    EXPECT_EQ(controller()->tallyDigits(), QStringLiteral("12"));
    key(Qt::Key_Return);
    EXPECT_EQ(controller()->tally(quiz).at(0), 12);
    EXPECT_EQ(controller()->tallyChoice(), 1);
    key(Qt::Key_7);
    key(Qt::Key_8);
    key(Qt::Key_Backspace);
    key(Qt::Key_Enter);
    EXPECT_EQ(controller()->tally(quiz).at(1), 7);
    EXPECT_EQ(controller()->index(), quiz) << "Backspace while typing a count does not go back";
    EXPECT_FALSE(controller()->isRevealed(quiz)) << "counting hands reveals nothing";
    key(Qt::Key_R);
    shot(QStringLiteral("quiz-tally-revealed"));
    key(Qt::Key_3);
    key(Qt::Key_Escape);
    EXPECT_EQ(controller()->tallyChoice(), -1) << "Esc drops a count being typed";
    EXPECT_TRUE(audience()->isVisible()) << "... and does not leave presenter mode";
}

TEST_F(PresenterTest, there_is_no_timer_until_the_instructor_starts_one)
{
    start();
    const int quiz = firstStep(DeckItem::Kind::Quiz);
    controller()->goTo(quiz);
    EXPECT_EQ(controller()->secondsLeft(), -1);
    key(Qt::Key_T);
    EXPECT_EQ(controller()->secondsLeft(), PresenterController::TimerSeconds);
    key(Qt::Key_T);
    EXPECT_EQ(controller()->secondsLeft(), -1);
    key(Qt::Key_T);
    key(Qt::Key_PageDown);
    EXPECT_EQ(controller()->secondsLeft(), -1) << "the timer ends with its question";
    controller()->goTo(0);
    key(Qt::Key_T);
    EXPECT_EQ(controller()->secondsLeft(), -1) << "no timer on a step that is not a question";
}

TEST_F(PresenterTest, ctrl_plus_minus_and_zero_change_the_type_size)
{
    start();
    const auto* stage = m_mode->audience()->stage();
    const int normal = stage->bodyPixels();
    EXPECT_GE(normal, 20) << "large type by default at 1280×720";
    key(Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_GT(stage->bodyPixels(), normal);
    key(Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(stage->bodyPixels(), normal);
    key(Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_LT(stage->bodyPixels(), normal);
    key(Qt::Key_0, Qt::ControlModifier);
    key(Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(stage->bodyPixels(), normal);
    controller()->goTo(firstStep(DeckItem::Kind::Quiz));
    const QImage larger = picture();
    key(Qt::Key_0, Qt::ControlModifier);
    EXPECT_NE(picture(), larger);
}

TEST_F(PresenterTest, b_and_w_blank_the_screen_and_any_key_brings_it_back_in_place)
{
    start();
    controller()->goTo(2);
    key(Qt::Key_B);
    EXPECT_TRUE(allPixels(picture(), Qt::black));
    key(Qt::Key_PageDown);
    EXPECT_EQ(controller()->blank(), PresenterController::Blank::None);
    EXPECT_EQ(controller()->index(), 2) << "the key that ends the blank does not move on";
    key(Qt::Key_W);
    EXPECT_TRUE(allPixels(picture(), Qt::white));
    key(Qt::Key_W);
    EXPECT_EQ(controller()->blank(), PresenterController::Blank::None);
    key(Qt::Key_Period);
    EXPECT_EQ(controller()->blank(), PresenterController::Blank::Black);
    key(Qt::Key_Escape);
    EXPECT_EQ(controller()->blank(), PresenterController::Blank::None);
    EXPECT_TRUE(audience()->isVisible());
}

TEST_F(PresenterTest, dark_by_default_and_c_switches_to_the_light_theme)
{
    start();
    controller()->goTo(firstStep(DeckItem::Kind::Areas));
    EXPECT_EQ(controller()->theme(), PresenterController::Theme::Dark);
    EXPECT_EQ(picture().pixelColor(2, 2), QColor(Qt::black));
    key(Qt::Key_C);
    EXPECT_EQ(controller()->theme(), PresenterController::Theme::Light);
    EXPECT_EQ(picture().pixelColor(2, 2), QColor(Qt::white));
    shot(QStringLiteral("areas-light"));
}

TEST_F(PresenterTest, f1_shows_the_keys)
{
    start();
    const QImage plain = picture();
    key(Qt::Key_F1);
    EXPECT_TRUE(controller()->helpShown());
    EXPECT_NE(picture(), plain);
    shot(QStringLiteral("help"));
    key(Qt::Key_Escape);
    EXPECT_FALSE(controller()->helpShown());
    EXPECT_TRUE(audience()->isVisible()) << "Esc first closes the list of keys";
}

TEST_F(PresenterTest, escape_leaves_presenter_mode_and_remembers_theme_and_zoom)
{
    start();
    QSignalSpy finished(m_mode.get(), &PresenterMode::finished);
    key(Qt::Key_C);
    key(Qt::Key_Equal, Qt::ControlModifier);
    const qreal zoom = controller()->zoom();
    key(Qt::Key_Escape);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_FALSE(audience()->isVisible());
    PresenterMode again(m_material, defaultDeck(m_material));
    EXPECT_EQ(again.controller()->theme(), PresenterController::Theme::Light);
    EXPECT_NEAR(again.controller()->zoom(), zoom, 0.01);
}

TEST_F(PresenterTest, the_console_and_the_audience_stay_in_step)
{
    start(true);
    PresenterConsole* console = m_mode->console();
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_PageDown, Qt::NoModifier, console);
    EXPECT_EQ(m_mode->audience()->stage()->stepIndex(), 3);
    EXPECT_EQ(console->currentStage()->stepIndex(), 3);
    EXPECT_EQ(console->nextStage()->stepIndex(), 4);
    EXPECT_TRUE(console->statusText().startsWith(QStringLiteral("Step 4 of %1").arg(controller()->count())))
        << console->statusText().toStdString();
    const Lesson* lesson = m_material.lesson(controller()->current()->lessonId);
    ASSERT_NE(lesson, nullptr) << "a stack step has speaker notes from a lesson";
    EXPECT_TRUE(console->notesText().contains(lesson->title));

    key(Qt::Key_PageUp);
    EXPECT_EQ(console->currentStage()->stepIndex(), 2) << "the audience's keys move the console too";

    const int quiz = firstStep(DeckItem::Kind::Quiz);
    controller()->goTo(quiz);
    const Question* q = controller()->question(quiz);
    const auto correct =
        std::find_if(q->choices.begin(), q->choices.end(), [](const Choice& c) { return c.correct; });
    ASSERT_NE(correct, q->choices.end());
    EXPECT_TRUE(console->notesText().contains(correct->text))
        << "the console tells the instructor the answer";
    EXPECT_TRUE(console->notesText().contains(QStringLiteral("R reveals it")));
    EXPECT_FALSE(controller()->isRevealed(quiz));
    shot(QStringLiteral("console"), console);
    key(Qt::Key_R, Qt::NoModifier, console);
    EXPECT_TRUE(controller()->isRevealed(quiz));
    EXPECT_TRUE(console->notesText().contains(QStringLiteral("The class sees the answer.")));
    key(Qt::Key_B, Qt::NoModifier, console);
    EXPECT_TRUE(allPixels(picture(), Qt::black));
    EXPECT_FALSE(allPixels(console->currentStage()->grab().toImage(), Qt::black))
        << "the console keeps its picture";
}

namespace {

/** Fills @p recorder with what the audience's stage draws now. */
void record(QWidget* audience, test::TextRecorder& recorder)
{
    QWidget* stage = audience->findChild<PresenterStage*>();
    ASSERT_NE(stage, nullptr);
    stage->render(&recorder);
}

/** The step counter drawn at the foot of the slide ("5 / 33"). */
const QRegularExpression Counter(QStringLiteral("^\\d+ / \\d+$"));

} // namespace

TEST_F(PresenterTest, a_slide_of_text_keeps_to_about_forty_words_and_every_row_is_shown)
{
    QList<DeckItem> tables;
    for (const DeckItem& item : availableItems(m_material)) {
        if (item.kind == DeckItem::Kind::Controls || item.kind == DeckItem::Kind::Areas)
            tables.append(item);
    }
    ASSERT_EQ(tables.size(), 2);
    m_mode = std::make_unique<PresenterMode>(m_material, tables);
    m_mode->start(nullptr, false, false);
    m_mode->audience()->resize(1920, 1080);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_mode->audience()));
    QString shown;
    for (int i = 0; i < controller()->count(); ++i) {
        controller()->goTo(i);
        test::TextRecorder slide(audience()->size());
        record(audience(), slide);
        QString text;
        for (const auto& t : slide.texts()) {
            if (!Counter.match(t.text).hasMatch())
                text += t.text + QLatin1Char(' ');
        }
        const SlideTable table = slideTable(controller()->steps().at(i), m_material);
        EXPECT_LE(wordCount(text), SlideWordLimit)
            << "step " << i + 1 << " (" << table.rows.size() << " rows): " << text.toStdString();
        shown += text;
    }
    EXPECT_GT(controller()->count(), 2) << "the two tables did not fit one slide each";
    for (const ControlCategory& c : m_material.controls)
        EXPECT_TRUE(shown.contains(c.name)) << c.name.toStdString();
    for (const CustomerArea& a : m_material.areas)
        EXPECT_TRUE(shown.contains(a.name)) << a.name.toStdString();
}

TEST_F(PresenterTest, the_step_counter_and_the_legends_read_from_the_back_of_the_room)
{
    for (const QSize size : { QSize(1280, 720), QSize(1920, 1080) }) {
        start(false, size);
        const qreal least = size.height() * 0.03 - 0.5;
        for (const int step :
             { 4, firstStep(DeckItem::Kind::Compare), firstStep(DeckItem::Kind::Matrix) + 1 }) {
            controller()->goTo(step);
            test::TextRecorder slide(size);
            record(audience(), slide);
            int counters = 0;
            int legends = 0;
            for (const auto& t : slide.texts()) {
                const bool counter = Counter.match(t.text).hasMatch();
                const bool legend = t.text.contains(QStringLiteral("popular material says otherwise"))
                    || t.text.contains(QStringLiteral("the demarcation line"));
                counters += counter ? 1 : 0;
                legends += legend ? 1 : 0;
                if (counter || legend) {
                    EXPECT_GE(t.pixels, least) << t.text.toStdString() << " at " << size.height();
                }
            }
            EXPECT_EQ(counters, 1) << "step " << step;
            EXPECT_GE(legends, 1) << "step " << step << ": " << slide.allText().toStdString();
        }
        m_mode.reset();
    }
}

TEST_F(PresenterTest, the_first_step_says_what_is_being_built_and_the_finished_stack_fills_the_slide)
{
    start(false, QSize(1920, 1080));
    test::TextRecorder first(audience()->size());
    record(audience(), first);
    EXPECT_TRUE(first.allText().contains(QStringLiteral("built from the ground up: 1 of 11 layers shown")))
        << first.allText().toStdString();

    const int finished = firstStep(DeckItem::Kind::Services) - 1;
    ASSERT_EQ(controller()->steps().at(finished).kind, DeckItem::Kind::Stack);
    controller()->goTo(finished);
    test::TextRecorder slide(audience()->size());
    record(audience(), slide);
    EXPECT_FALSE(slide.allText().contains(QStringLiteral("built from the ground up")));
    qreal top = 1e9;
    qreal bottom = 0;
    for (const auto& t : slide.texts()) {
        if (t.text.contains(QStringLiteral("Customer data")))
            top = t.at.y();
        if (t.text.contains(QStringLiteral("Physical facilities")))
            bottom = t.at.y();
    }
    ASSERT_GT(bottom, top) << slide.allText().toStdString();
    EXPECT_GT(bottom - top, audience()->height() * 0.55) << "the stack leaves most of the slide empty";
}

namespace {

/** A live class without a network: what presenter mode told it, and counts set by the test. */
class FakeLiveClass : public LiveClass
{
public:
    QString joinAddress() const override { return address; }
    QString roomCode() const override { return QStringLiteral("2468"); }
    QList<QList<bool>> joinCode() const override { return QList<QList<bool>>(21, QList<bool>(21, true)); }
    int students() const override { return 24; }
    void setQuestion(const std::optional<Question>& q) override { question = q; }
    void setRevealed(bool r) override { revealed = r; }
    QList<int> counts() const override { return liveCounts; }
    int answered() const override { return 17; }
    QList<LiveClassSummary> summary() const override
    {
        return { { QStringLiteral("q1"), QStringLiteral("Who patches?"), 17, 12 } };
    }

    QString address = QStringLiteral("http://127.0.0.1:8080/");
    std::optional<Question> question;
    bool revealed = false;
    QList<int> liveCounts { 3, 11, 2, 1 };
};

} // namespace

TEST_F(PresenterTest, l_starts_live_answers_that_follow_the_steps_and_the_reveal_and_end_with_the_summary)
{
    FakeLiveClass* live = nullptr;
    m_mode = std::make_unique<PresenterMode>(m_material, defaultDeck(m_material),
                                             [&live]() -> Result<std::unique_ptr<LiveClass>> {
                                                 auto made = std::make_unique<FakeLiveClass>();
                                                 live = made.get();
                                                 return std::unique_ptr<LiveClass>(std::move(made));
                                             });
    QString saved;
    m_mode->setSummarySaver([&saved](const QString& csv) { saved = csv; });
    m_mode->start(nullptr, true, false);
    m_mode->audience()->resize(1280, 720);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_mode->audience()));

    key(Qt::Key_L);
    ASSERT_NE(live, nullptr);
    EXPECT_EQ(controller()->liveClass(), live);
    EXPECT_FALSE(live->question.has_value()) << "the first step is not a question";
    const int quiz = firstStep(DeckItem::Kind::Quiz);
    controller()->goTo(quiz);
    ASSERT_TRUE(live->question.has_value());
    EXPECT_EQ(live->question->id, controller()->steps().at(quiz).questionId);
    EXPECT_FALSE(live->revealed);
    key(Qt::Key_R);
    EXPECT_TRUE(live->revealed);

    // The audience sees the join panel, and the counts once H is pressed; the console always.
    test::TextRecorder before(audience()->size());
    record(audience(), before);
    EXPECT_TRUE(before.allText().contains(QStringLiteral("Room code"))) << before.allText().toStdString();
    EXPECT_TRUE(before.allText().contains(QStringLiteral("2468")));
    EXPECT_TRUE(before.allText().contains(QStringLiteral("24 joined · 17 answered")));
    EXPECT_FALSE(before.allText().contains(QStringLiteral("11 answers"))) << before.allText().toStdString();
    key(Qt::Key_H);
    EXPECT_TRUE(controller()->countsShown());
    test::TextRecorder after(audience()->size());
    record(audience(), after);
    EXPECT_TRUE(after.allText().contains(QStringLiteral("11 answers"))) << after.allText().toStdString();
    EXPECT_TRUE(after.allText().contains(QStringLiteral("1 answer"))) << after.allText().toStdString();
    // A wrong choice is one line high: its verdict and count share that line.
    EXPECT_TRUE(std::any_of(after.texts().begin(), after.texts().end(), [](const auto& t) {
        return t.text == QStringLiteral("✗ 3 answers");
    })) << after.allText().toStdString();
    shot(QStringLiteral("live-counts"));
    // The console's list of keys names L and H, each key kept on one line with what it does.
    const QList<QLabel*> labels = m_mode->console()->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel* l) {
        return l->text().contains(QStringLiteral("L:\u00A0live\u00A0answers"))
            && l->text().contains(QStringLiteral("H:\u00A0show\u00A0counts"));
    }));
    shot(QStringLiteral("live-console"), m_mode->console());

    emit live->nextRequested();
    EXPECT_EQ(controller()->index(), quiz + 1) << "POST /next moves the class on";

    key(Qt::Key_L);
    EXPECT_EQ(controller()->liveClass(), nullptr);
    EXPECT_TRUE(
        saved.startsWith(QStringLiteral("question_id,prompt,answered,right\r\nq1,Who patches?,17,12")))
        << saved.toStdString();
}

TEST_F(PresenterTest, a_live_class_that_cannot_start_says_why_on_the_screen)
{
    m_mode = std::make_unique<PresenterMode>(
        m_material, defaultDeck(m_material), []() -> Result<std::unique_ptr<LiveClass>> {
            return Error { QStringLiteral("Cannot listen on 192.0.2.1 port 8080: address in use") };
        });
    m_mode->start(nullptr, false, false);
    m_mode->audience()->resize(1280, 720);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_mode->audience()));
    key(Qt::Key_L);
    EXPECT_EQ(controller()->liveClass(), nullptr);
    test::TextRecorder slide(audience()->size());
    record(audience(), slide);
    EXPECT_TRUE(slide.allText().contains(QStringLiteral("address in use"))) << slide.allText().toStdString();
    EXPECT_TRUE(slide.allText().contains(QStringLiteral("Live Answers Network…"))) << "what to do about it";
}

TEST_F(PresenterTest, the_join_panel_and_its_problems_are_never_cut_however_long_a_word)
{
    // The longest words a panel meets: an environment variable's name in a refusal, an IPv6
    // join address. They shrink to fit (an address is never broken across lines), nothing is cut.
    FakeLiveClass* live = nullptr;
    bool fail = true;
    m_mode = std::make_unique<PresenterMode>(
        m_material, defaultDeck(m_material), [&]() -> Result<std::unique_ptr<LiveClass>> {
            if (fail)
                return Error { QStringLiteral(
                    "Only the loopback address may be used here "
                    "(DEMARC_CLASS_LOOPBACK_ONLY is set), not fd12:3456:789a:bcde::20") };
            auto made = std::make_unique<FakeLiveClass>();
            made->address = QStringLiteral("http://[fd12:3456:789a:bcde:1234:5678:9abc:def0]:54321/");
            live = made.get();
            return std::unique_ptr<LiveClass>(std::move(made));
        });
    m_mode->setSummarySaver([](const QString&) {});
    m_mode->start(nullptr, false, false);
    for (const QSize size : { QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080) }) {
        m_mode->audience()->resize(size);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_mode->audience()));
        for (bool failing : { true, false }) {
            fail = failing;
            key(Qt::Key_L);
            textfit::ElisionLog cuts;
            test::TextRecorder slide(audience()->size());
            record(audience(), slide);
            for (const textfit::Elision& e : cuts.entries())
                ADD_FAILURE() << size.width() << "×" << size.height() << ": " << e.where.toStdString()
                              << " cut \"" << e.text.toStdString() << "\" to \"" << e.shown.toStdString()
                              << "\"";
            const QString all = slide.allText();
            EXPECT_TRUE(failing ? all.contains(QStringLiteral("(DEMARC_CLASS_LOOPBACK_ONLY"))
                                : QString(all).remove(u' ').contains(live->address))
                << all.toStdString();
            shot(QStringLiteral("live-%1").arg(failing ? QStringLiteral("problem") : QStringLiteral("ipv6")));
            if (!failing)
                key(Qt::Key_L); // ends the class
        }
    }
}

TEST_F(PresenterTest, pictures_at_projector_sizes)
{
    if (test::shotsFolder(QStringLiteral("presenter")).isEmpty())
        GTEST_SKIP() << "set DEMARC_TEST_SHOTS to a folder to save the pictures";
    for (const QSize size : { QSize(1920, 1080), QSize(1280, 720) }) {
        start(true, size);
        controller()->goTo(4);
        shot(QStringLiteral("stack-half"));
        controller()->goTo(firstStep(DeckItem::Kind::Services, QStringLiteral("rds")));
        shot(QStringLiteral("rds"));
        controller()->goTo(firstStep(DeckItem::Kind::Compare));
        shot(QStringLiteral("compare"));
        controller()->goTo(firstStep(DeckItem::Kind::Matrix) + 1);
        shot(QStringLiteral("matrix-2-columns"));
        controller()->goTo(firstStep(DeckItem::Kind::Controls));
        shot(QStringLiteral("controls"));
        controller()->goTo(firstStep(DeckItem::Kind::Areas));
        shot(QStringLiteral("areas"));
        const int quiz = firstStep(DeckItem::Kind::Quiz);
        for (int q = quiz; q < controller()->count(); ++q) {
            controller()->goTo(q);
            shot(QStringLiteral("quiz%1-hidden").arg(q - quiz + 1));
            controller()->toggleReveal();
            shot(QStringLiteral("quiz%1-revealed").arg(q - quiz + 1));
        }
        controller()->goTo(quiz);
        shot(QStringLiteral("console"), m_mode->console());
        controller()->setTheme(PresenterController::Theme::Light);
        shot(QStringLiteral("quiz1-light"));
        controller()->goTo(firstStep(DeckItem::Kind::Compare));
        shot(QStringLiteral("compare-light"));
        controller()->toggleHelp();
        shot(QStringLiteral("help-light"));
        controller()->toggleHelp();
        controller()->setTheme(PresenterController::Theme::Dark);
        for (int i = 0; i < 4; ++i)
            controller()->zoomIn();
        controller()->goTo(firstStep(DeckItem::Kind::Services, QStringLiteral("lambda")));
        shot(QStringLiteral("lambda-zoomed"));
        m_mode.reset();
    }
}

namespace {

class PresenterWindowTest : public test::WindowTest
{
protected:
    void SetUp() override { openWindow(Show::No); }
};

} // namespace

TEST_F(PresenterWindowTest, f5_opens_presenter_mode)
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("presenterAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::Key_F5));
    ASSERT_TRUE(m_window->startPresenter(false, false).ok());
    ASSERT_NE(m_window->presenter(), nullptr);
    EXPECT_TRUE(m_window->presenter()->audience()->isVisible());
    QTest::keyClick(m_window->presenter()->audience(), Qt::Key_Escape);
    QApplication::processEvents();
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(m_window->presenter(), nullptr);
}

TEST_F(PresenterWindowTest, a_class_quiz_records_nothing_as_the_instructors_progress)
{
    ASSERT_EQ(m_learner.attemptCount().value(), 0);
    ASSERT_TRUE(m_window->startPresenter(false, false).ok());
    QWidget* audience = m_window->presenter()->audience();
    PresenterController* c = m_window->presenter()->controller();
    for (int i = 0; i < c->count(); ++i) {
        c->goTo(i);
        QTest::keyClick(audience, Qt::Key_4);
        QTest::keyClick(audience, Qt::Key_Return);
        QTest::keyClick(audience, Qt::Key_R);
    }
    EXPECT_EQ(m_learner.attemptCount().value(), 0);
    EXPECT_TRUE(m_learner.itemStats().value().isEmpty());
    EXPECT_TRUE(m_learner.reviewStates().value().isEmpty());
}

TEST_F(PresenterWindowTest, the_saved_steps_are_used_and_lines_that_no_longer_fit_are_skipped)
{
    auto material = m_window->deckMaterial();
    ASSERT_TRUE(material.ok());
    EXPECT_EQ(m_window->presenterDeck(*material), defaultDeck(*material))
        << "the default deck when none is saved";
    ASSERT_TRUE(m_learner
                    .savePresenterDeck({ QStringLiteral("stack rds"), QStringLiteral("quiz no-such-question"),
                                         QStringLiteral("slides 1 2"), QStringLiteral("areas") })
                    .ok());
    QStringList problems;
    const QList<DeckItem> deck = m_window->presenterDeck(*material, &problems);
    ASSERT_EQ(problems.size(), 2) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("slides"))) << problems.at(0).toStdString();
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("no-such-question"))) << problems.at(1).toStdString();
    ASSERT_TRUE(m_window->startPresenter(false, false).ok());
    const auto& steps = m_window->presenter()->controller()->steps();
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.first().selection, QStringLiteral("rds"));
    EXPECT_EQ(steps.last().kind, DeckItem::Kind::Areas);
    const qsizetype areaPages = expandDeck({ { DeckItem::Kind::Areas, {} } }, *material).size();
    EXPECT_GT(areaPages, 1) << "the areas table is too long for one slide";
    EXPECT_EQ(steps.size(), material->stack.layers().size() + areaPages);
}

TEST_F(PresenterWindowTest, closing_the_window_during_a_class_ends_it_and_offers_its_summary)
{
    QPointer<FakeLiveClass> live;
    m_window->setLiveClassFactory(
        [&live]() -> Result<std::unique_ptr<LiveClass>> {
            auto made = std::make_unique<FakeLiveClass>();
            live = made.get();
            return std::unique_ptr<LiveClass>(std::move(made));
        },
        [] { return QStringList { QStringLiteral("127.0.0.1") }; });
    ASSERT_TRUE(m_window->startPresenter(false, false).ok());
    PresenterMode* presenter = m_window->presenter();
    QString saved;
    presenter->setSummarySaver([&saved](const QString& csv) { saved = csv; });
    QTest::keyClick(presenter->audience(), Qt::Key_L);
    ASSERT_FALSE(live.isNull());
    m_window->close();
    EXPECT_TRUE(live.isNull()) << "the class still serves after the window closed";
    EXPECT_TRUE(
        saved.startsWith(QStringLiteral("question_id,prompt,answered,right\r\nq1,Who patches?,17,12")))
        << saved.toStdString();
}

TEST_F(PresenterWindowTest, the_live_class_network_is_chosen_and_kept_and_offered_only_with_a_server)
{
    auto* live = m_window->findChild<QAction*>(QStringLiteral("liveAnswersAction"));
    auto* network = m_window->findChild<QAction*>(QStringLiteral("liveNetworkAction"));
    ASSERT_NE(live, nullptr);
    ASSERT_NE(network, nullptr);
    EXPECT_FALSE(live->isVisible()) << "no server given: no live answers offered";
    m_window->setLiveClassFactory(
        []() -> Result<std::unique_ptr<LiveClass>> { return Error { QStringLiteral("-") }; },
        [] {
            return QStringList { QStringLiteral("10.0.0.5"), QStringLiteral("127.0.0.1") };
        });
    EXPECT_TRUE(live->isVisible());
    EXPECT_TRUE(network->isVisible());

    {
        LiveClassDialog dialog({ QStringLiteral("10.0.0.5"), QStringLiteral("127.0.0.1") });
        auto* address = test::findChildOrFail<QComboBox>(&dialog, "liveAddressCombo");
        EXPECT_EQ(address->currentIndex(), 0) << "the default first";
        EXPECT_EQ(address->count(), 3);
        address->setCurrentIndex(address->findData(QStringLiteral("127.0.0.1")));
        test::findChildOrFail<QSpinBox>(&dialog, "livePortSpin")->setValue(8080);
        dialog.accept();
    }
    EXPECT_EQ(LiveClassDialog::savedAddress(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(LiveClassDialog::savedPort(), 8080);
    LiveClassDialog again({ QStringLiteral("10.0.0.5"), QStringLiteral("127.0.0.1") });
    EXPECT_EQ(test::findChildOrFail<QComboBox>(&again, "liveAddressCombo")->currentData().toString(),
              QStringLiteral("127.0.0.1"));
    EXPECT_EQ(test::findChildOrFail<QSpinBox>(&again, "livePortSpin")->value(), 8080);
}
