// SPDX-License-Identifier: GPL-3.0-or-later
#include "Golden.h"

#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <iostream>

namespace demarc::test {

namespace {

/** @p line with tabs and carriage returns made visible. */
std::string visible(const QByteArray& line)
{
    QByteArray out = line;
    out.replace('\t', "\\t").replace('\r', "\\r");
    return out.toStdString();
}

} // namespace

void expectGolden(const QString& name, const QString& actual)
{
    const QString path = test::fixture(QStringLiteral("export/") + name);
    const QByteArray bytes = actual.toUtf8();
    if (qEnvironmentVariableIntValue("DEMARC_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        test::writeFile(path, bytes);
        std::cout << "[ golden   ] rewrote " << path.toStdString() << '\n';
        return;
    }
    if (!QFileInfo::exists(path)) {
        ADD_FAILURE() << path.toStdString() << " is missing; run with DEMARC_UPDATE_GOLDEN=1 to write it";
        return;
    }
    const QByteArray expected = test::readFile(path);
    if (expected == bytes)
        return;

    const QString actualPath = QDir::temp().filePath(QStringLiteral("demarc-golden/") + name);
    QDir().mkpath(QFileInfo(actualPath).absolutePath());
    test::writeFile(actualPath, bytes);
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = bytes.split('\n');
    qsizetype line = 0;
    while (line < want.size() && line < got.size() && want.at(line) == got.at(line))
        ++line;
    qsizetype column = 0;
    if (line < want.size() && line < got.size()) {
        const QByteArray& a = want.at(line);
        const QByteArray& b = got.at(line);
        while (column < a.size() && column < b.size() && a.at(column) == b.at(column))
            ++column;
    }
    ADD_FAILURE() << name.toStdString() << " differs from its golden file from line " << line + 1 << ", byte "
                  << column + 1 << ":\n"
                  << "  expected: "
                  << (line < want.size() ? visible(want.at(line)) : std::string("<end of file>")) << '\n'
                  << "  actual:   "
                  << (line < got.size() ? visible(got.at(line)) : std::string("<end of file>")) << '\n'
                  << "  see: diff -u " << path.toStdString() << ' ' << actualPath.toStdString() << '\n'
                  << "  if the change is meant, rerun with DEMARC_UPDATE_GOLDEN=1 and review the diff";
}

} // namespace demarc::test
