// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QList>
#include <QString>

namespace demarc {

/** The topic id of review cards made from glossary terms. */
inline constexpr QLatin1StringView GlossaryTopic { "glossary" };

/** A topic's title in @p topics; "Glossary" for review cards of glossary terms; else the id itself. */
QString topicTitle(const QList<Topic>& topics, const QString& topicId);

/** The review item of a glossary term: "term:" and its id (pack ids never hold a colon). */
QString termItemId(const QString& termId);
/** The glossary term id of a term item, or an empty string for a question id. */
QString termIdOfItem(const QString& itemId);

/**
 * A review card for a glossary term, asked as a single-answer question: which term does this
 * definition describe? The term and its other spellings are blanked out of the definition;
 * up to three other terms, picked by @p seed, are the wrong choices, each explained by its own
 * definition.
 */
Question termQuestion(const GlossaryTerm& term, const QList<GlossaryTerm>& glossary, quint32 seed);

} // namespace demarc
