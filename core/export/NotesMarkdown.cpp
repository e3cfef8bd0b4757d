// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown writer of the study notes (declared in StudyNotes.h).
#include "StudyNotes.h"
#include "core/MarkdownText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudyNotes)
};

/** A table cell on one line: pipes escaped, line ends made spaces. */
QString cellMarkdown(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return escapeMarkdown(t);
}

QString tableMarkdown(const OutlineTable& table)
{
    QString md = QStringLiteral("|");
    QString rule = QStringLiteral("|");
    for (const QString& h : table.header) {
        md += QLatin1Char(' ') + cellMarkdown(h) + QStringLiteral(" |");
        rule += QStringLiteral(" --- |");
    }
    md += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const QList<OutlineCell>& row : table.rows) {
        md += QLatin1Char('|');
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            QString text = c < row.size() ? cellMarkdown(row.at(c).text) : QString();
            if (c == 0 && table.rowHeaders && !text.isEmpty())
                text = QStringLiteral("**%1**").arg(text);
            md += QLatin1Char(' ') + text + QStringLiteral(" |");
        }
        md += QLatin1Char('\n');
    }
    return md;
}

/**
 * The positions of the "[" that open an image, a link to anything but a web or mail address,
 * or a link reference definition, in @p line: escaped, they show as typed instead of loading
 * or linking.
 */
QSet<qsizetype> unsafeBrackets(const QString& line)
{
    static const QRegularExpression link(QStringLiteral("(!?)\\[[^\\]]*\\]\\(\\s*([^)\\s]*)"));
    static const QRegularExpression safe(QStringLiteral("^(https?://|mailto:)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:"));
    QSet<qsizetype> positions;
    for (auto it = link.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty() || !safe.match(m.captured(2)).hasMatch())
            positions.insert(m.capturedStart() + m.capturedLength(1));
    }
    if (const auto m = definition.match(line); m.hasMatch())
        positions.insert(line.indexOf(QLatin1Char('[')));
    return positions;
}

enum class Backslashes { Keep, Escape };

/**
 * @p line with what a Markdown viewer would load or run made text: raw HTML and entities
 * ("<" and "&" escaped), images, and links to anything but web and mail addresses (their "["
 * escaped). Code spans are left alone: nothing in them is live. A learner's note also has its
 * backslashes escaped, so that it shows exactly as typed.
 */
QString inertLine(const QString& line, Backslashes backslashes)
{
    const QSet<qsizetype> brackets = unsafeBrackets(line);
    QString out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('`')) {
            // A code span runs to the next run of as many backticks.
            qsizetype run = 0;
            while (i + run < line.size() && line.at(i + run) == QLatin1Char('`'))
                ++run;
            const QString fence(run, QLatin1Char('`'));
            const qsizetype close = line.indexOf(fence, i + run);
            const qsizetype end = close < 0 ? i + run : close + run;
            out += line.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == QLatin1Char('\\') && backslashes == Backslashes::Keep && i + 1 < line.size()) {
            out += line.mid(i, 2); // an escape of the pack's own Markdown, kept with what it escapes
            ++i;
            continue;
        }
        if (c == QLatin1Char('<') || c == QLatin1Char('&') || c == QLatin1Char('\\') || brackets.contains(i))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

/**
 * Course text (a pack's lessons, explanations and definitions: someone else's Markdown) with
 * its formatting kept but nothing a viewer would load or run: each line made inert, fenced
 * code blocks left as they are.
 */
QString inertMarkdown(const QString& markdown)
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString& line : lines) {
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (!inFence)
            line = inertLine(line, Backslashes::Keep);
    }
    return lines.join(QLatin1Char('\n'));
}

/**
 * A learner's note as a block quote: light Markdown (emphasis, lists, web links) kept,
 * everything a viewer would load or run shown as typed (see inertLine), and a line that
 * starts with "#" kept as text rather than made a heading, as the HTML and PDF notes do.
 * Line ends stay line ends.
 */
QString noteMarkdown(const OutlineBlock& b)
{
    QString md = QStringLiteral("> **%1**\n>\n").arg(escapeMarkdown(b.label));
    const QStringList lines = b.markdown.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        QString safe = inertLine(line, Backslashes::Escape);
        qsizetype first = 0;
        while (first < safe.size() && safe.at(first).isSpace())
            ++first;
        if (first < safe.size() && safe.at(first) == QLatin1Char('#'))
            safe.insert(first, QLatin1Char('\\'));
        md += line.trimmed().isEmpty() ? QStringLiteral(">\n")
                                       : QStringLiteral("> ") + safe + QStringLiteral("  \n");
    }
    return md;
}

void writeSection(const OutlineSection& s, QString& md)
{
    md += QString(s.level + 1, QLatin1Char('#')) + QLatin1Char(' ') + escapeMarkdown(s.title)
        + QStringLiteral("\n\n");
    for (const OutlineBlock& b : s.blocks) {
        switch (b.kind) {
        case OutlineBlock::Kind::Markdown:
            md += inertMarkdown(demoteHeadings(b.markdown.trimmed(), 1));
            break;
        case OutlineBlock::Kind::Note: md += noteMarkdown(b); break;
        case OutlineBlock::Kind::Table: md += tableMarkdown(b.table); break;
        case OutlineBlock::Kind::Diagram:
            md += QStringLiteral("*%1*\n\n").arg(escapeMarkdown(b.label)) + tableMarkdown(b.table);
            break;
        }
        if (!md.endsWith(QLatin1Char('\n')))
            md += QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    for (const OutlineSection& child : s.sections)
        writeSection(child, md);
}

} // namespace

QString studyNotesMarkdown(const StudyNotesOutline& outline)
{
    QString md = QStringLiteral("# %1\n\n*%2*\n\n")
                     .arg(escapeMarkdown(outline.title), escapeMarkdown(outline.subtitle));
    md += QStringLiteral("## %1\n\n").arg(Text::tr("Contents"));
    for (const OutlineSection& s : outline.sections) {
        md += QStringLiteral("- %1\n").arg(escapeMarkdown(s.title));
        for (const OutlineSection& child : s.sections) {
            if (child.level <= 2 && child.inContents)
                md += QStringLiteral("  - %1\n").arg(escapeMarkdown(child.title));
        }
    }
    md += QLatin1Char('\n');
    for (const OutlineSection& s : outline.sections)
        writeSection(s, md);
    while (md.endsWith(QStringLiteral("\n\n")))
        md.chop(1);
    return md;
}

} // namespace demarc
