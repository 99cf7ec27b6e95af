#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* sync_file_range is a Linux call, declared only for GNU sources */
#endif
#include "CWriteback.h"

#if defined(__linux__)
#include <fcntl.h>

int daega_start_writeback(int file_descriptor, long long offset, long long length) {
    return sync_file_range(file_descriptor, offset, length, SYNC_FILE_RANGE_WRITE) == 0;
}
#else
int daega_start_writeback(int file_descriptor, long long offset, long long length) {
    (void)file_descriptor;
    (void)offset;
    (void)length;
    return 0;
}
#endif
