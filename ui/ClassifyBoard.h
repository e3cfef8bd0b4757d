// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "core/Grading.h"

#include <QListWidget>
#include <QStyledItemDelegate>
#include <QWidget>

#include <optional>

namespace demarc {

/**
 * One column of the sorting board. Besides dragging, its keys sort the current item:
 * 1, 2, 3 (or A, C, S) send it to AWS, the customer or shared; 0 or Backspace back to
 * "To sort"; Left and Right move between columns. Space, Enter and F are left to the quiz.
 */
class BucketList : public QListWidget
{
    Q_OBJECT

public:
    BucketList(std::optional<Party> party, QWidget* parent = nullptr);
    std::optional<Party> party() const { return m_party; }

signals:
    /** A key asked to send the current item to @p column (0 "To sort", then the parties in order). */
    void sendRequested(int column);
    void neighbourRequested(int step);
    void widthChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    std::optional<Party> m_party;
};

/**
 * An item of the sorting board drawn as a card: its text wrapped, and once checked its mark
 * (✓ ✗) and its verdict in bold in the verdict's colour. Its size is what it draws.
 */
class BoardCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, VerdictRole, VerdictTextRole };

    using QStyledItemDelegate::QStyledItemDelegate;
    /** The height of a card @p width wide. */
    static int cardHeight(const QFont& font, int width, const QString& text, const QString& verdictText);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/**
 * "Who is responsible?": the items of a classify question (or the parts of a split control)
 * start under "To sort" and go to a party's column by drag and drop or by keyboard. After
 * checking, every item shows whether it is where it belongs, in words and with an icon.
 */
class ClassifyBoard : public QWidget
{
    Q_OBJECT

public:
    explicit ClassifyBoard(QWidget* parent = nullptr);

    /** Shows the question's items in their given order, all to be sorted. */
    void setQuestion(const Question& question);
    Answer answer() const;
    int sortedCount() const;
    int itemCount() const;
    /** Moves an item to a party's column, or back to "To sort" with nullopt. */
    bool assign(const QString& itemId, std::optional<Party> party);
    /** Marks every item right or wrong against @p question and locks the board. */
    void showVerdicts(const Question& question, const Answer& answer);
    bool isLocked() const { return m_locked; }
    /** Focus on the first column that has items. */
    void focusItems();

    /** The columns in order: "To sort", then one per party. */
    QList<BucketList*> columns() const { return m_columns; }

signals:
    void changed();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /** Every column is made tall enough for all the items at once, so none ever scrolls. */
    void fitHeight();
    void clearColumns();
    void send(BucketList* from, int column);
    void updateColumnNames();

    QList<BucketList*> m_columns;
    QList<QWidget*> m_headers;
    QList<Party> m_parties;
    bool m_locked = false;
};

} // namespace demarc
