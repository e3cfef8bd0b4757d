// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "ui/common/ListTableModel.h"

namespace demarc {

class PackEditor;

/**
 * The choices of one question of the pack being edited: id, text, the answer (a check box for
 * right or wrong, or the party for classify and split questions) and the explanation. Every
 * edit goes through the editor's undo stack.
 */
class ChoicesModel : public ListTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Text, Answer, Explanation, ColumnCount };
    /** The problems of the choice (or, with a column, of that field), one per line. */
    static constexpr int ProblemsRole = Qt::UserRole + 1;

    explicit ChoicesModel(PackEditor& editor, QObject* parent = nullptr);

    /** Shows the choices of question @p row (-1 for none). */
    void setQuestion(int row);
    int question() const { return m_question; }
    /** Whether the answer column holds a party (classify and split) rather than right or wrong. */
    bool assignsParties() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int addChoice();
    void removeChoice(int row);
    /** Moves a choice one place up (-1) or down (+1). */
    void moveChoice(int row, int by);

private:
    /** The ids of the choices of the question shown, as they are in @p pack. */
    QStringList ids(const Pack& pack) const;
    int count() const;
    QString pointer(int row, int column) const;

    PackEditor& m_editor;
    int m_question = -1;
    int m_rows = 0;
};

} // namespace demarc
