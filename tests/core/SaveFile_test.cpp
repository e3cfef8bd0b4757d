// SPDX-License-Identifier: GPL-3.0-or-later
// Files written all or nothing: a failed write leaves the old file and no temporary file.
#include "core/SaveFile.h"

#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace demarc;

namespace {

class SaveFileTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** Every entry in @p dir, hidden ones too: a temporary file must not stay behind. */
    static QStringList entries(const QString& dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                   QDir::Name);
    }

    QTemporaryDir m_dir;
};

/** A writer that writes a part, then fails as a writer that runs out of something would. */
bool failHalfway(QIODevice& device, QString& error)
{
    device.write("half of the new");
    error = QStringLiteral("injected failure");
    return false;
}

} // namespace

TEST_F(SaveFileTest, writes_a_new_file)
{
    const QString file = path(QStringLiteral("new.md"));
    bool called = false;
    const Status saved = saveFileAtomically(file, [&](QIODevice& device, QString&) {
        called = true;
        EXPECT_TRUE(device.isWritable());
        return device.write("# Notes\n") == 8;
    });
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_TRUE(called);
    EXPECT_EQ(test::readFile(file), QByteArray("# Notes\n"));
    EXPECT_EQ(entries(m_dir.path()), QStringList { QStringLiteral("new.md") });
}

TEST_F(SaveFileTest, writes_bytes_exactly_as_given)
{
    const QString file = path(QStringLiteral("bytes.bin"));
    const QByteArray bytes("line\r\nnul\0end\xff", 14);
    ASSERT_TRUE(saveFileAtomically(file, bytes).ok());
    EXPECT_EQ(test::readFile(file), bytes);
    ASSERT_TRUE(saveFileAtomically(file, QByteArray()).ok());
    EXPECT_TRUE(QFileInfo::exists(file));
    EXPECT_EQ(QFileInfo(file).size(), 0) << "empty bytes make an empty file";
}

TEST_F(SaveFileTest, replaces_an_existing_file)
{
    const QString file = path(QStringLiteral("notes.md"));
    test::writeFile(file, "an old and rather longer text than the new one");
    ASSERT_TRUE(saveFileAtomically(file, QByteArray("new")).ok());
    EXPECT_EQ(test::readFile(file), QByteArray("new"));
    EXPECT_EQ(entries(m_dir.path()), QStringList { QStringLiteral("notes.md") });
}

TEST_F(SaveFileTest, a_failing_writer_leaves_the_old_file_and_no_temporary_file)
{
    const QString file = path(QStringLiteral("keep.md"));
    test::writeFile(file, "mine\nand only mine\n");
    const QByteArray before = test::fileHash(file);

    const Status failed = saveFileAtomically(file, failHalfway);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().contains(file)) << failed.errorMessage().toStdString();
    EXPECT_TRUE(failed.errorMessage().contains(QStringLiteral("injected failure")))
        << failed.errorMessage().toStdString();
    EXPECT_EQ(test::fileHash(file), before);
    EXPECT_EQ(entries(m_dir.path()), QStringList { QStringLiteral("keep.md") });
}

TEST_F(SaveFileTest, a_failing_writer_makes_no_new_file)
{
    const QString file = path(QStringLiteral("never.md"));
    EXPECT_FALSE(saveFileAtomically(file, failHalfway).ok());
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(entries(m_dir.path()).isEmpty()) << entries(m_dir.path()).join(u' ').toStdString();
}

TEST_F(SaveFileTest, a_writer_that_fails_without_a_reason_still_gets_an_error_naming_the_file)
{
    const QString file = path(QStringLiteral("quiet.md"));
    const Status failed = saveFileAtomically(file, [](QIODevice&, QString&) { return false; });
    ASSERT_FALSE(failed.ok());
    const QString prefix = QStringLiteral("cannot write %1: ").arg(file);
    EXPECT_TRUE(failed.errorMessage().startsWith(prefix)) << failed.errorMessage().toStdString();
    EXPECT_GT(failed.errorMessage().size(), prefix.size()) << "some reason after the name";
    EXPECT_TRUE(entries(m_dir.path()).isEmpty());
}

TEST_F(SaveFileTest, a_folder_that_does_not_exist_is_an_error_and_is_not_made)
{
    const QString file = path(QStringLiteral("no/such/notes.md"));
    bool called = false;
    const Status failed = saveFileAtomically(file, [&](QIODevice&, QString&) { return called = true; });
    ASSERT_FALSE(failed.ok());
    EXPECT_FALSE(called) << "nothing to write into";
    EXPECT_TRUE(failed.errorMessage().contains(file)) << failed.errorMessage().toStdString();
    EXPECT_TRUE(failed.errorMessage().contains(QStringLiteral("does not exist")))
        << failed.errorMessage().toStdString();
    EXPECT_TRUE(failed.errorMessage().contains(QDir::toNativeSeparators(path(QStringLiteral("no/such")))))
        << "names the missing folder: " << failed.errorMessage().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("no"))));
}

TEST_F(SaveFileTest, a_path_that_is_a_folder_is_an_error_and_the_folder_stays)
{
    const QString folder = path(QStringLiteral("notes.md"));
    ASSERT_TRUE(QDir().mkpath(folder));
    test::writeFile(QDir(folder).filePath(QStringLiteral("inside.txt")), "inside");
    const Status failed = saveFileAtomically(folder, QByteArray("x"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.errorMessage(), QStringLiteral("%1 is a folder, not a file").arg(folder));
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_EQ(entries(folder), QStringList { QStringLiteral("inside.txt") });
    EXPECT_EQ(entries(m_dir.path()), QStringList { QStringLiteral("notes.md") });
}

TEST_F(SaveFileTest, an_empty_path_is_an_error)
{
    const Status failed = saveFileAtomically(QString(), QByteArray("x"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.errorMessage(), QStringLiteral("no file name given"));
}

// Root may create any file, but no one may make a name longer than the file system allows: the
// temporary file's name (the file's name and a suffix) cannot be made beside a 255-byte name.
TEST_F(SaveFileTest, when_no_temporary_file_can_be_made_the_old_file_is_left)
{
    const QString file = path(QString(252, u'n') + QStringLiteral(".md"));
    test::writeFile(file, "mine");
    ASSERT_TRUE(QFileInfo::exists(file)) << "the file system takes no 255-byte names";
    const Status failed = saveFileAtomically(file, QByteArray("new"));
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().startsWith(QStringLiteral("cannot write %1: ").arg(file)))
        << failed.errorMessage().toStdString();
    EXPECT_EQ(test::readFile(file), QByteArray("mine"));
    EXPECT_EQ(entries(m_dir.path()).size(), 1);
}

TEST_F(SaveFileTest, a_read_only_folder_is_an_error_and_its_file_is_left)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only folders";
    const QString folder = path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("notes.md"));
    test::writeFile(file, "mine");
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const Status failed = saveFileAtomically(file, QByteArray("new"));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().startsWith(QStringLiteral("cannot write %1: ").arg(file)))
        << failed.errorMessage().toStdString();
    EXPECT_EQ(test::readFile(file), QByteArray("mine"));
    EXPECT_EQ(entries(folder), QStringList { QStringLiteral("notes.md") });
}
