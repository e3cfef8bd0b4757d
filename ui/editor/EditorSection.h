// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace demarc {

class FormDelegate;
class PackSectionModel;

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
    /** The question form's fields, with @p choices (the choice editor) among them. */
    void bindQuestionFields(QWidget* choices);
    void bindLessonFields();
    void bindTermFields();
};

/** A text box of about @p lines lines that grows to three times that; Tab moves on. */
QPlainTextEdit* textBox(const char* objectName, int lines);
QLineEdit* lineBox(const char* objectName, const QString& placeholder = {});

} // namespace demarc
