// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadingBrowser.h"

#include "ScaledFont.h"
#include "core/MarkdownText.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace demarc {

namespace {
constexpr int MaxLineEms = 42; // about 80 characters of body text
}

ReadingBrowser::ReadingBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // A caret the arrow keys move, so that the text can be read (and selected) line by line from
    // the keyboard, as a screen reader reads it; links still take Tab and open with Enter.
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(24);
    setScaledFont(this, 1.15);
    document()->setDefaultFont(font());
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        else if (scheme == QLatin1String("lesson"))
            emit lessonActivated(url.path());
        else if (scheme == QLatin1String("term"))
            emit termActivated(url.path());
    });
}

void ReadingBrowser::setReadingMarkdown(const QString& markdown)
{
    // One edit: the text is laid out once when it is all in, not again after each block added.
    QTextCursor edit(document());
    edit.beginEditBlock();
    document()->setMarkdown(markdown,
                            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                            | QTextDocument::MarkdownNoHTML));
    edit.endEditBlock();
    styleTables();
    updateMargins();
    moveCursor(QTextCursor::Start); // a new text is read from the top
    verticalScrollBar()->setValue(0);
    fitHeight();
}

QString ReadingBrowser::escapeMarkdown(const QString& text) { return demarc::escapeMarkdown(text); }

QHash<QString, Source> ReadingBrowser::sourceCatalog(const QList<Source>& sources)
{
    QHash<QString, Source> catalog;
    for (const Source& s : sources)
        catalog.insert(s.id, s);
    return catalog;
}

QString ReadingBrowser::sourcesMarkdown(const QStringList& ids, const QHash<QString, Source>& catalog)
{
    if (ids.isEmpty())
        return {};
    return QLatin1String("\n\n---\n\n**") + tr("Sources") + QLatin1String("**\n\n")
        + sourceList(ids, catalog);
}

QString ReadingBrowser::sourceList(const QStringList& ids, const QHash<QString, Source>& catalog)
{
    QString md;
    for (const QString& id : ids) {
        const auto it = catalog.constFind(id);
        if (it == catalog.cend()) {
            md += QLatin1String("- ") + escapeMarkdown(id) + QLatin1Char('\n');
            continue;
        }
        QString line = QLatin1String("- ");
        if (!it->url.isEmpty())
            line += QStringLiteral("[%1](%2)").arg(escapeMarkdown(it->title), it->url);
        else
            line += escapeMarkdown(it->title);
        if (it->asOf.isValid())
            line += QLatin1String(" ") + tr("(checked %1)").arg(it->asOf.toString(Qt::ISODate));
        md += line + QLatin1Char('\n');
    }
    return md;
}

void ReadingBrowser::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // Only a new size lays the text out again: a font change that leaves it as it was (Qt sends
    // some as the widget is polished and shown) would lay out a long text for nothing.
    if (event->type() == QEvent::FontChange && document()->defaultFont() != font()) {
        document()->setDefaultFont(font());
        updateMargins();
        fitHeight();
    }
    if (event->type() == QEvent::PaletteChange)
        styleTables(); // the rules and the header's shade in the new theme's colours
}

void ReadingBrowser::styleTables()
{
    // One rule between cells, not the two of separate cell borders, and a shaded header row.
    const QList<QTextFrame*> frames = document()->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderCollapse(true);
        format.setBorder(1);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(palette().color(QPalette::Mid));
        format.setCellSpacing(0);
        format.setCellPadding(6);
        table->setFormat(format);
        for (int c = 0; c < table->columns(); ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(palette().color(QPalette::AlternateBase));
            cell.setFormat(cellFormat);
        }
    }
}

bool ReadingBrowser::focusNextPrevChild(bool next)
{
    const bool hadFocus = hasFocus();
    if (!QTextBrowser::focusNextPrevChild(next))
        return false;
    // Qt selects the link Tab reaches without telling accessibility, so a screen reader stayed
    // silent on every link. Reported as the selection it is, the reader says the link's words.
    const QTextCursor link = textCursor();
    if (hadFocus && hasFocus() && link.hasSelection() && QAccessible::isActive()) {
        QAccessibleTextSelectionEvent selected(this, link.selectionStart(), link.selectionEnd());
        selected.setCursorPosition(link.position());
        QAccessible::updateAccessibility(&selected);
    }
    return true;
}

void ReadingBrowser::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
    fitHeight();
}

void ReadingBrowser::setGrowsWithContent(bool grows)
{
    m_grows = grows;
    setVerticalScrollBarPolicy(grows ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, grows ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    if (grows) {
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                &ReadingBrowser::fitHeight, Qt::UniqueConnection);
        fitHeight();
    }
}

void ReadingBrowser::fitHeight()
{
    if (!m_grows)
        return;
    // Lay the text out at the width it is shown at; a hidden or new browser may not have yet.
    document()->setTextWidth(viewport()->width());
    setFixedHeight(int(std::ceil(document()->size().height())) + frameWidth() * 2 + 2);
}

void ReadingBrowser::updateMargins()
{
    // Centre a column of comfortable width: wide margins on the document's root frame, so
    // the whole area stays one page and the scroll bar stays at the edge.
    const int column = fontMetrics().averageCharWidth() * MaxLineEms * 2;
    const int spare = viewport()->width() - column;
    const qreal side = std::max(spare / 2.0, document()->documentMargin());
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin() + 1.0, side + 1.0))
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(format);
}

} // namespace demarc
