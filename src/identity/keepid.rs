//! The user a keep-id container adds to its /etc/passwd and /etc/group, as podman 4.3 does:
//! `NAME:*:UID:GID:GECOS:HOME:/bin/sh` and `GROUP:x:GID:NAME`, unless the image already has
//! that uid (or gid). With `keep-id:uid=U` the name is the number and the GECOS "container
//! user"; HOME is the user's home when it (or a directory above it) is a mount of the
//! container, else the working directory (podman's rule).

use std::path::Path;

use serde::{Deserialize, Serialize};

/// The keep-id user's entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeepIdUser {
    pub uid: u32,
    pub gid: u32,
    pub name: String,
    pub group: String,
    pub gecos: String,
    pub home: String,
}

/// The calling user as the host's passwd and group databases name them.
pub struct HostUser {
    pub uid: u32,
    pub gid: u32,
    pub name: String,
    pub group: String,
    pub gecos: String,
    pub home: String,
}

impl HostUser {
    /// The calling user (names fall back to the numbers when the databases lack them).
    pub fn current() -> HostUser {
        use nix::unistd::{Gid, Group, Uid, User, getgid, getuid};
        let (uid, gid) = (getuid().as_raw(), getgid().as_raw());
        let user = User::from_uid(Uid::from_raw(uid)).ok().flatten();
        let group = Group::from_gid(Gid::from_raw(gid)).ok().flatten();
        HostUser {
            uid,
            gid,
            name: user
                .as_ref()
                .map_or_else(|| uid.to_string(), |u| u.name.clone()),
            group: group.map_or_else(|| gid.to_string(), |g| g.name),
            gecos: user
                .as_ref()
                .map(|u| u.gecos.to_string_lossy().into_owned())
                .unwrap_or_default(),
            // $HOME first, as den reads `~` in -v: the home a toolbox user mounts.
            home: std::env::var("HOME")
                .ok()
                .filter(|h| h.starts_with('/'))
                .or_else(|| user.map(|u| u.dir.display().to_string()))
                .unwrap_or_else(|| "/".into()),
        }
    }
}

impl KeepIdUser {
    /// The entries for container ids `uid`:`gid`; `mounted` are the container's mount
    /// targets and `workdir` its working directory (for HOME).
    pub fn plan(host: &HostUser, uid: u32, gid: u32, mounted: &[&Path], workdir: &Path) -> Self {
        let own_uid = uid == host.uid;
        let home_mounted = Path::new(&host.home)
            .ancestors()
            .filter(|p| *p != Path::new("/"))
            .any(|p| mounted.contains(&p));
        KeepIdUser {
            uid,
            gid,
            name: if own_uid {
                host.name.clone()
            } else {
                uid.to_string()
            },
            group: if gid == host.gid {
                host.group.clone()
            } else {
                gid.to_string()
            },
            gecos: if own_uid {
                host.gecos.clone()
            } else {
                "container user".into()
            },
            home: if home_mounted {
                host.home.clone()
            } else {
                workdir.display().to_string()
            },
        }
    }

    /// `passwd` with the user's line added, or `None` when it has the uid already.
    pub fn add_to_passwd(&self, passwd: &str) -> Option<String> {
        let has = passwd
            .lines()
            .any(|l| l.split(':').nth(2) == Some(self.uid.to_string().as_str()));
        (!has).then(|| {
            format!(
                "{}{}{}:*:{}:{}:{}:{}:/bin/sh\n",
                passwd,
                newline(passwd),
                self.name,
                self.uid,
                self.gid,
                self.gecos,
                self.home
            )
        })
    }

    /// `group` with the user's group added, or `None` when it has the gid already.
    pub fn add_to_group(&self, group: &str) -> Option<String> {
        let has = group
            .lines()
            .any(|l| l.split(':').nth(2) == Some(self.gid.to_string().as_str()));
        (!has).then(|| {
            format!(
                "{}{}{}:x:{}:{}\n",
                group,
                newline(group),
                self.group,
                self.gid,
                self.name
            )
        })
    }
}

fn newline(text: &str) -> &'static str {
    if text.is_empty() || text.ends_with('\n') {
        ""
    } else {
        "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host() -> HostUser {
        HostUser {
            uid: 1001,
            gid: 1001,
            name: "alice".into(),
            group: "staff".into(),
            gecos: "Alice".into(),
            home: "/home/alice".into(),
        }
    }

    #[test]
    fn entries_as_podman_writes_them() {
        let u = KeepIdUser::plan(&host(), 1001, 1001, &[], Path::new("/"));
        let passwd = "root:x:0:0:root:/root:/bin/bash";
        assert_eq!(
            u.add_to_passwd(passwd).unwrap(),
            "root:x:0:0:root:/root:/bin/bash\nalice:*:1001:1001:Alice:/:/bin/sh\n"
        );
        assert_eq!(
            u.add_to_group("root:x:0:\n").unwrap(),
            "root:x:0:\nstaff:x:1001:alice\n"
        );
        assert!(u.add_to_passwd("x:x:1001:5::/:/bin/sh\n").is_none());
        assert!(u.add_to_group("g:x:1001:\n").is_none());
    }

    #[test]
    fn home_is_the_users_only_when_mounted() {
        let h = host();
        let at = |m: &[&Path]| KeepIdUser::plan(&h, 1001, 1001, m, Path::new("/work")).home;
        assert_eq!(at(&[]), "/work");
        assert_eq!(at(&[Path::new("/home/alice")]), "/home/alice");
        assert_eq!(at(&[Path::new("/home")]), "/home/alice");
        assert_eq!(at(&[Path::new("/home/alice/src")]), "/work");
    }

    #[test]
    fn other_ids_are_named_by_number() {
        let u = KeepIdUser::plan(&host(), 200, 300, &[], Path::new("/"));
        assert_eq!((u.name.as_str(), u.group.as_str()), ("200", "300"));
        assert_eq!(
            u.add_to_passwd("").unwrap(),
            "200:*:200:300:container user:/:/bin/sh\n"
        );
        assert_eq!(u.add_to_group("").unwrap(), "300:x:300:200\n");
    }
}
