// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizSession.h"

#include <QRandomGenerator>

#include <algorithm>

#include "LearnerRepository.h"

namespace demarc {

QString quizModeId(QuizMode mode)
{
    switch (mode) {
    case QuizMode::Practice:
        return QStringLiteral("practice");
    case QuizMode::Exam:
        return QStringLiteral("exam");
    case QuizMode::Mistakes:
        return QStringLiteral("mistakes");
    case QuizMode::Review:
        return QStringLiteral("review");
    }
    return {};
}

std::optional<QuizMode> quizModeFromId(const QString& id)
{
    for (QuizMode m : { QuizMode::Practice, QuizMode::Exam, QuizMode::Mistakes, QuizMode::Review }) {
        if (quizModeId(m) == id)
            return m;
    }
    return std::nullopt;
}

QList<Question> selectQuestions(QuizMode mode, const QList<Question>& bank, const QHash<QString, bool>& lastAnswerCorrect,
                                const QHash<QString, ReviewState>& reviewStates, const ReviewScheduler& scheduler,
                                quint32 seed)
{
    QList<Question> picked;
    for (const Question& q : bank) {
        switch (mode) {
        case QuizMode::Practice:
        case QuizMode::Exam:
            picked.append(q);
            break;
        case QuizMode::Mistakes:
            if (lastAnswerCorrect.contains(q.id) && !lastAnswerCorrect.value(q.id))
                picked.append(q);
            break;
        case QuizMode::Review:
            // Only questions met before are reviewed; new ones belong to practice.
            if (reviewStates.contains(q.id) && scheduler.isDue(reviewStates.value(q.id)))
                picked.append(q);
            break;
        }
    }
    QRandomGenerator random(seed);
    std::shuffle(picked.begin(), picked.end(), random);
    for (Question& q : picked) {
        // True/false keeps its natural order; other choices are shuffled.
        if (q.type != QuestionType::TrueFalse)
            std::shuffle(q.choices.begin(), q.choices.end(), random);
    }
    return picked;
}

QuizSession::QuizSession(QuizMode mode, QList<Question> questions, const Clock& clock, QObject* parent)
    : QObject(parent), m_mode(mode), m_clock(clock)
{
    // A question that cannot be answered (no choices) is left out rather than shown broken.
    for (Question& q : questions) {
        if (!q.choices.isEmpty())
            m_questions.append(std::move(q));
        else
            qWarning("demarc: question %s has no choices and is skipped", qPrintable(q.id));
    }
    m_shownAt = m_clock.now();
}

const Question& QuizSession::current() const
{
    static const Question none;
    return isFinished() ? none : m_questions.at(m_position);
}

QList<Choice> QuizSession::currentChoices() const { return current().choices; }

bool QuizSession::isAnswered() const
{
    return !isFinished() && !m_outcomes.isEmpty() && m_outcomes.last().questionId == current().id
        && m_outcomes.size() == m_position + 1;
}

std::optional<QuizOutcome> QuizSession::answer(const Answer& answer)
{
    if (isFinished() || isAnswered())
        return std::nullopt;
    QuizOutcome outcome;
    outcome.questionId = current().id;
    outcome.topic = current().topic;
    outcome.answer = answer;
    outcome.grade = grade(current(), answer);
    outcome.elapsedMs = m_shownAt.msecsTo(m_clock.now());
    m_outcomes.append(outcome);
    emit answered(outcome);
    return outcome;
}

void QuizSession::next()
{
    if (isFinished())
        return;
    if (!isAnswered()) {
        // Moving on without answering counts as a wrong answer with nothing chosen.
        answer(Answer {});
    }
    ++m_position;
    m_shownAt = m_clock.now();
    if (isFinished())
        emit finished(summary());
}

QuizSummary QuizSession::summary() const
{
    QuizSummary s;
    s.total = count();
    double scores = 0;
    for (const QuizOutcome& o : m_outcomes) {
        scores += o.grade.score;
        if (o.grade.correct)
            ++s.correct;
        else
            s.missed.append(o);
        auto it = std::find_if(s.topics.begin(), s.topics.end(), [&](const TopicScore& t) { return t.topic == o.topic; });
        if (it == s.topics.end()) {
            s.topics.append({ o.topic, 0, 0 });
            it = s.topics.end() - 1;
        }
        ++it->total;
        if (o.grade.correct)
            ++it->correct;
    }
    s.score = s.total > 0 ? scores / s.total : 0;
    s.passed = s.total > 0 && s.correct == s.total;
    return s;
}

} // namespace demarc
