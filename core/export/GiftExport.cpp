// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardExport.h"

#include "CardExportSupport.h"

#include <cmath>
#include <optional>

namespace demarc {

using namespace cardexport;

namespace {

// ---------------------------------------------------------------------------------------------
// Moodle GIFT: https://docs.moodle.org/en/GIFT_format, as Moodle's importer
// (question/format/gift/format.php) reads it.

/**
 * The grades Moodle accepts for an answer, in percent (question_bank::fraction_options_full(),
 * matched to within 0.001 %), and their negatives. 33.33333 stands for a third.
 */
constexpr double MoodleGrades[] = { 100,      90,       83.33333, 80,       75, 70, 66.66667,
                                    60,       50,       40,       33.33333, 30, 25, 20,
                                    16.66667, 14.28571, 12.5,     11.11111, 10, 5 };
// Moodle wants a select-all question's positive grades to add up to 100 % (to two decimals of
// the fraction); sums of the grades above come within 0.0001 % of it.
constexpr double SumTolerance = 0.001;

/**
 * @p count grades from MoodleGrades adding up to 100: equal where Moodle has 100/count, else
 * two grades as close as can be (eleven right choices: nine of 10 % and two of 5 %). More than
 * twenty right choices cannot reach 100 % with grades Moodle accepts; they get 100/count,
 * which Moodle refuses, rather than grades that misstate which choices are right.
 */
QList<double> shares(qsizetype count)
{
    if (count <= 0)
        return {};
    for (double g : MoodleGrades) {
        if (std::abs(g * double(count) - 100) < SumTolerance)
            return QList<double>(count, g);
    }
    std::optional<std::pair<double, double>> best;
    qsizetype bestHigh = 0;
    for (double high : MoodleGrades) {
        for (double low : MoodleGrades) {
            if (low >= high || (best && best->first - best->second <= high - low))
                continue;
            for (qsizetype k = 1; k < count; ++k) {
                if (std::abs(high * double(k) + low * double(count - k) - 100) < SumTolerance) {
                    best = std::pair { high, low };
                    bestHigh = k;
                    break;
                }
            }
        }
    }
    if (!best)
        return QList<double>(count, 100.0 / double(count));
    QList<double> out(bestHigh, best->first);
    out.append(QList<double>(count - bestHigh, best->second));
    return out;
}

QString percent(double value)
{
    QString s = QString::number(value, 'f', 5);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

/**
 * Content text for an answer, a feedback or a matching item. A text opening with "[" could
 * be read as a format marker ("[html]"); an explicit "[plain]" in front keeps it as text.
 */
QString giftText(const QString& text)
{
    const QString escaped = giftEscape(text);
    return text.trimmed().startsWith(u'[') ? QLatin1String("[plain]") + escaped : escaped;
}

/** An answer line: its mark ("=", "~", "~%50%"), the text, and its feedback. */
QString giftAnswer(const QString& mark, const Choice& c)
{
    // An unweighted wrong answer whose text looks like a weight ("%5% off") would lose it to
    // the weight; an explicit 0 % keeps it.
    static const QRegularExpression weightLike(QStringLiteral("^\\s*%-*[0-9]{1,2}\\.?[0-9]*%"));
    QString line = u'\t' + mark;
    if (mark == QLatin1String("~") && weightLike.match(c.text).hasMatch())
        line += QLatin1String("%0%");
    return line + giftText(c.text) + u'#' + giftText(c.explanation) + u'\n';
}

/** Which of true and false a choice stands for, from its id or its text. */
std::optional<bool> truthOf(const Choice& c)
{
    for (const QString& s : { c.id, c.text.trimmed() }) {
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

/**
 * The answers of a true/false question in GIFT's own form, {TRUE#…#…} or {FALSE#…#…}: Moodle
 * makes it a true/false question and shows the first feedback to a wrong answer and the second
 * to a right one, so each choice keeps its explanation. Empty when the choices are not one
 * right and one wrong, recognisably "true" and "false"; such a question is written as single
 * choice.
 */
QString trueFalseAnswers(const Question& q)
{
    if (q.choices.size() != 2)
        return {};
    const Choice& a = q.choices.at(0);
    const Choice& b = q.choices.at(1);
    const auto ta = truthOf(a);
    const auto tb = truthOf(b);
    if (!ta || !tb || *ta == *tb || a.correct == b.correct)
        return {};
    const Choice& right = a.correct ? a : b;
    const Choice& wrong = a.correct ? b : a;
    const bool answer = a.correct ? *ta : *tb;
    return (answer ? QStringLiteral("TRUE") : QStringLiteral("FALSE")) + QLatin1String("\n\t#")
        + giftText(wrong.explanation) + QLatin1String("\n\t#") + giftText(right.explanation) + u'\n';
}

QString multipleAnswers(const Question& q)
{
    QList<const Choice*> right;
    QList<const Choice*> wrong;
    for (const Choice& c : q.choices)
        (c.correct ? right : wrong).append(&c);
    const QList<double> plus = shares(right.size());
    const QList<double> minus = shares(wrong.size());
    QString out;
    qsizetype r = 0;
    qsizetype w = 0;
    for (const Choice& c : q.choices) {
        const double weight = c.correct ? plus.at(r++) : -minus.at(w++);
        out += giftAnswer(u'~' + (u'%' + percent(weight) + u'%'), c);
    }
    return out;
}

/**
 * A classify or split question as a matching question: each item to its party. Matching has
 * no feedback per item, so every explanation goes into the general feedback. Moodle wants at
 * least three pairs: a question with fewer items gets the parties it does not use as extra
 * answers that match no item. Empty when there is no item at all.
 */
QString matchingAnswers(const Question& q)
{
    QString out;
    QStringList feedback;
    QList<Party> used;
    int pairs = 0;
    for (const Choice& c : q.choices) {
        const QString party = c.party ? partyName(*c.party) : Text::tr("nobody");
        feedback.append(QStringLiteral("%1 %2 %3: %4").arg(c.text, Arrow, party, c.explanation).trimmed());
        if (!c.party)
            continue;
        // "->" ends an item's text wherever it stands; GIFT has no escape for it.
        QString item = c.text;
        item.replace(QLatin1String("->"), Arrow);
        out += QLatin1String("\t=") + giftText(item) + QLatin1String(" -> ") + giftEscape(party) + u'\n';
        if (!used.contains(*c.party))
            used.append(*c.party);
        ++pairs;
    }
    if (pairs == 0)
        return {};
    for (Party p : Parties) {
        if (pairs >= 3)
            break;
        if (!used.contains(p)) {
            out += QLatin1String("\t= -> ") + giftEscape(partyName(p)) + u'\n';
            ++pairs;
        }
    }
    return out + QLatin1String("\t####") + giftText(feedback.join(u'\n')) + u'\n';
}

QString giftQuestion(const Question& q)
{
    QString answers;
    switch (q.type) {
    case QuestionType::TrueFalse:
        answers = trueFalseAnswers(q);
        if (!answers.isEmpty())
            break;
        Q_FALLTHROUGH();
    case QuestionType::Single:
        answers = u'\n';
        for (const Choice& c : q.choices)
            answers += giftAnswer(c.correct ? QStringLiteral("=") : QStringLiteral("~"), c);
        break;
    case QuestionType::Multiple: answers = u'\n' + multipleAnswers(q); break;
    case QuestionType::Classify:
    case QuestionType::Split:
        answers = matchingAnswers(q);
        if (answers.isEmpty())
            return QStringLiteral("// %1: no items to match; left out\n").arg(q.id);
        answers.prepend(u'\n');
        break;
    }
    return QLatin1String("::") + giftEscape(q.id) + QLatin1String("::[plain]") + giftEscape(q.prompt) + u'{'
        + answers + QLatin1String("}\n");
}

/** A category path segment: '/' separates categories, "//" is a slash in a name. */
QString categoryName(const QString& title)
{
    QString name = title.simplified();
    name.replace(u'/', QLatin1String("//"));
    if (name.startsWith(u'/'))
        name.prepend(u' ');
    if (name.endsWith(u'/'))
        name.append(u' ');
    return name;
}

} // namespace

QString moodleGift(const QList<Question>& questions, const QList<Topic>& topics)
{
    const auto byId = topicsById(topics);
    QStringList blocks { QStringLiteral(
        "// Demarc question bank in Moodle GIFT (https://docs.moodle.org/en/GIFT_format).\n"
        "// Every text is in Moodle's plain-text format ([plain]): shown as written, line breaks "
        "kept.\n"
        "// True/false: the first feedback is for a wrong answer, the second for the right one.\n"
        "// Select-all questions: right choices share 100 %, wrong ones -100 %.\n"
        "// Sorting questions are matching questions; the general feedback explains every "
        "item.\n") };
    for (const QString& topic : topicOrder(questions, topics)) {
        QStringList group;
        for (const Question& q : questions) {
            if (q.topic == topic)
                group.append(giftQuestion(q));
        }
        if (group.isEmpty())
            continue;
        const Topic* t = byId.value(topic);
        QString title = t ? t->title.simplified() : QString();
        if (title.isEmpty())
            title = topic.isEmpty() ? Text::tr("Other") : topic;
        blocks.append(QStringLiteral("$CATEGORY: %1/%2\n").arg(DeckName, categoryName(title)));
        blocks += group;
    }
    return blocks.join(u'\n');
}

QString giftEscape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
        case u'~':
        case u'=':
        case u'#':
        case u'{':
        case u'}':
        case u':':
            out += u'\\';
            out += c;
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                break; // the \n that follows makes the break
            out += QLatin1String("\\n");
            break;
        case u'\n': out += QLatin1String("\\n"); break;
        default: out += c;
        }
    }
    return out;
}

} // namespace demarc
