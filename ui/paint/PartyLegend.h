// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace demarc {

/** A legend of the parties' colours, icons and patterns, with a line of notes. */
class PartyLegend : public QWidget
{
    Q_OBJECT

public:
    explicit PartyLegend(QString notes, QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_notes;
};

} // namespace demarc
