// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizSession.h"

#include "TermQuestions.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

namespace demarc {

namespace {

Q_LOGGING_CATEGORY(quizLog, "demarc.quiz")

void shuffleChoices(QList<Question>& questions, QRandomGenerator& random)
{
    for (Question& q : questions) {
        // True/false keeps its natural order; other choices are shuffled.
        if (q.type != QuestionType::TrueFalse)
            std::shuffle(q.choices.begin(), q.choices.end(), random);
    }
}

} // namespace

QString quizModeId(QuizMode mode)
{
    switch (mode) {
    case QuizMode::Practice: return QStringLiteral("practice");
    case QuizMode::Exam: return QStringLiteral("exam");
    case QuizMode::Mistakes: return QStringLiteral("mistakes");
    case QuizMode::Review: return QStringLiteral("review");
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

namespace {

/**
 * A review's glossary cards: the terms due, then a few new ones in glossary order, made into
 * @p generated (reserved for every term, so that @p picked may point into it).
 */
void addGlossaryCards(const QuizOptions& options, const QList<GlossaryTerm>& glossary,
                      const LearnerState& learner, const ReviewScheduler& scheduler,
                      QList<Question>& generated, QList<const Question*>& picked)
{
    int fresh = 0;
    quint32 termSeed = options.seed;
    for (const GlossaryTerm& t : glossary) {
        const auto state = learner.reviews.constFind(termItemId(t.id));
        const bool isNew = state == learner.reviews.cend();
        if (isNew ? fresh < options.newTerms : scheduler.isDue(*state)) {
            generated.append(termQuestion(t, glossary, ++termSeed));
            picked.append(&generated.last());
            fresh += isNew ? 1 : 0;
        }
    }
    QSet<QString> terms;
    for (const GlossaryTerm& t : glossary)
        terms.insert(termItemId(t.id));
    for (auto it = learner.reviews.cbegin(); it != learner.reviews.cend(); ++it) {
        if (!termIdOfItem(it.key()).isEmpty() && !terms.contains(it.key()))
            qCWarning(quizLog, "glossary term \"%s\" in the review schedule is not in the course; skipped",
                      qPrintable(termIdOfItem(it.key())));
    }
}

} // namespace

QList<Question> selectQuestions(const QuizOptions& options, const QList<Question>& bank,
                                const QList<GlossaryTerm>& glossary, const LearnerState& learner,
                                const ReviewScheduler& scheduler)
{
    QHash<QString, const Question*> byId;
    for (const Question& q : bank)
        byId.insert(q.id, &q);
    // The learner's history may name questions a newer course no longer has.
    auto known = [&](const QString& id) {
        if (!termIdOfItem(id).isEmpty() || byId.contains(id))
            return true;
        qCWarning(quizLog, "question \"%s\" in the learner's history is not in the course; skipped",
                  qPrintable(id));
        return false;
    };
    auto wanted = [&](const Question& q) {
        return options.topics.isEmpty() || options.topics.contains(q.topic);
    };

    // Pointers are picked, sorted and shuffled; only the questions asked are copied (a review of
    // a department's bank can have thousands due and ask twenty).
    QList<Question> generated; // glossary cards, made here
    generated.reserve(glossary.size());
    QList<const Question*> picked;
    switch (options.mode) {
    case QuizMode::Practice:
    case QuizMode::Exam:
        for (const Question& q : bank) {
            if (wanted(q))
                picked.append(&q);
        }
        break;
    case QuizMode::Mistakes:
        for (auto it = learner.stats.cbegin(); it != learner.stats.cend(); ++it) {
            if (!it->lastCorrect && termIdOfItem(it.key()).isEmpty() && known(it.key())
                && wanted(*byId.value(it.key())))
                picked.append(byId.value(it.key()));
        }
        break;
    case QuizMode::Review: {
        // Questions come into review once met; flagged ones come whether due or not.
        QSet<QString> ids;
        for (auto it = learner.reviews.cbegin(); it != learner.reviews.cend(); ++it) {
            if (termIdOfItem(it.key()).isEmpty() && scheduler.isDue(it.value()))
                ids.insert(it.key());
        }
        ids.unite(learner.flagged);
        for (const QString& id : std::as_const(ids)) {
            if (known(id) && wanted(*byId.value(id)))
                picked.append(byId.value(id));
        }
        addGlossaryCards(options, glossary, learner, scheduler, generated, picked);
        break;
    }
    }
    // The hash orders above are arbitrary: sort by id so the seed alone decides the order.
    std::sort(picked.begin(), picked.end(),
              [](const Question* a, const Question* b) { return a->id < b->id; });
    QRandomGenerator random(options.seed);
    std::shuffle(picked.begin(), picked.end(), random);
    if (options.limit > 0 && picked.size() > options.limit)
        picked.resize(options.limit);
    QList<Question> asked;
    asked.reserve(picked.size());
    for (const Question* q : std::as_const(picked))
        asked.append(*q);
    shuffleChoices(asked, random);
    return asked;
}

ReviewCount countReview(const QList<Question>& bank, const QList<GlossaryTerm>& glossary,
                        const LearnerState& learner, const ReviewScheduler& scheduler, int newTerms)
{
    // What selectQuestions() would pick for a review, counted without making the questions (a
    // bank of thousands has thousands due).
    QSet<QString> due = learner.flagged;
    for (auto it = learner.reviews.cbegin(); it != learner.reviews.cend(); ++it) {
        if (termIdOfItem(it.key()).isEmpty() && scheduler.isDue(it.value()))
            due.insert(it.key());
    }
    ReviewCount count;
    for (const Question& q : bank)
        count.questions += due.contains(q.id) ? 1 : 0;
    int fresh = 0;
    for (const GlossaryTerm& t : glossary) {
        const auto state = learner.reviews.constFind(termItemId(t.id));
        const bool isNew = state == learner.reviews.cend();
        if (isNew ? fresh < newTerms : scheduler.isDue(*state)) {
            ++count.terms;
            fresh += isNew ? 1 : 0;
        }
    }
    return count;
}

QuizSession::QuizSession(QuizMode mode, QList<Question> questions, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_mode(mode)
    , m_clock(clock)
{
    // A question that cannot be answered (no choices) is left out rather than shown broken.
    for (Question& q : questions) {
        if (!q.choices.isEmpty())
            m_questions.append(std::move(q));
        else
            qCWarning(quizLog, "question \"%s\" has no choices and is skipped", qPrintable(q.id));
    }
    m_startedAt = m_clock.now();
    m_shownAt = m_startedAt;
}

const Question& QuizSession::current() const
{
    static const Question none;
    return isFinished() ? none : m_questions.at(m_position);
}

const Question* QuizSession::question(const QString& id) const
{
    for (const Question& q : m_questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

bool QuizSession::isAnswered() const { return !isFinished() && m_outcomes.size() == m_position + 1; }

std::optional<QuizOutcome> QuizSession::answer(const Answer& answer)
{
    if (isFinished() || isAnswered() || finishIfTimeUp())
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
    if (isFinished() || finishIfTimeUp())
        return;
    if (!isAnswered()) {
        // Moving on without answering skips the question: not right, and not an answer.
        QuizOutcome skipped;
        skipped.questionId = current().id;
        skipped.topic = current().topic;
        skipped.grade = grade(current(), Answer {});
        skipped.elapsedMs = m_shownAt.msecsTo(m_clock.now());
        skipped.skipped = true;
        m_outcomes.append(skipped);
    }
    ++m_position;
    m_shownAt = m_clock.now();
    if (isFinished())
        finish();
}

void QuizSession::setTimeLimit(qint64 ms)
{
    m_timeLimitMs = std::max<qint64>(0, ms);
    m_startedAt = m_clock.now();
}

qint64 QuizSession::remainingMs() const
{
    if (m_timeLimitMs <= 0)
        return -1;
    return std::max<qint64>(0, m_timeLimitMs - m_startedAt.msecsTo(m_clock.now()));
}

bool QuizSession::finishIfTimeUp()
{
    if (isFinished() || m_timeLimitMs <= 0 || remainingMs() > 0)
        return false;
    m_timedOut = true;
    markRestNotReached();
    finish();
    return true;
}

void QuizSession::endEarly()
{
    if (isFinished())
        return;
    m_endedEarly = true;
    if (m_mode == QuizMode::Exam)
        markRestNotReached();
    else
        m_position = count();
    finish();
}

void QuizSession::markRestNotReached()
{
    if (isAnswered())
        ++m_position;
    for (; m_position < count(); ++m_position) {
        QuizOutcome o;
        o.questionId = current().id;
        o.topic = current().topic;
        o.grade = grade(current(), Answer {});
        o.notReached = true;
        m_outcomes.append(o);
    }
}

void QuizSession::finish()
{
    m_finishedAt = m_clock.now();
    emit finished(summary());
}

void QuizSession::setFlagged(const QString& questionId, bool flagged)
{
    if (flagged == m_flagged.contains(questionId))
        return;
    if (flagged)
        m_flagged.insert(questionId);
    else
        m_flagged.remove(questionId);
    emit flagChanged(questionId, flagged);
}

QuizSummary QuizSession::summary() const
{
    QuizSummary s;
    s.mode = m_mode;
    // A practice quiz ended early sums up what was answered; an exam always has its length.
    s.total = m_endedEarly && m_mode != QuizMode::Exam ? int(m_outcomes.size()) : count();
    s.answered = int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                                   [](const QuizOutcome& o) { return !o.notReached && !o.skipped; }));
    s.skipped = int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                                  [](const QuizOutcome& o) { return o.skipped; }));
    double scores = 0;
    for (const QuizOutcome& o : m_outcomes) {
        scores += o.grade.score;
        if (o.grade.correct)
            ++s.correct;
        else
            s.missed.append(o);
        auto it = std::find_if(s.topics.begin(), s.topics.end(),
                               [&](const TopicScore& t) { return t.topic == o.topic; });
        if (it == s.topics.end()) {
            s.topics.append({ o.topic, 0, 0 });
            it = s.topics.end() - 1;
        }
        ++it->total;
        if (o.grade.correct)
            ++it->correct;
    }
    for (const Question& q : m_questions) {
        if (m_flagged.contains(q.id))
            s.flagged.append(q.id);
    }
    s.score = s.total > 0 ? scores / s.total : 0;
    s.passed = s.total > 0 && s.correct == s.total && !m_endedEarly;
    s.timedOut = m_timedOut;
    s.endedEarly = m_endedEarly;
    s.durationMs = m_startedAt.msecsTo(m_finishedAt.isValid() ? m_finishedAt : m_clock.now());
    return s;
}

} // namespace demarc
