#ifndef ECSL_ARGUMENTS_H
#define ECSL_ARGUMENTS_H

/// The argument count the C runtime passed at start-up, or -1 when this
/// platform does not pass it to initialisers (then the caller falls back to
/// the Swift runtime's `CommandLine.arguments`).
int ecsl_captured_argc(void);

/// The argument vector captured with `ecsl_captured_argc`, or NULL.
char *const *ecsl_captured_argv(void);

#endif
