#pragma once
// Shared by the libFuzzer targets: a QCoreApplication for the parts of Qt that want one (SQL
// driver plugins, timers, the HTTP server), created once before the first input.
#include <QCoreApplication>
#include <QtGlobal>

#include <cstdlib>

namespace sbr::fuzz {

inline void initQt()
{
    static int argc = 1;
    static char name[] = "sbradar-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Warnings from Qt on broken input are expected and would only slow the run down; a qFatal
    // is a finding.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
        if (type == QtFatalMsg)
            std::abort();
    });
}

} // namespace sbr::fuzz
