// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Card.h"

#include <QList>
#include <QString>
#include <Qt>

#include <functional>

class QHeaderView;
class QTableView;
class QAbstractItemModel;
class QBoxLayout;
class QHBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QListView;
class QListWidget;
class QStackedWidget;
class QWidget;

/** Small builders the pages share, so that the same control looks and behaves the same everywhere. */
namespace demarc::controls {

/** A layout of @p owner in one @p direction without margins or spacing: panes laid side by side. */
QBoxLayout* tightLayout(QWidget* owner, Qt::Orientation direction);
/** A card: a heading, a figure in large type (the label's text) and, below, an optional button. */
Card* card(const QString& title, QLabel* figure, QPushButton* action);
/** A label for @p buddy: its mnemonic (the letter after &) puts the focus there. */
QLabel* buddyLabel(const QString& text, QWidget* buddy);
/** The row of choices above a page's content (the diagram's and the matrix's "Show …"). */
QHBoxLayout* filterBar();
/**
 * Where the focus goes when @p page is opened: its focus proxy when it has one, else its first
 * control that takes Tab, else the page itself. A page never takes the focus in its own name
 * while it holds a control that could: a screen reader would announce an unnamed pane.
 */
QWidget* firstTabStop(QWidget* page);
/** The controls inside @p container that Tab reaches, in the window's focus chain order. */
QList<QWidget*> tabStopsIn(QWidget* container);
/** Sets Tab to go through @p stops in their order (a control that takes no focus is left out). */
void setTabOrder(const QList<QWidget*>& stops);
/**
 * Shows @p shown in @p stack. When the focus was on the page left, it leaves with that page and
 * @p placeFocus puts it on the new one: Qt would first pass it along the focus chain to the next
 * control outside the page (a screen reader announces every stop), then into the new page.
 */
void switchPage(QStackedWidget* stack, QWidget* shown, const std::function<void()>& placeFocus);
/** A list whose items wrap instead of scrolling sideways. */
/**
 * The house style of a table: no grid (rows told apart by alternating shades, columns by their
 * headers), no frame of its own when @p inFrame (it sits in a framed pane, such as a tab's, and
 * two borders would run side by side), and header labels that wrap instead of being cut.
 */
void styleTable(QTableView* table, bool inFrame);

/**
 * Lets @p header's labels wrap onto more lines instead of being cut, the header growing as tall
 * as its longest label needs at the sections' widths (kept so as sections resize).
 */
void wrapHeaderLabels(QHeaderView* header);

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
