// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyLegend.h"

#include <QPainter>

#include <cmath>

namespace demarc {

namespace {

constexpr int SideMargin = 12;
constexpr int TopMargin = 4;

} // namespace

PartyLegend::PartyLegend(partystyle::Legend legend, QWidget* parent)
    : QWidget(parent)
    , m_legend(std::move(legend))
{
    setAccessibleName(tr("Legend"));
    QStringList parts;
    for (Party p : std::as_const(m_legend.parties)) {
        switch (p) {
        case Party::Aws: parts << tr("AWS: orange with diagonal lines and a cloud."); break;
        case Party::Customer: parts << tr("Customer: blue with a person."); break;
        case Party::Shared: parts << tr("Shared: purple with dots and both icons."); break;
        }
    }
    parts << m_legend.notes;
    setAccessibleDescription(parts.join(QLatin1Char(' ')));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int PartyLegend::heightForWidth(int width) const
{
    return int(std::ceil(partystyle::legendHeight(font(), width - 2 * SideMargin, m_legend))) + 2 * TopMargin;
}

QSize PartyLegend::sizeHint() const { return { 600, heightForWidth(600) }; }

QSize PartyLegend::minimumSizeHint() const { return { 200, heightForWidth(600) }; }

void PartyLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    partystyle::paintLegend(&painter, QRectF(rect()).adjusted(SideMargin, TopMargin, -SideMargin, -TopMargin),
                            palette(), m_legend);
}

} // namespace demarc
