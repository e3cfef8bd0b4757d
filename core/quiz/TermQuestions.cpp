// SPDX-License-Identifier: GPL-3.0-or-later
#include "TermQuestions.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

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
    QRandomGenerator random(seed);
    std::shuffle(others.begin(), others.end(), random);
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
