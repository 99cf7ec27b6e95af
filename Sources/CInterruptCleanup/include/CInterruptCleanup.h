#ifndef C_INTERRUPT_CLEANUP_H
#define C_INTERRUPT_CLEANUP_H

/// The most temporary files registered at once.
#define DAEGA_CLEANUP_SLOTS 32

/// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGPIPE that remove every registered temporary file and end the
/// process with 128 + the signal's number (130, 143, 129, 141), and unblocks them on the calling thread; a signal the parent set to
/// be ignored stays ignored. Safe to call more than once. Returns 1 when installed.
int daega_cleanup_install(void);

/// Enters the section in which the registry may change or outputs are renamed into place: a signal that arrives
/// inside it is held until ``daega_cleanup_leave`` and handled there, so a group of renames is never cut in half.
/// If a handler is already removing files, this never returns (the process is about to end).
void daega_cleanup_enter(void);

/// Leaves the section; handles a signal that arrived inside it (removing the registered files and ending the process).
void daega_cleanup_leave(void);

/// Registers `path` (copied) for removal; call inside the section. Returns its slot, or -1 when every slot is taken
/// or the path is too long (the file is then simply not removed on a signal).
int daega_cleanup_add(const char *path);

/// Forgets the file in `slot` (from ``daega_cleanup_add``); call inside the section. A negative slot is ignored.
void daega_cleanup_remove(int slot);

#endif
