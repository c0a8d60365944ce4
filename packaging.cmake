# SPDX-FileCopyrightText: 2026 The Verdes authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installation and the Debian packages (issue 13 §4, §5): `cpack -G DEB` in build/release makes
#   verdes      the desktop application: /usr/bin/verdes, its menu entry, icon, AppStream
#               metainfo and manual page (the translations are compiled into the program);
#   verdes-hub  the district hub: /usr/bin/verdes-hub, its manual page, a systemd unit, an nginx
#               site, and maintainer scripts that make the system user verdes-hub.
# dpkg-shlibdeps writes the Depends lines from the libraries the programs link; SQLCipher 4 comes
# from bookworm-backports (libsqlcipher1), so installing a package needs that suite in apt's sources,
# as ./setup.sh adds it.

include(GNUInstallDirs)

set(VERDES_PACKAGE_MAINTAINER "Verdes maintainers <verdes@example.org>" CACHE STRING
    "The Maintainer field of the Debian packages (name <address>)")

set(packaging_dir ${PROJECT_SOURCE_DIR}/resources/packaging)
set(packaging_out ${PROJECT_BINARY_DIR}/packaging)

# Debian wants manual pages and changelogs compressed with gzip -9n (no name, no time stamp: the same
# bytes on every build).
function(verdes_gzip_file input output)
    add_custom_command(OUTPUT ${output}
        COMMAND gzip -9nc ${input} > ${output}
        DEPENDS ${input}
        VERBATIM)
    set_property(GLOBAL APPEND PROPERTY VERDES_PACKAGING_FILES ${output})
endfunction()

foreach(package verdes verdes-hub)
    set(VERDES_PACKAGE_NAME ${package})
    configure_file(${packaging_dir}/changelog.in ${packaging_out}/${package}/changelog @ONLY)
    verdes_gzip_file(${packaging_out}/${package}/changelog ${packaging_out}/${package}/changelog.gz)
    install(FILES ${packaging_out}/${package}/changelog.gz ${packaging_dir}/copyright
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${package})
endforeach()
verdes_gzip_file(${packaging_dir}/verdes/verdes.1 ${packaging_out}/verdes.1.gz)
verdes_gzip_file(${packaging_dir}/verdes-hub/verdes-hub.8 ${packaging_out}/verdes-hub.8.gz)
get_property(packaging_files GLOBAL PROPERTY VERDES_PACKAGING_FILES)
add_custom_target(verdes_packaging_files ALL DEPENDS ${packaging_files})

# --- verdes
install(TARGETS verdes RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT verdes)
install(FILES ${packaging_dir}/verdes/verdes.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT verdes)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/verdes.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT verdes)
install(FILES ${packaging_dir}/verdes/verdes.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT verdes)
install(FILES ${packaging_out}/verdes.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT verdes)

# --- verdes-hub
install(TARGETS verdes-hub RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT verdes-hub)
install(FILES ${packaging_out}/verdes-hub.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT verdes-hub)
# Absolute paths, as Debian's own packages use in bookworm (units in /lib, not /usr/lib); CPack's DEB
# generator puts them under the package root.
install(FILES ${packaging_dir}/verdes-hub/verdes-hub.service
        DESTINATION /lib/systemd/system COMPONENT verdes-hub)
install(FILES ${packaging_dir}/verdes-hub/verdes-hub.nginx
        DESTINATION /etc/nginx/sites-available RENAME verdes-hub COMPONENT verdes-hub)

# --- CPack
set(CPACK_PACKAGE_NAME verdes)
set(CPACK_PACKAGE_VENDOR "The Verdes authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${VERDES_PACKAGE_MAINTAINER})
# Each package's description says what it is, its first line being the summary; CPack would put the
# project's description in front of both.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# RelWithDebInfo objects carry debug information; what ships is stripped.
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL verdes verdes-hub)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_VERDES_PACKAGE_NAME verdes)
set(CPACK_DEBIAN_VERDES_PACKAGE_SECTION misc)
set(CPACK_COMPONENT_VERDES_DESCRIPTION
    "village side of the DTSEN social registry\n\
Verdes (verifikasi desa) holds one Indonesian village's households of the\n\
national social-economic registry (DTSEN) offline and encrypted on a laptop.\n\
Officers record change proposals with evidence, the village meeting (musdes)\n\
decides on them, and the agreed changes go to the district social office as\n\
signed, encrypted batches. The program also has command-line verbs.")

set(CPACK_DEBIAN_VERDES-HUB_PACKAGE_NAME verdes-hub)
set(CPACK_DEBIAN_VERDES-HUB_PACKAGE_SECTION net)
set(CPACK_DEBIAN_VERDES-HUB_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_VERDES-HUB_PACKAGE_SUGGESTS "nginx-light | nginx")
set(CPACK_DEBIAN_VERDES-HUB_PACKAGE_CONTROL_EXTRA
    ${packaging_dir}/verdes-hub/postinst ${packaging_dir}/verdes-hub/prerm
    ${packaging_dir}/verdes-hub/postrm ${packaging_dir}/verdes-hub/conffiles)
set(CPACK_COMPONENT_VERDES-HUB_DESCRIPTION
    "district hub for Verdes village batches\n\
verdes-hub runs at a district social office. It enrols village laptops,\n\
takes the signed, sealed batches of changes their village meetings agreed\n\
(over HTTPS behind nginx, or from a USB stick), and answers each with a\n\
signed receipt. Ships a systemd unit and an nginx site.")

include(CPack)
