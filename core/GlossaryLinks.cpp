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
        const QRegularExpression re(
            QStringLiteral("(?<![\\w-])(?:%1)(?:e?s)?(?![\\w-])").arg(alternatives.join(QLatin1Char('|'))),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QStringList& ids = result[term.id];
        for (const Lesson& lesson : lessons) {
            if (re.match(lesson.title).hasMatch() || re.match(lesson.body).hasMatch())
                ids.append(lesson.id);
        }
    }
    return result;
}

namespace {

QString normalized(const QString& phrase) { return phrase.simplified().toCaseFolded(); }

const QRegularExpression& boldPattern()
{
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"),
                                         QRegularExpression::DotMatchesEverythingOption);
    return bold;
}

} // namespace

const GlossaryTerm* termNamed(const QList<GlossaryTerm>& glossary, const QString& phrase)
{
    const QString wanted = normalized(phrase);
    if (wanted.isEmpty())
        return nullptr;
    // The phrase itself, or the phrase without a plural ending.
    QStringList forms { wanted };
    if (wanted.endsWith(QLatin1Char('s')))
        forms.append(wanted.chopped(1));
    if (wanted.endsWith(QLatin1String("es")))
        forms.append(wanted.chopped(2));
    for (const GlossaryTerm& term : glossary) {
        if (forms.contains(normalized(term.term)))
            return &term;
        for (const QString& alias : term.aliases) {
            if (forms.contains(normalized(alias)))
                return &term;
        }
    }
    return nullptr;
}

QStringList boldPhrases(const QString& markdown)
{
    QStringList phrases;
    for (auto it = boldPattern().globalMatch(markdown); it.hasNext();)
        phrases.append(it.next().captured(1));
    return phrases;
}

QString withTermLinks(const QString& markdown, const QList<GlossaryTerm>& glossary)
{
    QString out;
    qsizetype from = 0;
    for (auto it = boldPattern().globalMatch(markdown); it.hasNext();) {
        const auto m = it.next();
        const bool inLink = m.capturedStart() > 0 && markdown.at(m.capturedStart() - 1) == QLatin1Char('[')
            && QStringView(markdown).mid(m.capturedEnd()).startsWith(QLatin1String("]("));
        const GlossaryTerm* term = inLink ? nullptr : termNamed(glossary, m.captured(1));
        if (!term)
            continue;
        out += QStringView(markdown).mid(from, m.capturedStart() - from);
        out += QStringLiteral("[%1](term:%2)").arg(m.captured(0), term->id);
        from = m.capturedEnd();
    }
    out += QStringView(markdown).mid(from);
    return out;
}

} // namespace demarc
