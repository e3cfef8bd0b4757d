// SPDX-License-Identifier: GPL-3.0-or-later
// A build tool, not part of the app: draws Demarc's icon at each size a desktop asks for, from
// the one SVG, with Qt's own renderer, into the freedesktop icon theme layout.
//   demarc_icon_renderer ICON.svg OUT-DIR NAME SIZE...  ->  OUT-DIR/SIZExSIZE/apps/NAME.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 5) {
        err << "usage: demarc_icon_renderer ICON.svg OUT-DIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << args.at(1) << ": not an SVG image Qt can draw\n";
        return 1;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            err << args.at(i) << ": not an icon size (1 to 1024 pixels)\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString folder = QDir(args.at(2)).filePath(QStringLiteral("%1x%1/apps").arg(size));
        const QString file = QDir(folder).filePath(args.at(3) + QStringLiteral(".png"));
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            err << file << ": cannot be written\n";
            return 1;
        }
    }
    return 0;
}
