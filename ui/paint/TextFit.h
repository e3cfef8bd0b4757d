// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QFontMetricsF;
class QPainter;

/**
 * How painted labels fit their boxes: a label first wraps, then shrinks, and is cut short only
 * when neither is enough, never losing the marks around it (◆, (!)). Every cut is reported to
 * the ElisionLog alive at the time, so a test can render the views and see what was lost.
 */
namespace demarc::textfit {

/** One label cut short. */
struct Elision
{
    QString where; ///< which drawing cut it, e.g. "diagram bar"
    QString text; ///< what it should have said
    QString shown; ///< what it said
    qreal width = 0; ///< the room it had, in pixels
};

/** Collects the labels cut short while it lives (one at a time, on the thread that paints). */
class ElisionLog
{
public:
    ElisionLog();
    ~ElisionLog();
    ElisionLog(const ElisionLog&) = delete;
    ElisionLog& operator=(const ElisionLog&) = delete;

    const QList<Elision>& entries() const { return m_entries; }
    void clear() { m_entries.clear(); }
    void add(Elision elision) { m_entries.append(std::move(elision)); }

private:
    QList<Elision> m_entries;
    ElisionLog* m_previous;
};

/** @p font a step larger or smaller: its pixel or point size times @p scale (never below legible). */
QFont scaled(const QFont& font, qreal scale);

/** @p text cut to @p width with @p mode; a cut is reported as made by @p where. */
QString elided(const QFontMetricsF& metrics, const QString& text, Qt::TextElideMode mode, qreal width,
               const char* where);

/** A label's text, with the marks that must survive any cut kept apart from it. */
struct Label
{
    /** Not explicit: a plain text is a label without marks. */
    Label(QString text, QString prefix = {}, QString suffix = {})
        : text(std::move(text))
        , prefix(std::move(prefix))
        , suffix(std::move(suffix))
    { }

    QString text;
    QString prefix; ///< e.g. "◆ ", kept whole
    QString suffix; ///< e.g. "  (!)", kept whole

    QString whole() const { return prefix + text + suffix; }
};

/** How a label fits a box: the font it is drawn in and its lines. */
struct Fit
{
    QFont font;
    QStringList lines;
    bool cut = false;
};

/**
 * Fits @p label into @p box: on one line in @p font, else wrapped onto as many lines as the box's
 * height holds (at most @p maxLines); else the same a step smaller, down to @p minScale of the font;
 * else cut short in its last line, its prefix and suffix kept (and reported as made by @p where).
 */
Fit fit(const Label& label, const QFont& font, const QSizeF& box, qreal minScale, int maxLines,
        const char* where);

/** Draws @p fit's lines in @p rect, centred as a block on @p alignment's vertical axis. */
void draw(QPainter* painter, const QRectF& rect, const Fit& fit, Qt::Alignment alignment);

} // namespace demarc::textfit
