// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizController.h"

#include "TermQuestions.h"

#include <QRandomGenerator>

#include <algorithm>

namespace demarc {

QuizController::QuizController(const ContentRepository& content, LearnerRepository& learner,
                               const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_content(content)
    , m_learner(learner)
    , m_clock(clock)
    , m_recorder(learner, clock)
{
    m_lastOptions.mode = QuizMode::Mistakes;
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &QuizController::tick);
}

QuizController::~QuizController() = default;

Status QuizController::reload()
{
    auto bank = m_content.questions();
    if (!bank)
        return Error { bank.errorMessage() };
    auto topics = m_content.topics();
    if (!topics)
        return Error { topics.errorMessage() };
    auto glossary = m_content.glossary();
    if (!glossary)
        return Error { glossary.errorMessage() };
    auto sources = m_content.sources();
    if (!sources)
        return Error { sources.errorMessage() };
    m_bank = std::move(*bank);
    m_topics = std::move(*topics);
    m_glossary = std::move(*glossary);
    m_sources = std::move(*sources);
    return refreshLearnerState();
}

Status QuizController::refreshLearnerState()
{
    auto state = readLearnerState(m_learner);
    if (!state)
        return Error { state.errorMessage() };
    m_state = std::move(*state);
    m_recorder.load(m_state.reviews); // read once for both
    return {};
}

QList<TopicChoice> QuizController::topicChoices() const
{
    QList<TopicChoice> choices;
    for (const Topic& t : m_topics) {
        const auto n =
            std::count_if(m_bank.cbegin(), m_bank.cend(), [&](const Question& q) { return q.topic == t.id; });
        if (n > 0)
            choices.append({ t.id, t.title, int(n) });
    }
    return choices;
}

int QuizController::mistakeCount() const
{
    QuizOptions o;
    o.mode = QuizMode::Mistakes;
    return int(selectQuestions(o, m_bank, {}, m_state, m_recorder.scheduler()).size());
}

ReviewCount QuizController::dueForReview() const
{
    return countReview(m_bank, m_glossary, m_state, m_recorder.scheduler());
}

QString QuizController::topicTitle(const QString& topicId) const
{
    return demarc::topicTitle(m_topics, topicId);
}

QList<TopicScore> QuizController::inCourseOrder(QList<TopicScore> scores) const
{
    auto rank = [this](const QString& id) {
        const auto it =
            std::find_if(m_topics.cbegin(), m_topics.cend(), [&](const Topic& t) { return t.id == id; });
        return it - m_topics.cbegin();
    };
    std::stable_sort(scores.begin(), scores.end(),
                     [&](const TopicScore& a, const TopicScore& b) { return rank(a.topic) < rank(b.topic); });
    return scores;
}

bool QuizController::start(const QuizOptions& options, qint64 timeLimitMs)
{
    m_lastOptions = options;
    m_lastTimeLimitMs = timeLimitMs;
    return begin(options.mode, selectQuestions(options, m_bank, m_glossary, m_state, m_recorder.scheduler()),
                 timeLimitMs);
}

bool QuizController::startWith(const QStringList& questionIds, QuizMode mode)
{
    QList<Question> questions;
    for (const QString& id : questionIds) {
        const auto it =
            std::find_if(m_bank.cbegin(), m_bank.cend(), [&](const Question& q) { return q.id == id; });
        if (it != m_bank.cend()) {
            questions.append(*it);
        } else if (const QString term = termIdOfItem(id); !term.isEmpty()) {
            for (const GlossaryTerm& t : std::as_const(m_glossary)) {
                if (t.id == term)
                    questions.append(termQuestion(t, m_glossary, QRandomGenerator::global()->generate()));
            }
        }
    }
    return begin(mode, questions, 0);
}

bool QuizController::startAgain()
{
    if (!canStartAgain())
        return false;
    QuizOptions o = m_lastOptions;
    o.seed = QRandomGenerator::global()->generate();
    return start(o, m_lastTimeLimitMs);
}

bool QuizController::retryMissed() { return startWith(m_missed, QuizMode::Mistakes); }

bool QuizController::canStartAgain() const
{
    return m_lastOptions.mode == QuizMode::Exam || m_lastOptions.mode == QuizMode::Practice;
}

void QuizController::close()
{
    m_timer.stop();
    m_session.reset();
}

bool QuizController::begin(QuizMode mode, QList<Question> questions, qint64 timeLimitMs)
{
    if (questions.isEmpty())
        return false;
    auto session = std::make_unique<QuizSession>(mode, std::move(questions), m_clock);
    if (session->count() == 0)
        return false;
    m_session = std::move(session);
    m_session->restoreFlags(m_state.flagged);
    if (timeLimitMs > 0) {
        m_session->setTimeLimit(timeLimitMs);
        m_timer.start();
    } else {
        m_timer.stop();
    }
    connect(m_session.get(), &QuizSession::finished, this, &QuizController::onFinished);
    connect(m_session.get(), &QuizSession::flagChanged, this, &QuizController::onFlagChanged);
    m_lastQuestionId = m_session->current().id;
    emit started();
    emit questionShown(m_session->current());
    return true;
}

std::optional<QuizOutcome> QuizController::check(const Answer& answer)
{
    if (!isRunning() || m_session->isAnswered())
        return std::nullopt;
    const auto outcome = m_session->answer(answer);
    if (!outcome)
        return std::nullopt; // the time ran out: finished() has been emitted
    // The answer is committed before anything about it is shown.
    if (saved(m_recorder.record(m_session->mode(), *outcome))) {
        // Keep the totals the start page counts in step with what was just saved.
        ItemStats& st = m_state.stats[outcome->questionId];
        ++st.attempts;
        st.correct += outcome->grade.correct ? 1 : 0;
        st.lastCorrect = outcome->grade.correct;
        st.lastAnsweredAt = m_clock.now();
        st.lastAnswer = outcome->answer;
        emit learnerDataChanged();
    }
    if (m_session->showsFeedbackAtOnce())
        emit feedbackReady(*outcome);
    else
        next();
    return outcome;
}

void QuizController::next()
{
    if (!isRunning())
        return;
    m_session->next();
    if (!m_session->isFinished()) {
        m_lastQuestionId = m_session->current().id;
        emit questionShown(m_session->current());
    }
}

void QuizController::endEarly()
{
    if (isRunning())
        m_session->endEarly(); // the session sums up and emits finished()
}

void QuizController::toggleFlag()
{
    if (!isRunning())
        return;
    const QString id = m_session->current().id;
    m_session->setFlagged(id, !m_session->isFlagged(id));
}

void QuizController::onFinished(const QuizSummary& summary)
{
    m_timer.stop();
    m_missed.clear();
    for (const QuizOutcome& o : summary.missed) {
        if (m_session->question(o.questionId))
            m_missed.append(o.questionId);
    }
    if (saved(m_recorder.finish(summary)))
        emit learnerDataChanged();
    emit finished(summary);
}

void QuizController::onFlagChanged(const QString& id, bool flagged)
{
    if (saved(m_learner.setFlagged(id, flagged))) {
        if (flagged)
            m_state.flagged.insert(id);
        else
            m_state.flagged.remove(id);
        emit learnerDataChanged();
    }
    emit flagChanged(id, flagged);
}

void QuizController::tick()
{
    if (m_session && !m_session->finishIfTimeUp())
        emit timeLeftChanged(m_session->remainingMs());
}

bool QuizController::saved(const Status& status)
{
    if (!status)
        emit saveFailed(status.errorMessage());
    return status.ok();
}

} // namespace demarc
