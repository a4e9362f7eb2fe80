# Writes the completion script for one shell by running the built program:
#   cmake -DPROGRAM=path/to/massage-evidence -DSHELL_NAME=bash -DOUTPUT=file -P generate_completion.cmake
# The scripts are generated from the program's own command tree at build time, so the installed
# ones always match the installed program. The output goes through a temporary file, so an
# interrupted build never leaves a half-written script behind.
foreach(variable PROGRAM SHELL_NAME OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "generate_completion.cmake: -D${variable}=... is required")
    endif()
endforeach()

execute_process(
    COMMAND "${PROGRAM}" completion "${SHELL_NAME}"
    OUTPUT_FILE "${OUTPUT}.tmp"
    ERROR_VARIABLE errors
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(REMOVE "${OUTPUT}.tmp")
    message(FATAL_ERROR "'${PROGRAM} completion ${SHELL_NAME}' failed (${status}): ${errors}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
