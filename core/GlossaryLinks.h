// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace demarc {

/**
 * Which lessons use which glossary terms: a lesson uses a term when its title or body
 * contains the term or one of its aliases (or their plural) as a whole phrase, ignoring case.
 * Returns lesson ids per term id, in the lessons' order.
 */
QHash<QString, QStringList> lessonsUsingTerms(const QList<GlossaryTerm>& glossary,
                                               const QList<Lesson>& lessons);

} // namespace demarc
