// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramPage.h"

#include "DiagramView.h"
#include "LayerModel.h"
#include "ui/common/Controls.h"
#include "ui/common/Metrics.h"
#include "ui/common/NotePanel.h"
#include "ui/common/ReadingBrowser.h"
#include "ui/paint/PartyStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace demarc {

namespace {

/** The models, then the services, each by its short name ("Amazon RDS"), the full one as its tooltip. */
void addSelections(QComboBox* box, const ResponsibilityStack& stack)
{
    auto add = [box](const StackSelection& s) {
        box->addItem(s.shortName(), s.id);
        box->setItemData(box->count() - 1, s.name, Qt::ToolTipRole);
    };
    for (const StackSelection& s : stack.modelSelections())
        add(s);
    box->insertSeparator(box->count());
    for (const StackSelection& s : stack.serviceSelections())
        add(s);
}

} // namespace

DiagramPage::DiagramPage(const ContentRepository& content, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_model(new LayerModel(this))
    , m_view(new DiagramView)
    , m_selector(new QComboBox)
    , m_compare(new QComboBox)
    , m_details(new ReadingBrowser)
    , m_note(new NotePanel)
{
    setObjectName(QStringLiteral("diagramPage"));
    m_view->setModel(m_model);

    m_selector->setObjectName(QStringLiteral("diagramSelectionCombo"));
    m_selector->setAccessibleName(tr("Show the stack for"));
    m_compare->setObjectName(QStringLiteral("diagramCompareCombo"));
    m_compare->setAccessibleName(tr("Compare with"));
    for (QComboBox* box : { m_selector, m_compare })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_details->setObjectName(QStringLiteral("layerDetailsBrowser"));
    m_details->setAccessibleName(tr("Layer details"));

    QHBoxLayout* bar = controls::filterBar();
    bar->addWidget(controls::buddyLabel(tr("&Show for:"), m_selector));
    bar->addWidget(m_selector);
    bar->addSpacing(metrics::Large);
    bar->addWidget(controls::buddyLabel(tr("&Compare with:"), m_compare));
    bar->addWidget(m_compare);
    bar->addStretch();

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("diagramSplitter"));
    auto* right = new QWidget;
    QBoxLayout* rightLayout = controls::tightLayout(right, Qt::Vertical);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_note);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 900, 340 });
    splitter->setChildrenCollapsible(false);
    m_details->setMinimumWidth(200);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    // Tab goes as the page reads: the choices above the diagram, the diagram, its details.
    setTabOrder(m_selector, m_compare);
    setTabOrder(m_compare, m_view);
    setTabOrder(m_view, m_details);

    connect(m_selector, &QComboBox::currentIndexChanged, this,
            [this] { setSelection(m_selector->currentData().toString()); });
    connect(m_compare, &QComboBox::currentIndexChanged, this,
            [this] { setComparison(m_compare->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showDetails();
        emit layerSelected(currentLayerId());
    });
    connect(m_model, &LayerModel::selectionChanged, this, &DiagramPage::showDetails);
    connect(m_model, &LayerModel::comparisonChanged, this, &DiagramPage::showDetails);
    connect(m_details, &ReadingBrowser::lessonActivated, this, &DiagramPage::lessonRequested);
}

void DiagramPage::focusContent() { m_view->setFocus(Qt::ShortcutFocusReason); }

Status DiagramPage::reload()
{
    auto stack = m_content.responsibilityStack();
    if (!stack)
        return Error { stack.errorMessage() };
    auto sources = m_content.sources();
    if (!sources)
        return Error { sources.errorMessage() };
    m_sources = ReadingBrowser::sourceCatalog(*sources);
    const QString layer = currentLayerId();
    m_model->setStack(*stack);
    fillSelectors();
    if (!selectLayer(layer) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    showDetails();
    return {};
}

void DiagramPage::fillSelectors()
{
    const QSignalBlocker a(m_selector);
    const QSignalBlocker b(m_compare);
    m_selector->clear();
    m_compare->clear();
    addSelections(m_selector, m_model->stack());
    m_compare->addItem(tr("Nothing"), QString());
    m_compare->insertSeparator(1);
    addSelections(m_compare, m_model->stack());
    m_selector->setCurrentIndex(m_selector->findData(m_model->selection()));
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(m_model->comparison())));
}

QString DiagramPage::selection() const { return m_model->selection(); }

QString DiagramPage::currentLayerId() const
{
    return m_view->currentIndex().data(LayerModel::IdRole).toString();
}

bool DiagramPage::setSelection(const QString& id)
{
    if (!m_model->setSelection(id))
        return false;
    const QSignalBlocker blocker(m_selector);
    m_selector->setCurrentIndex(m_selector->findData(id));
    emit selectionChanged(id);
    return true;
}

bool DiagramPage::setComparison(const QString& id)
{
    if (!m_model->setComparison(id))
        return false;
    const QSignalBlocker blocker(m_compare);
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(id)));
    return true;
}

bool DiagramPage::selectLayer(const QString& layerId)
{
    const QModelIndex index = m_model->indexOfLayer(layerId);
    if (!index.isValid())
        return false;
    if (index != m_view->currentIndex())
        m_view->setCurrentIndex(index);
    return true;
}

void DiagramPage::setReducedMotion(bool reduced) { m_view->setReducedMotion(reduced); }

void DiagramPage::showDetails()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid()) {
        m_details->setReadingMarkdown(tr("Choose a layer to read who secures it and why."));
        m_note->setTarget({}, {});
        return;
    }
    m_note->setTarget(NoteTarget::layer(i.data(LayerModel::IdRole).toString()), i.data().toString());
    const ResponsibilityStack& stack = m_model->stack();
    const auto selection = stack.selection(m_model->selection());
    const auto party = i.data(LayerModel::PartyRole).value<Party>();
    QString md = QStringLiteral("### %1\n\n%2\n\n")
                     .arg(ReadingBrowser::escapeMarkdown(i.data().toString()),
                          i.data(LayerModel::DescriptionRole).toString());
    md += QStringLiteral("#### %1: %2\n\n")
              .arg(ReadingBrowser::escapeMarkdown(selection ? selection->shortName() : QString()),
                   ReadingBrowser::escapeMarkdown(partystyle::label(party)));
    md += QStringLiteral("*%1*\n\n%2\n\n")
              .arg(partystyle::side(party), i.data(LayerModel::ExplanationRole).toString());
    if (i.data(LayerModel::ServiceSpecificRole).toBool()) {
        md += tr("◆ This is specific to %1; its model's column says otherwise.")
                  .arg(selection ? selection->name : QString())
            + QLatin1String("\n\n");
    } else if (selection && selection->kind == StackSelection::Kind::Service
               && !stack.hasOwnCell(i.data(LayerModel::IdRole).toString(), selection->id)) {
        const auto model = stack.selection(selection->modelId);
        md += QLatin1Char('*')
            + tr("Here %1 is the same as any %2 service; the reason above is the %2 column's.")
                  .arg(selection->shortName(), model ? model->shortName() : selection->modelId)
            + QLatin1String("*\n\n");
    }
    if (const QString nuance = i.data(LayerModel::NuanceRole).toString(); !nuance.isEmpty())
        md += QStringLiteral("**%1** %2\n\n").arg(tr("(!) What popular material gets wrong:"), nuance);
    if (const QVariant compared = i.data(LayerModel::ComparePartyRole); compared.isValid()) {
        const auto other = stack.selection(m_model->comparison());
        const auto otherParty = compared.value<Party>();
        md += QStringLiteral("#### %1: %2%3\n\n%4\n\n")
                  .arg(ReadingBrowser::escapeMarkdown(other ? other->shortName() : QString()),
                       ReadingBrowser::escapeMarkdown(partystyle::label(otherParty)),
                       i.data(LayerModel::ChangesHandsRole).toBool() ? tr(" ⇄ changes hands") : QString(),
                       i.data(LayerModel::CompareExplanationRole).toString());
    }
    const QStringList examples = i.data(LayerModel::ExamplesRole).toStringList();
    if (!examples.isEmpty()) {
        md += QStringLiteral("#### %1\n\n").arg(tr("For example"));
        for (const QString& e : examples)
            md += QStringLiteral("- %1\n").arg(e);
    }
    md += ReadingBrowser::sourcesMarkdown(i.data(LayerModel::SourcesRole).toStringList(), m_sources);
    m_details->setReadingMarkdown(md);
}

} // namespace demarc
