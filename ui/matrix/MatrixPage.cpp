// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixPage.h"

#include "AnalogyModel.h"
#include "ControlsModel.h"
#include "CustomerAreasModel.h"
#include "MatrixCellDelegate.h"
#include "MatrixPartyFilter.h"
#include "ResponsibilityMatrixModel.h"
#include "ServiceCategoriesModel.h"
#include "ui/common/ColumnBalancer.h"
#include "ui/common/Controls.h"
#include "ui/common/ItemViews.h"
#include "ui/common/Metrics.h"
#include "ui/common/NotePanel.h"
#include "ui/common/ReadingBrowser.h"
#include "ui/paint/PartyLegend.h"
#include "ui/paint/PartyStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace demarc {

// --- MatrixPage

namespace {

QTableView* makeTable(const char* name, const QString& accessibleName)
{
    auto* table = new TableView;
    table->setObjectName(QLatin1String(name));
    table->setAccessibleName(accessibleName);
    table->setWordWrap(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // the arrows move between cells; Tab leaves the table
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    controls::styleTable(table, true);
    return table;
}

} // namespace

MatrixPage::MatrixPage(const ContentRepository& content, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_model(new ResponsibilityMatrixModel(this))
    , m_filter(new MatrixPartyFilter(this))
    , m_areas(new CustomerAreasModel(this))
    , m_controls(new ControlsModel(this))
    , m_categories(new ServiceCategoriesModel(this))
    , m_analogy(new AnalogyModel(this))
    , m_tabs(new QTabWidget)
    , m_columns(new QComboBox)
    , m_party(new QComboBox)
    , m_partyColumn(new QComboBox)
    , m_table(new TableView)
    , m_details(new ReadingBrowser)
    , m_note(new NotePanel)
    , m_heatCheck(new QCheckBox(tr("Show my &mistakes")))
    , m_heatKey(new QLabel)
{
    setObjectName(QStringLiteral("matrixPage"));
    m_filter->setSourceModel(m_model);

    setUpFilters();
    setUpTable();
    QWidget* matrix = buildMatrixTab();
    auto* areas = makeTable("customerAreasTableView", tr("Customer-managed areas"));
    areas->setModel(m_areas);
    auto* controls = makeTable("controlsTableView", tr("IT control categories"));
    controls->setModel(m_controls);
    auto* categories = makeTable("serviceCategoriesTableView", tr("Service categories"));
    categories->setModel(m_categories);
    auto* analogy = makeTable("analogyTableView", tr("The builder and the homeowner"));
    analogy->setModel(m_analogy);
    for (QTableView* t : { areas, controls, categories, analogy }) {
        ColumnBalancer::install(t);
        t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }

    m_tabs->setObjectName(QStringLiteral("matrixTabs"));
    m_tabs->setAccessibleName(tr("Matrix views"));
    m_tabs->addTab(matrix, tr("Responsibility matrix"));
    m_tabs->addTab(areas, tr("Customer-managed areas"));
    m_tabs->addTab(controls, tr("IT controls"));
    m_tabs->addTab(categories, tr("Service categories"));
    m_tabs->addTab(analogy, tr("Builder and homeowner"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connectFilters();
}

void MatrixPage::setUpFilters()
{
    m_columns->setObjectName(QStringLiteral("matrixColumnsCombo"));
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->addItem(tr("Service models"), int(ResponsibilityMatrixModel::Columns::ServiceModels));
    m_columns->addItem(tr("Services"), int(ResponsibilityMatrixModel::Columns::Services));
    m_party->setObjectName(QStringLiteral("matrixPartyFilterCombo"));
    m_party->setAccessibleName(tr("Show layers"));
    m_party->addItem(tr("All layers"));
    m_party->addItem(tr("Only mine (customer)"), QVariant::fromValue(Party::Customer));
    m_party->addItem(tr("Only AWS's"), QVariant::fromValue(Party::Aws));
    m_party->addItem(tr("Only shared"), QVariant::fromValue(Party::Shared));
    m_partyColumn->setObjectName(QStringLiteral("matrixFilterColumnCombo"));
    m_partyColumn->setAccessibleName(tr("Under"));
    m_partyColumn->setEnabled(false);

    m_heatCheck->setObjectName(QStringLiteral("matrixHeatCheck"));
    m_heatCheck->setToolTip(tr(
        "Lay your wrong answers over the matrix: which layers under which model or service you get wrong"));
    m_heatKey->setObjectName(QStringLiteral("matrixHeatKey"));
    m_heatKey->setWordWrap(true);
    m_heatKey->setContentsMargins(metrics::Medium, 0, metrics::Medium, metrics::Tight);
    m_heatKey->hide();
}

void MatrixPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("matrixTableView"));
    m_table->setAccessibleName(tr("Responsibility matrix"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new MatrixCellDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    // The arrows move between cells; Tab leaves the matrix for the controls around it.
    m_table->setTabKeyNavigation(false);
    m_table->setMouseTracking(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A long service name wraps onto a second line rather than losing its end.
    controls::wrapHeaderLabels(m_table->horizontalHeader());
    m_table->setFrameShape(QFrame::NoFrame); // the tab's pane is its frame
    m_table->horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("CUSTOMER")) + fontMetrics().height() * 3);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 14);

    m_details->setObjectName(QStringLiteral("matrixDetailsBrowser"));
    m_details->setAccessibleName(tr("Cell details"));
    m_details->setMinimumHeight(120);
}

QWidget* MatrixPage::buildMatrixTab()
{
    QHBoxLayout* bar = controls::filterBar();
    bar->addWidget(controls::buddyLabel(tr("C&olumns:"), m_columns));
    bar->addWidget(m_columns);
    bar->addSpacing(metrics::Large);
    bar->addWidget(controls::buddyLabel(tr("S&how:"), m_party));
    bar->addWidget(m_party);
    bar->addWidget(controls::buddyLabel(tr("&under"), m_partyColumn));
    bar->addWidget(m_partyColumn);
    bar->addSpacing(metrics::Large);
    bar->addWidget(m_heatCheck);
    bar->addStretch();

    auto* matrix = new QWidget;
    matrix->setObjectName(QStringLiteral("matrixTab"));
    auto* matrixLayout = new QVBoxLayout(matrix);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addLayout(bar);
    // The details sit under the table, which keeps the whole width for its columns.
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("matrixSplitter"));
    auto* lower = new QWidget;
    QBoxLayout* lowerLayout = controls::tightLayout(lower, Qt::Horizontal);
    lowerLayout->addWidget(m_details, 3);
    lowerLayout->addWidget(m_note, 2, Qt::AlignTop);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 600, 200 });
    splitter->setChildrenCollapsible(false);
    matrixLayout->addWidget(splitter, 1);
    matrixLayout->addWidget(m_heatKey);
    partystyle::Marks marks;
    marks.serviceSpecific = true;
    marks.nuance = true;
    partystyle::Legend legend;
    legend.parties = { Party::Aws, Party::Customer, Party::Shared };
    legend.notes = partystyle::markNotes(marks);
    matrixLayout->addWidget(new PartyLegend(legend));
    return matrix;
}

void MatrixPage::connectFilters()
{
    connect(m_columns, &QComboBox::currentIndexChanged, this, [this] {
        const QScopedValueRollback guard(m_syncing, true);
        const QString layer = currentLayerId();
        m_model->setColumns(
            static_cast<ResponsibilityMatrixModel::Columns>(m_columns->currentData().toInt()));
        fillFilterColumns();
        setCurrent(layer, QString());
    });
    auto applyFilter = [this] {
        m_partyColumn->setEnabled(chosenParty().has_value());
        setPartyFilter(chosenParty(), m_partyColumn->currentData().toString());
    };
    connect(m_party, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_heatCheck, &QCheckBox::toggled, this, &MatrixPage::setHeatShown);
    connect(m_partyColumn, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                showDetails();
                if (m_syncing)
                    return;
                if (current.row() != previous.row() || !previous.isValid())
                    emit layerSelected(currentLayerId());
                if (current.column() != previous.column() || !previous.isValid())
                    emit columnSelected(currentSelectionId());
            });
}

void MatrixPage::focusContent() { m_table->setFocus(Qt::ShortcutFocusReason); }

Status MatrixPage::reload()
{
    const QScopedValueRollback guard(m_syncing, true);
    auto stack = m_content.responsibilityStack();
    if (!stack)
        return Error { stack.errorMessage() };
    auto sources = m_content.sources();
    if (!sources)
        return Error { sources.errorMessage() };
    auto areas = m_content.customerAreas();
    if (!areas)
        return Error { areas.errorMessage() };
    auto controls = m_content.controlCategories();
    if (!controls)
        return Error { controls.errorMessage() };
    auto analogy = m_content.analogy();
    if (!analogy)
        return Error { analogy.errorMessage() };
    m_sources = ReadingBrowser::sourceCatalog(*sources);
    m_model->setStack(*stack);
    m_areas->setAreas(*areas);
    m_controls->setCategories(*controls);
    m_categories->setServices(stack->services(), stack->models());
    m_analogy->setRows(*analogy);
    fillFilterColumns();
    if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_filter->index(0, std::min(1, m_filter->columnCount() - 1)));
    showDetails();
    return {};
}

void MatrixPage::fillFilterColumns()
{
    const QString previous = m_partyColumn->currentData().toString();
    const QSignalBlocker blocker(m_partyColumn);
    m_partyColumn->clear();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_partyColumn->addItem(
            m_model->headerData(c, Qt::Horizontal).toString(),
            m_model->headerData(c, Qt::Horizontal, ResponsibilityMatrixModel::SelectionIdRole));
    const int keep = m_partyColumn->findData(previous);
    m_partyColumn->setCurrentIndex(keep >= 0 ? keep : std::min(2, m_partyColumn->count() - 1));
    setPartyFilter(chosenParty(), m_partyColumn->currentData().toString());
}

std::optional<Party> MatrixPage::chosenParty() const
{
    const QVariant chosen = m_party->currentData();
    return chosen.isValid() ? std::optional(chosen.value<Party>()) : std::nullopt;
}

void MatrixPage::setPartyFilter(std::optional<Party> party, const QString& selectionId)
{
    const QScopedValueRollback guard(m_syncing, true);
    const QString layer = currentLayerId();
    const QString column = currentSelectionId();
    {
        const QSignalBlocker a(m_party);
        const QSignalBlocker b(m_partyColumn);
        m_party->setCurrentIndex(party ? std::max(0, m_party->findData(QVariant::fromValue(*party))) : 0);
        if (const int at = m_partyColumn->findData(selectionId); at >= 0)
            m_partyColumn->setCurrentIndex(at);
        m_partyColumn->setEnabled(party.has_value());
    }
    m_filter->setFilter(party, selectionId);
    setCurrent(layer, column);
}

QString MatrixPage::currentLayerId() const
{
    return m_table->currentIndex().data(ResponsibilityMatrixModel::LayerIdRole).toString();
}

QString MatrixPage::currentSelectionId() const
{
    return m_table->currentIndex().data(ResponsibilityMatrixModel::SelectionIdRole).toString();
}

void MatrixPage::setCurrent(const QString& layerId, const QString& selectionId)
{
    QModelIndex source = m_model->indexOf(layerId, selectionId);
    if (!source.isValid() && !layerId.isEmpty()) {
        const QModelIndex anyColumn = m_model->indexOf(
            layerId,
            m_model->headerData(0, Qt::Horizontal, ResponsibilityMatrixModel::SelectionIdRole).toString());
        source = anyColumn;
    }
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid() && m_filter->rowCount() > 0)
        proxy = m_filter->index(0, std::max(0, source.column()));
    if (proxy.isValid() && proxy != m_table->currentIndex()) {
        const QScopedValueRollback guard(m_syncing, true);
        m_table->setCurrentIndex(proxy);
    }
    showDetails();
}

bool MatrixPage::selectLayer(const QString& layerId)
{
    const QScopedValueRollback guard(m_syncing, true);
    const QModelIndex source = m_model->indexOf(
        layerId,
        currentSelectionId().isEmpty()
            ? m_model->headerData(0, Qt::Horizontal, ResponsibilityMatrixModel::SelectionIdRole).toString()
            : currentSelectionId());
    if (!source.isValid())
        return false;
    setCurrent(layerId, currentSelectionId());
    return true;
}

bool MatrixPage::selectColumn(const QString& selectionId)
{
    const QScopedValueRollback guard(m_syncing, true);
    const auto selection = m_model->stack().selection(selectionId);
    if (!selection)
        return false;
    const auto wanted = selection->kind == StackSelection::Kind::Model
        ? ResponsibilityMatrixModel::Columns::ServiceModels
        : ResponsibilityMatrixModel::Columns::Services;
    if (wanted != m_model->columns()) {
        const QSignalBlocker blocker(m_columns);
        const QString layer = currentLayerId();
        m_columns->setCurrentIndex(m_columns->findData(int(wanted)));
        m_model->setColumns(wanted);
        fillFilterColumns();
        setCurrent(layer, selectionId);
    } else {
        setCurrent(currentLayerId(), selectionId);
    }
    return true;
}

void MatrixPage::setErrorHeat(const ErrorHeat& heat)
{
    m_model->setErrorHeat(heat);
    updateHeatKey();
    showDetails();
}

void MatrixPage::setHeatShown(bool shown)
{
    if (m_heatCheck->isChecked() != shown) {
        m_heatCheck->setChecked(shown); // comes back here through toggled()
        return;
    }
    m_model->setHeatShown(shown);
    updateHeatKey();
    showDetails();
}

void MatrixPage::updateHeatKey()
{
    m_heatKey->setVisible(m_model->isHeatShown());
    m_heatKey->setText(
        m_model->errorHeat().isEmpty()
            ? tr("No answers yet about a layer of the matrix: take a quiz, then come back to see where you "
                 "go wrong.")
            : tr("✗ wrong/all beside a layer: your answers to every question about that layer. In a cell: "
                 "to questions about that layer under that model or service (a service's answers count for "
                 "its model too). The heavier the brown frame, the more often wrong."));
}

void MatrixPage::showDetails()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid()) {
        m_details->setReadingMarkdown(m_filter->rowCount() == 0
                                          ? tr("No layer matches this filter.")
                                          : tr("Choose a cell to read who secures that layer and why."));
        m_note->setTarget({}, {});
        return;
    }
    const ResponsibilityStack& stack = m_model->stack();
    const Layer* layer = stack.layer(currentLayerId());
    const auto selection = stack.selection(currentSelectionId());
    if (!layer || !selection)
        return;
    m_note->setTarget(NoteTarget::cell(layer->id, selection->id),
                      tr("%1 · %2").arg(layer->name, selection->name));
    const auto party = i.data(ResponsibilityMatrixModel::PartyRole).value<Party>();
    QString md =
        QStringLiteral("### %1 · %2: %3\n\n*%4*\n\n%5\n\n")
            .arg(ReadingBrowser::escapeMarkdown(layer->name), ReadingBrowser::escapeMarkdown(selection->name),
                 ReadingBrowser::escapeMarkdown(partystyle::label(party)), partystyle::side(party),
                 i.data(ResponsibilityMatrixModel::ExplanationRole).toString());
    if (i.data(ResponsibilityMatrixModel::ServiceSpecificRole).toBool())
        md += tr("◆ Specific to %1; its model's column says otherwise.").arg(selection->name)
            + QLatin1String("\n\n");
    if (const QString nuance = i.data(ResponsibilityMatrixModel::NuanceRole).toString(); !nuance.isEmpty())
        md += QStringLiteral("**%1** %2\n\n").arg(tr("(!) What popular material gets wrong:"), nuance);
    if (const int answers = i.data(ResponsibilityMatrixModel::AnswersRole).toInt(); answers > 0) {
        md += QStringLiteral("**%1** %2\n\n")
                  .arg(tr("Your answers:"),
                       tr("%1 wrong of %2 about this cell.")
                           .arg(i.data(ResponsibilityMatrixModel::WrongAnswersRole).toInt())
                           .arg(answers));
    }
    md += QStringLiteral("*%1*\n\n%2").arg(tr("The layer:"), layer->summary);
    md += ReadingBrowser::sourcesMarkdown(layer->sources, m_sources);
    m_details->setReadingMarkdown(md);
}

} // namespace demarc
