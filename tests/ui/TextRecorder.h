// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>

#include <memory>

namespace demarc::test {

/**
 * A paint device that keeps the texts drawn on it instead of pixels: each run of text with
 * where it went and its type's size in pixels. Render a widget into it (QWidget::render) to read
 * what a screen says and how large.
 */
class TextRecorder : public QPaintDevice
{
public:
    struct Text
    {
        QString text;
        QPointF at; ///< the baseline's start, in device pixels
        qreal pixels = 0; ///< the type's size
    };

    explicit TextRecorder(QSize size)
        : m_size(size)
        , m_engine(std::make_unique<Engine>(this))
    { }
    ~TextRecorder() override = default;

    QPaintEngine* paintEngine() const override { return m_engine.get(); }
    const QList<Text>& texts() const { return m_texts; }
    /** Every text, joined by spaces. */
    QString allText() const
    {
        QStringList parts;
        for (const Text& t : m_texts)
            parts << t.text;
        return parts.join(QLatin1Char(' '));
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96;
        case PdmDepth: return 32;
        case PdmNumColors: return INT_MAX;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder* owner)
            : QPaintEngine(QPaintEngine::AllFeatures)
            , m_owner(owner)
        { }
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override { }
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { }
        void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override { }
        void drawPath(const QPainterPath&) override { }
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override { }
        void drawRects(const QRectF*, int) override { }
        void drawLines(const QLineF*, int) override { }
        void drawEllipse(const QRectF&) override { }
        void drawPoints(const QPointF*, int) override { }
        void drawTextItem(const QPointF& p, const QTextItem& item) override
        {
            const QFont font = item.font();
            const qreal pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
            const qreal scale = painter()->transform().m22();
            m_owner->m_texts.append({ item.text(), painter()->transform().map(p), pixels * scale });
        }
        Type type() const override { return QPaintEngine::User; }

    private:
        TextRecorder* m_owner;
    };

    QSize m_size;
    std::unique_ptr<Engine> m_engine;
    QList<Text> m_texts;
};

} // namespace demarc::test
