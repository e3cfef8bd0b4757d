// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Party.h"

#include <QColor>
#include <QRectF>
#include <QString>

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
/** Icon and name, right-aligned in @p rect; returns the width used. */
qreal paintBadge(QPainter* painter, const QRectF& rect, Party party);

} // namespace demarc::partystyle
