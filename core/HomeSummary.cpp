// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeSummary.h"

#include <algorithm>

namespace demarc {

namespace {

QString lessonToContinue(const HomeInput& input)
{
    if (input.lessonIds.contains(input.currentLesson) && !input.lessonsRead.isEmpty())
        return input.currentLesson;
    for (const QString& id : input.lessonIds) {
        if (!input.lessonsRead.contains(id))
            return id;
    }
    return input.lessonIds.isEmpty() ? QString() : input.lessonIds.constFirst();
}

int streakOf(const QList<DayActivity>& days, int goal)
{
    if (days.isEmpty() || goal <= 0)
        return 0;
    // Today counts once met; until then the streak is the days before it.
    auto day = days.crbegin();
    if (day->attempts < goal)
        ++day;
    int streak = 0;
    for (; day != days.crend() && day->attempts >= goal; ++day)
        ++streak;
    return streak;
}

/** The topic with the smallest share of its questions mastered (the first of equals). */
const TopicMastery* weakest(const QList<TopicMastery>& topics)
{
    const TopicMastery* weakest = nullptr;
    for (const TopicMastery& t : topics) {
        if (t.questions == 0 || t.mastered >= t.questions)
            continue;
        if (!weakest || qint64(t.mastered) * weakest->questions < qint64(weakest->mastered) * t.questions)
            weakest = &t;
    }
    return weakest;
}

} // namespace

HomeSummary summarizeHome(const HomeInput& input)
{
    const ProgressReport& p = input.progress;
    HomeSummary s;
    s.lessonCount = int(input.lessonIds.size());
    s.lessonsRead = int(std::count_if(input.lessonIds.cbegin(), input.lessonIds.cend(),
                                      [&](const QString& id) { return input.lessonsRead.contains(id); }));
    s.newLearner = p.attempts == 0 && s.lessonsRead == 0;
    s.lessonId = lessonToContinue(input);
    s.lessonNumber = int(input.lessonIds.indexOf(s.lessonId)) + 1;
    s.due = p.dueQuestions + p.dueTerms;
    s.answeredToday = p.days.isEmpty() ? 0 : p.days.constLast().attempts;
    s.dailyGoal = input.dailyGoal;
    s.streak = streakOf(p.days, input.dailyGoal);
    s.topics = p.topics;
    s.examPassedAt = p.exams.firstPassedAt;
    const TopicMastery* weak = weakest(p.topics);
    if (s.newLearner)
        s.next = NextStep::StartHere;
    else if (p.dueQuestions > 0)
        s.next = NextStep::Review;
    else if (weak) {
        s.next = NextStep::PracticeWeakest;
        s.nextTopic = weak->topic;
    } else if (!p.exams.firstPassedAt.isValid())
        s.next = NextStep::TakeExam;
    else
        s.next = NextStep::KeepFresh;
    return s;
}

AfterQuiz suggestAfterQuiz(const QuizSummary& summary, const QList<Question>& bank)
{
    AfterQuiz next;
    if (summary.mode == QuizMode::Exam && summary.passed) {
        next.kind = AfterQuiz::Kind::Celebrate;
        return next;
    }
    if (summary.total == 0)
        return next;
    if (summary.missed.isEmpty()) {
        next.kind = summary.mode == QuizMode::Exam ? AfterQuiz::Kind::None : AfterQuiz::Kind::TakeExam;
        return next;
    }
    next.kind = AfterQuiz::Kind::RetryMistakes;
    const TopicScore* weakest = nullptr;
    for (const TopicScore& t : summary.topics) {
        if (t.total >= 2 && 2 * t.correct < t.total
            && (!weakest || qint64(t.correct) * weakest->total < qint64(weakest->correct) * t.total))
            weakest = &t;
    }
    if (!weakest)
        return next;
    for (const QuizOutcome& o : summary.missed) {
        if (o.topic != weakest->topic)
            continue;
        const auto q =
            std::find_if(bank.cbegin(), bank.cend(), [&](const Question& x) { return x.id == o.questionId; });
        if (q != bank.cend() && !q->lesson.isEmpty()) {
            next.kind = AfterQuiz::Kind::ReadLesson;
            next.topic = weakest->topic;
            next.lessonId = q->lesson;
            next.topicCorrect = weakest->correct;
            next.topicTotal = weakest->total;
            break;
        }
    }
    return next;
}

} // namespace demarc
