// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PartyStyle.h"

#include <QWidget>

namespace demarc {

/** A legend of the parties' colours, icons and patterns and of the marks, wrapped to its width. */
class PartyLegend : public QWidget
{
    Q_OBJECT

public:
    explicit PartyLegend(partystyle::Legend legend, QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    partystyle::Legend m_legend;
};

} // namespace demarc
