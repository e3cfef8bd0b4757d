// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceEditor.h"

#include "ChoicesModel.h"
#include "PartyDelegate.h"
#include "ui/common/ItemViews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace demarc {

ChoiceEditor::ChoiceEditor(ChoicesModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new TableView)
{
    m_table->setObjectName(QStringLiteral("choiceTable"));
    m_table->setAccessibleName(tr("Choices"));
    m_table->setModel(&m_model);
    m_table->setItemDelegate(new PartyDelegate(m_model, m_table));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(ChoicesModel::Id, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChoicesModel::Text, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChoicesModel::Answer, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChoicesModel::Explanation, QHeaderView::Stretch);
    m_table->setMinimumHeight(180);
    auto* choiceButtons = new QHBoxLayout;
    auto* addChoice = new QPushButton(tr("Add Choice"));
    auto* removeChoice = new QPushButton(tr("Remove Choice"));
    auto* up = new QPushButton(tr("Move Up"));
    auto* down = new QPushButton(tr("Move Down"));
    for (QPushButton* b : { addChoice, removeChoice, up, down })
        choiceButtons->addWidget(b);
    choiceButtons->addStretch();
    connect(addChoice, &QPushButton::clicked, this, [this] {
        const int row = m_model.addChoice();
        if (row >= 0)
            m_table->setCurrentIndex(m_model.index(row, ChoicesModel::Text));
    });
    connect(removeChoice, &QPushButton::clicked, this,
            [this] { m_model.removeChoice(m_table->currentIndex().row()); });
    connect(up, &QPushButton::clicked, this,
            [this] { m_model.moveChoice(m_table->currentIndex().row(), -1); });
    connect(down, &QPushButton::clicked, this,
            [this] { m_model.moveChoice(m_table->currentIndex().row(), +1); });
    auto* choicesLayout = new QVBoxLayout(this);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(m_table);
    choicesLayout->addLayout(choiceButtons);
}

} // namespace demarc
