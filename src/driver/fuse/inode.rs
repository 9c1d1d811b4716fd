//! The inode table of the built-in FUSE overlay: one inode number per merged path, handed
//! out on first sight and kept for the mount's whole life (FORGET does not drop an entry,
//! so a name seen again gets the number it had). A rename moves the numbers of the renamed
//! entry and everything below it to the new paths; an unlinked entry keeps its number for
//! open files but is no longer found by path.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::driver::fuse::layers::Found;

/// The root's inode number (FUSE's FUSE_ROOT_ID).
pub const ROOT: u64 = 1;

/// What the table knows of one inode: its merged path and where it lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub path: PathBuf,
    pub found: Found,
}

#[derive(Debug)]
pub struct Table {
    nodes: HashMap<u64, Node>,
    by_path: HashMap<PathBuf, u64>,
    /// The other names of inodes given more than one by link(2).
    links: HashMap<u64, Vec<PathBuf>>,
    next: u64,
}

impl Table {
    pub fn new(root: Found) -> Self {
        let mut t = Self {
            nodes: HashMap::new(),
            by_path: HashMap::new(),
            links: HashMap::new(),
            next: ROOT + 1,
        };
        t.nodes.insert(
            ROOT,
            Node {
                path: PathBuf::new(),
                found: root,
            },
        );
        t.by_path.insert(PathBuf::new(), ROOT);
        t
    }

    pub fn get(&self, ino: u64) -> Option<Node> {
        self.nodes.get(&ino).cloned()
    }

    /// The inode `path` has now, if any.
    pub fn ino_of(&self, path: &Path) -> Option<u64> {
        self.by_path.get(path).copied()
    }

    /// Whether `ino` is still found by its path (not unlinked, nor replaced by a rename).
    pub fn linked(&self, ino: u64) -> bool {
        self.nodes
            .get(&ino)
            .is_some_and(|n| self.by_path.get(&n.path) == Some(&ino))
    }

    /// The inode of `path`, new or known, now recorded as living at `found`.
    pub fn upsert(&mut self, path: &Path, found: Found) -> u64 {
        if let Some(&ino) = self.by_path.get(path) {
            if let Some(n) = self.nodes.get_mut(&ino) {
                n.found = found;
            }
            return ino;
        }
        let ino = self.next;
        self.next += 1;
        self.by_path.insert(path.to_path_buf(), ino);
        self.nodes.insert(
            ino,
            Node {
                path: path.to_path_buf(),
                found,
            },
        );
        ino
    }

    pub fn set_found(&mut self, ino: u64, found: Found) {
        if let Some(n) = self.nodes.get_mut(&ino) {
            n.found = found;
        }
    }

    /// `path` is a new name of `ino` (a hard link): one inode, as the kernel expects.
    pub fn add_link(&mut self, ino: u64, path: &Path) {
        self.by_path.insert(path.to_path_buf(), ino);
        self.links.entry(ino).or_default().push(path.to_path_buf());
    }

    /// Non-directory `path` is gone; an inode with another name lives on under it.
    pub fn remove_file(&mut self, path: &Path) {
        let Some(ino) = self.by_path.remove(path) else {
            return;
        };
        let Some(names) = self.links.get_mut(&ino) else {
            return;
        };
        names.retain(|p| p != path);
        if let Some(n) = self.nodes.get_mut(&ino)
            && n.path == path
            && let Some(other) = names.pop()
        {
            n.path = other;
        }
        if names.is_empty() {
            self.links.remove(&ino);
        }
    }

    /// `path` (and everything below it) is gone from the tree.
    pub fn remove(&mut self, path: &Path) {
        self.by_path.retain(|p, _| !p.starts_with(path));
    }

    /// `from` was renamed to `to`: the entries at and below `to` are replaced, those at and
    /// below `from` move.
    pub fn rename(&mut self, from: &Path, to: &Path) {
        self.remove(to);
        let moved: Vec<(PathBuf, u64)> = self
            .by_path
            .iter()
            .filter(|(p, _)| p.starts_with(from))
            .map(|(p, i)| (p.clone(), *i))
            .collect();
        for (old, ino) in moved {
            self.by_path.remove(&old);
            let new = to.join(old.strip_prefix(from).unwrap_or(Path::new("")));
            let new = if old == from { to.to_path_buf() } else { new };
            if let Some(n) = self.nodes.get_mut(&ino) {
                n.path.clone_from(&new);
            }
            self.by_path.insert(new, ino);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Found = Found { top: 1, bottom: 1 };

    #[test]
    fn numbers_are_stable_and_renames_move_subtrees() {
        let mut t = Table::new(Found { top: 0, bottom: 2 });
        let a = t.upsert(Path::new("a"), F);
        let ab = t.upsert(Path::new("a/b"), F);
        assert_eq!(t.upsert(Path::new("a"), F), a, "same path, same number");
        assert_ne!(a, ab);
        t.rename(Path::new("a"), Path::new("z"));
        assert_eq!(t.get(a).unwrap().path, Path::new("z"));
        assert_eq!(t.get(ab).unwrap().path, Path::new("z/b"));
        assert_eq!(t.upsert(Path::new("z/b"), F), ab);
        let fresh = t.upsert(Path::new("a"), F);
        assert!(fresh != a && fresh != ab, "the old name is a new entry");
        assert!(t.linked(ab));
        t.remove(Path::new("z"));
        assert!(t.get(ab).is_some(), "open files keep their inode");
        assert!(!t.linked(ab), "unlinked");
        assert_ne!(t.upsert(Path::new("z/b"), F), ab);
        assert_eq!(t.get(ROOT).unwrap().path, Path::new(""));
    }

    #[test]
    fn a_hard_link_is_the_same_inode_under_either_name() {
        let mut t = Table::new(Found { top: 0, bottom: 0 });
        let a = t.upsert(Path::new("a"), F);
        t.add_link(a, Path::new("b"));
        assert_eq!(t.upsert(Path::new("b"), F), a);
        t.remove_file(Path::new("a"));
        assert_eq!(t.get(a).unwrap().path, Path::new("b"), "lives on as b");
        assert!(t.linked(a));
        t.remove_file(Path::new("b"));
        assert!(!t.linked(a));
        let b = t.upsert(Path::new("b"), F);
        assert_ne!(b, a);
        assert!(!t.linked(a), "its old path is another inode's now");
    }
}
