#ifndef C_WRITEBACK_H
#define C_WRITEBACK_H

/// Asks the kernel to start writing the file's dirty pages in [offset, offset + length) to disk, without waiting for
/// them. Returns 1 when the request was taken, 0 when it was refused or the system has no such request (anything but
/// Linux); either way the data stays written, only the moment it reaches the disk changes.
int daega_start_writeback(int file_descriptor, long long offset, long long length);

#endif
