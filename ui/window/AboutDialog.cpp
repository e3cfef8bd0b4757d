// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "demarc/Version.h"
#include "ui/common/Heading.h"
#include "ui/common/ReadingBrowser.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace demarc {

AboutDialog::AboutDialog(const ContentRepository& content, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Demarc"));

    auto* icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Demarc's icon"));
    const QDate released = QDate::fromString(QLatin1String(DEMARC_RELEASE_DATE), Qt::ISODate);
    QLabel* title = heading(tr("Demarc %1").arg(QLatin1String(DEMARC_VERSION)), 1.6);
    title->setObjectName(QStringLiteral("aboutVersion"));
    auto* releasedLabel =
        new QLabel(tr("Released %1").arg(QLocale().toString(released, QLocale::LongFormat)));
    auto* names = new QVBoxLayout;
    names->addWidget(title);
    names->addWidget(releasedLabel);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(names, 1);

    auto* text = new QLabel(
        tr("<p>Learn where AWS's responsibility ends and yours begins: the AWS Shared Responsibility "
           "Model, from IaaS to SaaS.</p>"
           "<p>Demarc is free software: you may share and change it under the terms of the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a>, "
           "version 3 or (at your option) any later version. It comes with no warranty.</p>"
           "<p>Built with Qt %1, running on Qt %2.</p>")
            .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);

    // The course's sources, as each lesson lists its own.
    auto* sources = new ReadingBrowser;
    sources->setObjectName(QStringLiteral("aboutSources"));
    sources->setAccessibleName(tr("The sources the course is written from"));
    if (const auto list = content.sources(); !list) {
        sources->setReadingMarkdown(tr("The course's sources cannot be read: %1").arg(list.errorMessage()));
    } else {
        QStringList ids;
        for (const Source& s : *list)
            ids.append(s.id);
        sources->setReadingMarkdown(
            QStringLiteral("**%1**\n\n").arg(tr("The course is written from these sources"))
            + ReadingBrowser::sourceList(ids, ReadingBrowser::sourceCatalog(*list)));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* v = new QVBoxLayout(this);
    v->addLayout(top);
    v->addWidget(text);
    v->addWidget(sources, 1);
    v->addWidget(buttons);
    resize(620, 560);
}

} // namespace demarc
