// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace demarc {

class ChoicesModel;
class PackSectionModel;

/**
 * Puts values into a form's widgets only when they differ from what is shown, so the text
 * being typed keeps its cursor when the model announces the change it just made; combo boxes
 * are read and set by their items' data (the stored id), not their text.
 */
class FormDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** Writes @p editor's value alone into the model (the mapper's other widgets are left as they are). */
    void commit(QWidget* editor) { emit commitData(editor); }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

/** In the choices table, a sorting question's party is picked from the three, not typed. */
class PartyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PartyDelegate(const ChoicesModel& model, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const ChoicesModel& m_model;
};

/**
 * One section of the pack being edited (questions, lessons or glossary): its list, its form
 * and the mapper between them, and the row the form shows.
 */
struct EditorSection
{
    PackSectionModel* model = nullptr;
    QListView* list = nullptr;
    QDataWidgetMapper* mapper = nullptr;
    FormDelegate* delegate = nullptr;
    QWidget* form = nullptr;
    QFormLayout* fields = nullptr;
    QLabel* problems = nullptr;
    QPushButton* add = nullptr;
    QPushButton* remove = nullptr;
    int row = -1;

    /**
     * Binds @p widget to @p column; what is typed is written (and checked) at once, that field
     * alone, so a change elsewhere in the form never overwrites it.
     */
    void bind(QWidget* widget, int column, const QString& label);
};

/** A text box of about @p lines lines that grows to three times that; Tab moves on. */
QPlainTextEdit* textBox(const char* objectName, int lines);
QLineEdit* lineBox(const char* objectName, const QString& placeholder = {});

} // namespace demarc
