// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace demarc::studynotes {

namespace {

/** Where a line of @p block is drawn, in document coordinates: the layout moves a line that
 * does not fit to the next page, while the block's own rectangle may still start on the page before. */
qreal lineMiddle(QAbstractTextDocumentLayout* layout, const QTextBlock& block, int line)
{
    const qreal top = layout->blockBoundingRect(block).top();
    const QTextLayout* lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return top;
    const QTextLine l = lines->lineAt(std::clamp(line, 0, lines->lineCount() - 1));
    return top + l.y() + l.height() / 2;
}

int pageAt(qreal y, qreal pageHeight) { return int(y / pageHeight); }

} // namespace

int keepHeadingsWithTheirText(QTextDocument& doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    // The layout catches up lazily after a change; asking for its size finishes it.
    layout->documentSize();
    int moved = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextBlock following = block.next();
        while (following.isValid() && following.text().trimmed().isEmpty())
            following = following.next();
        if (!following.isValid())
            continue;
        const qreal at = lineMiddle(layout, block, 0);
        const int page = pageAt(at, pageHeight);
        if (at - page * pageHeight < pageHeight * 0.1)
            continue;
        const int firstLines = following.layout() ? std::min(2, following.layout()->lineCount()) : 1;
        if (pageAt(lineMiddle(layout, following, firstLines - 1), pageHeight) > page
            || pageAt(lineMiddle(layout, block, block.layout() ? block.layout()->lineCount() - 1 : 0),
                      pageHeight)
                > page) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            layout->documentSize();
            ++moved;
        }
    }
    return moved;
}

QHash<QString, HeadingPlace> headingPlaces(QTextDocument& doc, qreal pageHeight)
{
    QHash<QString, HeadingPlace> places;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    layout->documentSize();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const qreal middle = lineMiddle(layout, block, 0);
        const int page = pageAt(middle, pageHeight);
        const qreal top = layout->blockBoundingRect(block).top()
            + (block.layout() && block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).y() : 0);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString& anchor : it.fragment().charFormat().anchorNames())
                places.insert(anchor, { page, std::max<qreal>(0, top - page * pageHeight) });
        }
    }
    return places;
}

} // namespace demarc::studynotes
