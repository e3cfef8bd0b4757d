// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"
#include "core/Party.h"
#include "core/Progress.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;

namespace demarc {

class AnalogyModel;
class ControlsModel;
class CustomerAreasModel;
class MatrixPartyFilter;
class NotePanel;
class ReadingBrowser;
class ResponsibilityMatrixModel;
class ServiceCategoriesModel;

/** The matrix of layers × service models (or services), and the course's other tables. */
class MatrixPage : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixPage(const ContentRepository& content, QWidget* parent = nullptr);

    Status reload();
    /** Gives the matrix the keyboard focus (see DiagramPage::focusContent()). */
    void focusContent();

    ResponsibilityMatrixModel* model() const { return m_model; }
    MatrixPartyFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    /** The learner's note on the current cell (hidden until MainWindow gives it a store). */
    NotePanel* notePanel() const { return m_note; }
    /** The layer and the model or service of the current cell; empty before the course is read. */
    QString currentLayerId() const;
    QString currentSelectionId() const;

public slots:
    /** Makes the row of @p layerId current, keeping the current column. */
    bool selectLayer(const QString& layerId);
    /** Makes the column of a model or service current (switching the columns if needed). */
    bool selectColumn(const QString& selectionId);
    void setPartyFilter(std::optional<Party> party, const QString& selectionId);
    /** The party the filter box names; none for "All layers". */
    std::optional<Party> chosenParty() const;
    /** The learner's wrong answers per cell, drawn over the matrix while shown. */
    void setErrorHeat(const demarc::ErrorHeat& heat);
    void setHeatShown(bool shown);

signals:
    void layerSelected(const QString& layerId);
    void columnSelected(const QString& selectionId);

private:
    void setUpFilters();
    void setUpTable();
    QWidget* buildMatrixTab();
    void connectFilters();
    void fillFilterColumns();
    void showDetails();
    void setCurrent(const QString& layerId, const QString& selectionId);
    void updateHeatKey();

    const ContentRepository& m_content;
    ResponsibilityMatrixModel* m_model;
    MatrixPartyFilter* m_filter;
    CustomerAreasModel* m_areas;
    ControlsModel* m_controls;
    ServiceCategoriesModel* m_categories;
    AnalogyModel* m_analogy;
    QTabWidget* m_tabs;
    QComboBox* m_columns;
    QComboBox* m_party;
    QComboBox* m_partyColumn;
    QTableView* m_table;
    ReadingBrowser* m_details;
    NotePanel* m_note;
    QCheckBox* m_heatCheck;
    QLabel* m_heatKey;
    QHash<QString, Source> m_sources;
    /** Set while the page changes its own current cell: only the user's choices are announced. */
    bool m_syncing = false;
};

} // namespace demarc
