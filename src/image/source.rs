//! Where an image archive's members come from: a directory (an OCI layout on disk) or a
//! tarball indexed once so that members can be read in any order, with member paths
//! cleaned (no `..`, no absolute paths) and JSON members read with a size limit.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::image::archive::MAX_JSON;

/// Where an archive's members come from.
pub trait Source {
    /// Opens the member at `path` (relative to the archive's root).
    fn open(&self, path: &str) -> Result<Box<dyn Read + '_>>;
    /// Whether a member exists.
    fn exists(&self, path: &str) -> bool;
    /// What to call the archive in messages.
    fn describe(&self) -> String;
}

/// Reads a JSON member, refusing more than `MAX_JSON` bytes.
pub fn read_json_member(source: &dyn Source, path: &str) -> Result<Vec<u8>> {
    let reader = source.open(path)?;
    read_limited(reader, path)
}

/// Reads at most `MAX_JSON` bytes of `reader`.
pub fn read_limited(reader: impl Read, what: &str) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    reader
        .take(MAX_JSON + 1)
        .read_to_end(&mut buf)
        .with_context(|| format!("reading \"{what}\""))?;
    if buf.len() as u64 > MAX_JSON {
        bail!("\"{what}\" is larger than {} MiB", MAX_JSON >> 20);
    }
    Ok(buf)
}

/// An OCI image layout directory.
pub struct DirSource {
    root: PathBuf,
}

impl DirSource {
    pub fn new(root: &Path) -> DirSource {
        DirSource {
            root: root.to_path_buf(),
        }
    }

    fn member(&self, path: &str) -> Result<PathBuf> {
        let rel = clean_member_path(path)
            .with_context(|| format!("bad member path \"{path}\" in {}", self.describe()))?;
        Ok(self.root.join(rel))
    }
}

impl Source for DirSource {
    fn open(&self, path: &str) -> Result<Box<dyn Read + '_>> {
        let full = self.member(path)?;
        let file = File::open(&full).with_context(|| format!("opening \"{}\"", full.display()))?;
        Ok(Box::new(file))
    }

    fn exists(&self, path: &str) -> bool {
        self.member(path).is_ok_and(|p| p.is_file())
    }

    fn describe(&self) -> String {
        format!("\"{}\"", self.root.display())
    }
}

/// A member of an uncompressed tarball: where its data starts and how long it is.
#[derive(Debug, Clone, Copy)]
struct Member {
    offset: u64,
    size: u64,
}

/// An uncompressed tarball whose regular members were indexed in one pass.
pub struct TarSource {
    file: File,
    name: String,
    members: HashMap<PathBuf, Member>,
}

impl TarSource {
    /// Indexes the tarball in `file` (which must be uncompressed and seekable). Symlinks and
    /// hardlinks between members (podman writes them for repeated layers) resolve to their
    /// targets.
    pub fn index(mut file: File, name: String) -> Result<TarSource> {
        file.seek(SeekFrom::Start(0))?;
        let mut members = HashMap::new();
        let mut links = Vec::new();
        {
            let mut archive = tar::Archive::new(&mut file);
            for entry in archive
                .entries()
                .with_context(|| format!("reading {name} as a tar archive"))?
            {
                let entry = entry.with_context(|| format!("reading {name} as a tar archive"))?;
                let path = entry.path().context("bad member path")?;
                let Some(path) = clean_member_path(&path.to_string_lossy()) else {
                    continue;
                };
                let kind = entry.header().entry_type();
                if kind.is_file() {
                    members.insert(
                        path,
                        Member {
                            offset: entry.raw_file_position(),
                            size: entry.size(),
                        },
                    );
                } else if kind.is_symlink() || kind.is_hard_link() {
                    if let Some(target) = entry.link_name().ok().flatten() {
                        let base = if kind.is_symlink() {
                            path.parent().unwrap_or(Path::new("")).to_path_buf()
                        } else {
                            PathBuf::new()
                        };
                        let joined = base.join(&target);
                        if let Some(target) = clean_member_path(&joined.to_string_lossy()) {
                            links.push((path, target));
                        }
                    }
                }
            }
        }
        // Links to links: resolve a few rounds, ignore cycles.
        for _ in 0..8 {
            for (path, target) in &links {
                if let Some(&m) = members.get(target) {
                    members.entry(path.clone()).or_insert(m);
                }
            }
        }
        Ok(TarSource {
            file,
            name,
            members,
        })
    }

    fn member(&self, path: &str) -> Option<Member> {
        clean_member_path(path).and_then(|p| self.members.get(&p).copied())
    }
}

impl Source for TarSource {
    fn open(&self, path: &str) -> Result<Box<dyn Read + '_>> {
        let m = self
            .member(path)
            .with_context(|| format!("\"{path}\" is missing from {}", self.describe()))?;
        Ok(Box::new(ExactReader {
            file: &self.file,
            pos: m.offset,
            left: m.size,
            what: path.to_string(),
        }))
    }

    fn exists(&self, path: &str) -> bool {
        self.member(path).is_some()
    }

    fn describe(&self) -> String {
        self.name.clone()
    }
}

/// Reads one member with pread(2) (so several may be open at once), failing instead of
/// ending early when the archive is shorter than its header said.
struct ExactReader<'a> {
    file: &'a File,
    pos: u64,
    left: u64,
    what: String,
}

impl Read for ExactReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use std::os::unix::fs::FileExt;
        if self.left == 0 || buf.is_empty() {
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.file.read_at(&mut buf[..want], self.pos)?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!(
                    "\"{}\" is truncated ({} bytes missing)",
                    self.what, self.left
                ),
            ));
        }
        self.left -= n as u64;
        self.pos += n as u64;
        Ok(n)
    }
}

/// Normalizes a member path (`./blobs//sha256/x` -> `blobs/sha256/x`); `None` for paths that
/// leave the archive.
pub(crate) fn clean_member_path(path: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in Path::new(path).components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    (!out.as_os_str().is_empty()).then_some(out)
}
