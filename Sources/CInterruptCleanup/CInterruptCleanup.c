#include "CInterruptCleanup.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>
#include <sched.h>

/// What the registry is doing: open to a change, being changed (or outputs being renamed), or being emptied by a
/// handler that is about to end the process.
enum { OPEN = 0, CHANGING = 1, CLEANING = 2 };

static atomic_int phase = OPEN;
/// A signal that arrived while the registry was being changed, handled when the change is done (0: none).
static atomic_int pending_signal = 0;
static atomic_int installed = 0;
static char paths[DAEGA_CLEANUP_SLOTS][PATH_MAX];
static int used[DAEGA_CLEANUP_SLOTS];

/// Removes every registered file and ends the process; only async-signal-safe calls.
static void clean_and_exit(int signal_number) {
    for (int slot = 0; slot < DAEGA_CLEANUP_SLOTS; slot++) {
        if (used[slot]) unlink(paths[slot]);
    }
    _exit(128 + signal_number);
}

static void handle(int signal_number) {
    int expected = OPEN;
    if (atomic_compare_exchange_strong(&phase, &expected, CLEANING)) clean_and_exit(signal_number);
    // Being changed (by this thread or another): the change ends with daega_cleanup_leave, which handles the
    // signal. Already cleaning: the process is about to end.
    if (expected == CHANGING) atomic_store(&pending_signal, signal_number);
}

int daega_cleanup_install(void) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handle;
    sigfillset(&action.sa_mask);
    // SIGPIPE: standard output's reader went away (`| head`) while an output was copied there, with the other outputs
    // still in temporary files.
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    sigset_t handled;
    sigemptyset(&handled);
    for (int index = 0; index < 4; index++) {
        struct sigaction previous;
        // A signal the parent set to be ignored (nohup, a background job) stays ignored.
        if (sigaction(signals[index], NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
        if (sigaction(signals[index], &action, NULL) != 0) return 0;
        sigaddset(&handled, signals[index]);
    }
    // A parent may start daega with these signals blocked (a thread of a thread pool that blocks them): unblocked on
    // this thread, so that they reach a handler instead of waiting for ever.
    return pthread_sigmask(SIG_UNBLOCK, &handled, NULL) == 0;
}

void daega_cleanup_enter(void) {
    while (1) {
        int expected = OPEN;
        if (atomic_compare_exchange_weak(&phase, &expected, CHANGING)) return;
        if (expected == CLEANING) {
            while (1) pause();
        }
        sched_yield();
    }
}

void daega_cleanup_leave(void) {
    int signal_number = atomic_exchange(&pending_signal, 0);
    if (signal_number != 0) {
        atomic_store(&phase, CLEANING);
        clean_and_exit(signal_number);
    }
    atomic_store(&phase, OPEN);
    // A signal that arrived between the exchange above and reopening is handled now.
    signal_number = atomic_exchange(&pending_signal, 0);
    if (signal_number != 0) {
        int expected = OPEN;
        if (atomic_compare_exchange_strong(&phase, &expected, CLEANING)) clean_and_exit(signal_number);
    }
}

int daega_cleanup_add(const char *path) {
    size_t length = strlen(path);
    if (length >= PATH_MAX) return -1;
    for (int slot = 0; slot < DAEGA_CLEANUP_SLOTS; slot++) {
        if (!used[slot]) {
            memcpy(paths[slot], path, length + 1);
            used[slot] = 1;
            return slot;
        }
    }
    return -1;
}

void daega_cleanup_remove(int slot) {
    if (slot >= 0 && slot < DAEGA_CLEANUP_SLOTS) used[slot] = 0;
}
