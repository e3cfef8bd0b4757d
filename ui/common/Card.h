// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace demarc {

/**
 * A card: a panel in the base colour with rounded corners and a one-pixel edge in the theme's
 * frame colour, set on the window's colour, holding one widget (a lesson's text, a question).
 * The widget inside keeps no frame of its own; its focus ring is the card's edge, drawn in the
 * selection colour while the focus is inside (unless what is inside shows its focus itself).
 */
class Card : public QWidget
{
    Q_OBJECT

public:
    /** Holds @p content (now the card's child) with @p padding pixels round it inside the edge. */
    explicit Card(QWidget* content, int padding, QWidget* parent = nullptr);
    /** An empty card whose layout (a column, padded) the caller fills. */
    explicit Card(QWidget* parent = nullptr);

    /** What the card was made to hold; null for a card filled through its layout. */
    QWidget* content() const { return m_content; }
    /** Whether the edge turns to the selection colour while the focus is inside (on by default). */
    void setShowsFocus(bool shows);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void watchFocus();

    QWidget* m_content = nullptr;
    bool m_showsFocus = true;
};

} // namespace demarc
