// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardExport.h"

#include "CardExportSupport.h"

#include "core/quiz/TermQuestions.h"

namespace demarc {

using namespace cardexport;

namespace {

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
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\t': out += QLatin1String("&#9;"); break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                break; // the \n that follows makes the break
            out += QLatin1String("<br>");
            break;
        case u'\n': out += QLatin1String("<br>"); break;
        default: out += c;
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
    QString html = QLatin1String("<p><b>") + cardHtml(Text::tr("Answer:")) + QLatin1String("</b> ")
        + (right.isEmpty() ? cardHtml(Text::tr("none of them")) : right.join(QLatin1String("; ")))
        + QLatin1String("</p><ul>");
    for (const Choice& c : q.choices)
        html += explained((c.correct ? RightMark : WrongMark) + u' ' + cardHtml(c.text), c.explanation);
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
            lines.append(QLatin1String("<b>") + cardHtml(Text::tr("%1:").arg(partyName(p)))
                         + QLatin1String("</b> ") + items.join(QLatin1String("; ")));
    }
    QString html = QLatin1String("<p>") + lines.join(QLatin1String("<br>")) + QLatin1String("</p><ul>");
    for (const Choice& c : q.choices) {
        const QString party = c.party ? partyName(*c.party) : Text::tr("nobody");
        html += explained(cardHtml(c.text) + u' ' + Arrow + u' ' + cardHtml(party), c.explanation);
    }
    return html + QLatin1String("</ul>");
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
            back += QLatin1String("<p><small>") + cardHtml(Text::tr("Topic: %1").arg(t->title))
                + QLatin1String("</small></p>");
        out += ankiRow(cardFront(q), back, tag + u' ' + tag + QLatin1String("::") + ankiToken(q.topic),
                       tag + u'-' + ankiToken(q.id));
    }
    for (const GlossaryTerm& t : glossary) {
        QString back = QLatin1String("<p>") + cardHtml(t.definition) + QLatin1String("</p>");
        if (!t.aliases.isEmpty())
            back += QLatin1String("<p><i>")
                + cardHtml(Text::tr("Also called: %1").arg(t.aliases.join(QLatin1String(", "))))
                + QLatin1String("</i></p>");
        out +=
            ankiRow(cardHtml(t.term), back, tag + u' ' + tag + QLatin1String("::") + ankiToken(GlossaryTopic),
                    tag + QLatin1String("-term-") + ankiToken(t.id));
    }
    return out;
}

} // namespace demarc
