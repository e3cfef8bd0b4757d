// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardExport.h"

#include "TermQuestions.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <optional>

namespace demarc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CardExport", text);
}

const QString DeckName = QStringLiteral("Demarc");
const QString RightMark = QStringLiteral("✓");
const QString WrongMark = QStringLiteral("✗");
const QString Arrow = QStringLiteral("→");
constexpr Party Parties[] = { Party::Aws, Party::Customer, Party::Shared };

QHash<QString, const Topic*> topicsById(const QList<Topic>& topics)
{
    QHash<QString, const Topic*> out;
    for (const Topic& t : topics)
        out.insert(t.id, &t);
    return out;
}

/** Topic ids in the order of @p topics, then any other the questions name, as they come. */
QStringList topicOrder(const QList<Question>& questions, const QList<Topic>& topics)
{
    QStringList order;
    for (const Topic& t : topics) {
        if (!order.contains(t.id))
            order.append(t.id);
    }
    for (const Question& q : questions) {
        if (!order.contains(q.topic))
            order.append(q.topic);
    }
    return order;
}

// ---------------------------------------------------------------------------------------------
// Anki: https://docs.ankiweb.net/importing/text-files.html. The importer reads the file with a
// CSV reader (quotes honoured where a field starts with one, '#' at the start of a line making
// it a comment); with "#html:true" it takes every field as HTML, as it stands.

/** @p text as an HTML field: & < > " escaped, line breaks as <br>, tabs as &#9;. */
QString cardHtml(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\t':
            out += QLatin1String("&#9;");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                break; // the \n that follows makes the break
            out += QLatin1String("<br>");
            break;
        case u'\n':
            out += QLatin1String("<br>");
            break;
        default:
            out += c;
        }
    }
    return out;
}

/** A tag or guid: Anki splits tags at white space; a leading quote would open a quoted field. */
QString ankiToken(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.isSpace() || c == u'"')
            c = u'_';
    }
    return out;
}

/** One note. Front is first; a line starting with '#' would be skipped as a comment. */
QString ankiRow(const QString& front, const QString& back, const QString& tags, const QString& guid)
{
    // The deck in a column of its own: Anki creates a deck named there when it has none by
    // that name, whereas a "#deck:" header is used only when the deck exists already.
    QString line = QStringList { front, back, tags, guid, DeckName }.join(u'\t');
    if (line.startsWith(u'#'))
        line = QLatin1String("&#35;") + line.mid(1);
    return line + u'\n';
}

QString cardFront(const Question& q)
{
    QString html = cardHtml(q.prompt) + QLatin1String("<ul>");
    for (const Choice& c : q.choices)
        html += QLatin1String("<li>") + cardHtml(c.text) + QLatin1String("</li>");
    return html + QLatin1String("</ul>");
}

QString explained(const QString& heading, const QString& explanation)
{
    QString item = QLatin1String("<li><b>") + heading + QLatin1String("</b>");
    if (!explanation.trimmed().isEmpty())
        item += QLatin1String("<br>") + cardHtml(explanation);
    return item + QLatin1String("</li>");
}

QString choiceBack(const Question& q)
{
    QStringList right;
    for (const Choice& c : q.choices) {
        if (c.correct)
            right.append(cardHtml(c.text));
    }
    QString html = QLatin1String("<p><b>") + cardHtml(tr("Answer:")) + QLatin1String("</b> ")
        + (right.isEmpty() ? cardHtml(tr("none of them")) : right.join(QLatin1String("; ")))
        + QLatin1String("</p><ul>");
    for (const Choice& c : q.choices)
        html += explained(
            (c.correct ? RightMark : WrongMark) + u' ' + cardHtml(c.text), c.explanation);
    return html + QLatin1String("</ul>");
}

QString sortingBack(const Question& q)
{
    QStringList lines;
    for (Party p : Parties) {
        QStringList items;
        for (const Choice& c : q.choices) {
            if (c.party == p)
                items.append(cardHtml(c.text));
        }
        if (!items.isEmpty())
            lines.append(QLatin1String("<b>") + cardHtml(tr("%1:").arg(partyName(p)))
                + QLatin1String("</b> ") + items.join(QLatin1String("; ")));
    }
    QString html
        = QLatin1String("<p>") + lines.join(QLatin1String("<br>")) + QLatin1String("</p><ul>");
    for (const Choice& c : q.choices) {
        const QString party = c.party ? partyName(*c.party) : tr("nobody");
        html += explained(cardHtml(c.text) + u' ' + Arrow + u' ' + cardHtml(party), c.explanation);
    }
    return html + QLatin1String("</ul>");
}

// ---------------------------------------------------------------------------------------------
// Moodle GIFT: https://docs.moodle.org/en/GIFT_format, as Moodle's importer
// (question/format/gift/format.php) reads it.

/**
 * The grades Moodle accepts for an answer, in percent (question_bank::fraction_options_full(),
 * matched to within 0.001 %), and their negatives. 33.33333 stands for a third.
 */
constexpr double MoodleGrades[] = { 100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333,
    30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5 };
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
        + giftText(wrong.explanation) + QLatin1String("\n\t#") + giftText(right.explanation)
        + u'\n';
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
        const QString party = c.party ? partyName(*c.party) : tr("nobody");
        feedback.append(
            QStringLiteral("%1 %2 %3: %4").arg(c.text, Arrow, party, c.explanation).trimmed());
        if (!c.party)
            continue;
        // "->" ends an item's text wherever it stands; GIFT has no escape for it.
        QString item = c.text;
        item.replace(QLatin1String("->"), Arrow);
        out += QLatin1String("\t=") + giftText(item) + QLatin1String(" -> ") + giftEscape(party)
            + u'\n';
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
    case QuestionType::Multiple:
        answers = u'\n' + multipleAnswers(q);
        break;
    case QuestionType::Classify:
    case QuestionType::Split:
        answers = matchingAnswers(q);
        if (answers.isEmpty())
            return QStringLiteral("// %1: no items to match; left out\n").arg(q.id);
        answers.prepend(u'\n');
        break;
    }
    return QLatin1String("::") + giftEscape(q.id) + QLatin1String("::[plain]")
        + giftEscape(q.prompt) + u'{' + answers + QLatin1String("}\n");
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

// ---------------------------------------------------------------------------------------------
// CSV: RFC 4180.

QString csvField(const QString& value)
{
    static const QRegularExpression special(QStringLiteral("[,\"\r\n]"));
    if (!value.contains(special))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString csvRow(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(csvField(f));
    return out.join(u',') + QLatin1String("\r\n");
}

/** The answer in words: the choices picked, or where each item went, in the question's order. */
QString answerText(
    const Question* q, const Answer& answer, const QHash<QString, const GlossaryTerm*>& terms)
{
    QStringList parts;
    auto name = [&](const QString& id) {
        if (q) {
            for (const Choice& c : q->choices) {
                if (c.id == id)
                    return c.text;
            }
        }
        const GlossaryTerm* t = terms.value(id);
        return t ? t->term : id;
    };
    if (!answer.assigned.isEmpty() && (!q || q->assignsParties())) {
        QStringList ids;
        if (q) {
            for (const Choice& c : q->choices) {
                if (answer.assigned.contains(c.id))
                    ids.append(c.id);
            }
        }
        QStringList rest;
        for (auto it = answer.assigned.cbegin(); it != answer.assigned.cend(); ++it) {
            if (!ids.contains(it.key()))
                rest.append(it.key());
        }
        rest.sort();
        for (const QString& id : ids + rest)
            parts.append(QStringLiteral("%1 %2 %3")
                             .arg(name(id), Arrow, partyName(answer.assigned.value(id))));
        return parts.join(QLatin1String("; "));
    }
    QStringList ids;
    if (q) {
        for (const Choice& c : q->choices) {
            if (answer.chosen.contains(c.id))
                ids.append(c.id);
        }
    }
    QStringList rest;
    for (const QString& id : answer.chosen) {
        if (!ids.contains(id))
            rest.append(id);
    }
    rest.sort();
    for (const QString& id : ids + rest)
        parts.append(name(id));
    return parts.join(QLatin1String("; "));
}

} // namespace

QString ankiCards(const QList<Question>& questions, const QList<GlossaryTerm>& glossary,
    const QList<Topic>& topics)
{
    const auto byId = topicsById(topics);
    const QString tag = ankiToken(DeckName.toLower());
    QString out = QStringLiteral("#separator:Tab\n"
                                 "#html:true\n"
                                 "#notetype:Basic\n"
                                 "#columns:Front\tBack\tTags\tGuid\tDeck\n"
                                 "#tags column:3\n"
                                 "#guid column:4\n"
                                 "#deck column:5\n");
    for (const Question& q : questions) {
        QString back = q.assignsParties() ? sortingBack(q) : choiceBack(q);
        if (const Topic* t = byId.value(q.topic))
            back += QLatin1String("<p><small>") + cardHtml(tr("Topic: %1").arg(t->title))
                + QLatin1String("</small></p>");
        out += ankiRow(cardFront(q), back,
            tag + u' ' + tag + QLatin1String("::") + ankiToken(q.topic),
            tag + u'-' + ankiToken(q.id));
    }
    for (const GlossaryTerm& t : glossary) {
        QString back = QLatin1String("<p>") + cardHtml(t.definition) + QLatin1String("</p>");
        if (!t.aliases.isEmpty())
            back += QLatin1String("<p><i>")
                + cardHtml(tr("Also called: %1").arg(t.aliases.join(QLatin1String(", "))))
                + QLatin1String("</i></p>");
        out += ankiRow(cardHtml(t.term), back,
            tag + u' ' + tag + QLatin1String("::") + ankiToken(GlossaryTopic),
            tag + QLatin1String("-term-") + ankiToken(t.id));
    }
    return out;
}

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
            title = topic.isEmpty() ? tr("Other") : topic;
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
        case u'\n':
            out += QLatin1String("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString attemptsCsv(const QList<Attempt>& attempts, const QList<Question>& questions,
    const QList<GlossaryTerm>& glossary, const QList<RetiredItem>& retired)
{
    // Answers about items a pack no longer has keep the title those items last had.
    QHash<QString, QString> retiredTitles;
    for (const RetiredItem& r : retired) {
        if (r.kind == RetiredItem::Kind::Question)
            retiredTitles.insert(r.id, r.title);
        else if (r.kind == RetiredItem::Kind::GlossaryTerm)
            retiredTitles.insert(termItemId(r.id), r.title);
    }
    QHash<QString, const Question*> byId;
    for (const Question& q : questions)
        byId.insert(q.id, &q);
    QHash<QString, const GlossaryTerm*> terms;
    for (const GlossaryTerm& t : glossary)
        terms.insert(t.id, &t);

    QString out = csvRow({ QStringLiteral("answered_at"), QStringLiteral("item_id"),
        QStringLiteral("kind"), QStringLiteral("prompt"), QStringLiteral("topic"),
        QStringLiteral("mode"), QStringLiteral("answer"), QStringLiteral("correct"),
        QStringLiteral("score"), QStringLiteral("seconds") });
    for (const Attempt& a : attempts) {
        const QString termId = termIdOfItem(a.questionId);
        const bool isTerm = !termId.isEmpty();
        const Question* q = isTerm ? nullptr : byId.value(a.questionId);
        const GlossaryTerm* term = isTerm ? terms.value(termId) : nullptr;
        QString prompt;
        QString topic;
        if (isTerm) {
            prompt = term ? term->term : QString();
            topic = GlossaryTopic;
        } else if (q) {
            prompt = q->prompt;
            topic = q->topic;
        }
        if (prompt.isEmpty() && retiredTitles.contains(a.questionId))
            prompt = QStringLiteral("(retired) ") + retiredTitles.value(a.questionId);
        out += csvRow(
            { a.answeredAt.isValid() ? a.answeredAt.toUTC().toString(Qt::ISODate) : QString(),
                a.questionId, isTerm ? QStringLiteral("term") : QStringLiteral("question"), prompt,
                topic, quizModeId(a.mode), answerText(q, a.answer, terms),
                a.correct ? QStringLiteral("yes") : QStringLiteral("no"),
                QString::number(std::clamp(a.score, 0.0, 1.0), 'f', 2),
                QString::number(double(std::max<qint64>(a.elapsedMs, 0)) / 1000.0, 'f', 1) });
    }
    return out;
}

} // namespace demarc
