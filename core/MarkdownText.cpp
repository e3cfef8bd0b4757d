// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownText.h"

#include <QRegularExpression>
#include <QStringList>

namespace demarc {

QString markdownToPlainText(const QString& markdown)
{
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+"));
    static const QRegularExpression tableRule(QStringLiteral("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"));
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

QString escapeMarkdown(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>()#+-.!|~");
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace demarc
