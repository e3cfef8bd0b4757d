// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlossaryLinks.h"

#include <QRegularExpression>

namespace demarc {

QHash<QString, QStringList> lessonsUsingTerms(const QList<GlossaryTerm>& glossary,
                                               const QList<Lesson>& lessons)
{
    QHash<QString, QStringList> result;
    for (const GlossaryTerm& term : glossary) {
        QStringList phrases { term.term };
        phrases += term.aliases;
        QStringList alternatives;
        for (const QString& phrase : std::as_const(phrases)) {
            // Spaces in a phrase match any run of white space (bodies wrap lines).
            QString pattern = QRegularExpression::escape(phrase.simplified());
            pattern.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
            alternatives.append(pattern);
        }
        // A plural ("security groups", "AZs") uses the term too.
        const QRegularExpression re(QStringLiteral("(?<![\\w-])(?:%1)(?:e?s)?(?![\\w-])").arg(alternatives.join(QLatin1Char('|'))),
                                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QStringList& ids = result[term.id];
        for (const Lesson& lesson : lessons) {
            if (re.match(lesson.title).hasMatch() || re.match(lesson.body).hasMatch())
                ids.append(lesson.id);
        }
    }
    return result;
}

} // namespace demarc
