// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownText.h"

#include <QRegularExpression>
#include <QStringList>

namespace demarc {

QString markdownToPlainText(const QString& markdown)
{
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+"));
    static const QRegularExpression tableRule(
        QStringLiteral("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^\\s*(?:[-*_]\\s*){3,}$"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|\\*|`|~~)"));

    QStringList lines;
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        if (tableRule.match(line).hasMatch() || rule.match(line).hasMatch())
            continue;
        line.remove(heading);
        line.remove(bullet);
        line.replace(link, QStringLiteral("\\1"));
        line.remove(emphasis);
        if (line.trimmed().startsWith(QLatin1Char('|'))) {
            QStringList cells = line.split(QLatin1Char('|'));
            for (QString& cell : cells)
                cell = cell.trimmed();
            cells.removeAll(QString());
            line = cells.join(QStringLiteral(" · "));
        }
        lines.append(line.trimmed());
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

namespace {

/** Whether an entity such as "amp;" or "#60;" starts at @p from. */
bool startsEntity(const QString& text, qsizetype from)
{
    qsizetype j = from;
    while (j < text.size()
           && (text.at(j).isLetterOrNumber() || (j == from && text.at(j) == QLatin1Char('#'))))
        ++j;
    return j > from && j < text.size() && text.at(j) == QLatin1Char(';');
}

} // namespace

QString escapeMarkdown(const QString& text)
{
    // Characters that mark something up wherever they stand; the rest only at the start of a
    // line (a heading, a list item) or before a bracket (an image). Escaping no more than
    // that keeps the Markdown readable as plain text.
    static const QString always = QStringLiteral("\\`*_[]<>|~");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        bool escape = always.contains(c) || (c == QLatin1Char('!') && next == QLatin1Char('['))
            || (c == QLatin1Char('&') && startsEntity(text, i + 1));
        if (lineStart && !escape) {
            if (QStringLiteral("#-+=>").contains(c)) {
                escape = true;
            } else if (c.isDigit()) {
                // "1." or "1)" opening a line would start a numbered list.
                qsizetype j = i;
                while (j < text.size() && text.at(j).isDigit())
                    ++j;
                if (j < text.size() && (text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char(')'))) {
                    out += text.mid(i, j - i) + QLatin1Char('\\') + text.at(j);
                    i = j;
                    lineStart = false;
                    continue;
                }
            }
        }
        if (escape)
            out += QLatin1Char('\\');
        out += c;
        if (c == QLatin1Char('\n'))
            lineStart = true;
        else if (!c.isSpace())
            lineStart = false;
    }
    return out;
}

QString withoutAppLinks(const QString& markdown)
{
    // A lesson's title is quoted, as a title in running text is; a term reads as it is.
    static const QRegularExpression lesson(QStringLiteral("\\[([^\\]]*)\\]\\(lesson:[^)\\s]*\\)"));
    static const QRegularExpression term(QStringLiteral("\\[([^\\]]*)\\]\\(term:[^)\\s]*\\)"));
    return QString(markdown).replace(lesson, QStringLiteral("“\\1”")).replace(term, QStringLiteral("\\1"));
}

} // namespace demarc
