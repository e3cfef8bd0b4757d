// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "core/Party.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

/** What the card, GIFT and CSV exports share; not a public header. */
namespace demarc::cardexport {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CardExport)
};

inline const QString DeckName = QStringLiteral("Demarc");
inline const QString RightMark = QStringLiteral("✓");
inline const QString WrongMark = QStringLiteral("✗");
inline const QString Arrow = QStringLiteral("→");
inline constexpr Party Parties[] = { Party::Aws, Party::Customer, Party::Shared };

inline QHash<QString, const Topic*> topicsById(const QList<Topic>& topics)
{
    QHash<QString, const Topic*> out;
    for (const Topic& t : topics)
        out.insert(t.id, &t);
    return out;
}

/** Topic ids in the order of @p topics, then any other the questions name, as they come. */
inline QStringList topicOrder(const QList<Question>& questions, const QList<Topic>& topics)
{
    QStringList order;
    for (const Topic& t : topics) {
        if (!order.contains(t.id))
            order.append(t.id);
    }
    for (const Question& q : questions) {
        if (!order.contains(q.topic))
            order.append(q.topic);
    }
    return order;
}

} // namespace demarc::cardexport
