// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter steps editor on the bundled course: the deck given comes back as edited, items
// are added, removed and reordered with the buttons, the mouse and the keys, the filter narrows
// what can be added, and the summary counts the steps. DEMARC_TEST_SHOTS=folder saves a picture.
#include "ui/presenter/DeckEditorDialog.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"
#include "ui/WidgetLookup.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

/** The saved form of each item: QStringList prints readably when a comparison fails. */
QStringList texts(const QList<DeckItem>& items)
{
    QStringList lines;
    for (const DeckItem& item : items)
        lines.append(item.toText());
    return lines;
}

DeckItem item(const QString& line)
{
    const auto parsed = DeckItem::fromText(line);
    EXPECT_TRUE(parsed.has_value()) << line.toStdString();
    return parsed.value_or(DeckItem {});
}

QList<DeckItem> deckOf(const QStringList& lines)
{
    QList<DeckItem> deck;
    for (const QString& line : lines)
        deck.append(item(line));
    return deck;
}

class DeckEditorTest : public testing::Test
{
protected:
    template<typename T> T* child(const char* name) const
    {
        return test::findChildOrFail<T>(&m_dialog, name);
    }

    QListWidget* available() const { return child<QListWidget>("availableList"); }
    QListWidget* deck() const { return child<QListWidget>("deckList"); }
    QPushButton* button(const char* name) const { return child<QPushButton>(name); }
    QString summary() const { return child<QLabel>("summaryLabel")->text(); }

    /** The available row offering @p line; fails the test when there is none. */
    QListWidgetItem* offered(const QString& line) const
    {
        const QString wanted = describeItem(item(line), m_material);
        for (int i = 0; i < available()->count(); ++i) {
            if (available()->item(i)->text() == wanted)
                return available()->item(i);
        }
        ADD_FAILURE() << "not offered: " << line.toStdString();
        return nullptr;
    }

    void choose(const QString& line) const
    {
        QListWidgetItem* row = offered(line);
        ASSERT_NE(row, nullptr);
        available()->setCurrentItem(row, QItemSelectionModel::ClearAndSelect);
    }

    void show()
    {
        m_dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_dialog));
    }

    QStringList visibleTexts() const
    {
        QStringList shown;
        for (int i = 0; i < available()->count(); ++i) {
            if (!available()->item(i)->isHidden())
                shown.append(available()->item(i)->text());
        }
        return shown;
    }

    /**
     * Shows the dialog at @p size and checks that it fits: its layout's minimum within the size,
     * and no button narrower than its text. Saves a picture when DEMARC_TEST_SHOTS names a folder.
     */
    void picture(const QString& name, QSize size)
    {
        m_dialog.resize(size);
        show();
        EXPECT_LE(m_dialog.minimumSizeHint().width(), size.width()) << name.toStdString();
        EXPECT_LE(m_dialog.minimumSizeHint().height(), size.height()) << name.toStdString();
        EXPECT_EQ(m_dialog.size(), size) << name.toStdString();
        for (QPushButton* button : m_dialog.findChildren<QPushButton*>()) {
            if (!button->isVisible())
                continue;
            EXPECT_GE(button->width(), button->minimumSizeHint().width())
                << name.toStdString() << ": " << button->text().toStdString();
        }
        const QString dir = test::shotsFolder(QStringLiteral("deck-editor"));
        if (!dir.isEmpty())
            m_dialog.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    DeckMaterial m_material = test::FakeContentRepository::bundledDeckMaterial();
    DeckEditorDialog m_dialog { m_material };
};

} // namespace

TEST_F(DeckEditorTest, offers_every_available_item_described)
{
    EXPECT_EQ(m_dialog.windowTitle(), QStringLiteral("Presenter Steps"));
    const QList<DeckItem> offers = availableItems(m_material);
    ASSERT_EQ(available()->count(), offers.size());
    for (int i = 0; i < offers.size(); ++i)
        EXPECT_EQ(available()->item(i)->text(), describeItem(offers.at(i), m_material));
    EXPECT_EQ(child<QLineEdit>("availableFilter")->placeholderText(), QStringLiteral("Filter"));
}

TEST_F(DeckEditorTest, gives_back_the_deck_it_was_given)
{
    const QList<DeckItem> given = defaultDeck(m_material);
    ASSERT_FALSE(given.isEmpty());
    m_dialog.setItems(given);
    EXPECT_EQ(texts(m_dialog.items()), texts(given));
    EXPECT_EQ(deck()->count(), given.size());
    m_dialog.setItems({});
    EXPECT_TRUE(m_dialog.items().isEmpty());
    EXPECT_EQ(summary(), QStringLiteral("No steps: presenter mode will use the default deck"));
}

TEST_F(DeckEditorTest, each_deck_row_says_how_many_steps_it_makes)
{
    m_dialog.setItems(deckOf({ QStringLiteral("stack ec2"), QStringLiteral("controls") }));
    ASSERT_EQ(m_material.stack.layers().size(), 11);
    // A no-break space keeps the count on one line when the row wraps.
    EXPECT_EQ(deck()->item(0)->text(),
              describeItem(item(QStringLiteral("stack ec2")), m_material)
                  + QStringLiteral(" (11\u00A0steps)"));
    EXPECT_EQ(deck()->item(1)->text(),
              describeItem(item(QStringLiteral("controls")), m_material) + QStringLiteral(" (2\u00A0steps)"));
}

TEST_F(DeckEditorTest, the_summary_counts_steps_and_items)
{
    // 11 layers, 4 matrix columns, a table on two slides.
    m_dialog.setItems(
        deckOf({ QStringLiteral("stack ec2"), QStringLiteral("matrix"), QStringLiteral("controls") }));
    EXPECT_EQ(summary(), QStringLiteral("17 steps in 3 items"));
    m_dialog.setItems(
        deckOf({ QStringLiteral("quiz") + QLatin1Char(' ') + m_material.questions.first().id }));
    EXPECT_EQ(summary(), QStringLiteral("1 step in 1 item"));
    m_dialog.setItems(defaultDeck(m_material));
    const QList<DeckItem> items = defaultDeck(m_material);
    EXPECT_EQ(
        summary(),
        QStringLiteral("%1 steps in %2 items").arg(expandDeck(items, m_material).size()).arg(items.size()));
}

TEST_F(DeckEditorTest, add_appends_the_chosen_items)
{
    m_dialog.setItems(deckOf({ QStringLiteral("controls") }));
    EXPECT_FALSE(button("addButton")->isEnabled()) << "nothing chosen";
    choose(QStringLiteral("matrix"));
    offered(QStringLiteral("stack ec2"))->setSelected(true);
    ASSERT_TRUE(button("addButton")->isEnabled());
    button("addButton")->click();
    // In the order they are offered, after what was there.
    EXPECT_EQ(
        texts(m_dialog.items()),
        (QStringList { QStringLiteral("controls"), QStringLiteral("stack ec2"), QStringLiteral("matrix") }));
    EXPECT_EQ(deck()->currentRow(), 2) << "the last one added is chosen in the deck";
    EXPECT_EQ(summary(), QStringLiteral("17 steps in 3 items"));
}

TEST_F(DeckEditorTest, double_click_and_enter_add_an_item)
{
    m_dialog.setItems({});
    show();
    QListWidgetItem* row = offered(QStringLiteral("areas"));
    ASSERT_NE(row, nullptr);
    available()->scrollToItem(row);
    const QPoint centre = available()->visualItemRect(row).center();
    QTest::mouseClick(available()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(available()->viewport(), Qt::LeftButton, {}, centre);
    EXPECT_EQ(texts(m_dialog.items()), QStringList { QStringLiteral("areas") });

    choose(QStringLiteral("matrix"));
    QTest::keyClick(available(), Qt::Key_Return);
    EXPECT_EQ(texts(m_dialog.items()), (QStringList { QStringLiteral("areas"), QStringLiteral("matrix") }));
    EXPECT_TRUE(m_dialog.isVisible()) << "Enter in the list adds; it does not press OK";
}

TEST_F(DeckEditorTest, remove_takes_out_the_chosen_item)
{
    m_dialog.setItems(
        deckOf({ QStringLiteral("matrix"), QStringLiteral("controls"), QStringLiteral("areas") }));
    EXPECT_FALSE(button("removeButton")->isEnabled()) << "nothing chosen";
    deck()->setCurrentRow(1);
    ASSERT_TRUE(button("removeButton")->isEnabled());
    button("removeButton")->click();
    EXPECT_EQ(texts(m_dialog.items()), (QStringList { QStringLiteral("matrix"), QStringLiteral("areas") }));
    EXPECT_EQ(deck()->currentRow(), 1) << "the next item is chosen";
    button("removeButton")->click();
    button("removeButton")->click();
    EXPECT_TRUE(m_dialog.items().isEmpty());
    EXPECT_FALSE(button("removeButton")->isEnabled());
}

TEST_F(DeckEditorTest, move_up_and_down_reorder_and_stop_at_the_ends)
{
    m_dialog.setItems(
        deckOf({ QStringLiteral("matrix"), QStringLiteral("controls"), QStringLiteral("areas") }));
    QPushButton* up = button("upButton");
    QPushButton* down = button("downButton");
    EXPECT_FALSE(up->isEnabled());
    EXPECT_FALSE(down->isEnabled());
    deck()->setCurrentRow(0);
    EXPECT_FALSE(up->isEnabled()) << "the first cannot go up";
    EXPECT_TRUE(down->isEnabled());
    down->click();
    EXPECT_EQ(
        texts(m_dialog.items()),
        (QStringList { QStringLiteral("controls"), QStringLiteral("matrix"), QStringLiteral("areas") }));
    EXPECT_TRUE(up->isEnabled());
    EXPECT_TRUE(down->isEnabled());
    down->click();
    EXPECT_EQ(
        texts(m_dialog.items()),
        (QStringList { QStringLiteral("controls"), QStringLiteral("areas"), QStringLiteral("matrix") }));
    EXPECT_EQ(deck()->currentRow(), 2) << "the moved item stays chosen";
    EXPECT_TRUE(up->isEnabled());
    EXPECT_FALSE(down->isEnabled()) << "the last cannot go down";
    up->click();
    EXPECT_EQ(
        texts(m_dialog.items()),
        (QStringList { QStringLiteral("controls"), QStringLiteral("matrix"), QStringLiteral("areas") }));
}

TEST_F(DeckEditorTest, reset_gives_the_default_deck)
{
    m_dialog.setItems(deckOf({ QStringLiteral("areas") }));
    QPushButton* reset = button("resetButton");
    ASSERT_TRUE(reset->isEnabled());
    reset->click();
    EXPECT_EQ(texts(m_dialog.items()), texts(defaultDeck(m_material)));
    EXPECT_FALSE(reset->isEnabled()) << "already the default";
}

TEST_F(DeckEditorTest, the_filter_hides_what_does_not_match)
{
    auto* filter = child<QLineEdit>("availableFilter");
    const QString matrix = describeItem(item(QStringLiteral("matrix")), m_material);
    QTest::keyClicks(filter, QStringLiteral("MATRIX, COL"));
    EXPECT_EQ(visibleTexts(), QStringList { matrix }) << "case does not matter";
    filter->setText(QStringLiteral("stack of"));
    const QStringList shown = visibleTexts();
    EXPECT_EQ(shown.size(), m_material.stack.selectionIds().size()) << "one stack per model and service";
    for (const QString& text : shown)
        EXPECT_TRUE(text.contains(QStringLiteral("stack of"), Qt::CaseInsensitive)) << text.toStdString();

    // What the filter hides is not added, even when it was chosen before.
    m_dialog.setItems({});
    filter->clear();
    choose(QStringLiteral("matrix"));
    filter->setText(QStringLiteral("stack of"));
    EXPECT_FALSE(button("addButton")->isEnabled());
    button("addButton")->click();
    EXPECT_TRUE(m_dialog.items().isEmpty());
    filter->setText(QStringLiteral("no item says this"));
    EXPECT_TRUE(visibleTexts().isEmpty());
    filter->clear();
    EXPECT_EQ(visibleTexts().size(), available()->count());
}

TEST_F(DeckEditorTest, items_not_in_the_course_are_marked_and_kept)
{
    const QList<DeckItem> given = deckOf({ QStringLiteral("matrix"), QStringLiteral("stack nowhere"),
                                           QStringLiteral("quiz no-such-question") });
    m_dialog.setItems(given);
    QListWidgetItem* stack = deck()->item(1);
    EXPECT_TRUE(stack->text().endsWith(QStringLiteral("(not in the course)"))) << stack->text().toStdString();
    EXPECT_TRUE(stack->toolTip().contains(QStringLiteral("nowhere"))) << stack->toolTip().toStdString();
    EXPECT_TRUE(stack->toolTip().startsWith(QStringLiteral("item 2 "))) << stack->toolTip().toStdString();
    EXPECT_TRUE(deck()->item(2)->text().endsWith(QStringLiteral("(not in the course)")));
    EXPECT_TRUE(deck()->item(2)->toolTip().contains(QStringLiteral("no-such-question")));
    EXPECT_FALSE(deck()->item(0)->text().contains(QStringLiteral("not in the course")));
    EXPECT_EQ(texts(m_dialog.items()), texts(given));
    EXPECT_EQ(summary(),
              QStringLiteral("4 steps in 3 items; 2 items are not in the course and will be skipped"));

    // Moved, the problem is numbered where the item now is.
    deck()->setCurrentRow(1);
    button("upButton")->click();
    EXPECT_TRUE(deck()->item(0)->toolTip().startsWith(QStringLiteral("item 1 ")))
        << deck()->item(0)->toolTip().toStdString();
    EXPECT_EQ(texts(m_dialog.items()),
              (QStringList { QStringLiteral("stack nowhere"), QStringLiteral("matrix"),
                             QStringLiteral("quiz no-such-question") }));
}

TEST_F(DeckEditorTest, rows_dragged_within_the_deck_are_counted_where_they_land)
{
    m_dialog.setItems(
        deckOf({ QStringLiteral("matrix"), QStringLiteral("controls"), QStringLiteral("stack nowhere") }));
    // A drop within the list moves the row in its model.
    ASSERT_TRUE(deck()->model()->moveRow({}, 2, {}, 0));
    EXPECT_EQ(texts(m_dialog.items()),
              (QStringList { QStringLiteral("stack nowhere"), QStringLiteral("matrix"),
                             QStringLiteral("controls") }));
    EXPECT_TRUE(deck()->item(0)->toolTip().startsWith(QStringLiteral("item 1 ")))
        << deck()->item(0)->toolTip().toStdString();
}

TEST_F(DeckEditorTest, delete_removes_and_ctrl_arrows_move)
{
    m_dialog.setItems(
        deckOf({ QStringLiteral("matrix"), QStringLiteral("controls"), QStringLiteral("areas") }));
    deck()->setCurrentRow(0);
    QTest::keyClick(deck(), Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(
        texts(m_dialog.items()),
        (QStringList { QStringLiteral("controls"), QStringLiteral("matrix"), QStringLiteral("areas") }));
    EXPECT_EQ(deck()->currentRow(), 1);
    QTest::keyClick(deck(), Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(deck(), Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(texts(m_dialog.items()),
              (QStringList { QStringLiteral("controls"), QStringLiteral("areas"), QStringLiteral("matrix") }))
        << "the last stays last";
    QTest::keyClick(deck(), Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(deck()->currentRow(), 1);
    QTest::keyClick(deck(), Qt::Key_Delete);
    EXPECT_EQ(texts(m_dialog.items()), (QStringList { QStringLiteral("controls"), QStringLiteral("areas") }));
}

TEST_F(DeckEditorTest, enter_in_the_filter_goes_to_the_first_match)
{
    show();
    auto* filter = child<QLineEdit>("availableFilter");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("areas"));
    QTest::keyClick(filter, Qt::Key_Return);
    ASSERT_NE(available()->currentItem(), nullptr);
    EXPECT_EQ(available()->currentItem()->text(), describeItem(item(QStringLiteral("areas")), m_material));
    EXPECT_TRUE(m_dialog.isVisible()) << "Enter in the filter does not press OK";
    QTest::keyClick(available(), Qt::Key_Enter);
    EXPECT_EQ(texts(m_dialog.items()), QStringList { QStringLiteral("areas") });
    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_TRUE(filter->text().isEmpty()) << "Escape clears the filter first";
    EXPECT_TRUE(m_dialog.isVisible());
}

TEST_F(DeckEditorTest, fits_a_projector_screen_and_a_small_one)
{
    m_dialog.setItems(deckOf({ QStringLiteral("stack nowhere") }) + defaultDeck(m_material));
    choose(QStringLiteral("compare ec2 rds"));
    deck()->setCurrentRow(2);
    picture(QStringLiteral("deck-editor-900x600"), QSize(900, 600));
    picture(QStringLiteral("deck-editor-640x480"), QSize(640, 480));
}
