// Shim between ncurses and Swift.
//
// SwiftPM drops the -D flags pkg-config would give, so the wide-character API has to be
// switched on here, before the header is read. Swift cannot import function-like macros
// (A_* attributes, mouse masks, KEY_F(n)) nor, under strict concurrency, the mutable globals
// (stdscr, curscr, COLS, LINES, COLORS, COLOR_PAIRS): each gets a small static inline wrapper.
#ifndef HANOUT_CNCURSES_SHIM_H
#define HANOUT_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// MARK: - Globals

static inline WINDOW *tk_stdscr(void) { return stdscr; }
static inline WINDOW *tk_curscr(void) { return curscr; }
static inline int tk_lines(void) { return LINES; }
static inline int tk_cols(void) { return COLS; }
static inline int tk_colors(void) { return COLORS; }
static inline int tk_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *tk_stdin(void) { return stdin; }
static inline FILE *tk_stdout(void) { return stdout; }

// MARK: - Attributes

static inline attr_t tk_a_normal(void) { return A_NORMAL; }
static inline attr_t tk_a_bold(void) { return A_BOLD; }
static inline attr_t tk_a_reverse(void) { return A_REVERSE; }
static inline attr_t tk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tk_a_dim(void) { return A_DIM; }

// MARK: - Keys and mouse

static inline int tk_key_f(int n) { return KEY_F(n); }
static inline mmask_t tk_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tk_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t tk_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t tk_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t tk_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tk_button5_pressed(void) { return BUTTON5_PRESSED; }

// MARK: - Locale

// glibc declares wcwidth only under _XOPEN_SOURCE, which SwiftPM does not define.
extern int wcwidth(wchar_t c);

/// Columns the C library gives a character, -1 when it is not printable in this locale.
static inline int tk_wcwidth(wchar_t c) { return wcwidth(c); }

/// 1 when the current LC_CTYPE codeset is UTF-8.
static inline int tk_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// MARK: - Terminal description

// term.h would bring its capability macros (`lines`, `columns`...) into this header: the
// three functions needed are declared here as term.h declares them (TERMINAL is struct term).
struct term;
extern int setupterm(const char *type, int fd, int *found);
extern struct term *set_curterm(struct term *terminal);
extern int del_curterm(struct term *terminal);

/// What terminfo says of the terminal type `type`, without opening a screen: 1 when the
/// cursor can be placed anywhere (`cup`), 0 when it cannot (dumb, hard-copy and generic
/// types), -1 when this machine has no description of the type. ncurses' current terminal
/// is put back as it was; `fd` is only read (its settings and size).
static inline int tk_terminal_addresses_cursor(const char *type, int fd) {
    struct term *previous = set_curterm(NULL);
    int found = 0;
    int result;
    if (setupterm(type, fd, &found) == OK) {
        const char *cup = tigetstr("cup");
        result = (cup != NULL && cup != (const char *)-1) ? 1 : 0;
    } else {
        // 1: described, but ncurses cannot drive it; 0 or -1: no description here.
        result = found == 1 ? 0 : -1;
    }
    struct term *probe = set_curterm(previous);
    if (probe != NULL && probe != previous) del_curterm(probe);
    return result;
}

// MARK: - Signals

// sigaction's handler lives in a union whose layout differs between C libraries; setting it
// here keeps the Swift side portable. No SA_RESTART: a blocking read returns at once with
// EINTR, so the event loop notices the signal without waiting for its next timeout.

/// Installs `handler` for `sig`, storing the previous action in `old`. Returns 0 on success.
static inline int tk_signal_install(int sig, void (*handler)(int), struct sigaction *old) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = handler;
    action.sa_flags = 0;
    return sigaction(sig, &action, old);
}

/// Unblocks `sig` in this thread: a parent (a test runner, a supervisor) may
/// have passed down a mask that blocks it, and then the handler never runs.
static inline int tk_signal_unblock(int sig) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/// Restores an action saved by `tk_signal_install`.
static inline int tk_signal_restore(int sig, const struct sigaction *old) {
    return sigaction(sig, old, NULL);
}

/// Sets the default action for `sig`.
static inline int tk_signal_default(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = SIG_DFL;
    return sigaction(sig, &action, NULL);
}

/// Stops the process group with SIGTSTP, as the terminal's Ctrl-Z would, and returns once it
/// is continued. The caller must have set SIGTSTP's default action first. The signal is
/// unblocked meanwhile, or it would stay pending instead of stopping the process.
static inline void tk_stop_process_group(void) {
    sigset_t tstp, previous;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &previous);
    kill(0, SIGTSTP);
    sigprocmask(SIG_SETMASK, &previous, NULL);
}

/// 1 when `sig` is currently ignored (as nohup or a shell without job control leave it).
static inline int tk_signal_is_ignored(int sig) {
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0) return 0;
    return current.sa_handler == SIG_IGN;
}

#endif
