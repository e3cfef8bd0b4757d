// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QWidget>

namespace demarc {

/**
 * A plain container a screen reader reads as a named group (a panel): its accessible name says
 * what the controls inside are about, and the reader speaks it as the focus enters from outside,
 * and again when the name changes (a new question in the same place).
 */
class NamedGroup : public QWidget
{
    Q_OBJECT
public:
    explicit NamedGroup(QWidget* parent = nullptr);
};

/**
 * A label a screen reader speaks as it appears, without the focus moving to it: a notification
 * whose name is the label's text. Show it (after hiding it, or with its parent) to have it spoken.
 */
class Announcement : public QLabel
{
    Q_OBJECT
public:
    explicit Announcement(QWidget* parent = nullptr);
};

} // namespace demarc
