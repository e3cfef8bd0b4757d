// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for start-up: a bare Qt Widgets window that does what `demarc --screenshot FILE`
// does and nothing else. It shows itself, and on the event loop's first turn after its first
// paint saves a PNG of itself and exits (with DEMARC_FIRST_PAINT_ONLY set, as for demarc, it
// takes the picture without encoding it). scripts/bench times it against demarc.
#include <QApplication>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bare-window FILE.png\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QWidget window;
    window.resize(1280, 800);
    window.show();
    int exitCode = 0;
    const bool encode = !qEnvironmentVariableIsSet("DEMARC_FIRST_PAINT_ONLY");
    QTimer::singleShot(0, &window, [&] {
        const QImage image = window.grab().toImage();
        if (encode && !image.save(path, "PNG"))
            exitCode = 1;
        QApplication::exit(exitCode);
    });
    QApplication::exec();
    return exitCode;
}
