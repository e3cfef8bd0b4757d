// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace demarc {

/**
 * A bold line that says something went wrong (a failed save), in the theme's colour for
 * problems; it changes colour with the theme.
 */
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void wearTheme();

    bool m_wearing = false;
};

} // namespace demarc
