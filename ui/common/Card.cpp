// SPDX-License-Identifier: GPL-3.0-or-later
#include "Card.h"

#include "Metrics.h"

#include <QApplication>
#include <QFrame>
#include <QPainter>
#include <QVBoxLayout>

namespace demarc {

Card::Card(QWidget* content, int padding, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
{
    setObjectName(content->objectName() + QStringLiteral("Card"));
    if (auto* frame = qobject_cast<QFrame*>(content))
        frame->setFrameShape(QFrame::NoFrame); // the card's edge is its frame
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(padding, padding, padding, padding);
    layout->setSpacing(0);
    layout->addWidget(content);
    watchFocus();
}

Card::Card(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::Medium, metrics::Medium, metrics::Medium, metrics::Medium);
    watchFocus();
}

void Card::watchFocus()
{
    // The edge shows where the keyboard is: repainted as the focus comes and goes.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* from, QWidget* to) {
        if ((from && isAncestorOf(from)) || (to && isAncestorOf(to)))
            update();
    });
}

void Card::setShowsFocus(bool shows)
{
    m_showsFocus = shows;
    update();
}

void Card::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QWidget* focused = QApplication::focusWidget();
    const bool focusInside = m_showsFocus && focused && isAncestorOf(focused);
    const int edge = focusInside ? 2 : 1;
    const QRectF box = QRectF(rect()).adjusted(edge / 2.0, edge / 2.0, -edge / 2.0, -edge / 2.0);
    p.setPen(QPen(palette().color(focusInside ? QPalette::Highlight : QPalette::Mid), edge));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(box, metrics::Small, metrics::Small);
}

} // namespace demarc
