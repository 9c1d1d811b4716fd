//! COPY and ADD: sources from the build context (globs, the ignore rules), from a stage's or
//! an image's layers (`--from`), or a heredoc; written into the step's upper directory, which
//! then becomes the step's layer. Directories the destination needs are copied up from the
//! parent image (same owner and mode, as overlayfs would) or created (0755, root). New files
//! belong to root inside, unless `--chown`; in one-id mode the owner is recorded in
//! `user.den.owner` (the image's tarball gets it from there). Runs inside den's namespace.

use std::ffi::OsString;
use std::fs::{self, Metadata};
use std::io::{self, Read};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::sys::stat::{UtimensatFlags, utimensat};
use nix::sys::time::TimeSpec;
use nix::unistd::{Gid, Uid, fchownat};
use sha2::{Digest, Sha256};

use crate::image::ignore::{Ignore, component_matches};
use crate::image::unpack::OWNER_XATTR;
use crate::store::container_fs::{FsLayers, Node, children};

/// Where a COPY's files come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A path of the build context (`rel`: relative to it, `/`-separated; empty for the root).
    Context { path: PathBuf, rel: String },
    /// A path in a stage's or image's layers (top first).
    Layers { lowers: Vec<PathBuf>, path: String },
    /// A heredoc: a file of this content.
    Heredoc { name: String, body: String },
    /// ADD of a local tarball: its contents are extracted.
    Tarball(PathBuf),
}

/// One COPY or ADD, ready to write.
#[derive(Debug, Clone)]
pub struct CopyJob {
    pub sources: Vec<Source>,
    /// An absolute path in the image.
    pub dest: String,
    /// The destination is a directory: it ends with `/` or there are several sources.
    pub dest_is_dir: bool,
    pub chown: Option<String>,
    pub chmod: Option<u32>,
    pub one_id: bool,
    pub ignore: Ignore,
    pub upper: PathBuf,
    /// The parent image's layers, top first.
    pub lowers: Vec<PathBuf>,
    /// `--timestamp`: the times of the directories COPY creates (else now).
    pub timestamp: Option<i64>,
}

/// The context paths a source pattern names (globs in any component), in name order.
pub fn context_sources(context: &Path, pattern: &str, ignore: &Ignore) -> Result<Vec<Source>> {
    let mut parts: Vec<&str> = Vec::new();
    for p in pattern.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let mut found = vec![(context.to_path_buf(), String::new())];
    for part in &parts {
        let glob = part.contains(['*', '?', '[']);
        let mut next = Vec::new();
        for (dir, rel) in found {
            let join = |name: &str| {
                if rel.is_empty() {
                    name.to_string()
                } else {
                    format!("{rel}/{name}")
                }
            };
            if glob {
                let Ok(entries) = fs::read_dir(&dir) else {
                    continue;
                };
                let mut names: Vec<String> = entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| component_matches(part, n))
                    .collect();
                names.sort();
                for n in names {
                    next.push((dir.join(&n), join(&n)));
                }
            } else {
                let p = dir.join(part);
                if fs::symlink_metadata(&p).is_ok() {
                    next.push((p, join(part)));
                }
            }
        }
        found = next;
    }
    let kept: Vec<Source> = found
        .into_iter()
        .filter(|(_, rel)| rel.is_empty() || !ignore.ignored(rel))
        .map(|(path, rel)| Source::Context { path, rel })
        .collect();
    if kept.is_empty() {
        bail!(
            "no such file or directory in the build context: \"{pattern}\" (or the ignore file excludes it)"
        );
    }
    Ok(kept)
}

/// A digest of what the sources from the context hold: names, types, modes, link targets and
/// contents, after the ignore rules (the part of a COPY's cache key that files change).
pub fn digest_context(sources: &[Source], ignore: &Ignore) -> Result<String> {
    let mut h = Sha256::new();
    for s in sources {
        match s {
            Source::Context { path, rel } => digest_tree(&mut h, path, rel, ignore)?,
            Source::Tarball(path) => digest_tree(&mut h, path, "", &Ignore::default())?,
            Source::Heredoc { name, body } => {
                h.update(name.as_bytes());
                h.update(body.as_bytes());
            }
            Source::Layers { path, .. } => h.update(path.as_bytes()),
        }
        h.update([0]);
    }
    Ok(hex::encode(h.finalize()))
}

/// What a COPY/ADD's history entry calls its sources, as buildah: `file` or `dir` for one
/// (a heredoc and an ADD tarball are files), `multi` for several.
pub fn summary_kind(sources: &[Source]) -> &'static str {
    let is_dir = match sources {
        [Source::Context { path, .. }] => path.is_dir(),
        [Source::Layers { lowers, path }] => lowers
            .iter()
            .map(|l| l.join(path.trim_start_matches('/')))
            .find_map(|p| fs::symlink_metadata(p).ok())
            .is_some_and(|m| m.is_dir()),
        [_] => false,
        _ => return "multi",
    };
    if is_dir { "dir" } else { "file" }
}

fn digest_tree(h: &mut Sha256, path: &Path, rel: &str, ignore: &Ignore) -> Result<()> {
    let meta =
        fs::symlink_metadata(path).with_context(|| format!("reading \"{}\"", path.display()))?;
    h.update(rel.as_bytes());
    h.update([0]);
    h.update(meta.mode().to_le_bytes());
    if meta.is_dir() {
        let mut names: Vec<OsString> = fs::read_dir(path)
            .with_context(|| format!("reading \"{}\"", path.display()))?
            .flatten()
            .map(|e| e.file_name())
            .collect();
        names.sort();
        for n in names {
            let r = join_rel(rel, &n.to_string_lossy());
            if ignore.ignored(&r) && !ignore.has_exceptions() {
                continue;
            }
            digest_tree(h, &path.join(&n), &r, ignore)?;
        }
    } else if meta.file_type().is_symlink() {
        h.update(fs::read_link(path)?.as_os_str().as_encoded_bytes());
    } else if meta.is_file() {
        if ignore.ignored(rel) {
            return Ok(());
        }
        let mut f =
            fs::File::open(path).with_context(|| format!("reading \"{}\"", path.display()))?;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
        }
    }
    Ok(())
}

fn join_rel(rel: &str, name: &str) -> String {
    if rel.is_empty() {
        name.to_string()
    } else {
        format!("{rel}/{name}")
    }
}

/// `uid[:gid]` or `user[:group]` (names from the image's /etc/passwd and /etc/group).
pub fn resolve_chown(spec: &str, layers: &FsLayers) -> Result<(u32, u32)> {
    let (user, group) = spec
        .split_once(':')
        .map_or((spec, None), |(u, g)| (u, Some(g)));
    let lookup = |file: &str, name: &str| -> Result<(u32, u32)> {
        let comps = vec![OsString::from("etc"), OsString::from(file)];
        let text = match layers.lookup(&comps)? {
            Some(Node::Leaf { path, .. }) => fs::read_to_string(path).unwrap_or_default(),
            _ => String::new(),
        };
        for line in text.lines() {
            let f: Vec<&str> = line.split(':').collect();
            if f.len() >= 4 && f[0] == name {
                let id = f[2].parse().unwrap_or(0);
                let gid = f[3].parse().unwrap_or(0);
                return Ok((id, gid));
            }
        }
        bail!(
            "--chown={spec}: no {} \"{name}\" in the image's /etc/{file}",
            if file == "passwd" { "user" } else { "group" }
        )
    };
    let (uid, user_gid) = match user.parse::<u32>() {
        Ok(n) => (n, n),
        Err(_) => lookup("passwd", user)?,
    };
    let gid = match group {
        None => user_gid,
        Some(g) => match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => lookup("group", g)?.0,
        },
    };
    Ok((uid, gid))
}

/// Writes the job into its upper directory (inside den's namespace).
pub fn run(job: &CopyJob) -> Result<()> {
    let layers = FsLayers {
        upper: Some(job.upper.clone()),
        lowers: job.lowers.clone(),
    };
    let owner = match &job.chown {
        Some(spec) => Some(resolve_chown(spec, &layers)?),
        None => None,
    };
    let w = Writer {
        job,
        times: std::cell::RefCell::default(),
        owner,
    };
    let dest = resolve_dest(&layers, &job.dest)?;
    let dest_exists_dir = matches!(layers.lookup(&dest)?, Some(Node::Dir { .. }));
    for source in &job.sources {
        match source {
            Source::Context { path, rel } => {
                let meta = fs::symlink_metadata(path)
                    .with_context(|| format!("reading \"{}\"", path.display()))?;
                let target =
                    w.target_for(&dest, dest_exists_dir, meta.is_dir(), path.file_name())?;
                w.ensure_dirs(&target[..target.len().saturating_sub(usize::from(!meta.is_dir()))])?;
                w.put(&Entry::Host(path.clone(), rel.clone()), &target)?;
            }
            Source::Layers { lowers, path } => {
                let from = FsLayers {
                    upper: None,
                    lowers: lowers.clone(),
                };
                let follow = path.ends_with('/');
                let comps = from.resolve(path, follow)?;
                let Some(node) = from.lookup(&comps)? else {
                    bail!("\"{path}\" does not exist in the --from image");
                };
                let is_dir = matches!(node, Node::Dir { .. });
                let target = w.target_for(
                    &dest,
                    dest_exists_dir,
                    is_dir,
                    comps.last().map(OsString::as_os_str),
                )?;
                w.ensure_dirs(&target[..target.len().saturating_sub(usize::from(!is_dir))])?;
                w.put(&Entry::Layer(node), &target)?;
            }
            Source::Heredoc { name, body } => {
                let target = w.target_for(
                    &dest,
                    dest_exists_dir,
                    false,
                    Some(std::ffi::OsStr::new(name)),
                )?;
                w.ensure_dirs(&target[..target.len() - 1])?;
                let p = w.upper_path(&target);
                w.clear(&p)?;
                fs::write(&p, body).with_context(|| format!("writing \"{}\"", p.display()))?;
                w.finish(&p, job.chmod.unwrap_or(0o644), None)?;
            }
            Source::Tarball(path) => {
                w.ensure_dirs(&dest)?;
                let staging = tempfile::Builder::new()
                    .prefix("add-")
                    .tempdir_in(job.upper.parent().unwrap_or(Path::new("/tmp")))
                    .context("creating a staging directory for ADD")?;
                let file = fs::File::open(path)
                    .with_context(|| format!("reading \"{}\"", path.display()))?;
                let (_, reader) = crate::image::compress::decompress(io::BufReader::new(file))
                    .with_context(|| format!("reading \"{}\"", path.display()))?;
                let mut archive = tar::Archive::new(reader);
                archive.set_preserve_permissions(true);
                archive.set_preserve_mtime(true);
                archive.set_preserve_ownerships(!job.one_id);
                archive.set_unpack_xattrs(false);
                archive
                    .unpack(staging.path())
                    .with_context(|| format!("extracting \"{}\" (ADD)", path.display()))?;
                let keep = Writer {
                    job,
                    times: std::cell::RefCell::default(),
                    owner: None,
                };
                for entry in sorted(staging.path())? {
                    let mut t = dest.clone();
                    t.push(entry.clone());
                    keep.put_kept(&staging.path().join(&entry), &t)?;
                }
                keep.restore_times()?;
            }
        }
    }
    w.restore_times()
}

/// The destination's components: symlinks of the part that exists followed inside the image,
/// the missing rest (to be created) as written.
fn resolve_dest(layers: &FsLayers, dest: &str) -> Result<Vec<OsString>> {
    let comps = crate::store::container_fs::split(dest.as_bytes());
    for k in (0..=comps.len()).rev() {
        let prefix = format!("/{}", show(&comps[..k]).trim_start_matches('/'));
        if let Ok(mut r) = layers.resolve(&prefix, true)
            && (k == 0 || layers.lookup(&r)?.is_some())
        {
            r.extend(comps[k..].iter().cloned());
            return Ok(r);
        }
    }
    Ok(comps)
}

fn sorted(dir: &Path) -> Result<Vec<OsString>> {
    let mut names: Vec<OsString> = fs::read_dir(dir)
        .with_context(|| format!("reading \"{}\"", dir.display()))?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    names.sort();
    Ok(names)
}

/// An entry to copy: a host file (and its context-relative path) or a node of layers.
enum Entry {
    Host(PathBuf, String),
    Layer(Node),
}

struct Writer<'a> {
    job: &'a CopyJob,
    /// Directories `ensure_dirs` made and the times they get once everything is written
    /// (writing into a directory changes its mtime).
    times: std::cell::RefCell<Vec<(PathBuf, TimeSpec)>>,
    owner: Option<(u32, u32)>,
}

impl Writer<'_> {
    fn upper_path(&self, comps: &[OsString]) -> PathBuf {
        let mut p = self.job.upper.clone();
        p.extend(comps);
        p
    }

    /// Where a source goes: a directory's contents into the destination; a file into it
    /// when it is a directory, else onto it.
    fn target_for(
        &self,
        dest: &[OsString],
        dest_exists_dir: bool,
        is_dir: bool,
        name: Option<&std::ffi::OsStr>,
    ) -> Result<Vec<OsString>> {
        if is_dir {
            return Ok(dest.to_vec());
        }
        if self.job.dest_is_dir || dest_exists_dir {
            let mut t = dest.to_vec();
            t.push(name.context("a source without a file name")?.to_os_string());
            return Ok(t);
        }
        if dest.is_empty() {
            bail!("cannot copy a file onto the image's root directory");
        }
        Ok(dest.to_vec())
    }

    /// Makes the directories `comps` in the upper directory: copied up from the parent image
    /// when it has them, else new (0755, root).
    fn ensure_dirs(&self, comps: &[OsString]) -> Result<()> {
        for i in 1..=comps.len() {
            let p = self.upper_path(&comps[..i]);
            match fs::symlink_metadata(&p) {
                Ok(m) if m.is_dir() => continue,
                Ok(_) => bail!("\"{}\" is not a directory in the image", show(&comps[..i])),
                Err(_) => {}
            }
            let lower = FsLayers {
                upper: None,
                lowers: self.job.lowers.clone(),
            };
            match lower.lookup(&comps[..i])? {
                Some(Node::Dir { meta, layers }) => {
                    fs::create_dir(&p).with_context(|| format!("creating \"{}\"", p.display()))?;
                    fs::set_permissions(&p, fs::Permissions::from_mode(meta.mode() & 0o7777))?;
                    if self.job.one_id {
                        if let Ok(Some(v)) = crate::sys::lgetxattr(&layers[0], OWNER_XATTR) {
                            let _ = crate::sys::lsetxattr(&p, OWNER_XATTR, &v);
                        }
                    } else {
                        chown(&p, meta.uid(), meta.gid())?;
                    }
                    self.times
                        .borrow_mut()
                        .push((p.clone(), TimeSpec::new(meta.mtime(), meta.mtime_nsec())));
                }
                Some(_) => bail!("\"{}\" is not a directory in the image", show(&comps[..i])),
                None => {
                    fs::create_dir(&p).with_context(|| format!("creating \"{}\"", p.display()))?;
                    fs::set_permissions(&p, fs::Permissions::from_mode(0o755))?;
                    if let Some(t) = self.job.timestamp {
                        self.times
                            .borrow_mut()
                            .push((p.clone(), TimeSpec::new(t, 0)));
                    }
                }
            }
        }
        Ok(())
    }

    /// Gives the directories `ensure_dirs` made their times, deepest first.
    fn restore_times(&self) -> Result<()> {
        for (p, t) in self.times.borrow().iter().rev() {
            utimensat(
                nix::fcntl::AT_FDCWD,
                p,
                t,
                t,
                UtimensatFlags::NoFollowSymlink,
            )
            .map_err(io::Error::from)
            .with_context(|| format!("setting the times of \"{}\"", p.display()))?;
        }
        Ok(())
    }

    /// Removes a file at `p` in the upper directory before it is replaced.
    fn clear(&self, p: &Path) -> Result<()> {
        match fs::symlink_metadata(p) {
            Ok(m) if m.is_dir() => bail!(
                "cannot replace the directory \"{}\" with a file",
                p.strip_prefix(&self.job.upper).unwrap_or(p).display()
            ),
            Ok(_) => fs::remove_file(p).with_context(|| format!("removing \"{}\"", p.display())),
            Err(_) => Ok(()),
        }
    }

    /// Owner and mode of a written entry.
    fn finish(&self, p: &Path, mode: u32, meta: Option<&Metadata>) -> Result<()> {
        if let Some((uid, gid)) = self.owner {
            if self.job.one_id {
                if (uid, gid) != (0, 0) {
                    crate::sys::lsetxattr(p, OWNER_XATTR, format!("{uid}:{gid}").as_bytes())
                        .with_context(|| format!("recording the owner of \"{}\"", p.display()))?;
                }
            } else {
                chown(p, uid, gid)?;
            }
        }
        let is_link = meta.is_some_and(|m| m.file_type().is_symlink());
        if !is_link {
            fs::set_permissions(p, fs::Permissions::from_mode(mode & 0o7777))
                .with_context(|| format!("setting the mode of \"{}\"", p.display()))?;
        }
        if let Some(m) = meta {
            set_times(p, m)?;
        }
        Ok(())
    }

    fn put(&self, entry: &Entry, target: &[OsString]) -> Result<()> {
        let meta = match entry {
            Entry::Host(p, _) => {
                fs::symlink_metadata(p).with_context(|| format!("reading \"{}\"", p.display()))?
            }
            Entry::Layer(n) => n.meta().clone(),
        };
        let p = self.upper_path(target);
        let ft = meta.file_type();
        if ft.is_dir() {
            let existed = fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir());
            if !existed {
                self.ensure_dirs(target)?;
            }
            let kids: Vec<(OsString, Entry)> = match entry {
                Entry::Host(path, rel) => sorted(path)?
                    .into_iter()
                    .filter_map(|n| {
                        let r = join_rel(rel, &n.to_string_lossy());
                        let child = path.join(&n);
                        let is_dir = fs::symlink_metadata(&child).is_ok_and(|m| m.is_dir());
                        let skip = self.job.ignore.ignored(&r)
                            && !(is_dir && self.job.ignore.has_exceptions());
                        (!skip).then_some((n, Entry::Host(child, r)))
                    })
                    .collect(),
                Entry::Layer(node) => children(node)?
                    .into_iter()
                    .map(|(n, c)| (n, Entry::Layer(c)))
                    .collect(),
            };
            for (name, kid) in kids {
                let mut t = target.to_vec();
                t.push(name);
                self.put(&kid, &t)?;
            }
            if !existed || !target.is_empty() {
                self.finish(&p, self.job.chmod.unwrap_or(meta.mode()), Some(&meta))?;
            }
            return Ok(());
        }
        let src = match entry {
            Entry::Host(p, _) => p.clone(),
            Entry::Layer(n) => n.path().to_path_buf(),
        };
        self.clear(&p)?;
        if ft.is_symlink() {
            let link =
                fs::read_link(&src).with_context(|| format!("reading \"{}\"", src.display()))?;
            std::os::unix::fs::symlink(link, &p)
                .with_context(|| format!("writing \"{}\"", p.display()))?;
        } else if ft.is_file() {
            copy_file(&src, &p)?;
        } else {
            tracing::warn!(
                "COPY skips \"{}\": not a file, directory or link",
                src.display()
            );
            return Ok(());
        }
        self.finish(&p, self.job.chmod.unwrap_or(meta.mode()), Some(&meta))
    }

    /// Moves an extracted ADD entry into place, keeping its owner and mode.
    fn put_kept(&self, src: &Path, target: &[OsString]) -> Result<()> {
        let meta = fs::symlink_metadata(src)?;
        let p = self.upper_path(target);
        if meta.is_dir() {
            if !fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
                self.ensure_dirs(target)?;
            }
            for n in sorted(src)? {
                let mut t = target.to_vec();
                t.push(n.clone());
                self.put_kept(&src.join(&n), &t)?;
            }
        } else {
            self.clear(&p)?;
            fs::rename(src, &p).with_context(|| format!("writing \"{}\"", p.display()))?;
        }
        if !meta.file_type().is_symlink() {
            fs::set_permissions(&p, fs::Permissions::from_mode(meta.mode() & 0o7777))?;
        }
        if !self.job.one_id {
            chown(&p, meta.uid(), meta.gid())?;
        }
        set_times(&p, &meta)?;
        Ok(())
    }
}

fn copy_file(src: &Path, dest: &Path) -> Result<()> {
    let mut from = fs::File::open(src).with_context(|| format!("reading \"{}\"", src.display()))?;
    let mut to = fs::File::options()
        .write(true)
        .create_new(true)
        .open(dest)
        .with_context(|| format!("writing \"{}\"", dest.display()))?;
    io::copy(&mut from, &mut to).with_context(|| format!("writing \"{}\"", dest.display()))?;
    Ok(())
}

fn chown(p: &Path, uid: u32, gid: u32) -> Result<()> {
    fchownat(
        nix::fcntl::AT_FDCWD,
        p,
        Some(Uid::from_raw(uid)),
        Some(Gid::from_raw(gid)),
        nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
    )
    .map_err(io::Error::from)
    .with_context(|| format!("setting the owner of \"{}\" to {uid}:{gid}", p.display()))
}

fn set_times(p: &Path, meta: &Metadata) -> Result<()> {
    let t = TimeSpec::new(meta.mtime(), meta.mtime_nsec());
    utimensat(
        nix::fcntl::AT_FDCWD,
        p,
        &t,
        &t,
        UtimensatFlags::NoFollowSymlink,
    )
    .map_err(io::Error::from)
    .with_context(|| format!("setting the times of \"{}\"", p.display()))
}

fn show(comps: &[OsString]) -> String {
    crate::store::container_fs::show(comps)
}
