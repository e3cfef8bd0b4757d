// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace demarc {

/**
 * Horizontal bars, one row each: a label, a bar filled to value/maximum (a second, hatched
 * part for a secondary value) and the row's figures in words. Painted with QPainter; the
 * same figures are the accessible description, so nothing is only in the picture.
 */
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;
        /** The solid part, e.g. questions mastered. */
        int value = 0;
        /** The hatched part drawn after it, e.g. answered but not mastered; 0 for none. */
        int secondary = 0;
        int maximum = 0;
        /** The figures in words, shown at the end of the row: "12 of 18 mastered". */
        QString text;
    };

    explicit BarChart(QWidget* parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row>& rows() const { return m_rows; }
    /** What the solid and hatched parts mean, shown under the bars; empty for no key. */
    void setKey(const QString& solid, const QString& hatched);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    void updateDescription();

    QList<Row> m_rows;
    QString m_solidKey;
    QString m_hatchedKey;
};

} // namespace demarc
