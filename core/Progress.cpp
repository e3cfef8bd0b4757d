// SPDX-License-Identifier: GPL-3.0-or-later
#include "Progress.h"

#include "core/quiz/TermQuestions.h"

#include <QMap>

#include <algorithm>

namespace demarc {

Result<ProgressInput> readProgressInput(const ContentRepository& content, const LearnerRepository& learner,
                                        const QDate& since)
{
    ProgressInput in;
    auto topics = content.topics();
    if (!topics)
        return Error { topics.errorMessage() };
    auto bank = content.questionOutline(); // where each question belongs; no choices needed
    if (!bank)
        return Error { bank.errorMessage() };
    auto glossary = content.glossary();
    if (!glossary)
        return Error { glossary.errorMessage() };
    auto state = readLearnerState(learner);
    if (!state)
        return Error { state.errorMessage() };
    auto activity = learner.dailyActivity(since);
    if (!activity)
        return Error { activity.errorMessage() };
    auto exams = learner.examRecord();
    if (!exams)
        return Error { exams.errorMessage() };
    in.topics = std::move(*topics);
    in.bank = std::move(*bank);
    in.glossary = std::move(*glossary);
    in.learner = std::move(*state);
    in.activity = std::move(*activity);
    in.exams = *exams;
    return in;
}

ProgressReport buildProgress(const ProgressInput& input, const ReviewScheduler& scheduler, const QDate& today,
                             int dayCount)
{
    ProgressReport r;
    QHash<QString, qsizetype> topicRow;
    for (const Topic& t : input.topics) {
        topicRow.insert(t.id, r.topics.size());
        r.topics.append({ t.id, t.title, 0, 0, 0 });
    }
    QSet<QString> bankIds;
    for (const Question& q : input.bank) {
        bankIds.insert(q.id);
        auto row = topicRow.constFind(q.topic);
        if (row == topicRow.cend()) {
            row = topicRow.insert(q.topic, r.topics.size());
            r.topics.append({ q.topic, q.topic, 0, 0, 0 });
        }
        TopicMastery& m = r.topics[*row];
        ++m.questions;
        ++r.questions;
        const auto stats = input.learner.stats.constFind(q.id);
        if (stats == input.learner.stats.cend())
            continue;
        ++m.answered;
        ++r.answered;
        if (stats->lastCorrect) {
            ++m.mastered;
            ++r.mastered;
        } else {
            ++r.mistakes;
        }
    }
    r.topics.removeIf([](const TopicMastery& m) { return m.questions == 0; });

    for (auto it = input.learner.stats.cbegin(); it != input.learner.stats.cend(); ++it)
        r.attempts += it->attempts;

    QSet<QString> due;
    for (auto it = input.learner.reviews.cbegin(); it != input.learner.reviews.cend(); ++it) {
        if (bankIds.contains(it.key()) && scheduler.isDue(*it))
            due.insert(it.key());
    }
    for (const QString& id : input.learner.flagged) {
        if (bankIds.contains(id))
            due.insert(id);
    }
    r.dueQuestions = int(due.size());
    for (const GlossaryTerm& t : input.glossary) {
        const auto state = input.learner.reviews.constFind(termItemId(t.id));
        if (state == input.learner.reviews.cend())
            ++r.newTerms;
        else if (scheduler.isDue(*state))
            ++r.dueTerms;
    }

    QMap<QDate, DayActivity> byDay;
    for (const DayActivity& d : input.activity)
        byDay.insert(d.day, d);
    for (int i = dayCount - 1; i >= 0; --i) {
        const QDate day = today.addDays(-i);
        r.days.append(byDay.value(day, DayActivity { day, 0, 0 }));
    }
    r.exams = input.exams;
    return r;
}

ErrorHeat ErrorHeat::build(const QList<Question>& bank, const QHash<QString, ItemStats>& stats,
                           const ResponsibilityStack& stack)
{
    ErrorHeat heat;
    for (const Question& q : bank) {
        const auto s = stats.constFind(q.id);
        if (s == stats.cend() || q.layer.isEmpty() || !stack.layer(q.layer))
            continue;
        auto add = [&](CellErrors& e) {
            e.wrong += s->wrong();
            e.attempts += s->attempts;
        };
        add(heat.m_layers[q.layer]);
        QStringList columns;
        if (const Service* service = stack.service(q.service))
            columns = { service->id, service->model };
        else if (!q.model.isEmpty() && stack.selection(q.model))
            columns = { q.model };
        for (const QString& column : std::as_const(columns)) {
            CellErrors& e = heat.m_cells[q.layer][column];
            add(e);
            heat.m_maxWrong = std::max(heat.m_maxWrong, e.wrong);
        }
    }
    return heat;
}

CellErrors ErrorHeat::cell(const QString& layerId, const QString& selectionId) const
{
    return m_cells.value(layerId).value(selectionId);
}

CellErrors ErrorHeat::layer(const QString& layerId) const { return m_layers.value(layerId); }

} // namespace demarc
