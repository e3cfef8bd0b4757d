// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QSpinBox;

namespace demarc {

/**
 * Where a live class is served: one of this machine's network addresses (never every address at
 * once) and a port, kept for the next class. The addresses are the app's to list (ui sees no
 * network); the first is the default.
 */
class LiveClassDialog : public QDialog
{
    Q_OBJECT

public:
    LiveClassDialog(const QStringList& addresses, QWidget* parent = nullptr);

    /** The address kept, or empty for the default (the first private network address). */
    static QString savedAddress();
    /** The port kept; 0 for any free one. */
    static quint16 savedPort();

    void accept() override;

private:
    QComboBox* m_address;
    QSpinBox* m_port;
};

} // namespace demarc
