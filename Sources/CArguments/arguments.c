// Captures argc and argv while the program starts.
//
// On Linux the Swift runtime reads `CommandLine.arguments` from
// /proc/self/cmdline, so in a container or chroot without /proc `ecslint
// --version` would see no arguments at all and lint the current folder.
// glibc calls every function in .init_array with (argc, argv, envp), which
// gives the arguments without /proc.
#include "ecsl_arguments.h"

#include <stddef.h>
#include <stdlib.h>  // defines __GLIBC__ on glibc

static int captured_argc = -1;
static char *const *captured_argv = NULL;

#if defined(__linux__) && defined(__GLIBC__)
static void ecsl_capture_arguments(int argc, char **argv, char **envp) {
    (void)envp;
    captured_argc = argc;
    captured_argv = argv;
}

__attribute__((section(".init_array"), used)) static void (*const ecsl_capture_entry)(int, char **, char **) =
    ecsl_capture_arguments;
#endif

int ecsl_captured_argc(void) { return captured_argc; }

char *const *ecsl_captured_argv(void) { return captured_argv; }
