// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpokenWidgets.h"

#include "AccessibleFactory.h"
#include "Controls.h"

#include <QAccessibleWidget>

namespace demarc {

namespace {

class NamedGroupAccessible : public QAccessibleWidget
{
public:
    explicit NamedGroupAccessible(NamedGroup* group)
        : QAccessibleWidget(group, QAccessible::Grouping)
    { }
};

class AnnouncementAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncementAccessible(Announcement* label)
        : QAccessibleWidget(label, QAccessible::Notification)
    { }

    QString text(QAccessible::Text t) const override
    {
        const QString own = QAccessibleWidget::text(t);
        if (t == QAccessible::Name && own.isEmpty())
            return controls::spokenText(static_cast<QLabel*>(widget())->text());
        return own;
    }
};

} // namespace

NamedGroup::NamedGroup(QWidget* parent)
    : QWidget(parent)
{
    installAccessibleFactory<NamedGroup, NamedGroupAccessible>();
}

Announcement::Announcement(QWidget* parent)
    : QLabel(parent)
{
    installAccessibleFactory<Announcement, AnnouncementAccessible>();
}

} // namespace demarc
