// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace demarc::test {

/** Reads a whole file; fails the current test when it cannot. */
QByteArray readFile(const QString& path);
/** Writes a whole file; fails the current test when it cannot. */
void writeFile(const QString& path, const QByteArray& bytes);
/** SHA-256 of a file's bytes, hex: to prove a file was left untouched. */
QByteArray fileHash(const QString& path);

QString fixture(const QString& relativePath);
/** A file of the project, by its path from the project's folder. */
QString sourcePath(const QString& relativePath);
/**
 * Where a test saves its pictures for people to look at: DEMARC_TEST_SHOTS/@p suite, made when
 * needed; empty when DEMARC_TEST_SHOTS is not set (the one variable for every test's pictures).
 */
QString shotsFolder(const QString& suite);
QString bundledCoursePath();
/** The course's fact list, resources/content/facts.md: what the bundled course must teach. */
QString factsPath();

/** The complete example pack printed in resources/content/README.md. */
QByteArray readmeExamplePack();

} // namespace demarc::test
