// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "ui/common/ListTableModel.h"

namespace demarc {

class PackEditor;

/**
 * The lessons, glossary terms or questions of the pack being edited, one row each and one
 * column per field, for a list beside a form bound with QDataWidgetMapper. Lists of ids and
 * numbers are edited as comma-separated text. Every edit goes through the editor's undo stack.
 */
class PackSectionModel : public ListTableModel
{
    Q_OBJECT

public:
    enum class Section { Lessons, Glossary, Questions };
    enum LessonColumn {
        LessonId,
        LessonTopic,
        LessonTitle,
        LessonSummary,
        LessonBody,
        LessonFacts,
        LessonSources,
        LessonColumns
    };
    enum TermColumn { TermId, TermTerm, TermAliases, TermDefinition, TermSources, TermColumns };
    enum QuestionColumn {
        QuestionId,
        QuestionType,
        QuestionTopic,
        QuestionPrompt,
        QuestionControl,
        QuestionLesson,
        QuestionLayer,
        QuestionModel,
        QuestionService,
        QuestionFacts,
        QuestionSources,
        QuestionColumns
    };
    enum Role {
        /** What the list shows: the title, term or prompt, with a warning mark when it has problems. */
        LabelRole = Qt::UserRole + 1,
        /** The problems of the row (or, with a column, of that field), one per line. */
        ProblemsRole,
    };

    PackSectionModel(PackEditor& editor, Section section, QObject* parent = nullptr);

    Section section() const { return m_section; }
    /** The last column: the item's label (LabelRole) as its display text, for a list of the items. */
    int labelColumn() const { return fieldCount(); }
    /** "/questions/3", or with a column "/questions/3/prompt": where the pack's problems point. */
    QString pointer(int row, int column = -1) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Adds a new item at the end (a question with two empty choices) and returns its row. */
    int addItem();
    void removeItem(int row);

private:
    /** The ids of this section's items in @p pack, in order. */
    QStringList ids(const Pack& pack) const;
    int count() const;
    int fieldCount() const;
    QString key(int column) const;

    PackEditor& m_editor;
    Section m_section;
    int m_rows = 0;
};

} // namespace demarc
