// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardExport.h"

#include "CardExportSupport.h"

#include "core/quiz/TermQuestions.h"

#include <QRegularExpression>

namespace demarc {

using namespace cardexport;

namespace {

// ---------------------------------------------------------------------------------------------
// CSV: RFC 4180.

QString csvField(const QString& value)
{
    static const QRegularExpression special(QStringLiteral("[,\"\r\n]"));
    if (!value.contains(special))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

/** The answer in words: the choices picked, or where each item went, in the question's order. */
QString answerText(const Question* q, const Answer& answer, const QHash<QString, const GlossaryTerm*>& terms)
{
    QStringList parts;
    auto name = [&](const QString& id) {
        if (q) {
            for (const Choice& c : q->choices) {
                if (c.id == id)
                    return c.text;
            }
        }
        const GlossaryTerm* t = terms.value(id);
        return t ? t->term : id;
    };
    if (!answer.assigned.isEmpty() && (!q || q->assignsParties())) {
        QStringList ids;
        if (q) {
            for (const Choice& c : q->choices) {
                if (answer.assigned.contains(c.id))
                    ids.append(c.id);
            }
        }
        QStringList rest;
        for (auto it = answer.assigned.cbegin(); it != answer.assigned.cend(); ++it) {
            if (!ids.contains(it.key()))
                rest.append(it.key());
        }
        rest.sort();
        for (const QString& id : ids + rest)
            parts.append(
                QStringLiteral("%1 %2 %3").arg(name(id), Arrow, partyName(answer.assigned.value(id))));
        return parts.join(QLatin1String("; "));
    }
    QStringList ids;
    if (q) {
        for (const Choice& c : q->choices) {
            if (answer.chosen.contains(c.id))
                ids.append(c.id);
        }
    }
    QStringList rest;
    for (const QString& id : answer.chosen) {
        if (!ids.contains(id))
            rest.append(id);
    }
    rest.sort();
    for (const QString& id : ids + rest)
        parts.append(name(id));
    return parts.join(QLatin1String("; "));
}

} // namespace

QString csvRow(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(csvField(f));
    return out.join(u',') + QLatin1String("\r\n");
}

QString attemptsCsv(const QList<Attempt>& attempts, const QList<Question>& questions,
                    const QList<GlossaryTerm>& glossary, const QList<RetiredItem>& retired)
{
    // Answers about items a pack no longer has keep the title those items last had.
    QHash<QString, QString> retiredTitles;
    for (const RetiredItem& r : retired) {
        if (r.kind == RetiredItem::Kind::Question)
            retiredTitles.insert(r.id, r.title);
        else if (r.kind == RetiredItem::Kind::GlossaryTerm)
            retiredTitles.insert(termItemId(r.id), r.title);
    }
    QHash<QString, const Question*> byId;
    for (const Question& q : questions)
        byId.insert(q.id, &q);
    QHash<QString, const GlossaryTerm*> terms;
    for (const GlossaryTerm& t : glossary)
        terms.insert(t.id, &t);

    QString out = csvRow({ QStringLiteral("answered_at"), QStringLiteral("item_id"), QStringLiteral("kind"),
                           QStringLiteral("prompt"), QStringLiteral("topic"), QStringLiteral("mode"),
                           QStringLiteral("answer"), QStringLiteral("correct"), QStringLiteral("score"),
                           QStringLiteral("seconds") });
    for (const Attempt& a : attempts) {
        const QString termId = termIdOfItem(a.questionId);
        const bool isTerm = !termId.isEmpty();
        const Question* q = isTerm ? nullptr : byId.value(a.questionId);
        const GlossaryTerm* term = isTerm ? terms.value(termId) : nullptr;
        QString prompt;
        QString topic;
        if (isTerm) {
            prompt = term ? term->term : QString();
            topic = GlossaryTopic;
        } else if (q) {
            prompt = q->prompt;
            topic = q->topic;
        }
        if (prompt.isEmpty() && retiredTitles.contains(a.questionId))
            prompt = QStringLiteral("(retired) ") + retiredTitles.value(a.questionId);
        out += csvRow({ a.answeredAt.isValid() ? a.answeredAt.toUTC().toString(Qt::ISODate) : QString(),
                        a.questionId, isTerm ? QStringLiteral("term") : QStringLiteral("question"), prompt,
                        topic, quizModeId(a.mode), answerText(q, a.answer, terms),
                        a.correct ? QStringLiteral("yes") : QStringLiteral("no"),
                        QString::number(std::clamp(a.score, 0.0, 1.0), 'f', 2),
                        QString::number(double(std::max<qint64>(a.elapsedMs, 0)) / 1000.0, 'f', 1) });
    }
    return out;
}

} // namespace demarc
