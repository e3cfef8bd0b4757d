// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PresenterDeck.h"

#include <QDialog>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace demarc {

/**
 * Choose and order the items presenter mode walks through: what the course offers on the
 * left (filtered as you type), the deck on the right with the steps each item makes. Items
 * naming what the course lacks are kept, marked, and given back by items() unchanged.
 */
class DeckEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeckEditorDialog(const DeckMaterial& material, QWidget* parent = nullptr);

    /** The deck shown for editing (e.g. the saved one, or defaultDeck()). */
    void setItems(const QList<DeckItem>& items);
    /** The deck as edited. */
    QList<DeckItem> items() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpLists();
    QGridLayout* buildGrid();
    void connectActions(QDialogButtonBox* buttons);
    void addSelected();
    void removeSelected();
    void moveSelected(int by);
    void applyFilter(const QString& text);
    void focusAvailable();
    QListWidgetItem* deckRow(const DeckItem& item) const;
    /** The deck row selected, or -1. */
    int selectedRow() const;
    void selectRow(int row);
    void deckChanged();
    /** Tooltips naming each unknown item's problem, numbered as the deck is now. */
    void updateProblems();
    void updateState();

    const DeckMaterial m_material;
    QLineEdit* m_filter;
    QListWidget* m_available;
    QPushButton* m_add;
    QListWidget* m_deck;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_reset;
    QLabel* m_summary;
};

} // namespace demarc
