// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PartyStyle.h"
#include "TextFit.h"
#include "core/Party.h"

#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace demarc {

/** One layer as the diagram shows it. */
struct DiagramRow
{
    QString name;
    Party party = Party::Customer;
    std::optional<Party> compareParty;
    bool serviceSpecific = false;
    bool hasNuance = false;
    bool compareServiceSpecific = false; ///< ◆ on the comparison's side
    bool compareHasNuance = false; ///< (!) on the comparison's side
};

/** Everything the diagram draws, independent of where it is drawn. Rows run top to bottom. */
struct DiagramScene
{
    QString title;
    QString subtitle;
    QString compareTitle; ///< empty: no comparison
    QString compareSubtitle;
    QList<DiagramRow> rows;
    /** Layers from the bottom that AWS alone secures; fractional while the line moves. */
    qreal line = 0;
    qreal compareLine = 0;
    int currentRow = -1;
    /**
     * Layers shown from the bottom, for revealing the stack one layer at a time; the others
     * are empty outlines, and the line appears once a layer above it is shown. -1: all.
     */
    int revealed = -1;
    /** The legend's smallest type in pixels (a projector's, read from the back); 0: the diagram's own. */
    qreal legendPixels = 0;

    bool comparing() const { return !compareTitle.isEmpty(); }
    /** Whether row @p r (from the top) is shown. */
    bool isRevealed(int r) const { return revealed < 0 || rows.size() - 1 - r < revealed; }
    /** Whether the line is drawn: once a layer above it is shown. */
    bool lineShown() const { return revealed < 0 || revealed >= rows.size() || revealed > line; }
};

/**
 * The one drawing of the responsibility stack: the on-screen view, PNG and SVG export,
 * presenter mode and printed notes all call this. Sizes follow the area, so the same
 * drawing reads on a laptop and on a 4K projector.
 */
class DiagramPainter
{
public:
    /** A column's title and subtitle as they fit its width. */
    struct TitleText
    {
        textfit::Fit title;
        textfit::Fit subtitle;
        qreal height = 0;
    };

    struct Layout
    {
        TitleText titleText;
        TitleText compareTitleText;
        partystyle::Legend legendContent;
        QFont legendFont;
        QRectF title;
        QRectF compareTitle;
        QList<QRectF> bars; ///< per row, top to bottom
        QList<QRectF> compareBars;
        QRectF legend;
        qreal gap = 0;
        qreal fontPixels = 12;
    };

    /** Where each part goes in @p area, its texts fitted in @p font. */
    static Layout layout(const QRectF& area, const DiagramScene& scene, const QFont& font);
    static void paint(QPainter* painter, const QRectF& area, const DiagramScene& scene,
                      const QPalette& palette, const QFont& font);
    /** The smallest area in which the diagram stays readable. */
    static QSizeF minimumSize(int rows);
    /** Where the demarcation line @p line (0 the floor, bars.size() the roof) crosses @p bars. */
    static qreal boundaryY(const QList<QRectF>& bars, qreal gap, qreal line);
};

} // namespace demarc
