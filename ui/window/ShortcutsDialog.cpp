// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include "ui/common/Controls.h"
#include "ui/common/ItemViews.h"
#include "ui/presenter/PresenterStage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace demarc {

namespace {

using Keys = ShortcutsDialog::Keys;

/** Every item of @p menu and its submenus that has a shortcut. */
void collect(const QMenu* menu, Keys& out)
{
    for (const QAction* a : menu->actions()) {
        if (a->menu())
            collect(a->menu(), out);
        else if (!a->shortcuts().isEmpty() && a->isVisible()) {
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            out.append({ keys.join(QLatin1String(", ")), controls::spokenText(a->text()) });
        }
    }
}

} // namespace

QList<ShortcutsDialog::Section> ShortcutsDialog::sections(const QMenuBar* menus)
{
    QList<Section> out;
    if (menus) {
        for (const QAction* top : menus->actions()) {
            Keys keys;
            if (top->menu())
                collect(top->menu(), keys);
            if (!keys.isEmpty())
                out.append({ controls::spokenText(top->text()), keys });
        }
    }
    out.append({ tr("Search"),
                 { { tr("Ctrl+F"), tr("search the lessons, glossary and questions") },
                   { tr("Down"), tr("from the search box into the results") },
                   { tr("Enter"), tr("open the result") },
                   { tr("Esc"), tr("leave the search for the view before it") } } });
    out.append({ tr("Lessons"), { { tr("Alt+Left, Alt+Right"), tr("previous, next lesson") } } });
    out.append({ tr("Diagram and matrix"),
                 { { tr("Up, Down"), tr("the layer above or below, with its explanation") },
                   { tr("Left, Right"), tr("in the matrix: the next column") } } });
    out.append({ tr("Quiz"),
                 { { tr("1 to 9"), tr("choose an option") },
                   { tr("Space, Enter"), tr("check the answer, then go on") },
                   { tr("Up, Down"), tr("move between the options") },
                   { tr("F"), tr("flag the question for review") },
                   { tr("K"), tr("skip the question") } } });
    out.append({ tr("Sorting board"),
                 { { tr("Up, Down"), tr("pick an item") },
                   { tr("1, 2, 3"), tr("put it under AWS, the customer, or shared") },
                   { tr("0"), tr("take it back") },
                   { tr("Left, Right"), tr("move it to the next column") } } });
    out.append({ tr("Presenter mode"), PresenterStage::keys() });
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* intro =
        new QLabel(tr("Every control is reached with Tab and Shift+Tab and used with Space or Enter; "
                      "Alt and the underlined letter open a menu."));
    intro->setWordWrap(true);
    // A tree of two columns: a screen reader reads each row as keys and what they do.
    auto* list = new TreeWidget;
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setColumnCount(2);
    list->setHeaderLabels({ tr("Keys"), tr("What they do") });
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    for (const auto& [title, keys] : sections(menus)) {
        auto* section = new QTreeWidgetItem(list, { title });
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFirstColumnSpanned(true);
        for (const auto& [key, what] : keys)
            new QTreeWidgetItem(section, { key, what });
    }
    list->expandAll();
    list->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addWidget(list, 1);
    v->addWidget(buttons);
    resize(640, 640);
}

} // namespace demarc
