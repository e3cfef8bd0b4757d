// SPDX-License-Identifier: GPL-3.0-or-later
#include "TermQuestions.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace demarc {

namespace {

const QLatin1StringView TermPrefix { "term:" };
constexpr qsizetype WrongChoices = 3;
const QString Blank = QStringLiteral("_____");

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TermQuestions)
};

/** The definition with the term and its other spellings blanked out, longest spelling first. */
QString blanked(const GlossaryTerm& term)
{
    QStringList spellings = term.aliases;
    spellings.prepend(term.term);
    std::sort(spellings.begin(), spellings.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QString text = term.definition;
    for (const QString& s : std::as_const(spellings)) {
        if (s.trimmed().isEmpty())
            continue;
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(s)),
                                      QRegularExpression::CaseInsensitiveOption);
        text.replace(word, Blank);
    }
    return text;
}

/** The words that carry a text's meaning, each cut to a short stem: "Zones" and "zone" meet. */
QSet<QString> stems(const QString& text)
{
    static const QSet<QString> common {
        QStringLiteral("with"),  QStringLiteral("your"),  QStringLiteral("that"),  QStringLiteral("this"),
        QStringLiteral("from"),  QStringLiteral("they"),  QStringLiteral("more"),  QStringLiteral("each"),
        QStringLiteral("have"),  QStringLiteral("what"),  QStringLiteral("which"), QStringLiteral("when"),
        QStringLiteral("their"), QStringLiteral("other"), QStringLiteral("only"),  QStringLiteral("also"),
        QStringLiteral("into"),  QStringLiteral("does")
    };
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{4,}"));
    QSet<QString> out;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        QString w = it.next().captured().toLower();
        if (common.contains(w))
            continue;
        if (w.endsWith(QLatin1Char('s')))
            w.chop(1);
        out.insert(w.left(5));
    }
    return out;
}

QSet<QString> stemsOf(const GlossaryTerm& t)
{
    return stems(t.term + QLatin1Char(' ') + t.aliases.join(QLatin1Char(' ')) + QLatin1Char(' ')
                 + t.definition);
}

/**
 * How near a wrong option is to the term asked: each source they share counts 3, each word
 * stem of their names and definitions 1. The nearest make the best wrong options: terms from
 * the same part of the course, easy to mistake for the right one.
 */
int nearness(const GlossaryTerm& term, const QSet<QString>& termStems, const GlossaryTerm& other)
{
    int n = 0;
    for (const QString& s : other.sources)
        n += term.sources.contains(s) ? 3 : 0;
    for (const QString& w : stemsOf(other))
        n += termStems.contains(w) ? 1 : 0;
    return n;
}

} // namespace

QString termItemId(const QString& termId) { return TermPrefix + termId; }

QString termIdOfItem(const QString& itemId)
{
    return itemId.startsWith(TermPrefix) ? itemId.mid(TermPrefix.size()) : QString();
}

QString topicTitle(const QList<Topic>& topics, const QString& topicId)
{
    if (topicId == GlossaryTopic)
        return Text::tr("Glossary");
    const auto it =
        std::find_if(topics.cbegin(), topics.cend(), [&](const Topic& t) { return t.id == topicId; });
    return it != topics.cend() ? it->title : topicId;
}

Question termQuestion(const GlossaryTerm& term, const QList<GlossaryTerm>& glossary, quint32 seed)
{
    Question q;
    q.id = termItemId(term.id);
    q.type = QuestionType::Single;
    q.topic = GlossaryTopic;
    q.term = term.id;
    q.sources = term.sources;
    q.prompt = Text::tr("Which term does this describe?\n\n%1").arg(blanked(term));

    QList<const GlossaryTerm*> others;
    for (const GlossaryTerm& t : glossary) {
        if (t.id != term.id && t.term.compare(term.term, Qt::CaseInsensitive) != 0)
            others.append(&t);
    }
    // The nearest terms are the wrong options; the seed varies which among equally near ones.
    QRandomGenerator random(seed);
    std::shuffle(others.begin(), others.end(), random);
    const QSet<QString> termStems = stemsOf(term);
    QHash<const GlossaryTerm*, int> near;
    for (const GlossaryTerm* t : std::as_const(others))
        near.insert(t, nearness(term, termStems, *t));
    std::stable_sort(others.begin(), others.end(), [&](const GlossaryTerm* a, const GlossaryTerm* b) {
        return near.value(a) > near.value(b);
    });
    others.resize(std::min(others.size(), WrongChoices));

    q.choices.append({ term.id, term.term, true, std::nullopt,
                       Text::tr("Correct. %1: %2").arg(term.term, term.definition) });
    for (const GlossaryTerm* t : std::as_const(others)) {
        q.choices.append({ t->id, t->term, false, std::nullopt,
                           Text::tr("Not this one. %1 means: %2").arg(t->term, t->definition) });
    }
    return q;
}

} // namespace demarc
