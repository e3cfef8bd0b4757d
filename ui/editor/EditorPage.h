// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"
#include "core/pack/PackStore.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDataWidgetMapper;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace demarc {

class ChoicesModel;
struct EditorSection;
class PackEditor;
class PackSectionModel;
class QuestionPreview;

/**
 * Edit mode for instructors: the lessons, glossary terms and questions of a pack of their own
 * (never the bundled course), in forms bound to the pack's models. Every change can be undone
 * (Ctrl+Z) and redone (Ctrl+Shift+Z); the pack is checked as you type by the validator of
 * `--validate-pack`, each item's problems shown in words beside it; a question is previewed
 * exactly as the quiz asks it. Save (Ctrl+S) installs it as the pack's next version.
 */
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    EditorPage(const ContentRepository& course, PackStore& store, QWidget* parent = nullptr);
    ~EditorPage() override;

    /** Reads the packs that can be edited; keeps the one open when it is still there. */
    Status reload();
    /** Opens pack @p id for editing (after asking about unsaved changes); false when there is none. */
    bool openPack(const QString& id);
    /** Starts a new pack extending the course, saves it and opens it. */
    Status newPack(const QString& title, const QString& author);
    /** Saves the pack being edited; its problems, when it has any, are the error. */
    Status save();

    PackEditor* editor() const { return m_editor; }
    QString currentPackId() const;
    QTabWidget* tabs() const { return m_tabs; }
    /** The list of the tab's items: 0 questions, 1 lessons, 2 glossary. */
    QListView* list(int tab) const;
    QuestionPreview* preview() const { return m_preview; }
    ChoicesModel* choices() const { return m_choices; }

    /** Asked for a new pack's title and author; nothing to cancel. */
    std::function<std::optional<std::pair<QString, QString>>()> askNewPack;
    /**
     * Asked before unsaved changes would be lost: true to save them first, false to drop them, nothing to
     * stay.
     */
    std::function<std::optional<bool>()> askUnsaved;

signals:
    /** A save installed new content: what the other views show has changed. */
    void contentChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildPackTab();
    QLayout* buildTopRow();
    void connectUndo();
    void connectActions();
    /** The default answers to askNewPack and askUnsaved: dialogs. */
    void askWithDialogs();
    QWidget* buildSectionForm(EditorSection& ui, bool questions, bool lessons);
    void connectSection(EditorSection& ui);
    QWidget* buildSection(EditorSection& ui, const QString& addText, const QString& removeText);
    void select(EditorSection& ui, int row);
    void updateState();
    void updateProblems();
    void refreshPreview();
    bool confirmLeaving();

    const ContentRepository& m_course;
    PackStore& m_store;
    PackEditor* m_editor;
    QComboBox* m_packCombo;
    QPushButton* m_newButton;
    QPushButton* m_undoButton;
    QPushButton* m_redoButton;
    QPushButton* m_saveButton;
    QLabel* m_state;
    QLabel* m_empty;
    QTabWidget* m_tabs;
    QLineEdit* m_packTitle;
    QLineEdit* m_packAuthor;
    QLineEdit* m_packDescription;
    QLabel* m_packProblems;
    ChoicesModel* m_choices;
    QuestionPreview* m_preview;
    QTabWidget* m_questionPanes;
    std::unique_ptr<EditorSection> m_questions;
    std::unique_ptr<EditorSection> m_lessons;
    std::unique_ptr<EditorSection> m_terms;
    QList<PackSummary> m_packs;
    bool m_loaded = false;
};

} // namespace demarc
