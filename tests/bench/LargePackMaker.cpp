// SPDX-License-Identifier: GPL-3.0-or-later
#include "LargePackMaker.h"

#include <QRandomGenerator>

namespace demarc::bench {

namespace {

using LargePackSize::Lessons;
const QStringList Words {
    QStringLiteral("bucket"),   QStringLiteral("instance"), QStringLiteral("patch"),
    QStringLiteral("key"),      QStringLiteral("policy"),   QStringLiteral("network"),
    QStringLiteral("backup"),   QStringLiteral("log"),      QStringLiteral("region"),
    QStringLiteral("firewall"), QStringLiteral("identity"), QStringLiteral("encryption")
};

/** The course's ids a new item may refer to. */
struct Refs
{
    QStringList topics, sources, layers, models;
};

QString word(QRandomGenerator& random) { return Words.at(int(random.bounded(quint32(Words.size())))); }

QString sentence(QRandomGenerator& random, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(word(random));
    out.first()[0] = out.first().at(0).toUpper();
    return out.join(u' ') + u'.';
}

QString pick(QRandomGenerator& random, const QStringList& from)
{
    return from.at(int(random.bounded(quint32(from.size()))));
}

QString numbered(const char* prefix, int n)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(n, 5, 10, QLatin1Char('0'));
}

Lesson lesson(QRandomGenerator& random, const Refs& refs, int n)
{
    Lesson l;
    l.id = numbered("large-lesson", n);
    l.topic = pick(random, refs.topics);
    l.title = QStringLiteral("Case %1: %2").arg(n).arg(sentence(random, 4));
    l.summary = sentence(random, 12);
    QStringList paragraphs;
    for (int p = 0; p < 6; ++p)
        paragraphs.append(sentence(random, 40));
    l.body = QStringLiteral("## %1\n\n").arg(l.title) + paragraphs.join(QStringLiteral("\n\n"));
    l.facts = { int(random.bounded(1, 100)) };
    l.sources = { pick(random, refs.sources) };
    return l;
}

GlossaryTerm term(QRandomGenerator& random, const Refs& refs, int n)
{
    GlossaryTerm g;
    g.id = numbered("large-term", n);
    g.term = QStringLiteral("Large term %1 %2").arg(n).arg(word(random));
    g.aliases = { QStringLiteral("LT%1").arg(n) };
    g.definition = sentence(random, 25);
    g.sources = { pick(random, refs.sources) };
    return g;
}

Choice choice(QRandomGenerator& random, int n)
{
    Choice c;
    c.id = QString(QChar(u'a' + n));
    c.text = sentence(random, 8);
    c.explanation = sentence(random, 16);
    return c;
}

Question question(QRandomGenerator& random, const Refs& refs, int n)
{
    Question q;
    q.id = numbered("large-question", n);
    q.topic = pick(random, refs.topics);
    q.prompt = sentence(random, 20) + QStringLiteral(" Which is right?");
    q.lesson = numbered("large-lesson", 1 + n % Lessons);
    q.facts = { int(random.bounded(1, 100)) };
    q.sources = { pick(random, refs.sources) };
    const QuestionType types[] = { QuestionType::Single, QuestionType::Multiple, QuestionType::TrueFalse,
                                   QuestionType::Classify, QuestionType::Split };
    q.type = types[n % 5];
    const int count = q.type == QuestionType::TrueFalse ? 2 : q.type == QuestionType::Multiple ? 5 : 4;
    for (int i = 0; i < count; ++i)
        q.choices.append(choice(random, i));
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse: q.choices[int(random.bounded(count))].correct = true; break;
    case QuestionType::Multiple:
        q.choices[0].correct = true;
        q.choices[2].correct = true;
        break;
    case QuestionType::Classify:
        for (int i = 0; i < count; ++i)
            q.choices[i].party = i % 3 == 0 ? Party::Aws : i % 3 == 1 ? Party::Customer : Party::Shared;
        break;
    case QuestionType::Split:
        q.control = QStringLiteral("Patch management");
        for (int i = 0; i < count; ++i)
            q.choices[i].party = i % 2 == 0 ? Party::Aws : Party::Customer;
        break;
    }
    if (n % 3 == 0) {
        q.layer = pick(random, refs.layers);
        q.model = pick(random, refs.models);
    }
    return q;
}

} // namespace

Pack largePack(const Pack& course, quint32 seed)
{
    Refs refs;
    for (const Topic& t : course.topics)
        refs.topics.append(t.id);
    for (const Source& s : course.sources)
        refs.sources.append(s.id);
    for (const Layer& l : course.layers)
        refs.layers.append(l.id);
    for (const ServiceModel& m : course.serviceModels)
        refs.models.append(m.id);

    QRandomGenerator random(seed);
    Pack pack;
    pack.info = { QStringLiteral("large-bench-pack"),
                  QStringLiteral("A department's question bank (benchmark)"),
                  1,
                  QStringLiteral("en"),
                  QStringLiteral("demarc_large_pack"),
                  QStringLiteral("Generated for the scale benchmarks."),
                  course.info.id };
    for (int n = 1; n <= LargePackSize::Lessons; ++n)
        pack.lessons.append(lesson(random, refs, n));
    for (int n = 1; n <= LargePackSize::Terms; ++n)
        pack.glossary.append(term(random, refs, n));
    for (int n = 1; n <= LargePackSize::Questions; ++n)
        pack.questions.append(question(random, refs, n));
    return pack;
}

} // namespace demarc::bench
