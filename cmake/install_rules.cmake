# What `cmake --install` (and so the .deb) puts where, in the standard places of GNUInstallDirs:
#   bin/massage-evidence
#   share/man/man1/massage-evidence.1.gz               (gzip -9n when gzip exists, else plain)
#   share/bash-completion/completions/massage-evidence  (loaded on demand by bash-completion)
#   share/zsh/vendor-completions/_massage-evidence      (in zsh's $fpath on Debian)
#   share/fish/vendor_completions.d/massage-evidence.fish
# The man page is written by hand in docs/; the completion scripts are generated at build time by
# the program itself (`massage-evidence completion SHELL`), so they never drift from its commands.

install(TARGETS massage-evidence RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# ---- completion scripts ------------------------------------------------------------------------
set(completion_dir "${PROJECT_BINARY_DIR}/completions")
set(completion_bash "${completion_dir}/massage-evidence")
set(completion_zsh "${completion_dir}/_massage-evidence")
set(completion_fish "${completion_dir}/massage-evidence.fish")
foreach(shell bash zsh fish)
    add_custom_command(
        OUTPUT "${completion_${shell}}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${completion_dir}"
        COMMAND "${CMAKE_COMMAND}" -DPROGRAM=$<TARGET_FILE:massage-evidence> -DSHELL_NAME=${shell}
                -DOUTPUT=${completion_${shell}}
                -P "${PROJECT_SOURCE_DIR}/cmake/generate_completion.cmake"
        DEPENDS massage-evidence "${PROJECT_SOURCE_DIR}/cmake/generate_completion.cmake"
        COMMENT "Generating the ${shell} completion script"
        VERBATIM)
endforeach()
add_custom_target(massage_evidence_completions ALL
                  DEPENDS "${completion_bash}" "${completion_zsh}" "${completion_fish}")
install(FILES "${completion_bash}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
install(FILES "${completion_zsh}" DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")
install(FILES "${completion_fish}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")

# ---- man page ------------------------------------------------------------------------------------
# Debian installs man pages compressed; -n leaves the name and time out, so builds are reproducible.
set(man_source "${PROJECT_SOURCE_DIR}/docs/massage-evidence.1")
find_program(MASSAGE_EVIDENCE_GZIP gzip)
if(MASSAGE_EVIDENCE_GZIP)
    set(man_page "${PROJECT_BINARY_DIR}/man/massage-evidence.1.gz")
    add_custom_command(
        OUTPUT "${man_page}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/man"
        COMMAND "${CMAKE_COMMAND}" -E copy "${man_source}" "${PROJECT_BINARY_DIR}/man/massage-evidence.1"
        COMMAND "${MASSAGE_EVIDENCE_GZIP}" -9nf "${PROJECT_BINARY_DIR}/man/massage-evidence.1"
        DEPENDS "${man_source}"
        COMMENT "Compressing the man page"
        VERBATIM)
else()
    set(man_page "${man_source}")
endif()
add_custom_target(massage_evidence_man_page ALL DEPENDS "${man_page}")
install(FILES "${man_page}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
