// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

namespace demarc {

/**
 * Shares a table's width among its columns by what they hold: each column at least as wide as its
 * longest word (so that no word is cut, cells wrapping between words), the rest of the width in
 * proportion to the length of its texts. Kept as the table is resized or its model changes; a
 * column the user drags keeps the width given until the next resize.
 */
class ColumnBalancer : public QObject
{
    Q_OBJECT

public:
    /** Balances @p table's columns (over the model it has now) from now on; owned by the table. */
    static void install(QTableView* table);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ColumnBalancer(QTableView* table);
    void balance();

    QTableView* m_table;
    bool m_balancing = false;
};

} // namespace demarc
