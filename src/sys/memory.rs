//! Giving back the memory a long-lived den process touched while it set a container up.
//!
//! The processes that stay while a container runs (den's waiting side, the monitor, the
//! container's init, a network's holder, a pod's pause) are den's whole binary, and set-up touches megabytes of
//! its code (clap, serde, the image and store code) that the wait loop never runs again.
//! Those pages are the file's own, unmodified (a read-only segment cannot be written), so
//! dropping them from the page tables is exact: a page that is needed again is read back from
//! the page cache by a minor fault. Nothing else is released: a writable segment (relocated
//! data, `.data`, `.bss`) holds this process's own state.
//!
//! No crate does this (it is a few lines over dl_iterate_phdr(3) and madvise(2)), so it is
//! written here.

use std::ffi::c_void;

/// A loaded segment of a program or library, as its program header and load address say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Segment {
    pub start: usize,
    pub len: usize,
    pub writable: bool,
}

/// The page-aligned ranges of `segments` that can be dropped: each read-only segment, shrunk
/// to the whole pages inside it, so a page shared with a writable neighbour is never touched.
/// `text_relocations` (an object whose code the loader patches) gives none: its read-only
/// pages may have been written before they were made read-only.
pub(crate) fn droppable(
    segments: &[Segment],
    text_relocations: bool,
    page: usize,
) -> Vec<(usize, usize)> {
    if text_relocations {
        return Vec::new();
    }
    segments
        .iter()
        .filter(|s| !s.writable && s.len > 0)
        .filter_map(|s| {
            let start = s.start.checked_add(page - 1)? / page * page;
            let end = s.start.checked_add(s.len)? / page * page;
            (end > start).then_some((start, end - start))
        })
        .collect()
}

const DT_NULL: isize = 0;
const DT_TEXTREL: isize = 22;
const DT_FLAGS: isize = 30;
const DF_TEXTREL: usize = 0x4;

/// An entry of an object's dynamic section (Elf64_Dyn, Elf32_Dyn: a tag and a value, each a
/// machine word).
#[repr(C)]
struct Dyn {
    tag: isize,
    val: usize,
}

struct Collected {
    ranges: Vec<(usize, usize)>,
    vdso: usize,
    page: usize,
}

/// dl_iterate_phdr's callback: adds the droppable ranges of one loaded object.
extern "C" fn collect(info: *mut libc::dl_phdr_info, _size: usize, data: *mut c_void) -> i32 {
    // SAFETY: `data` is the `Collected` that `release_startup_pages` passed to
    // dl_iterate_phdr, which calls this on the same thread while that borrow is live; `info`
    // is the loader's description of one loaded object, valid during the call.
    let (out, info) = unsafe { (&mut *data.cast::<Collected>(), &*info) };
    if info.dlpi_phdr.is_null() {
        return 0;
    }
    // SAFETY: the loader's `dlpi_phdr` points to `dlpi_phnum` program headers of a loaded
    // object, mapped for as long as the object is (den never unloads one).
    let phdrs = unsafe { std::slice::from_raw_parts(info.dlpi_phdr, info.dlpi_phnum as usize) };
    let base = info.dlpi_addr as usize;
    let mut segments = Vec::with_capacity(phdrs.len());
    let mut text_relocations = false;
    for ph in phdrs {
        let start = base.wrapping_add(ph.p_vaddr as usize);
        match ph.p_type {
            libc::PT_LOAD => segments.push(Segment {
                start,
                len: ph.p_memsz as usize,
                writable: ph.p_flags & libc::PF_W != 0,
            }),
            // SAFETY: PT_DYNAMIC of a loaded object is mapped (it is in a loaded segment)
            // and ends with a DT_NULL entry, as the loader itself relies on.
            libc::PT_DYNAMIC => text_relocations |= unsafe { has_text_relocations(start) },
            _ => {}
        }
    }
    // The vDSO is the kernel's special mapping, not a file's: left alone.
    if segments
        .iter()
        .any(|s| (s.start..s.start.saturating_add(s.len)).contains(&out.vdso))
    {
        return 0;
    }
    out.ranges
        .extend(droppable(&segments, text_relocations, out.page));
    0
}

/// Whether the dynamic section at `addr` asks for text relocations.
///
/// # Safety
/// `addr` must be the address of a loaded object's dynamic section.
unsafe fn has_text_relocations(addr: usize) -> bool {
    let mut entry = addr as *const Dyn;
    loop {
        // SAFETY: the caller's section is a DT_NULL-terminated array of entries; reading
        // stops at DT_NULL.
        let d = unsafe { &*entry };
        match d.tag {
            DT_NULL => return false,
            DT_TEXTREL => return true,
            DT_FLAGS if d.val & DF_TEXTREL != 0 => return true,
            _ => {}
        }
        // SAFETY: not past DT_NULL yet, so the next entry is inside the section.
        entry = unsafe { entry.add(1) };
    }
}

/// Drops the pages of every loaded object's read-only segments from this process's page
/// tables (madvise MADV_DONTNEED) and returns its malloc arena's free pages to the kernel
/// (malloc_trim). Returns the bytes of address space advised. For a process that has finished
/// its set-up and will mostly sleep: what it runs again is faulted back in from the page cache.
pub fn release_startup_pages() -> usize {
    // SAFETY: sysconf and getauxval only read values.
    let (page, vdso) = unsafe {
        (
            libc::sysconf(libc::_SC_PAGESIZE),
            libc::getauxval(libc::AT_SYSINFO_EHDR),
        )
    };
    let mut out = Collected {
        ranges: Vec::with_capacity(64),
        vdso: vdso as usize,
        page: usize::try_from(page).unwrap_or(4096).max(4096),
    };
    // SAFETY: `collect` matches dl_iterate_phdr's callback type and only reads the headers it
    // is given; `out` outlives the call.
    unsafe { libc::dl_iterate_phdr(Some(collect), (&raw mut out).cast()) };
    let mut advised = 0;
    for (start, len) in out.ranges {
        // SAFETY: each range is whole pages of a read-only, file-backed segment of a loaded
        // object, never written (see `droppable`). MADV_DONTNEED on a private file mapping
        // only drops page-table entries: later reads fault in the same bytes from the file.
        if unsafe { libc::madvise(start as *mut c_void, len, libc::MADV_DONTNEED) } == 0 {
            advised += len;
        }
    }
    // SAFETY: malloc_trim only returns free memory of the arenas; no pointer is passed.
    unsafe { libc::malloc_trim(0) };
    advised
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: usize = 4096;

    #[test]
    fn only_whole_pages_of_read_only_segments_are_dropped() {
        let segments = [
            // read-only, page-aligned: all of it
            Segment {
                start: 0x1000,
                len: 0x3000,
                writable: false,
            },
            // code that starts and ends mid-page: the whole pages inside only
            Segment {
                start: 0x4800,
                len: 0x2000,
                writable: false,
            },
            // relocated data: never
            Segment {
                start: 0x7000,
                len: 0x2000,
                writable: true,
            },
            // less than a page: nothing
            Segment {
                start: 0x9100,
                len: 0x100,
                writable: false,
            },
        ];
        assert_eq!(
            droppable(&segments, false, PAGE),
            vec![(0x1000, 0x3000), (0x5000, 0x1000)]
        );
    }

    #[test]
    fn an_object_with_text_relocations_keeps_its_pages() {
        let segments = [Segment {
            start: 0x1000,
            len: 0x3000,
            writable: false,
        }];
        assert!(droppable(&segments, true, PAGE).is_empty());
    }

    #[test]
    fn a_segment_at_the_top_of_the_address_space_does_not_overflow() {
        let segments = [Segment {
            start: usize::MAX - 0x100,
            len: 0x200,
            writable: false,
        }];
        assert!(droppable(&segments, false, PAGE).is_empty());
    }

    /// This process's code is dropped and runs on: the pages come back from the file, and the
    /// resident set shrinks by what was dropped.
    #[test]
    fn released_code_runs_again_and_the_resident_set_shrinks() {
        fn resident_file_kb() -> u64 {
            let status = std::fs::read_to_string("/proc/self/status").unwrap();
            status
                .lines()
                .find_map(|l| l.strip_prefix("RssFile:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
                .unwrap()
        }
        let before = resident_file_kb();
        let advised = release_startup_pages();
        let after = resident_file_kb();
        assert!(advised > 0, "nothing was advised");
        assert!(after < before, "RssFile {before} kB -> {after} kB");
        // Code and read-only data that were dropped work again.
        let text = format!("{:?}", std::path::Path::new("/a/b").components().count());
        assert_eq!(text, "3");
    }
}
