// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace demarc::test {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString() << ": " << file.errorString().toStdString();
        return {};
    }
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        ADD_FAILURE() << "cannot write " << path.toStdString() << ": " << file.errorString().toStdString();
}

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QString fixture(const QString& relativePath)
{
    return QStringLiteral(DEMARC_FIXTURES_DIR "/") + relativePath;
}

QString sourcePath(const QString& relativePath)
{
    return QStringLiteral(DEMARC_SOURCE_DIR "/") + relativePath;
}

QString bundledCoursePath()
{
    return sourcePath(QStringLiteral("resources/content/aws-shared-responsibility.json"));
}

QString factsPath() { return sourcePath(QStringLiteral("resources/content/facts.md")); }

QByteArray readmeExamplePack()
{
    const QByteArray readme = readFile(sourcePath(QStringLiteral("resources/content/README.md")));
    const QByteArray open = "```json\n";
    const qsizetype start = readme.indexOf(open);
    const qsizetype end = readme.indexOf("```", start + open.size());
    if (start < 0 || end < 0) {
        ADD_FAILURE() << "resources/content/README.md has no ```json example";
        return {};
    }
    return readme.mid(start + open.size(), end - start - open.size());
}

QString shotsFolder(const QString& suite)
{
    const QString root = qEnvironmentVariable("DEMARC_TEST_SHOTS");
    if (root.isEmpty())
        return {};
    const QString folder = QDir(root).filePath(suite);
    QDir().mkpath(folder);
    return folder;
}

} // namespace demarc::test
