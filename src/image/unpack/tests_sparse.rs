//! Unit tests of sparse files in all four of GNU tar's formats, on small in-memory archives.

use std::os::unix::fs::MetadataExt;

use super::sparse::{Region, SparseMap};
use super::*;

const MIB: u64 = 1 << 20;

/// The data regions of the test file: a few blocks far apart in 64 MiB.
fn regions(count: usize) -> Vec<Region> {
    (0..count as u64)
        .map(|i| Region {
            offset: i * 5 * MIB + 4096,
            len: 1024,
        })
        .collect()
}

/// The bytes of region `i`.
fn fill(i: usize, len: u64) -> Vec<u8> {
    vec![b'a' + i as u8; usize::try_from(len).unwrap()]
}

fn packed_data(regions: &[Region]) -> Vec<u8> {
    let mut data = Vec::new();
    for (i, r) in regions.iter().enumerate() {
        data.extend(fill(i, r.len));
    }
    data
}

fn set_common(h: &mut tar::Header, mode: u32) {
    h.set_mode(mode);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(1_700_000_000);
}

fn finish(mut b: tar::Builder<Vec<u8>>) -> Vec<u8> {
    b.finish().unwrap();
    b.into_inner().unwrap()
}

/// A PAX entry with the sparse `records` and the regular header `name`.
fn pax_entry(records: &[(&str, String)], name: &str, data: &[u8]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    b.append_pax_extensions(records.iter().map(|(k, v)| (*k, v.as_bytes())))
        .unwrap();
    let mut h = tar::Header::new_ustar();
    set_common(&mut h, 0o644);
    h.set_size(data.len() as u64);
    h.set_entry_type(EntryType::Regular);
    b.append_data(&mut h, name, data).unwrap();
    finish(b)
}

fn pax_0_1(real_size: u64, regions: &[Region], data: &[u8]) -> Vec<u8> {
    let map: Vec<String> = regions
        .iter()
        .flat_map(|r| [r.offset.to_string(), r.len.to_string()])
        .collect();
    let records = [
        ("GNU.sparse.size", real_size.to_string()),
        ("GNU.sparse.numblocks", regions.len().to_string()),
        ("GNU.sparse.name", "dir/f".to_string()),
        ("GNU.sparse.map", map.join(",")),
    ];
    pax_entry(&records, "dir/GNUSparseFile.1/f", data)
}

fn pax_1_0(real_size: u64, map: &str, data: &[u8]) -> Vec<u8> {
    let mut stored = map.as_bytes().to_vec();
    stored.resize(map.len().div_ceil(512) * 512, 0);
    stored.extend_from_slice(data);
    let records = [
        ("GNU.sparse.major", "1".to_string()),
        ("GNU.sparse.minor", "0".to_string()),
        ("GNU.sparse.name", "dir/f".to_string()),
        ("GNU.sparse.realsize", real_size.to_string()),
    ];
    pax_entry(&records, "dir/GNUSparseFile.1/f", &stored)
}

fn map_lines(regions: &[Region]) -> String {
    let mut lines = vec![regions.len().to_string()];
    for r in regions {
        lines.extend([r.offset.to_string(), r.len.to_string()]);
    }
    lines.join("\n") + "\n"
}

/// A GNU old-format sparse entry `dir/f`: four regions in the header, the rest in extension
/// blocks of 21.
fn gnu_entry(real_size: u64, regions: &[Region], data: &[u8]) -> Vec<u8> {
    let mut h = tar::Header::new_gnu();
    h.set_path("dir/f").unwrap();
    set_common(&mut h, 0o644);
    h.set_entry_type(EntryType::GNUSparse);
    h.set_size(data.len() as u64);
    let gnu = h.as_gnu_mut().unwrap();
    gnu.set_real_size(real_size);
    let (first, rest) = regions.split_at(regions.len().min(4));
    for (slot, r) in gnu.sparse.iter_mut().zip(first) {
        slot.set_offset(r.offset);
        slot.set_length(r.len);
    }
    gnu.set_is_extended(!rest.is_empty());
    h.set_cksum();
    let mut out = h.as_bytes().to_vec();
    let chunks: Vec<_> = rest.chunks(21).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let mut ext = tar::GnuExtSparseHeader::new();
        for (slot, r) in ext.sparse_mut().iter_mut().zip(*chunk) {
            slot.set_offset(r.offset);
            slot.set_length(r.len);
        }
        ext.set_is_extended(i + 1 < chunks.len());
        out.extend_from_slice(ext.as_bytes());
    }
    out.extend_from_slice(data);
    out.resize(out.len().div_ceil(512) * 512 + 1024, 0);
    out
}

fn unpack(tar: &[u8]) -> (tempfile::TempDir, Result<Unpacked, UnpackError>) {
    let dir = tempfile::tempdir().unwrap();
    let result = unpack_layer(tar, dir.path(), OwnerPolicy::Keep);
    (dir, result)
}

/// `dir/f` has the apparent size, the regions' bytes at their offsets, zeros between, and
/// allocates far less than its size.
fn assert_holes(dir: &Path, real_size: u64, regions: &[Region]) {
    let path = dir.join("dir/f");
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!(meta.len(), real_size);
    assert!(
        meta.blocks() * 512 < MIB,
        "{} bytes allocated: the holes were written",
        meta.blocks() * 512
    );
    let content = std::fs::read(&path).unwrap();
    for (i, r) in regions.iter().enumerate() {
        let at = usize::try_from(r.offset).unwrap();
        let end = at + usize::try_from(r.len).unwrap();
        assert_eq!(content[at..end], fill(i, r.len)[..], "region {i}");
        assert_eq!(content[at - 1], 0, "before region {i}");
        assert_eq!(
            content.get(end).copied().unwrap_or(0),
            0,
            "after region {i}"
        );
    }
    assert!(!dir.join("dir/GNUSparseFile.1").exists());
}

#[test]
fn gnu_old_format_with_extension_blocks_is_unpacked_as_holes() {
    // 30 regions: 4 in the header, 21 and 5 in two extension blocks; GNU tar ends the map
    // with an empty region at the apparent size (the tar crate insists on it).
    let real_size = 160 * MIB;
    let mut regions = regions(30);
    regions.push(Region {
        offset: real_size,
        len: 0,
    });
    let tar = gnu_entry(real_size, &regions, &packed_data(&regions));
    let (dir, result) = unpack(&tar);
    result.unwrap();
    assert_holes(dir.path(), real_size, &regions);
}

#[test]
fn pax_0_0_sparse_records_are_unpacked_as_holes() {
    let regions = regions(3);
    let mut records = vec![
        ("GNU.sparse.size", (64 * MIB).to_string()),
        ("GNU.sparse.numblocks", "3".to_string()),
    ];
    for r in &regions {
        records.push(("GNU.sparse.offset", r.offset.to_string()));
        records.push(("GNU.sparse.numbytes", r.len.to_string()));
    }
    let tar = pax_entry(&records, "dir/f", &packed_data(&regions));
    let (dir, result) = unpack(&tar);
    result.unwrap();
    assert_holes(dir.path(), 64 * MIB, &regions);
}

#[test]
fn pax_0_1_sparse_map_is_unpacked_under_its_real_name() {
    let regions = regions(3);
    let tar = pax_0_1(64 * MIB, &regions, &packed_data(&regions));
    let (dir, result) = unpack(&tar);
    result.unwrap();
    assert_holes(dir.path(), 64 * MIB, &regions);
}

#[test]
fn pax_1_0_map_in_the_data_is_unpacked_under_its_real_name() {
    // GNU tar ends its maps with an empty region at the apparent size.
    let mut regions = regions(3);
    regions.push(Region {
        offset: 64 * MIB,
        len: 0,
    });
    let tar = pax_1_0(64 * MIB, &map_lines(&regions), &packed_data(&regions));
    let (dir, result) = unpack(&tar);
    let unpacked = result.unwrap();
    assert_holes(dir.path(), 64 * MIB, &regions);
    // The store counts the tar stream (the data and its map), not the apparent size.
    assert!(unpacked.size < 64 * 1024, "{}", unpacked.size);
}

/// Refused, naming the real entry, and no file left for it.
fn assert_refused(tar: &[u8], why: &str) {
    let (dir, result) = unpack(tar);
    let text = result
        .expect_err("a hostile sparse map was accepted")
        .to_string();
    assert!(text.contains("\"dir/f\""), "{why}: {text}");
    assert!(text.contains(why), "{why}: {text}");
    assert!(!dir.path().join("dir/f").exists(), "{why}: a file was left");
}

#[test]
fn hostile_sparse_maps_are_refused_naming_the_entry() {
    let r = |offset, len| Region { offset, len };
    let data = vec![b'x'; 2048];
    let cases: &[(u64, Vec<Region>, &str)] = &[
        (MIB, vec![r(8192, 1024), r(0, 1024)], "comes before"),
        (MIB, vec![r(0, 2048), r(1024, 0)], "overlaps"),
        (
            MIB,
            vec![r(0, 1024), r(MIB, 1024)],
            "beyond the apparent size",
        ),
        (
            MIB,
            vec![r(0, 1024), r(u64::MAX, 1024)],
            "beyond the apparent size",
        ),
        (
            MIB,
            vec![r(0, 1024)],
            "hold 1024 bytes but the entry stores 2048",
        ),
        (1 << 60, vec![r(0, 1024), r(4096, 1024)], "above the"),
    ];
    for (real_size, regions, why) in cases {
        assert_refused(&pax_0_1(*real_size, regions, &data), why);
        assert_refused(&pax_1_0(*real_size, &map_lines(regions), &data), why);
    }
    // The records themselves.
    let bad_map = |map: &str| {
        let records = [
            ("GNU.sparse.size", MIB.to_string()),
            ("GNU.sparse.name", "dir/f".to_string()),
            ("GNU.sparse.map", map.to_string()),
        ];
        pax_entry(&records, "dir/GNUSparseFile.1/f", &data)
    };
    assert_refused(&bad_map("0,1024,x,1024"), "is not a number");
    assert_refused(&bad_map("0,1024,2048"), "without a length");
    let two = [
        ("GNU.sparse.major", "2".to_string()),
        ("GNU.sparse.name", "dir/f".to_string()),
    ];
    assert_refused(
        &pax_entry(&two, "x", &data),
        "unsupported GNU sparse format 2",
    );
    // A 1.0 map that claims more regions than its entry holds, or lines that are no numbers.
    assert_refused(&pax_1_0(MIB, "3\n0\n", &data), "not a number");
    let long = format!("300\n{}", "0\n".repeat(254));
    assert_refused(&pax_1_0(MIB, &long, &[]), "runs past");
    assert_refused(
        &pax_1_0(MIB, &format!("{}\n", 1u64 << 40), &data),
        "regions, more",
    );
    assert_refused(&pax_1_0(MIB, &"9".repeat(600), &data), "not a number");
    // GNU old format: the tar crate's own checks and den's size limit both name the entry.
    let overlapping = gnu_entry(MIB, &[r(0, 1024), r(512, 1024), r(MIB, 0)], &data);
    assert_refused(&overlapping, "bad sparse map");
    let huge = gnu_entry(1 << 60, &[r(0, 1024), r((1 << 60) - 1024, 1024)], &data);
    assert_refused(&huge, "above the");
}

#[test]
fn sparse_records_on_a_directory_are_refused() {
    let mut b = tar::Builder::new(Vec::new());
    b.append_pax_extensions([("GNU.sparse.size", &b"100"[..])])
        .unwrap();
    let mut h = tar::Header::new_ustar();
    h.set_entry_type(EntryType::Directory);
    set_common(&mut h, 0o755);
    h.set_size(0);
    b.append_data(&mut h, "dir/f", &[][..]).unwrap();
    assert_refused(&finish(b), "not a regular file");
}

#[test]
fn map_check_accepts_an_empty_file_and_touching_regions() {
    let empty = SparseMap {
        real_size: 10,
        regions: Vec::new(),
    };
    assert_eq!(empty.check(0, 100), Ok(()));
    let touching = SparseMap {
        real_size: 10,
        regions: vec![Region { offset: 0, len: 5 }, Region { offset: 5, len: 5 }],
    };
    assert_eq!(touching.check(10, 100), Ok(()));
    assert!(
        touching
            .check(10, 9)
            .unwrap_err()
            .contains("above the 9 bytes")
    );
}
