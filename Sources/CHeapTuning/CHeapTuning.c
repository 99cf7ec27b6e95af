#include "CHeapTuning.h"
#include <stdlib.h> /* defines __GLIBC__ where the C library is glibc */

#if defined(__GLIBC__)
#include <malloc.h>

int daega_keep_freed_memory(int kept_bytes, int separate_mapping_bytes) {
    return mallopt(M_TRIM_THRESHOLD, kept_bytes) == 1 && mallopt(M_MMAP_THRESHOLD, separate_mapping_bytes) == 1;
}
#else
int daega_keep_freed_memory(int kept_bytes, int separate_mapping_bytes) {
    (void)kept_bytes;
    (void)separate_mapping_bytes;
    return 0;
}
#endif
