// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown writer of the study notes (declared in StudyNotes.h).
#include "MarkdownText.h"
#include "StudyNotes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace demarc {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("StudyNotes", text); }

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
 * The positions of the "[" that open an image, or a link to anything but a web or mail
 * address, in @p line: escaped, they show as typed instead of loading or linking.
 */
QSet<qsizetype> unsafeBrackets(const QString& line)
{
    static const QRegularExpression link(QStringLiteral("(!?)\\[[^\\]]*\\]\\(\\s*([^)\\s]*)"));
    static const QRegularExpression safe(QStringLiteral("^(https?://|mailto:)"), QRegularExpression::CaseInsensitiveOption);
    QSet<qsizetype> positions;
    for (auto it = link.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty() || !safe.match(m.captured(2)).hasMatch())
            positions.insert(m.capturedStart() + m.capturedLength(1));
    }
    return positions;
}

/**
 * A learner's note as a block quote. Its own Markdown is kept, except what a viewer would
 * load or run: raw HTML ("<" and "&" escaped), images, and links to anything but web and mail
 * addresses (their "[" escaped), so that a viewer shows them as typed. Line ends stay line ends.
 */
QString noteMarkdown(const OutlineBlock& b)
{
    QString md = QStringLiteral("> **%1**\n>\n").arg(escapeMarkdown(b.label));
    const QStringList lines = b.markdown.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QSet<qsizetype> brackets = unsafeBrackets(line);
        QString safe;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('<') || c == QLatin1Char('&') || c == QLatin1Char('\\') || brackets.contains(i))
                safe += QLatin1Char('\\');
            safe += c;
        }
        md += line.trimmed().isEmpty() ? QStringLiteral(">\n") : QStringLiteral("> ") + safe + QStringLiteral("  \n");
    }
    return md;
}

void writeSection(const OutlineSection& s, QString& md)
{
    md += QString(s.level + 1, QLatin1Char('#')) + QLatin1Char(' ') + escapeMarkdown(s.title) + QStringLiteral("\n\n");
    for (const OutlineBlock& b : s.blocks) {
        switch (b.kind) {
        case OutlineBlock::Kind::Markdown:
            md += demoteHeadings(b.markdown.trimmed(), 1);
            break;
        case OutlineBlock::Kind::Note:
            md += noteMarkdown(b);
            break;
        case OutlineBlock::Kind::Table:
            md += tableMarkdown(b.table);
            break;
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
    QString md = QStringLiteral("# %1\n\n*%2*\n\n").arg(escapeMarkdown(outline.title), escapeMarkdown(outline.subtitle));
    md += QStringLiteral("## %1\n\n").arg(tr("Contents"));
    for (const OutlineSection& s : outline.sections) {
        md += QStringLiteral("- %1\n").arg(escapeMarkdown(s.title));
        for (const OutlineSection& child : s.sections) {
            if (child.level <= 2)
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
