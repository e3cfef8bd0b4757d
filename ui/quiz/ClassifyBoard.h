// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "core/quiz/Grading.h"

#include <QWidget>

#include <optional>

namespace demarc {

class BucketList;

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
