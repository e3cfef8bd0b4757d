// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemLabel.h"

#include "ui/paint/Theme.h"

#include <QEvent>

namespace demarc {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    wearTheme();
}

void ProblemLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // A new theme arrives as a new application palette.
    if (event->type() == QEvent::PaletteChange && !m_wearing)
        wearTheme();
}

void ProblemLabel::wearTheme()
{
    m_wearing = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, theme::current().problem);
    setPalette(p);
    m_wearing = false;
}

} // namespace demarc
