// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Notes.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

TEST(Notes, a_cell_target_keeps_its_layer_and_column)
{
    const NoteTarget cell = NoteTarget::cell(QStringLiteral("guest-os"), QStringLiteral("ec2"));
    EXPECT_EQ(cell.kind, NoteTargetKind::Cell);
    EXPECT_EQ(cell.id, QStringLiteral("guest-os/ec2"));
    EXPECT_EQ(cell.cellLayer(), QStringLiteral("guest-os"));
    EXPECT_EQ(cell.cellColumn(), QStringLiteral("ec2"));
    EXPECT_TRUE(NoteTarget::lesson(QStringLiteral("x")).cellLayer().isEmpty());
}

TEST(Notes, every_kind_has_an_id_that_reads_back)
{
    for (auto kind : { NoteTargetKind::Lesson, NoteTargetKind::Layer, NoteTargetKind::Cell,
                       NoteTargetKind::Term, NoteTargetKind::Question })
        EXPECT_EQ(noteTargetKindFromId(noteTargetKindId(kind)), kind);
    EXPECT_FALSE(noteTargetKindFromId(QStringLiteral("widget")).has_value());
}

TEST(Notes, a_body_is_stored_with_plain_line_ends_and_no_control_characters)
{
    EXPECT_EQ(normalizedNoteBody(QStringLiteral("a\r\nb\rc\n\n  ")), QStringLiteral("a\nb\nc"));
    EXPECT_EQ(normalizedNoteBody(QStringLiteral("tab\there\x01\x1b[31m")), QStringLiteral("tab\there[31m"));
    EXPECT_EQ(normalizedNoteBody(QString::fromUtf8("left\u202Eright")), QStringLiteral("leftright"))
        << "a direction override could disguise text";
    EXPECT_EQ(normalizedNoteBody(QStringLiteral("<script>alert(1)</script>")),
              QStringLiteral("<script>alert(1)</script>"))
        << "markup is kept as written; the writers escape it";
    EXPECT_TRUE(normalizedNoteBody(QStringLiteral(" \n\t ")).isEmpty());
}
