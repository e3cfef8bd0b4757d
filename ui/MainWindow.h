// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace demarc {

class DiagramPage;
class GlossaryView;
class LessonsView;
class MatrixPage;
class SearchView;

/** The main window: navigation sidebar with a search box, the views, a status bar. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** The views a user can open, by the names used on the command line. */
    static QStringList viewNames();

    explicit MainWindow(const ContentRepository& content, QWidget* parent = nullptr);

    /** Loads content into every view. */
    Status reload();

    /** Shows a view by name; false when there is no such view. */
    bool showView(const QString& name);
    QString currentViewName() const;

    /** Restores geometry and the last view from QSettings. */
    void restoreSettings();
    /** Whether closing the window saves geometry and view (off for screenshots). */
    void setPersistSettings(bool persist) { m_persistSettings = persist; }

    /** Preselects a service model or service in the diagram; false for an unknown id. */
    bool showService(const QString& id);
    /** Every id showService() accepts. */
    QStringList serviceIds() const;

    LessonsView* lessonsView() const { return m_lessons; }
    DiagramPage* diagramPage() const { return m_diagram; }
    MatrixPage* matrixPage() const { return m_matrix; }
    GlossaryView* glossaryView() const { return m_glossary; }
    SearchView* searchView() const { return m_search; }

public slots:
    void focusSearch();
    void showLesson(const QString& lessonId);
    void showTerm(const QString& termId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void runSearch();
    void showError(const QString& message);
    void saveSettings() const;
    void setReducedMotion(bool reduced);

    const ContentRepository& m_content;
    QListWidget* m_navigation;
    QLineEdit* m_searchEdit;
    QStackedWidget* m_stack;
    LessonsView* m_lessons;
    DiagramPage* m_diagram;
    MatrixPage* m_matrix;
    GlossaryView* m_glossary;
    SearchView* m_search;
    QLabel* m_statusCounts;
    QTimer* m_searchTimer;
    QString m_viewBeforeSearch;
    QAction* m_reducedMotion = nullptr;
    bool m_persistSettings = true;
};

} // namespace demarc
