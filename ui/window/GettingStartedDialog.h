// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

namespace demarc {

class ReadingBrowser;

/**
 * Help → Getting Started: a short tour of the views, one page each (what it is for, how to use
 * it, its key), with Back and Next, and "Open" to go to the view the page is about.
 */
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    /** One page: the view it is about (a view name, empty for none), its title and text. */
    struct Page
    {
        QString view;
        QString title;
        QString text;
    };

    explicit GettingStartedDialog(QWidget* parent = nullptr);

    static QList<Page> pages();
    int currentPage() const { return m_at; }
    void showPage(int index);

signals:
    /** "Open" on a page: show this view. */
    void viewRequested(const QString& view);

private:
    QList<Page> m_pages;
    int m_at = 0;
    QLabel* m_step;
    QLabel* m_title;
    ReadingBrowser* m_text;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_open;
};

} // namespace demarc
