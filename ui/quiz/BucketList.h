// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Party.h"
#include "ui/common/ItemViews.h"

#include <QListWidget>

#include <optional>

namespace demarc {

/**
 * One column of the sorting board. Besides dragging, its keys sort the current item:
 * 1, 2, 3 (or A, C, S) send it to AWS, the customer or shared; 0 or Backspace back to
 * "To sort"; Left and Right move between columns. Space, Enter and F are left to the quiz.
 */
class BucketList : public ListWidget
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

} // namespace demarc
