#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Verdes authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates docs/screenshots/ from the real application under Xvfb, in Indonesian and English, on a
# 1366×768 screen (the village offices' laptops); the tour fails if a window is larger than the screen.
# Uses a throw-away HOME so the demo village is generated fresh and no settings leak in.
# Screens (screenshot_tour.cpp): welcome, unlock, browser, search, officers, proposal editor, diff,
# stale, list, household picker, household history and flags, the musdes (agenda, attendance, list),
# sending to the district (outbox, enrolment), a revoked laptop and the offline-days banner,
# settings, import, create wizard; (musdes_run_shots.cpp) the projector at 1024×768 and the meeting
# console recording a vote; then the first pages of two of a meeting's documents (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
build=${VERDES_BUILD_DIR:-build/debug}
cmake --build "$build" --target screenshot_tour >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
out=$root/docs/screenshots
mkdir -p "$out"
for language in id en; do
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LANG=C.UTF-8 \
        QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' \
        "$build/tests/screenshots/screenshot_tour" "$out" "$language"
done

# The meeting's documents (issue 12 §3): the first page of the berita acara and of the notice-board
# copy, as the document test writes them for a sealed meeting, rendered by poppler.
documents=$(mktemp -d)
trap 'rm -rf "$home" "$documents"' EXIT
cmake --build "$build" --target tst_ui_meeting_documents >/dev/null
VERDES_DOCUMENTS_OUT=$documents VERDES_TEST_DATA=$root/tests/data QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    "$build/tests/tst_ui_meeting_documents" writesEveryDocumentOfASealedMeeting >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$documents"/berita-acara-*.pdf "$out/musdes-berita-acara"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$documents"/papan-pengumuman-*.pdf "$out/musdes-papan-pengumuman"

# Sending to the district (issue 13 §3): a batch the district received, with its items, the
# enrolment dialog with a hub's answer opened, and the hub's keys expired, as the outbox test makes
# them against a real hub.
cmake --build "$build" --target tst_ui_outbox_page >/dev/null
# In Indonesian, as an officer sees them.
VERDES_OUTBOX_SHOTS=$out VERDES_SHOTS_LANGUAGE=id VERDES_TEST_DATA=$root/tests/data QT_QPA_PLATFORM=offscreen \
    LANG=C.UTF-8 "$build/tests/tst_ui_outbox_page" exportAndImportTheReceipt theAnswerNeedsTheRightFingerprint \
    theBatchGoesOverTheInternet theVerdictsComeOverTheInternet theHubsNewKeysComeOnTheStick >/dev/null

# A laptop the district revoked (its window opens to enrol again only) and the banner that asks for a
# sync (issue 13 §1), in Indonesian, as the revocation test makes them against a real hub, under Xvfb.
cmake --build "$build" --target tst_ui_revocation >/dev/null
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LANG=C.UTF-8 \
    VERDES_REVOCATION_SHOTS=$out VERDES_TEST_DATA=$root/tests/data QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s '-screen 0 1366x768x24' "$build/tests/tst_ui_revocation" >/dev/null

# The district review vault (issue 14): the create wizard for a dinas sosial, a verifier's enrolment
# request and the batches received from the hub, in Indonesian, as the reviewer page test makes them
# against a real hub, under Xvfb.
cmake --build "$build" --target tst_ui_reviewer_page >/dev/null
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LANG=C.UTF-8 \
    VERDES_REVIEW_SHOTS=$out VERDES_TEST_DATA=$root/tests/data QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s '-screen 0 1366x768x24' "$build/tests/tst_ui_reviewer_page" >/dev/null

# The verdicts (issue 14 §1–3): the reviewer's queue, an item with its evidence, a return with its code,
# the office's progress; at the village, the proposals with their verdicts and a returned one's history,
# and a new snapshot's conflict to resolve and a change it does not show (issue 14 §2).
for test in tst_ui_review_queue tst_ui_review_progress tst_ui_decisions tst_ui_snapshot_conflict; do
    cmake --build "$build" --target "$test" >/dev/null
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LANG=C.UTF-8 \
        VERDES_REVIEW_SHOTS=$out VERDES_TEST_DATA=$root/tests/data QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s '-screen 0 1366x768x24' "$build/tests/$test" >/dev/null
done

# UU PDP (issue 14 §3): the subject-access dialog, and the report's first page rendered by QPdfDocument,
# in Indonesian, under Xvfb.
cmake --build "$build" --target tst_ui_subject_access >/dev/null
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LANG=C.UTF-8 \
    VERDES_SCREENSHOTS_OUT=$out QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s '-screen 0 1366x768x24' "$build/tests/tst_ui_subject_access" theDialogAndTheReportReadInIndonesian >/dev/null
