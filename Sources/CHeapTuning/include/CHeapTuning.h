#ifndef C_HEAP_TUNING_H
#define C_HEAP_TUNING_H

/// Asks the C allocator to keep up to `kept_bytes` of freed memory for reuse and to map separately only blocks of at
/// least `separate_mapping_bytes`. Returns 1 when both settings were applied, 0 when they were refused or the C
/// library has no such settings (anything but glibc).
int daega_keep_freed_memory(int kept_bytes, int separate_mapping_bytes);

#endif
