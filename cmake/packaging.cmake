# The Debian package: `cpack -G DEB` in a build directory (or `cpack --preset release`) makes
# massage-evidence_VERSION_ARCH.deb from the install rules. Its dependencies are computed by
# dpkg-shlibdeps (package dpkg-dev) from the libraries the program links, so it installs on the
# Debian release it was built on (libfmt9, libstdc++6, libc6 on Debian 12).

set(MASSAGE_EVIDENCE_PACKAGE_CONTACT "massage-evidence maintainers <massage-evidence@example.invalid>"
    CACHE STRING "Maintainer of the packages: name <email>")

set(CPACK_PACKAGE_NAME "massage-evidence")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${MASSAGE_EVIDENCE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "sourced, GRADE-rated evidence on how massage relieves pain")
# One string with its own line breaks: the control file keeps them as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "massage-evidence takes the explanations people hear for massage pain relief\n"
    "(it boosts circulation, flushes lactic acid, releases endorphins, closes the\n"
    "pain gate, breaks up adhesions) and the clinical claims made for massage, and\n"
    "shows for each what the evidence says (a verdict), how certain that evidence\n"
    "is (a GRADE level, with the reasons it was rated down) and the sources behind\n"
    "it. The curated dataset is compiled into the program; it lists, filters,\n"
    "searches, cites and exports it, with shell completions and a man page.\n"
    "\n"
    "This is an educational reference, not medical advice.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "massage-evidence")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
