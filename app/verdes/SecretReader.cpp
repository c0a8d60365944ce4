// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes/SecretReader.h"

#include <QFile>

#include <cstdio>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace verdes::app {

namespace {

constexpr std::size_t kMaxSecretBytes = 1024;

// Turns terminal echo off for its lifetime and restores it, also when reading fails.
class EchoOff final
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }

    ~EchoOff()
    {
        if (m_active) {
            (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            (void)std::fputc('\n', stderr);
        }
    }

    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

Result<SecureBytes> SecretReader::read(const QString &prompt)
{
    const bool interactive = isatty(STDIN_FILENO) == 1;
    std::unique_ptr<EchoOff> echoOff;
    if (interactive) {
        (void)std::fputs(prompt.toLocal8Bit().constData(), stderr);
        (void)std::fflush(stderr);
        echoOff = std::make_unique<EchoOff>();
    }
    // Byte by byte into secure memory: stdio's own buffer is the only other copy, and it is reused.
    SecureBytes buffer(kMaxSecretBytes);
    std::size_t length = 0;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF || c == '\n') {
            break;
        }
        if (length == kMaxSecretBytes) {
            return Error(ErrorCode::UsageError, {tr("the passphrase is too long")});
        }
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    if (length == 0) {
        return Error(ErrorCode::UsageError,
                     {interactive ? tr("nothing was typed")
                                  : tr("give the passphrase on the first line of standard input")});
    }
    return SecureBytes::copyOf(buffer.bytes().first(length));
}

bool SecretReader::isStandardInput(const QString &path)
{
    struct stat input = {};
    struct stat named = {};
    const QByteArray native = QFile::encodeName(path);
    if (::fstat(STDIN_FILENO, &input) != 0 || ::stat(native.constData(), &named) != 0) {
        return false;
    }
    return input.st_dev == named.st_dev && input.st_ino == named.st_ino;
}

} // namespace verdes::app
