// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace verdes::test {

// The real `verdes-hub serve` in a child process (issue 13 §6), for the tests that kill it, restart it
// and fill its disk. It serves a hub folder over TLS with tests/data/tls's certificate on 127.0.0.1,
// on the port it got at its first start, so that a restarted hub is where the village left it. What
// it logs goes to `hub.log` beside the folder, across restarts. The child dies with the test process,
// even one that crashed, and is killed when this object goes.
class HubProcess final
{
public:
    // `folder`: a hub made by `verdes-hub init`; `arguments`: more for serve (--postgres URI); `port`:
    // where it serves (0: a free one, chosen at its first start).
    explicit HubProcess(QString folder, QStringList arguments = {}, quint16 port = 0);
    ~HubProcess();
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;
    HubProcess(HubProcess &&) = delete;
    HubProcess &operator=(HubProcess &&) = delete;

    struct Start
    {
        QStringList environment; // NAME=value, e.g. VERDES_CRASH_AT=…
        // The largest file the hub may write (RLIMIT_FSIZE, SIGXFSZ ignored, so a write past it fails
        // with EFBIG as on a full disk); 0: no limit.
        qint64 fileSizeLimit = 0;
    };

    // Starts the hub and waits until it serves. Returns its port.
    Result<quint16> start(const Start &how);

    Result<quint16> start() { return start(Start{}); }

    // SIGKILL, and waits until it is gone.
    void kill();
    bool isRunning() const;
    // Waits until the child ended by itself (a crash point). Whether it did.
    bool waitForEnd(int timeoutMs);
    // Changes the running hub's file size limit (0: none): the disk "frees".
    bool setFileSizeLimit(qint64 bytes);

    quint16 port() const { return m_port; }

    QString folder() const { return m_folder; }

    QString logPath() const;
    // Everything the hub logged so far.
    QString log() const;

    // The certificate the hub serves and its pin (SHA-256 of the DER).
    static QString certificateFile();
    static QString keyFile();
    static QByteArray certificatePin();

private:
    QString m_folder;
    QStringList m_arguments;
    QProcess m_process;
    quint16 m_port = 0;
};

// POSIX (HubProcess_posix.cpp): what the child does between fork and exec (it dies with its parent,
// and keeps to `fileSizeLimit` when it is not 0), and the limit changed on a running process.
void prepareHubChild(qint64 fileSizeLimit);
bool setProcessFileSizeLimit(qint64 pid, qint64 bytes);

} // namespace verdes::test
