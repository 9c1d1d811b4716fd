//! Sparse files: GNU tar's four ways of storing only the data regions of a file, unpacked as
//! holes. The file is created at its apparent size (`ftruncate`) and only the data regions
//! are written, at their offsets, so a 1 GiB file with 8 KiB of data allocates 8 KiB.
//!
//! - GNU old format (`--format=gnu`), type `S`: the map is in the header and in extension
//!   blocks after it. The tar crate parses and checks that map itself (refusing unsorted,
//!   overlapping or short maps) and hands out the file with its holes filled with zeros, but
//!   does not expose the map, so `stream::Tap` keeps the last raw bytes read and the map is read
//!   back from them: den then skips the zeros of each hole instead of writing them.
//! - PAX 0.0 (`GNU.sparse.offset`/`GNU.sparse.numbytes` pairs) and 0.1 (`GNU.sparse.map`):
//!   the map is in PAX records, the data regions follow back to back.
//! - PAX 1.0 (`GNU.sparse.major=1`, `minor=0`): the map is decimal lines at the start of the
//!   data, padded to 512 bytes, then the regions back to back. The header's name is
//!   `./GNUSparseFile.PID/NAME`; the real one is `GNU.sparse.name` (also used by 0.1).
//!
//! Every map is checked here again, whatever its format: regions sorted, not overlapping,
//! inside the apparent size, adding up to the stored data, and an apparent size no larger
//! than the store's filesystem (a file that could never be written out in full, e.g. when a
//! tool in the container copies it without `SEEK_HOLE`) and at most `MAX_SPARSE_SIZE`.

use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use super::kinds::{Place, copy_exactly};
use super::stream::Window;
use super::{Meta, UnpackError, Unpacker, write_err};

/// The largest apparent size of a sparse file, whatever the store's filesystem.
pub(super) const MAX_SPARSE_SIZE: u64 = 1 << 40;
/// The most data regions one sparse file may have.
const MAX_REGIONS: u64 = 1 << 20;
const BLOCK: u64 = 512;

/// The largest apparent size allowed for a sparse file unpacked into `dest`.
pub(super) fn sparse_limit(dest: &Path) -> u64 {
    nix::sys::statvfs::statvfs(dest).map_or(MAX_SPARSE_SIZE, |st| {
        st.blocks()
            .saturating_mul(st.fragment_size())
            .min(MAX_SPARSE_SIZE)
    })
}

/// One data region of a sparse file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Region {
    pub(super) offset: u64,
    pub(super) len: u64,
}

/// Where the data of a sparse file goes.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct SparseMap {
    /// The apparent size.
    pub(super) real_size: u64,
    pub(super) regions: Vec<Region>,
}

impl SparseMap {
    /// Refuses a map that does not describe `data_size` stored bytes inside the file.
    pub(super) fn check(&self, data_size: u64, limit: u64) -> Result<(), String> {
        if self.real_size > limit {
            return Err(format!(
                "its apparent size of {} bytes is above the {limit} bytes allowed for a sparse \
                 file (the size of the store's filesystem, at most {MAX_SPARSE_SIZE})",
                self.real_size
            ));
        }
        let mut end = 0u64;
        let mut total = 0u64;
        for r in &self.regions {
            if r.offset < end {
                return Err(format!(
                    "region at {} overlaps or comes before the one ending at {end}",
                    r.offset
                ));
            }
            end = r
                .offset
                .checked_add(r.len)
                .filter(|&e| e <= self.real_size)
                .ok_or_else(|| {
                    format!(
                        "region at {} of {} bytes ends beyond the apparent size {}",
                        r.offset, r.len, self.real_size
                    )
                })?;
            total += r.len;
        }
        if total != data_size {
            return Err(format!(
                "its regions hold {total} bytes but the entry stores {data_size}"
            ));
        }
        Ok(())
    }
}

/// The PAX records of GNU tar's sparse formats found on one entry.
#[derive(Debug, Default)]
pub(super) struct PaxSparse {
    seen: bool,
    major: Option<String>,
    minor: Option<String>,
    /// `GNU.sparse.name`: the real path (0.1 and 1.0).
    pub(super) name: Option<Vec<u8>>,
    /// `GNU.sparse.size` (0.x) or `GNU.sparse.realsize` (1.0).
    real_size: Option<String>,
    numblocks: Option<String>,
    map: Option<String>,
    offsets: Vec<String>,
    numbytes: Vec<String>,
}

fn number(text: &str, what: &str) -> Result<u64, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("{what} \"{text}\" is not a number"))
}

impl PaxSparse {
    /// Keeps `key` when it is a sparse record; says whether it was one.
    pub(super) fn record(&mut self, key: &str, value: &[u8]) -> bool {
        let Some(field) = key.strip_prefix("GNU.sparse.") else {
            return false;
        };
        let text = String::from_utf8_lossy(value).into_owned();
        match field {
            "major" => self.major = Some(text),
            "minor" => self.minor = Some(text),
            "name" => self.name = Some(value.to_vec()),
            "size" | "realsize" => self.real_size = Some(text),
            "numblocks" => self.numblocks = Some(text),
            "map" => self.map = Some(text),
            "offset" => self.offsets.push(text),
            "numbytes" => self.numbytes.push(text),
            _ => return false,
        }
        self.seen = true;
        true
    }

    pub(super) fn is_sparse(&self) -> bool {
        self.seen
    }

    /// Whether the map is at the start of the data (format 1.0) rather than in the records.
    fn map_in_data(&self) -> Result<bool, String> {
        match (self.major.as_deref(), self.minor.as_deref()) {
            (None | Some("0"), _) => Ok(false),
            (Some("1"), Some("0")) => Ok(true),
            (major, minor) => Err(format!(
                "unsupported GNU sparse format {}.{}",
                major.unwrap_or("?"),
                minor.unwrap_or("?")
            )),
        }
    }

    fn real_size(&self) -> Result<u64, String> {
        let text = self
            .real_size
            .as_deref()
            .ok_or("it has no GNU.sparse.size")?;
        number(text, "its apparent size")
    }

    /// The map of formats 0.0 and 0.1, from the records.
    fn map_from_records(&self) -> Result<SparseMap, String> {
        let numbers: Vec<u64> = if let Some(map) = &self.map {
            let map = map.trim();
            if map.is_empty() {
                Vec::new()
            } else {
                map.split(',')
                    .map(|n| number(n, "map value"))
                    .collect::<Result<_, _>>()?
            }
        } else {
            if self.offsets.len() != self.numbytes.len() {
                return Err("its GNU.sparse.offset and GNU.sparse.numbytes do not pair up".into());
            }
            let mut numbers = Vec::new();
            for (o, n) in self.offsets.iter().zip(&self.numbytes) {
                numbers.push(number(o, "offset")?);
                numbers.push(number(n, "length")?);
            }
            numbers
        };
        if numbers.len() % 2 != 0 {
            return Err("its map has an offset without a length".into());
        }
        if let Some(count) = &self.numblocks
            && number(count, "block count")? != (numbers.len() / 2) as u64
        {
            return Err(format!(
                "it says {count} regions but lists {}",
                numbers.len() / 2
            ));
        }
        Ok(SparseMap {
            real_size: self.real_size()?,
            regions: regions(&numbers),
        })
    }
}

fn regions(numbers: &[u64]) -> Vec<Region> {
    numbers
        .chunks_exact(2)
        .map(|p| Region {
            offset: p[0],
            len: p[1],
        })
        .collect()
}

/// Reads the map of format 1.0 from the start of the data: the number of regions, then an
/// offset and a length per region, one decimal number a line, padded to 512 bytes. Returns
/// the map's numbers and how many bytes of the data it took.
fn read_map_in_data(
    data: &mut impl Read,
    size: u64,
    shown: &str,
) -> Result<(Vec<u64>, u64), UnpackError> {
    let bad = |why: String| UnpackError::refused(shown, format!("bad sparse map: {why}"));
    let mut numbers = Vec::new();
    let mut want = None;
    let mut line = Vec::new();
    let mut used = 0u64;
    let mut block = [0u8; BLOCK as usize];
    while want.is_none_or(|w| numbers.len() < w) {
        if used + BLOCK > size {
            return Err(bad("the map runs past the entry's data".into()));
        }
        data.read_exact(&mut block).map_err(|e| match e.kind() {
            io::ErrorKind::UnexpectedEof => UnpackError::Truncated {
                entry: shown.to_string(),
                got: used,
                want: size,
            },
            _ => UnpackError::Read(e),
        })?;
        used += BLOCK;
        for &b in &block {
            if want.is_some_and(|w| numbers.len() >= w) {
                break;
            }
            if b != b'\n' {
                line.push(b);
                if line.len() > 20 {
                    return Err(bad("a map line is not a number".into()));
                }
                continue;
            }
            let text = String::from_utf8_lossy(&line).into_owned();
            numbers.push(number(&text, "map value").map_err(bad)?);
            line.clear();
            if want.is_none() {
                let count = numbers.pop().unwrap_or(0);
                if count > MAX_REGIONS {
                    return Err(bad(format!("{count} regions, more than {MAX_REGIONS}")));
                }
                // Checked against MAX_REGIONS just above, so this fits.
                want = Some(usize::try_from(count * 2).unwrap_or(usize::MAX));
            }
        }
    }
    Ok((numbers, used))
}

/// The map of a GNU old-format sparse entry whose header is at `header_pos`: the regions in
/// the header and in the extension blocks after it.
fn gnu_map(header: &tar::Header, header_pos: u64, window: &Window) -> Result<SparseMap, String> {
    let gnu = header
        .as_gnu()
        .ok_or("a sparse entry without a GNU header")?;
    let field = |r: io::Result<u64>| r.map_err(|e| e.to_string());
    let mut numbers = Vec::new();
    let mut add = |blocks: &[tar::GnuSparseHeader]| -> Result<(), String> {
        // The tar crate skips the same empty slots.
        for b in blocks.iter().filter(|b| !b.is_empty()) {
            numbers.push(field(b.offset())?);
            numbers.push(field(b.length())?);
        }
        Ok(())
    };
    add(&gnu.sparse)?;
    let mut extended = gnu.is_extended();
    let mut pos = header_pos + BLOCK;
    while extended {
        let bytes = window
            .block_at(pos)
            .ok_or("its map is longer than den reads back")?;
        let mut ext = tar::GnuExtSparseHeader::new();
        ext.as_mut_bytes().copy_from_slice(&bytes);
        add(ext.sparse())?;
        extended = ext.is_extended();
        pos += BLOCK;
    }
    Ok(SparseMap {
        real_size: field(gnu.real_size())?,
        regions: regions(&numbers),
    })
}

/// How the data regions come in the entry's stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Back to back (PAX formats).
    Packed,
    /// At their offsets, the holes between them zeros (the tar crate's GNU `S` reader).
    Expanded,
}

impl Unpacker {
    /// A regular entry with PAX sparse records (formats 0.0, 0.1 and 1.0).
    pub(super) fn write_pax_sparse(
        &mut self,
        place: &Place<'_>,
        meta: &Meta,
        data: &mut impl Read,
        size: u64,
    ) -> Result<(), UnpackError> {
        let shown = place.shown;
        let bad = |why: String| UnpackError::refused(shown, format!("bad sparse map: {why}"));
        let sparse = &meta.sparse;
        let (map, data_size) = if sparse.map_in_data().map_err(bad)? {
            let real_size = sparse.real_size().map_err(bad)?;
            let (numbers, used) = read_map_in_data(data, size, shown)?;
            let map = SparseMap {
                real_size,
                regions: regions(&numbers),
            };
            (map, size - used)
        } else {
            (sparse.map_from_records().map_err(bad)?, size)
        };
        map.check(data_size, self.sparse_limit).map_err(bad)?;
        self.write_sparse(place, meta, data, &map, Layout::Packed)
    }

    /// A GNU old-format sparse entry (type `S`); its map is read back from the tap.
    pub(super) fn write_gnu_sparse(
        &mut self,
        place: &Place<'_>,
        meta: &Meta,
        entry: &mut tar::Entry<'_, impl Read>,
    ) -> Result<(), UnpackError> {
        let shown = place.shown;
        let bad = |why: String| UnpackError::refused(shown, format!("bad sparse map: {why}"));
        let stored = entry.header().entry_size().map_err(UnpackError::Read)?;
        let map = gnu_map(
            entry.header(),
            entry.raw_header_position(),
            &self.window.borrow(),
        )
        .map_err(bad)?;
        map.check(stored, self.sparse_limit).map_err(bad)?;
        self.write_sparse(place, meta, entry, &map, Layout::Expanded)
    }

    /// Creates the file at its apparent size and writes only its data regions.
    fn write_sparse(
        &mut self,
        place: &Place<'_>,
        meta: &Meta,
        data: &mut impl Read,
        map: &SparseMap,
        layout: Layout,
    ) -> Result<(), UnpackError> {
        let shown = place.shown;
        let (mut file, exact) = self.open_new_file(place, meta)?;
        file.set_len(map.real_size)
            .map_err(|e| write_err(shown, e))?;
        let mut at = 0;
        for r in &map.regions {
            if layout == Layout::Expanded {
                let hole = r.offset - at;
                copy_exactly(data, &mut io::sink(), hole, shown, &mut self.copy_buf)?;
            }
            file.seek(SeekFrom::Start(r.offset))
                .map_err(|e| write_err(shown, e))?;
            copy_exactly(data, &mut file, r.len, shown, &mut self.copy_buf)?;
            at = r.offset + r.len;
        }
        self.finish_file(place, meta, &file, exact)
    }
}
