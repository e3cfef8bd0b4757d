// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

class QAbstractItemModel;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QListView;
class QListWidget;
class QWidget;

/** Small builders the pages share, so that the same control looks and behaves the same everywhere. */
namespace demarc::controls {

/** A layout of @p owner in one @p direction without margins or spacing: panes laid side by side. */
QBoxLayout* tightLayout(QWidget* owner, Qt::Orientation direction);
/** A label for @p buddy: its mnemonic (the letter after &) puts the focus there. */
QLabel* buddyLabel(const QString& text, QWidget* buddy);
/** The row of choices above a page's content (the diagram's and the matrix's "Show …"). */
QHBoxLayout* filterBar();
/** A list whose items wrap instead of scrolling sideways. */
QListWidget* wrappingList(const QString& objectName, const QString& accessibleName);
/** @p list showing @p model as search results and notes are shown: titled items with a snippet each. */
void showAsResults(QListView* list, QAbstractItemModel* model);

/**
 * What a screen reader should say for @p shown: its words without the marks drawn for the eye
 * (⚑ ⏎ ★ ☆ ← → ✓ ✗ and the like), the & of an access key, or the doubled spaces around them.
 */
QString spokenText(const QString& shown);
/** Shows @p text on @p widget (a button or a label) and names it spokenText(@p text). */
void setShownText(QWidget* widget, const QString& text);

} // namespace demarc::controls
