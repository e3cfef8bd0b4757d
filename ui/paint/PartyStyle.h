// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Party.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace demarc::partystyle {

// How a party looks wherever it is drawn. Colour is never the only cue: every party also
// has a pattern, an icon and its name in words. The fills are from the Okabe–Ito palette
// (distinguishable with the common colour-vision deficiencies) and carry dark text with
// a contrast above 6:1, on light and dark themes alike.

QColor fill(Party party);
QColor textColor(Party party);
/** "AWS", "Customer", "Shared" */
QString label(Party party);
/** "Security OF the cloud", "Security IN the cloud", "Both sides" */
QString side(Party party);

/** Fills @p rect with the party's colour and pattern (AWS: diagonal lines, shared: dots). */
void paintFill(QPainter* painter, const QRectF& rect, Party party, qreal radius = 0);
/** The party's icon: AWS a cloud, the customer a person, shared both halves. */
void paintIcon(QPainter* painter, const QRectF& rect, Party party);
/** The width paintBadge() takes in @p font for a box @p height high. */
qreal badgeWidth(const QFont& font, qreal height, Party party);
/** Icon and name, right-aligned in @p rect; returns the width used. */
qreal paintBadge(QPainter* painter, const QRectF& rect, Party party);

/**
 * A matrix cell: the party's fill, its icon and name centred, ◆ in the top-left corner
 * when the cell is a service's own, (!) in the top-right when popular material differs.
 */
void paintCell(QPainter* painter, const QRectF& rect, Party party, bool serviceSpecific, bool hasNuance);

/** The marks a drawing uses, so that its legend explains those and no others. */
struct Marks
{
    bool line = false; ///< the dashed demarcation line
    bool changesHands = false; ///< ⇄ between compared layers
    bool serviceSpecific = false; ///< ◆
    bool nuance = false; ///< (!)
};

/** One sentence per mark in @p marks: "◆ this service differs from its model" … */
QStringList markNotes(const Marks& marks);

/** What a legend explains: the parties drawn, then notes on the marks. */
struct Legend
{
    QList<Party> parties; ///< in the order drawn
    QStringList notes;
};

/** The height @p legend takes in @p font at @p width. */
qreal legendHeight(const QFont& font, qreal width, const Legend& legend);

/**
 * The parties as swatches with their names on a first line, the notes after them, each entry on a
 * new line when the line is full; in the painter's font, smaller if @p rect is too low for it.
 */
void paintLegend(QPainter* painter, const QRectF& rect, const QPalette& palette, const Legend& legend);

} // namespace demarc::partystyle
