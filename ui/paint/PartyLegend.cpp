// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyLegend.h"

#include "PartyStyle.h"

#include <QPainter>

namespace demarc {

PartyLegend::PartyLegend(QString notes, QWidget* parent)
    : QWidget(parent)
    , m_notes(std::move(notes))
{
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(tr("AWS: orange with diagonal lines and a cloud. Customer: blue with a person. "
                                "Shared: purple with dots and both icons. %1")
                                 .arg(m_notes));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize PartyLegend::sizeHint() const { return { 600, int(fontMetrics().height() * 2.9) }; }

void PartyLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    partystyle::paintLegend(&painter, QRectF(rect()).adjusted(12, 4, -12, -4), palette(), m_notes);
}

} // namespace demarc
