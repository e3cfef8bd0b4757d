// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace demarc {

class ChoicesModel;

/**
 * The choices of the question being edited: a table of id, text, answer (right or wrong, or
 * the party on a sorting question) and explanation, with buttons to add, remove and reorder.
 */
class ChoiceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChoiceEditor(ChoicesModel& model, QWidget* parent = nullptr);

private:
    ChoicesModel& m_model;
    QTableView* m_table;
};

} // namespace demarc
