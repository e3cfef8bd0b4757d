// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;

namespace demarc {

/**
 * Help → Keyboard Shortcuts (F1): every key the app answers to. The menus' shortcuts are read
 * from the menus themselves, so the list cannot fall behind them; the keys of each view
 * (lessons, diagram, quiz, sorting board, presenter mode) follow.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /** Keys, and what they do. */
    using Keys = QList<std::pair<QString, QString>>;
    /** A menu's or a view's keys, under its name. */
    using Section = std::pair<QString, Keys>;

    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    /** What the dialog lists: each menu that has shortcuts, then each view. */
    static QList<Section> sections(const QMenuBar* menus);
};

} // namespace demarc
