// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlLearnerRepository.h"

#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace demarc {

namespace {

QString answerJson(const Answer& a)
{
    QJsonObject o;
    QStringList chosen(a.chosen.cbegin(), a.chosen.cend());
    chosen.sort();
    o.insert(QStringLiteral("chosen"), QJsonArray::fromStringList(chosen));
    QJsonObject assigned;
    for (auto it = a.assigned.cbegin(); it != a.assigned.cend(); ++it)
        assigned.insert(it.key(), partyId(it.value()));
    o.insert(QStringLiteral("assigned"), assigned);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString timestamp(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

} // namespace

SqlLearnerRepository::SqlLearnerRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Status SqlLearnerRepository::recordAttempt(const Attempt& attempt, const ReviewState& next)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto inserted = sql::run(m_db, QStringLiteral(
        "INSERT INTO attempts (question_id, answered_at, mode, answer, score, correct, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { attempt.questionId, timestamp(attempt.answeredAt), quizModeId(attempt.mode), answerJson(attempt.answer),
          attempt.score, attempt.correct ? 1 : 0, attempt.elapsedMs });
    if (!inserted)
        return Error { inserted.errorMessage() };
    auto scheduled = sql::run(m_db, QStringLiteral(
        "INSERT INTO schedule (item_kind, item_id, due_at, interval_days, ease, repetitions, lapses) "
        "VALUES ('question', ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (item_kind, item_id) DO UPDATE SET due_at = excluded.due_at, interval_days = excluded.interval_days, "
        "ease = excluded.ease, repetitions = excluded.repetitions, lapses = excluded.lapses"),
        { attempt.questionId, timestamp(next.due), next.intervalDays, next.ease, next.repetitions, next.lapses });
    if (!scheduled)
        return Error { scheduled.errorMessage() };
    return transaction.commit();
}

Result<QHash<QString, bool>> SqlLearnerRepository::lastAnswerCorrect() const
{
    // The newest attempt per question: the highest rowid, since rows are only ever appended.
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT question_id, correct FROM attempts WHERE id IN (SELECT max(id) FROM attempts GROUP BY question_id)"));
    if (!q)
        return Error { q.errorMessage() };
    QHash<QString, bool> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toBool());
    return out;
}

Result<QHash<QString, ReviewState>> SqlLearnerRepository::reviewStates() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT item_id, due_at, interval_days, ease, repetitions, lapses FROM schedule WHERE item_kind = 'question'"));
    if (!q)
        return Error { q.errorMessage() };
    QHash<QString, ReviewState> out;
    while (q->next()) {
        ReviewState s;
        s.due = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        s.intervalDays = q->value(2).toDouble();
        s.ease = q->value(3).toDouble();
        s.repetitions = q->value(4).toInt();
        s.lapses = q->value(5).toInt();
        out.insert(q->value(0).toString(), s);
    }
    return out;
}

Result<int> SqlLearnerRepository::attemptCount() const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM attempts"));
    if (!v)
        return Error { v.errorMessage() };
    return v->toInt();
}

} // namespace demarc
