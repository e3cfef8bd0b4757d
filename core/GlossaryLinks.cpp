// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlossaryLinks.h"

#include <QRegularExpression>

#include <utility>
#include <vector>

namespace demarc {

namespace {

/** A word of a text: a run of letters, digits, '_' and '-', case-folded. */
struct Word
{
    QString text;
    /** Whether only white space stands between it and the word before (a phrase may span it). */
    bool afterSpace = false;
};

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-' || c.isMark(); }

QList<Word> wordsOf(const QString& text)
{
    QList<Word> words;
    bool onlySpace = false;
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordChar(text.at(i))) {
            onlySpace = onlySpace && text.at(i).isSpace();
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        words.append({ text.mid(i, end - i).toCaseFolded(), onlySpace });
        onlySpace = true;
        i = end;
    }
    return words;
}

/** Every lesson's words, and where each word stands (lesson, position), for looking phrases up. */
struct WordIndex
{
    QList<QList<Word>> lessons;
    QHash<QString, QList<std::pair<qsizetype, qsizetype>>> at;
};

/**
 * Marks in @p hit the lessons where @p phrase (its case-folded words) stands; its last word may
 * take a plural.
 */
void markLessons(const WordIndex& index, const QStringList& phrase, std::vector<char>& hit)
{
    const QString& last = phrase.last();
    const QString plurals[] = { last + u's', last + QLatin1String("es") };
    auto lastMatches = [&](const QString& w) { return w == last || w == plurals[0] || w == plurals[1]; };
    QStringList firsts { phrase.first() };
    if (phrase.size() == 1)
        firsts += { plurals[0], plurals[1] };
    for (const QString& first : std::as_const(firsts)) {
        const auto found = index.at.constFind(first);
        if (found == index.at.cend())
            continue;
        for (const auto& [lesson, start] : *found) {
            if (hit[std::size_t(lesson)])
                continue;
            const QList<Word>& words = index.lessons.at(lesson);
            qsizetype k = 1;
            for (; k < phrase.size(); ++k) {
                const qsizetype i = start + k;
                if (i >= words.size() || !words.at(i).afterSpace)
                    break;
                const QString& w = words.at(i).text;
                if (k + 1 < phrase.size() ? w != phrase.at(k) : !lastMatches(w))
                    break;
            }
            hit[std::size_t(lesson)] = k == phrase.size();
        }
    }
}

/** A term's phrases as word lists; empty when one holds more than words and spaces (matched by pattern). */
QList<QStringList> phrasesOf(const GlossaryTerm& term)
{
    QList<QStringList> out;
    for (const QString& phrase : QStringList { term.term } + term.aliases) {
        const QString simple = phrase.simplified();
        if (std::any_of(simple.cbegin(), simple.cend(), [](QChar c) { return !isWordChar(c) && c != u' '; }))
            return {};
        out.append(simple.toCaseFolded().split(u' ', Qt::SkipEmptyParts));
    }
    return out;
}

/** The pattern for a term whose phrases hold punctuation: spaces match any white space, plurals too. */
QRegularExpression patternOf(const GlossaryTerm& term)
{
    QStringList alternatives;
    for (const QString& phrase : QStringList { term.term } + term.aliases) {
        // Spaces in a phrase match any run of white space (bodies wrap lines).
        QString pattern = QRegularExpression::escape(phrase.simplified());
        pattern.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
        alternatives.append(pattern);
    }
    // A plural ("security groups", "AZs") uses the term too.
    return QRegularExpression(
        QStringLiteral("(?<![\\w-])(?:%1)(?:e?s)?(?![\\w-])").arg(alternatives.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

QHash<QString, QStringList> lessonsUsingTerms(const QList<GlossaryTerm>& glossary,
                                              const QList<Lesson>& lessons)
{
    // Every lesson is read into words once; a term's phrases are looked up by their first word.
    WordIndex index;
    index.lessons.reserve(lessons.size());
    for (qsizetype n = 0; n < lessons.size(); ++n) {
        QList<Word>& words = index.lessons.emplace_back(wordsOf(lessons.at(n).title));
        // The title and the body are two texts: no phrase runs from one into the other.
        words.append({ QString(), false });
        words += wordsOf(lessons.at(n).body);
        for (qsizetype i = 0; i < words.size(); ++i)
            index.at[words.at(i).text].append({ n, i });
    }
    QHash<QString, QStringList> result;
    for (const GlossaryTerm& term : glossary) {
        QStringList& ids = result[term.id];
        std::vector<char> hit(std::size_t(lessons.size()), 0);
        const QList<QStringList> phrases = phrasesOf(term);
        if (phrases.isEmpty()) {
            const QRegularExpression re = patternOf(term);
            for (qsizetype n = 0; n < lessons.size(); ++n)
                hit[std::size_t(n)] =
                    re.match(lessons.at(n).title).hasMatch() || re.match(lessons.at(n).body).hasMatch();
        }
        for (const QStringList& phrase : phrases)
            markLessons(index, phrase, hit);
        for (qsizetype n = 0; n < lessons.size(); ++n) {
            if (hit[std::size_t(n)])
                ids.append(lessons.at(n).id);
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
