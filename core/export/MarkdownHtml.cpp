// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownHtml.h"

#include <QRegularExpression>
#include <QStringList>

namespace demarc {

namespace {

bool isAsciiPunctuation(QChar c) { return c.unicode() < 128 && (c.isPunct() || c.isSymbol()); }

/** Where the closing run of @p run delimiters @p c starting after @p from is, or -1. */
qsizetype closingRun(const QString& s, qsizetype from, QChar c, int run)
{
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (s.at(i) != c)
            continue;
        qsizetype n = 0;
        while (i + n < s.size() && s.at(i + n) == c)
            ++n;
        if (n >= run && i > from && !s.at(i - 1).isSpace())
            return i;
        i += n - 1;
    }
    return -1;
}

bool isSafeUrl(const QString& url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

/**
 * Where a link destination starting at @p from ends: its closing ')', parentheses inside balanced as
 * CommonMark has them; -1 when none.
 */
qsizetype destinationEnd(const QString& s, qsizetype from)
{
    int depth = 0;
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (s.at(i) == QLatin1Char('(')) {
            ++depth;
        } else if (s.at(i) == QLatin1Char(')')) {
            if (depth == 0)
                return i;
            --depth;
        }
    }
    return -1;
}

QString inlineHtml(const QString& s)
{
    QString out;
    out.reserve(s.size() + s.size() / 4);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\') && i + 1 < s.size() && isAsciiPunctuation(s.at(i + 1))) {
            out += escapeHtml(QString(s.at(++i)));
            continue;
        }
        if (c == QLatin1Char('`')) {
            const qsizetype end = s.indexOf(QLatin1Char('`'), i + 1);
            if (end > i + 1) {
                out += QStringLiteral("<code>") + escapeHtml(s.mid(i + 1, end - i - 1))
                    + QStringLiteral("</code>");
                i = end;
                continue;
            }
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < s.size()) {
            const int run = (i + 1 < s.size() && s.at(i + 1) == c) ? 2 : 1;
            const qsizetype start = i + run;
            if (start < s.size() && !s.at(start).isSpace()) {
                const qsizetype end = closingRun(s, start, c, run);
                if (end > start) {
                    const char* tag = run == 2 ? "strong" : "em";
                    out += QStringLiteral("<%1>%2</%1>")
                               .arg(QLatin1String(tag), inlineHtml(s.mid(start, end - start)));
                    i = end + run - 1;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = s.indexOf(QLatin1String("]("), i + 1);
            const qsizetype end = close < 0 ? -1 : destinationEnd(s, close + 2);
            if (close > i && end > close) {
                const QString text = inlineHtml(s.mid(i + 1, close - i - 1));
                const QString url = s.mid(close + 2, end - close - 2).trimmed();
                if (isSafeUrl(url) && !url.contains(QLatin1Char(' ')))
                    out += QStringLiteral("<a href=\"%1\">%2</a>").arg(escapeHtml(url), text);
                else
                    out += text;
                i = end;
                continue;
            }
        }
        out += escapeHtml(QString(c));
    }
    return out;
}

bool isTableRow(const QString& line) { return line.startsWith(QLatin1Char('|')); }

bool isSeparatorRow(const QString& line)
{
    static const QRegularExpression separator(
        QStringLiteral("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$"));
    return separator.match(line).hasMatch();
}

QStringList tableCells(QString line)
{
    line = line.trimmed();
    if (line.startsWith(QLatin1Char('|')))
        line.remove(0, 1);
    if (line.endsWith(QLatin1Char('|')) && !line.endsWith(QLatin1String("\\|")))
        line.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1String("\\|");
            ++i;
        } else if (line.at(i) == QLatin1Char('|')) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += line.at(i);
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

/** The table whose header row is lines[@p n] as HTML; returns the index of its last row. */
qsizetype appendTable(const QStringList& lines, qsizetype n, QString& out)
{
    out += QStringLiteral("<table>\n<thead><tr>");
    const QStringList head = tableCells(lines.at(n));
    for (const QString& cell : head)
        out += QStringLiteral("<th>") + inlineHtml(cell) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    n += 2;
    for (; n < lines.size() && isTableRow(lines.at(n).trimmed()); ++n) {
        QStringList cells = tableCells(lines.at(n));
        while (cells.size() < head.size())
            cells.append(QString());
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < head.size(); ++c)
            out += QStringLiteral("<td>") + inlineHtml(cells.at(c)) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    return n - 1;
}

} // namespace

QString escapeHtml(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        default: out += c;
        }
    }
    return out;
}

QString markdownToHtml(const QString& markdown, const MarkdownHtmlOptions& options)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s{0,3}[-*+]\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^\\s{0,3}\\d{1,9}[.)]\\s+(.*)$"));

    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString out;
    QStringList paragraph;
    enum class List { None, Bullets, Numbers } list = List::None;

    auto closeParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        QStringList parts;
        for (const QString& p : std::as_const(paragraph))
            parts.append(inlineHtml(p.trimmed()));
        out += QStringLiteral("<p>")
            + parts.join(options.hardBreaks ? QStringLiteral("<br>\n") : QStringLiteral("\n"))
            + QStringLiteral("</p>\n");
        paragraph.clear();
    };
    auto closeList = [&] {
        if (list == List::Bullets)
            out += QStringLiteral("</ul>\n");
        else if (list == List::Numbers)
            out += QStringLiteral("</ol>\n");
        list = List::None;
    };

    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString& line = lines.at(n);
        if (line.trimmed().isEmpty()) {
            closeParagraph();
            closeList();
            continue;
        }
        if (const auto m = heading.match(line); options.headings && m.hasMatch()) {
            closeParagraph();
            closeList();
            const int level = std::min<int>(6, int(m.captured(1).size()) + options.headingOffset);
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(inlineHtml(m.captured(2)));
            continue;
        }
        if (isTableRow(line.trimmed()) && n + 1 < lines.size() && isSeparatorRow(lines.at(n + 1).trimmed())) {
            closeParagraph();
            closeList();
            n = appendTable(lines, n, out);
            continue;
        }
        const auto b = bullet.match(line);
        const auto o = b.hasMatch() ? QRegularExpressionMatch() : numbered.match(line);
        if (b.hasMatch() || o.hasMatch()) {
            closeParagraph();
            const List kind = b.hasMatch() ? List::Bullets : List::Numbers;
            if (list != kind) {
                closeList();
                out += kind == List::Bullets ? QStringLiteral("<ul>\n") : QStringLiteral("<ol>\n");
                list = kind;
            }
            out += QStringLiteral("<li>") + inlineHtml((b.hasMatch() ? b : o).captured(1).trimmed())
                + QStringLiteral("</li>\n");
            continue;
        }
        if (list != List::None && line.startsWith(QLatin1String("  "))) {
            // A continuation line of the last list item.
            out.chop(QStringLiteral("</li>\n").size());
            out += QLatin1Char(' ') + inlineHtml(line.trimmed()) + QStringLiteral("</li>\n");
            continue;
        }
        closeList();
        paragraph.append(line);
    }
    closeParagraph();
    closeList();
    return out;
}

} // namespace demarc
