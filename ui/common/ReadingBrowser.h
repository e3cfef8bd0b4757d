// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QHash>
#include <QTextBrowser>

namespace demarc {

/**
 * A text browser for reading: shows Markdown (raw HTML in it is shown as text, never
 * interpreted), keeps lines to a comfortable length on wide windows, and opens web links
 * in the system browser. Links of the form "lesson:ID" or "term:ID" are emitted instead.
 */
class ReadingBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReadingBrowser(QWidget* parent = nullptr);

    void setReadingMarkdown(const QString& markdown);
    /** Grow to the text's height instead of scrolling, for a browser inside a scrolling page. */
    void setGrowsWithContent(bool grows);

    /** Sources by id, for sourcesMarkdown(). */
    static QHash<QString, Source> sourceCatalog(const QList<Source>& sources);
    /** A Markdown "Sources" section for @p ids, looked up in @p catalog. */
    static QString sourcesMarkdown(const QStringList& ids, const QHash<QString, Source>& catalog);
    /** The list of that section alone: one Markdown item per source, a link where it has one. */
    static QString sourceList(const QStringList& ids, const QHash<QString, Source>& catalog);
    /** Escapes Markdown's special characters in a plain-text fragment. */
    static QString escapeMarkdown(const QString& text);

signals:
    /** A link to a lesson (lesson:ID) was followed. */
    void lessonActivated(const QString& lessonId);
    /** A link to a glossary term (term:ID) was followed. */
    void termActivated(const QString& termId);

protected:
    /** Tab between links, which a screen reader is now told of: it reads the link reached. */
    bool focusNextPrevChild(bool next) override;
    void resizeEvent(QResizeEvent* event) override;
    /** A new font (View → Zoom) is the text's new default: it is laid out again at that size. */
    void changeEvent(QEvent* event) override;

private:
    void updateMargins();
    /** Draws the text's tables with single rules and a shaded header, in the palette's colours. */
    void styleTables();
    void fitHeight();

    bool m_grows = false;
};

} // namespace demarc
