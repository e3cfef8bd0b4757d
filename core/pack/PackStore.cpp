// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackStore)
};

} // namespace

QString packIdFromTitle(const QString& title)
{
    QString id = title.toLower();
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    id.replace(separators, QStringLiteral("-"));
    id = id.left(40);
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("my-pack") : id;
}

Result<Pack> newPackExtendingCourse(const QList<PackSummary>& installed, const QString& title,
                                    const QString& author)
{
    QString course;
    QStringList taken;
    for (const PackSummary& p : installed) {
        taken.append(p.info.id);
        if (p.bundled && course.isEmpty())
            course = p.info.id;
    }
    if (course.isEmpty())
        return Error { Text::tr("there is no course to add to") };
    Pack pack;
    const QString base = packIdFromTitle(title);
    pack.info.id = base;
    for (int n = 2; taken.contains(pack.info.id); ++n)
        pack.info.id = QStringLiteral("%1-%2").arg(base).arg(n);
    pack.info.title = title;
    pack.info.version = 1;
    pack.info.language = QStringLiteral("en");
    pack.info.author = author.isEmpty() ? Text::tr("An instructor") : author;
    pack.info.extends = course;
    return pack;
}

} // namespace demarc
