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

/**
 * The glossary term that @p phrase names: the term or one of its aliases, or their plural,
 * ignoring case and runs of white space. nullptr when no term has that name.
 */
const GlossaryTerm* termNamed(const QList<GlossaryTerm>& glossary, const QString& phrase);

/** The phrases @p markdown sets in bold ("**phrase**"), in order. */
QStringList boldPhrases(const QString& markdown);

/**
 * @p markdown with each bold phrase that names a glossary term made a link to it
 * ("**security group**" becomes "[**security group**](term:security-group)"), so that a reader
 * can open the definition of a key term where a lesson introduces it. Bold text already inside
 * a link, and bold text that names no term, stays as it is.
 */
QString withTermLinks(const QString& markdown, const QList<GlossaryTerm>& glossary);

} // namespace demarc
