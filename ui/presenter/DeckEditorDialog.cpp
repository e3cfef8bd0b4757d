// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeckEditorDialog.h"

#include "ui/common/Controls.h"
#include "ui/common/Metrics.h"
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace demarc {

namespace {

// Each row carries its item, so items() gives back exactly what setItems() was given.
constexpr int KindRole = Qt::UserRole;
constexpr int IdsRole = Qt::UserRole + 1;
constexpr int UnknownRole = Qt::UserRole + 2;

DeckItem itemOf(const QListWidgetItem* row)
{
    return { DeckItem::Kind(row->data(KindRole).toInt()), row->data(IdsRole).toStringList() };
}

QListWidget* itemList(const QString& objectName, const QString& accessibleName)
{
    QListWidget* list = controls::wrappingList(objectName, accessibleName);
    list->setAlternatingRowColors(true);
    // Keeps one wrapped row apart from the next.
    list->setSpacing(metrics::Hairline);
    const int icon = list->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, list);
    list->setIconSize(QSize(icon, icon));
    return list;
}

QPushButton* sideButton(const QString& text, const QString& objectName, const QString& toolTip)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    // Enter belongs to OK, whichever of these has the focus.
    button->setAutoDefault(false);
    return button;
}

bool isEnter(const QKeyEvent* key) { return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter; }

} // namespace

DeckEditorDialog::DeckEditorDialog(const DeckMaterial& material, QWidget* parent)
    : QDialog(parent)
    , m_material(material)
    , m_filter(new QLineEdit)
    , m_available(itemList(QStringLiteral("availableList"), tr("Available items")))
    , m_add(sideButton(tr("&Add →"), QStringLiteral("addButton"),
                       tr("Add the chosen items to the end of the steps (Enter)")))
    , m_deck(itemList(QStringLiteral("deckList"), tr("Steps in order")))
    , m_remove(sideButton(tr("&Remove"), QStringLiteral("removeButton"),
                          tr("Remove the chosen item from the steps (Delete)")))
    , m_up(sideButton(tr("Move &Up"), QStringLiteral("upButton"),
                      tr("Show the chosen item earlier (Ctrl+Up)")))
    , m_down(sideButton(tr("Move &Down"), QStringLiteral("downButton"),
                        tr("Show the chosen item later (Ctrl+Down)")))
    , m_reset(sideButton(tr("Reset to De&fault"), QStringLiteral("resetButton"),
                         tr("Replace the steps with the deck a new instructor starts from")))
    , m_summary(new QLabel)
{
    setWindowTitle(tr("Presenter Steps"));
    setObjectName(QStringLiteral("deckEditorDialog"));

    setUpLists();

    QGridLayout* grid = buildGrid();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);

    setTabOrder(m_filter, m_available);
    setTabOrder(m_available, m_add);
    setTabOrder(m_add, m_deck);
    setTabOrder(m_deck, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_reset);
    setTabOrder(m_reset, buttons);

    connectActions(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 120, metrics.height() * 34);
    updateState();
}

void DeckEditorDialog::setUpLists()
{
    m_filter->setObjectName(QStringLiteral("availableFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the available items"));
    m_available->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const DeckItem& item : availableItems(m_material)) {
        auto* row = new QListWidgetItem(describeItem(item, m_material), m_available);
        row->setData(KindRole, int(item.kind));
        row->setData(IdsRole, item.ids);
        const qsizetype steps = expandDeck({ item }, m_material).size();
        row->setToolTip(tr("Adds %n step(s)", nullptr, int(steps)));
    }
    m_deck->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deck->setDragDropMode(QAbstractItemView::InternalMove);
    m_deck->setDefaultDropAction(Qt::MoveAction);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
}

QGridLayout* DeckEditorDialog::buildGrid()
{
    auto* availableLabel = new QLabel(tr("A&vailable"));
    availableLabel->setBuddy(m_filter);
    auto* deckLabel = new QLabel(tr("&Steps in order"));
    deckLabel->setBuddy(m_deck);
    auto* hint = new QLabel(tr("Double-click an item or press Enter to add it."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch();
    side->addWidget(m_reset);

    // The deck list starts level with the filter, so both lists end on the same line.
    auto* grid = new QGridLayout;
    grid->addWidget(availableLabel, 0, 0);
    grid->addWidget(deckLabel, 0, 2);
    grid->addWidget(m_filter, 1, 0);
    grid->addWidget(m_available, 2, 0);
    grid->addWidget(m_add, 1, 1, 2, 1, Qt::AlignVCenter);
    grid->addWidget(m_deck, 1, 2, 2, 1);
    grid->addLayout(side, 1, 3, 2, 1);
    grid->addWidget(hint, 3, 0);
    grid->addWidget(m_summary, 3, 2, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(2, 1);
    return grid;
}

void DeckEditorDialog::connectActions(QDialogButtonBox* buttons)
{
    connect(m_filter, &QLineEdit::textChanged, this, &DeckEditorDialog::applyFilter);
    connect(m_available, &QListWidget::itemDoubleClicked, this, &DeckEditorDialog::addSelected);
    connect(m_available, &QListWidget::itemSelectionChanged, this, &DeckEditorDialog::updateState);
    connect(m_add, &QPushButton::clicked, this, &DeckEditorDialog::addSelected);
    connect(m_deck, &QListWidget::itemSelectionChanged, this, &DeckEditorDialog::updateState);
    connect(m_remove, &QPushButton::clicked, this, &DeckEditorDialog::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_reset, &QPushButton::clicked, this, [this] { setItems(defaultDeck(m_material)); });
    // Rows dragged within the deck list are moved by its model.
    connect(m_deck->model(), &QAbstractItemModel::rowsMoved, this, &DeckEditorDialog::deckChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_filter->installEventFilter(this);
    m_available->installEventFilter(this);
    m_deck->installEventFilter(this);
}

void DeckEditorDialog::setItems(const QList<DeckItem>& items)
{
    m_deck->clear();
    for (const DeckItem& item : items)
        m_deck->addItem(deckRow(item));
    deckChanged();
}

QList<DeckItem> DeckEditorDialog::items() const
{
    QList<DeckItem> deck;
    deck.reserve(m_deck->count());
    for (int i = 0; i < m_deck->count(); ++i)
        deck.append(itemOf(m_deck->item(i)));
    return deck;
}

bool DeckEditorDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<const QKeyEvent*>(event);
    if (watched == m_filter) {
        if (isEnter(key) || key->key() == Qt::Key_Down) {
            focusAvailable();
            return true;
        }
        // Escape clears the filter first and closes the dialog only when there is none.
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    } else if (watched == m_available) {
        // Enter adds; left to the list it would also reach OK and close the dialog.
        if (isEnter(key) && key->modifiers() == Qt::NoModifier) {
            addSelected();
            return true;
        }
    } else if (watched == m_deck) {
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
        if (key->modifiers() == Qt::ControlModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DeckEditorDialog::addSelected()
{
    int added = 0;
    for (int i = 0; i < m_available->count(); ++i) {
        const QListWidgetItem* row = m_available->item(i);
        if (row->isSelected() && !row->isHidden()) {
            m_deck->addItem(deckRow(itemOf(row)));
            ++added;
        }
    }
    if (added > 0)
        selectRow(m_deck->count() - 1);
    deckChanged();
}

void DeckEditorDialog::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    delete m_deck->takeItem(row);
    if (m_deck->count() > 0)
        selectRow(std::min(row, m_deck->count() - 1));
    deckChanged();
}

void DeckEditorDialog::moveSelected(int by)
{
    const int row = selectedRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_deck->count())
        return;
    m_deck->insertItem(to, m_deck->takeItem(row));
    selectRow(to);
    deckChanged();
}

void DeckEditorDialog::applyFilter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_available->count(); ++i) {
        QListWidgetItem* row = m_available->item(i);
        row->setHidden(!row->text().contains(wanted, Qt::CaseInsensitive));
    }
    updateState();
}

void DeckEditorDialog::focusAvailable()
{
    m_available->setFocus(Qt::TabFocusReason);
    const QListWidgetItem* current = m_available->currentItem();
    if (current && !current->isHidden() && current->isSelected())
        return;
    for (int i = 0; i < m_available->count(); ++i) {
        if (!m_available->item(i)->isHidden()) {
            m_available->setCurrentRow(i, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

QListWidgetItem* DeckEditorDialog::deckRow(const DeckItem& item) const
{
    auto* row = new QListWidgetItem;
    row->setData(KindRole, int(item.kind));
    row->setData(IdsRole, item.ids);
    const QString description = describeItem(item, m_material);
    if (deckProblems({ item }, m_material).isEmpty()) {
        const qsizetype steps = expandDeck({ item }, m_material).size();
        // The count is never split over two lines.
        QString count = tr("%n step(s)", nullptr, int(steps));
        count.replace(QLatin1Char(' '), QChar::Nbsp);
        row->setText(tr("%1 (%2)").arg(description, count));
    } else {
        row->setText(tr("%1 (not in the course)").arg(description));
        row->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        row->setData(UnknownRole, true);
    }
    return row;
}

int DeckEditorDialog::selectedRow() const
{
    const QList<QListWidgetItem*> chosen = m_deck->selectedItems();
    return chosen.isEmpty() ? -1 : m_deck->row(chosen.first());
}

void DeckEditorDialog::selectRow(int row)
{
    m_deck->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
    m_deck->scrollToItem(m_deck->item(row));
}

void DeckEditorDialog::deckChanged()
{
    updateProblems();
    updateState();
}

void DeckEditorDialog::updateProblems()
{
    // deckProblems() numbers its messages by position, so they are taken from the whole deck,
    // each item's share as many as it has on its own.
    const QList<DeckItem> deck = items();
    const QStringList problems = deckProblems(deck, m_material);
    qsizetype next = 0;
    for (int i = 0; i < m_deck->count(); ++i) {
        QListWidgetItem* row = m_deck->item(i);
        if (!row->data(UnknownRole).toBool())
            continue;
        const qsizetype count = deckProblems({ deck.at(i) }, m_material).size();
        row->setToolTip(problems.mid(next, count).join(QLatin1Char('\n')));
        next += count;
    }
}

void DeckEditorDialog::updateState()
{
    const QWidget* focused = focusWidget();
    const int row = selectedRow();
    bool addable = false;
    for (const QListWidgetItem* item : m_available->selectedItems())
        addable = addable || !item->isHidden();
    const QList<DeckItem> deck = items();
    m_add->setEnabled(addable);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_deck->count());
    m_reset->setEnabled(deck != defaultDeck(m_material));
    // A button that just went dim under the keyboard focus hands it to the list it acts on.
    for (const QPushButton* button : { m_remove, m_up, m_down, m_reset }) {
        if (focused == button && !button->isEnabled())
            m_deck->setFocus(Qt::OtherFocusReason);
    }
    if (focused == m_add && !m_add->isEnabled())
        m_available->setFocus(Qt::OtherFocusReason);

    if (deck.isEmpty()) {
        m_summary->setText(tr("No steps: presenter mode will use the default deck"));
        return;
    }
    const qsizetype steps = expandDeck(deck, m_material).size();
    QString summary =
        tr("%1 in %2")
            .arg(tr("%n step(s)", nullptr, int(steps)), tr("%n item(s)", nullptr, int(deck.size())));
    qsizetype unknown = 0;
    for (int i = 0; i < m_deck->count(); ++i)
        unknown += m_deck->item(i)->data(UnknownRole).toBool() ? 1 : 0;
    if (unknown > 0) {
        summary = tr("%1; %2").arg(
            summary, tr("%n item(s) are not in the course and will be skipped", nullptr, int(unknown)));
    }
    m_summary->setText(summary);
}

} // namespace demarc
