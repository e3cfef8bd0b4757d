// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/home/HomePage.h"
#include "ui/quiz/QuizPage.h"
#include "ui/window/MainWindow.h"

#include "support/FakeClock.h"
#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "ui/WidgetLookup.h"
#include "ui/WindowTest.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

Attempt answered(const QString& questionId, bool correct, const QDateTime& at)
{
    Attempt a;
    a.questionId = questionId;
    a.answeredAt = at;
    a.correct = correct;
    a.score = correct ? 1 : 0;
    return a;
}

class HomePageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("home"));
        ASSERT_TRUE(m_page.reload().ok());
    }

    template<typename T> T* child(const char* name) const { return test::findChildOrFail<T>(&m_page, name); }

    test::FakeContentRepository m_repo { test::FakeContentRepository::bundledCourse() };
    test::FakeLearnerRepository m_learner;
    test::FakeClock m_clock;
    HomePage m_page { m_repo, m_learner, m_clock };
};

} // namespace

TEST_F(HomePageTest, a_new_learner_is_told_where_to_start)
{
    EXPECT_EQ(child<QLabel>("homeTitle")->text(), QStringLiteral("Start here"));
    EXPECT_EQ(m_page.summary().next, NextStep::StartHere);
    EXPECT_TRUE(child<QPushButton>("homeNextButton")->text().startsWith(QStringLiteral("Read lesson 1")));
    EXPECT_TRUE(child<QLabel>("homeLessonLabel")->text().contains(QStringLiteral("0 of 33 lessons read")));
    QSignalSpy lesson(&m_page, &HomePage::lessonRequested);
    QSignalSpy practice(&m_page, &HomePage::practiceRequested);
    child<QPushButton>("homeNextButton")->click();
    ASSERT_EQ(lesson.size(), 1);
    EXPECT_EQ(lesson.at(0).at(0).toString(), m_repo.lessonOutline()->first().id);
    child<QPushButton>("homeCheckButton")->click();
    ASSERT_EQ(practice.size(), 1);
    EXPECT_EQ(practice.at(0).at(1).toInt(), HomePage::CheckLength) << "then a 5-question check";
}

TEST_F(HomePageTest, a_returning_learner_sees_what_to_continue_what_is_due_and_the_weakest_topic)
{
    const QList<Question> bank = m_repo.questionOutline().value();
    const QDateTime now = m_clock.now();
    // Ten right answers today on the first topic's questions, one wrong on another topic.
    int n = 0;
    for (const Question& q : bank) {
        if (q.topic == bank.first().topic && n < 10) {
            ASSERT_TRUE(
                m_learner
                    .recordAttempt(answered(q.id, true, now), ReviewState { now.addDays(6), 6, 2.5, 1, 0 })
                    .ok());
            ++n;
        }
    }
    ASSERT_TRUE(m_learner.markLessonRead(m_repo.lessonOutline()->first().id, now).ok());
    ASSERT_TRUE(m_page.reload().ok());
    EXPECT_EQ(child<QLabel>("homeTitle")->text(), QStringLiteral("Welcome back"));
    EXPECT_TRUE(child<QLabel>("homeLessonLabel")->text().contains(QStringLiteral("Continue: lesson 2")));
    EXPECT_TRUE(child<QLabel>("homeLessonLabel")->text().contains(QStringLiteral("1 of 33 lessons read")));
    EXPECT_TRUE(child<QLabel>("homeGoalLabel")->text().contains(QStringLiteral("Today: 10 of 10 questions")));
    EXPECT_TRUE(child<QLabel>("homeGoalLabel")->text().contains(QStringLiteral("Goal met")));
    EXPECT_TRUE(child<QLabel>("homeGoalLabel")->text().contains(QStringLiteral("Streak: 1 day in a row")));
    EXPECT_EQ(m_page.summary().next, NextStep::PracticeWeakest);
    EXPECT_NE(m_page.summary().nextTopic, bank.first().topic) << "the topic practised is not the weakest";

    // A bar per topic; Practise opens a round on that topic.
    QSignalSpy practice(&m_page, &HomePage::practiceRequested);
    auto* first = child<QPushButton>(qPrintable(QStringLiteral("practise_%1").arg(bank.first().topic)));
    EXPECT_EQ(first->accessibleName().left(9), QStringLiteral("Practise "));
    first->click();
    ASSERT_EQ(practice.size(), 1);
    EXPECT_EQ(practice.at(0).at(0).toStringList(), QStringList { bank.first().topic });
    EXPECT_EQ(practice.at(0).at(1).toInt(), HomePage::RoundLength);

    // A larger goal is kept, and today no longer meets it.
    child<QSpinBox>("homeGoalSpin")->setValue(20);
    EXPECT_EQ(HomePage::dailyGoal(), 20);
    EXPECT_TRUE(child<QLabel>("homeGoalLabel")->text().contains(QStringLiteral("Today: 10 of 20 questions")));
    EXPECT_FALSE(child<QLabel>("homeGoalLabel")->text().contains(QStringLiteral("Goal met")));
    QSettings().remove(QStringLiteral("home"));
}

namespace {

class HomeWindowTest : public test::WindowTest
{
protected:
    void SetUp() override { openWindow(); }
};

} // namespace

TEST_F(HomeWindowTest, a_new_database_opens_on_home_and_a_topic_round_starts_from_there)
{
    QSettings().clear();
    ASSERT_TRUE(m_window->open(QString()).ok());
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("home")) << "no view remembered: Home";
    auto* home = m_window->findChild<HomePage*>();
    ASSERT_NE(home, nullptr);
    const QString topic = home->summary().topics.at(2).topic;
    test::findChildOrFail<QPushButton>(home, qPrintable(QStringLiteral("practise_%1").arg(topic)))->click();
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("quiz"));
    auto* quiz = m_window->findChild<QuizPage*>();
    ASSERT_NE(quiz, nullptr);
    ASSERT_TRUE(quiz->isRunning());
    EXPECT_EQ(quiz->session()->mode(), QuizMode::Practice);
    EXPECT_EQ(quiz->session()->count(), HomePage::RoundLength);
    for (const Question& q : quiz->session()->questions())
        EXPECT_EQ(q.topic, topic);
}
