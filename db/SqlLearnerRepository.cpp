// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlLearnerRepository.h"

#include "Sql.h"
#include "SqlReader.h"
#include "core/quiz/TermQuestions.h"

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

/**
 * Reads an answer kept as answerJson() writes it ({"assigned":{"a":"aws"},"chosen":["b"]}, either
 * member first, no spaces, no escapes) without a JSON parser: the learner's totals hold one per
 * question, thousands of them. std::nullopt for anything else, which the JSON parser then reads.
 */
std::optional<Answer> quickAnswer(QStringView json)
{
    qsizetype at = 0;
    const auto take = [&](QChar c) {
        if (at >= json.size() || json.at(at) != c)
            return false;
        ++at;
        return true;
    };
    const auto string = [&]() -> std::optional<QStringView> {
        if (!take(u'"'))
            return std::nullopt;
        const qsizetype start = at;
        while (at < json.size() && json.at(at) != u'"') {
            if (json.at(at) == u'\\')
                return std::nullopt;
            ++at;
        }
        if (!take(u'"'))
            return std::nullopt;
        return json.sliced(start, at - start - 1);
    };
    Answer a;
    if (!take(u'{'))
        return std::nullopt;
    for (bool first = true; !take(u'}'); first = false) {
        if (!first && !take(u','))
            return std::nullopt;
        const auto name = string();
        if (!name || !take(u':'))
            return std::nullopt;
        const bool chosen = *name == u"chosen";
        if (!chosen && *name != u"assigned")
            return std::nullopt;
        if (!take(chosen ? u'[' : u'{'))
            return std::nullopt;
        for (bool firstItem = true; !take(chosen ? u']' : u'}'); firstItem = false) {
            if (!firstItem && !take(u','))
                return std::nullopt;
            const auto item = string();
            if (!item)
                return std::nullopt;
            if (chosen) {
                a.chosen.insert(item->toString());
                continue;
            }
            const auto party = take(u':') ? string() : std::nullopt;
            if (!party)
                return std::nullopt;
            if (const auto p = partyFromId(party->toString()))
                a.assigned.insert(item->toString(), *p);
        }
    }
    if (at != json.size())
        return std::nullopt;
    return a;
}

Answer answerFromJson(const QString& json)
{
    if (std::optional<Answer> quick = quickAnswer(json))
        return std::move(*quick);
    Answer a;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue& v : o.value(QLatin1String("chosen")).toArray())
        a.chosen.insert(v.toString());
    const QJsonObject assigned = o.value(QLatin1String("assigned")).toObject();
    for (auto it = assigned.begin(); it != assigned.end(); ++it) {
        if (const auto party = partyFromId(it.value().toString()))
            a.assigned.insert(it.key(), *party);
    }
    return a;
}

QString timestamp(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
/**
 * A time as timestamp() writes it, "2026-01-31T08:05:09.123Z", read digit by digit (thousands
 * are read at once: QDateTime::fromString took a third of reading the learner's totals); any
 * other form through QDateTime::fromString.
 */
QDateTime fromTimestamp(const QString& text)
{
    static constexpr char Form[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() != qsizetype(sizeof(Form) - 1))
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (Form[i] == 'd' ? c < u'0' || c > u'9' : c != char16_t(Form[i]))
            return QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    const auto number = [&](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime fromTimestamp(const QVariant& v) { return fromTimestamp(v.toString()); }

/** The schedule's (kind, id) for a review item. */
std::pair<QString, QString> scheduleKey(const QString& itemId)
{
    const QString term = termIdOfItem(itemId);
    return term.isEmpty() ? std::pair { QStringLiteral("question"), itemId }
                          : std::pair { QStringLiteral("term"), term };
}

ExamResult examFromRow(const QSqlQuery& q)
{
    ExamResult r;
    r.finishedAt = fromTimestamp(q.value(0));
    r.questions = q.value(1).toInt();
    r.correct = q.value(2).toInt();
    r.score = q.value(3).toDouble();
    r.passed = q.value(4).toBool();
    r.durationMs = q.value(5).toLongLong();
    return r;
}

} // namespace

SqlLearnerRepository::SqlLearnerRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Status SqlLearnerRepository::recordAttempt(const Attempt& attempt, const ReviewState& next)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const QString at = timestamp(attempt.answeredAt);
    const QString answer = answerJson(attempt.answer);
    const int correct = attempt.correct ? 1 : 0;
    auto inserted = sql::run(m_db,
                             QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, answer, "
                                            "score, correct, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             { attempt.questionId, at, quizModeId(attempt.mode), answer, attempt.score,
                               correct, attempt.elapsedMs });
    if (!inserted)
        return Error { inserted.errorMessage() };
    auto totals = sql::run(m_db,
                           QStringLiteral("INSERT INTO item_stats (item_id, attempts, correct, last_correct, "
                                          "last_answered_at, last_answer) "
                                          "VALUES (?, 1, ?, ?, ?, ?) "
                                          "ON CONFLICT (item_id) DO UPDATE SET attempts = attempts + 1, "
                                          "correct = correct + excluded.correct, "
                                          "last_correct = excluded.last_correct, last_answered_at = "
                                          "excluded.last_answered_at, last_answer = excluded.last_answer"),
                           { attempt.questionId, correct, correct, at, answer });
    if (!totals)
        return Error { totals.errorMessage() };
    auto daily = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO daily_activity (day, attempts, correct) VALUES (?, 1, ?) "
            "ON CONFLICT (day) DO UPDATE SET attempts = attempts + 1, correct = correct + excluded.correct"),
        { attempt.answeredAt.toLocalTime().date().toString(Qt::ISODate), correct });
    if (!daily)
        return Error { daily.errorMessage() };
    const auto [kind, id] = scheduleKey(attempt.questionId);
    auto scheduled = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO schedule (item_kind, item_id, due_at, interval_days, ease, repetitions, lapses) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (item_kind, item_id) DO UPDATE SET due_at = excluded.due_at, interval_days = "
            "excluded.interval_days, "
            "ease = excluded.ease, repetitions = excluded.repetitions, lapses = excluded.lapses"),
        { kind, id, timestamp(next.due), next.intervalDays, next.ease, next.repetitions, next.lapses });
    if (!scheduled)
        return Error { scheduled.errorMessage() };
    return transaction.commit();
}

Result<QHash<QString, ItemStats>> SqlLearnerRepository::itemStats() const
{
    auto q = sql::Reader::prepare(
        m_db,
        QStringLiteral("SELECT item_id, attempts, correct, last_correct, last_answered_at, "
                       "last_answer FROM item_stats"));
    if (!q)
        return Error { q.errorMessage() };
    QHash<QString, ItemStats> out;
    const Status read = q->forEach([&](const sql::Reader& r) {
        ItemStats s;
        s.attempts = int(r.integer(1));
        s.correct = int(r.integer(2));
        s.lastCorrect = r.integer(3) != 0;
        s.lastAnsweredAt = fromTimestamp(r.text(4));
        s.lastAnswer = answerFromJson(r.text(5));
        out.insert(r.text(0), s);
    });
    if (!read)
        return Error { read.errorMessage() };
    return out;
}

Result<QList<DayActivity>> SqlLearnerRepository::dailyActivity(const QDate& since) const
{
    return sql::rows(
        m_db, QStringLiteral("SELECT day, attempts, correct FROM daily_activity WHERE day >= ? ORDER BY day"),
        [](const QSqlQuery& r) {
            return DayActivity { QDate::fromString(r.value(0).toString(), Qt::ISODate), r.value(1).toInt(),
                                 r.value(2).toInt() };
        },
        { since.toString(Qt::ISODate) });
}

Result<QHash<QString, ReviewState>> SqlLearnerRepository::reviewStates() const
{
    auto q = sql::Reader::prepare(
        m_db,
        QStringLiteral(
            "SELECT item_kind, item_id, due_at, interval_days, ease, repetitions, lapses FROM schedule "
            "WHERE item_kind IN ('question', 'term')"));
    if (!q)
        return Error { q.errorMessage() };
    QHash<QString, ReviewState> out;
    const Status read = q->forEach([&](const sql::Reader& r) {
        ReviewState s;
        s.due = fromTimestamp(r.text(2));
        s.intervalDays = r.real(3);
        s.ease = r.real(4);
        s.repetitions = int(r.integer(5));
        s.lapses = int(r.integer(6));
        const QString id = r.text(1);
        out.insert(r.text(0) == QLatin1String("term") ? termItemId(id) : id, s);
    });
    if (!read)
        return Error { read.errorMessage() };
    return out;
}

Status SqlLearnerRepository::recordExam(const ExamResult& r)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto inserted = sql::run(
        m_db,
        QStringLiteral("INSERT INTO exam_results (finished_at, questions, correct, score, passed, "
                       "duration_ms) VALUES (?, ?, ?, ?, ?, ?)"),
        { timestamp(r.finishedAt), r.questions, r.correct, r.score, r.passed ? 1 : 0, r.durationMs });
    if (!inserted)
        return Error { inserted.errorMessage() };
    return transaction.commit();
}

Result<ExamRecord> SqlLearnerRepository::examRecord() const
{
    ExamRecord record;
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM exam_results"));
    if (!count)
        return Error { count.errorMessage() };
    record.taken = count->toInt();
    if (record.taken == 0)
        return record;
    auto best =
        sql::run(m_db,
                 QStringLiteral(
                     "SELECT finished_at, questions, correct, score, passed, duration_ms FROM exam_results "
                     "ORDER BY CAST(correct AS REAL) / questions DESC, questions DESC, finished_at LIMIT 1"));
    if (!best)
        return Error { best.errorMessage() };
    if (best->next())
        record.best = examFromRow(*best);
    auto passed = sql::scalar(
        m_db, QStringLiteral("SELECT ifnull(min(finished_at), '') FROM exam_results WHERE passed = 1"));
    if (!passed)
        return Error { passed.errorMessage() };
    record.firstPassedAt = fromTimestamp(*passed);
    return record;
}

Result<int> SqlLearnerRepository::attemptCount() const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM attempts"));
    if (!v)
        return Error { v.errorMessage() };
    return v->toInt();
}

Result<QList<Attempt>> SqlLearnerRepository::attempts() const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT question_id, mode, answered_at, answer, score, correct, "
                                     "elapsed_ms FROM attempts ORDER BY id"));
    if (!q)
        return Error { q.errorMessage() };
    QList<Attempt> out;
    while (q->next()) {
        Attempt a;
        a.questionId = q->value(0).toString();
        a.mode = quizModeFromId(q->value(1).toString()).value_or(QuizMode::Practice);
        a.answeredAt = fromTimestamp(q->value(2));
        a.answer = answerFromJson(q->value(3).toString());
        a.score = q->value(4).toDouble();
        a.correct = q->value(5).toBool();
        a.elapsedMs = q->value(6).toLongLong();
        out.append(a);
    }
    return out;
}

namespace {

std::optional<NoteTarget> targetFromRow(const sql::Reader& r, int column)
{
    const auto kind = noteTargetKindFromId(r.text(column));
    if (!kind)
        return std::nullopt;
    return NoteTarget { *kind, r.text(column + 1) };
}

Note noteFromRow(const sql::Reader& r, const NoteTarget& target)
{
    // Read back as it would be saved: a body written by other means (an older version, another
    // tool) brings no control characters into the views and exports.
    return Note { target, normalizedNoteBody(r.text(2)), fromTimestamp(r.text(3)), fromTimestamp(r.text(4)) };
}

/** Every row of @p r, each made by @p read (std::nullopt: skipped), in order. */
template<typename Row, typename Read> Result<QList<Row>> collect(sql::Reader& r, const Read& read)
{
    QList<Row> out;
    const Status s = r.forEach([&](const sql::Reader& row) {
        if (std::optional<Row> made = read(row))
            out.append(std::move(*made));
    });
    if (!s)
        return Error { s.errorMessage() };
    return out;
}

} // namespace

Result<QList<Note>> SqlLearnerRepository::notes() const
{
    auto q = sql::Reader::prepare(
        m_db,
        QStringLiteral("SELECT target_kind, target_id, body, created_at, updated_at FROM "
                       "notes ORDER BY updated_at DESC, id DESC"));
    if (!q)
        return Error { q.errorMessage() };
    return collect<Note>(*q, [](const sql::Reader& r) -> std::optional<Note> {
        const auto target = targetFromRow(r, 0);
        return target ? std::optional<Note>(noteFromRow(r, *target)) : std::nullopt;
    });
}

Result<std::optional<Note>> SqlLearnerRepository::note(const NoteTarget& target) const
{
    auto q = sql::Reader::prepare(
        m_db,
        QStringLiteral("SELECT target_kind, target_id, body, created_at, updated_at FROM "
                       "notes WHERE target_kind = ? AND target_id = ?"),
        { noteTargetKindId(target.kind), target.id });
    if (!q)
        return Error { q.errorMessage() };
    const Result<bool> row = q->next();
    if (!row)
        return Error { row.errorMessage() };
    if (!*row)
        return std::optional<Note> {};
    return std::optional<Note> { noteFromRow(*q, target) };
}

Status SqlLearnerRepository::saveNote(const NoteTarget& target, const QString& body)
{
    if (!target.isValid())
        return Error { QStringLiteral("a note needs something to be attached to") };
    const QString text = normalizedNoteBody(body);
    if (text.size() > MaximumNoteLength)
        return Error { QStringLiteral("the note is too long to save (%1 characters; at most %2)")
                           .arg(text.size())
                           .arg(MaximumNoteLength) };
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const QString kind = noteTargetKindId(target.kind);
    auto changed = text.isEmpty()
        ? sql::run(m_db, QStringLiteral("DELETE FROM notes WHERE target_kind = ? AND target_id = ?"),
                   { kind, target.id })
        : sql::run(m_db,
                   QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (target_kind, target_id) DO UPDATE SET body = excluded.body, "
                                  "updated_at = excluded.updated_at "
                                  "WHERE body <> excluded.body"),
                   { kind, target.id, text, timestamp(QDateTime::currentDateTimeUtc()),
                     timestamp(QDateTime::currentDateTimeUtc()) });
    if (!changed)
        return Error { changed.errorMessage() };
    return transaction.commit();
}

Result<QList<Bookmark>> SqlLearnerRepository::bookmarks() const
{
    auto q = sql::Reader::prepare(
        m_db,
        QStringLiteral(
            "SELECT target_kind, target_id, created_at FROM bookmarks ORDER BY created_at DESC, rowid DESC"));
    if (!q)
        return Error { q.errorMessage() };
    return collect<Bookmark>(*q, [](const sql::Reader& r) -> std::optional<Bookmark> {
        const auto target = targetFromRow(r, 0);
        return target ? std::optional<Bookmark>(Bookmark { *target, fromTimestamp(r.text(2)) })
                      : std::nullopt;
    });
}

Result<QSet<QString>> SqlLearnerRepository::flaggedQuestions() const
{
    auto q =
        sql::Reader::prepare(m_db, QStringLiteral("SELECT target_id FROM bookmarks WHERE target_kind = ?"),
                             { noteTargetKindId(NoteTargetKind::Question) });
    if (!q)
        return Error { q.errorMessage() };
    QSet<QString> out;
    if (const Status s = q->forEach([&](const sql::Reader& r) { out.insert(r.text(0)); }); !s)
        return Error { s.errorMessage() };
    return out;
}

Result<bool> SqlLearnerRepository::isBookmarked(const NoteTarget& target) const
{
    auto marked = sql::scalar(
        m_db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM bookmarks WHERE target_kind = ? AND target_id = ?)"),
        { noteTargetKindId(target.kind), target.id });
    if (!marked)
        return Error { marked.errorMessage() };
    return marked->toBool();
}

Status SqlLearnerRepository::setBookmarked(const NoteTarget& target, bool bookmarked)
{
    if (!target.isValid())
        return Error { QStringLiteral("a bookmark needs something to point at") };
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const QString kind = noteTargetKindId(target.kind);
    auto changed = bookmarked
        ? sql::run(
            m_db,
            QStringLiteral("INSERT INTO bookmarks (target_kind, target_id, created_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (target_kind, target_id) DO NOTHING"),
            { kind, target.id, timestamp(QDateTime::currentDateTimeUtc()) })
        : sql::run(m_db, QStringLiteral("DELETE FROM bookmarks WHERE target_kind = ? AND target_id = ?"),
                   { kind, target.id });
    if (!changed)
        return Error { changed.errorMessage() };
    return transaction.commit();
}

Result<QStringList> SqlLearnerRepository::presenterDeck() const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT item FROM presenter_deck ORDER BY position"));
    if (!q)
        return Error { q.errorMessage() };
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Status SqlLearnerRepository::savePresenterDeck(const QStringList& items)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (auto cleared = sql::run(m_db, QStringLiteral("DELETE FROM presenter_deck")); !cleared)
        return Error { cleared.errorMessage() };
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto added =
            sql::run(m_db, QStringLiteral("INSERT INTO presenter_deck (position, item) VALUES (?, ?)"),
                     { qlonglong(i), items.at(i) });
        if (!added)
            return Error { added.errorMessage() };
    }
    return transaction.commit();
}

Result<QSet<QString>> SqlLearnerRepository::lessonsRead() const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT lesson_id FROM lessons_read"));
    if (!q)
        return Error { q.errorMessage() };
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

Status SqlLearnerRepository::markLessonRead(const QString& lessonId, const QDateTime& at)
{
    auto added = sql::run(m_db,
                          QStringLiteral("INSERT INTO lessons_read (lesson_id, read_at) VALUES (?, ?) "
                                         "ON CONFLICT (lesson_id) DO NOTHING"),
                          { lessonId, at.toSecsSinceEpoch() });
    if (!added)
        return Error { added.errorMessage() };
    return {};
}

} // namespace demarc
