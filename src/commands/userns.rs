//! `--userns` for `den run` and `den create`: parse the mode, plan the container's mapping
//! from the store's (auto's range apart from the other auto containers'), choose the fuse
//! driver when the two differ (its server, in the store's namespace, shows the image's
//! owners under the other mapping with no copy), and for keep-id the user's /etc/passwd
//! entry and default `--user`.

use std::fs::File;
use std::path::Path;

use anyhow::{Context, Result};
use nix::fcntl::{Flock, FlockArg};

use crate::config::Ctx;
use crate::driver::{Driver, DriverChoice, fuse};
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
use crate::identity::keepid::{HostUser, KeepIdUser};
use crate::identity::usermode::UsernsMode;
use crate::plan::{RunPlan, RunSettings};
use crate::store::{Store, records};

/// The file in a store that remembers the one-id `--userns` notice was shown.
const ONE_ID_NOTICE_FILE: &str = "userns-one-id-notice";

/// Held while an auto container's range is chosen and its record written.
pub struct AutoLock {
    _lock: Flock<File>,
}

/// Takes the store's lock for auto ranges (a file of its own: the store's lock is taken and
/// let go by pulls and by the record's writing in between).
fn lock_auto(store: &Store) -> Result<AutoLock> {
    let path = store.root().join("userns-auto.lock");
    let file = crate::store::open_lock_file(&path)?;
    Flock::lock(file, FlockArg::LockExclusive)
        .map(|lock| AutoLock { _lock: lock })
        .map_err(|(_, e)| e)
        .with_context(|| format!("locking \"{}\"", path.display()))
}

/// What `--userns` decided, before the image is looked at.
pub struct UsernsPlan {
    mode: UsernsMode,
    /// The container's mapping (the store's, for the default).
    mapping: IdMapping,
    /// The store's mapping, which the layers were unpacked under.
    store: IdMapping,
}

impl UsernsPlan {
    /// Parses `--userns` and plans the mapping; a bad value is refused before anything is
    /// pulled. In one-id mode says once per store what the mode means there.
    pub fn prepare(ctx: &Ctx, settings: &RunSettings, store: &IdMapping) -> Result<UsernsPlan> {
        let mode = UsernsMode::parse(settings.userns.as_deref())?;
        if store.one_id
            && let Some(notice) = mode.one_id_notice()
        {
            notice_once(&ctx.paths.store, notice);
        }
        Ok(UsernsPlan {
            mapping: mode.mapping(store)?,
            mode,
            store: store.clone(),
        })
    }

    /// auto without uidmapping=: moves the container's range past those of the store's other
    /// auto containers, as podman keeps auto namespaces apart (the lowest free intermediate
    /// ids that fit; a container holds its range until it is removed). The returned lock
    /// (`userns-auto.lock` in the store) must be held until the container's record is written,
    /// so that two dens creating auto containers at once cannot pick the same range.
    pub fn allocate(&mut self, store: &Store) -> Result<Option<AutoLock>> {
        let UsernsMode::Auto {
            size, uidmapping, ..
        } = &self.mode
        else {
            return Ok(None);
        };
        if self.store.one_id || !uidmapping.is_empty() {
            return Ok(None);
        }
        let Some(sub) = self.store.uids.iter().find(|r| r.container == 1).copied() else {
            return Ok(None);
        };
        let lock = lock_auto(store)?;
        let size = crate::identity::usermode::auto_size(*size, sub.count);
        let mut used: Vec<(u64, u64)> = records::all_ids(store)
            .iter()
            .filter_map(|id| records::read(store, id).ok()?.plan)
            .filter(|plan| {
                plan.userns
                    .as_deref()
                    .is_some_and(|u| u.starts_with("auto"))
            })
            .flat_map(|plan| plan.mapping.uids)
            .filter(|r| r.host >= sub.host)
            .map(|r| {
                let first = u64::from(r.host - sub.host) + 1;
                (first, first + u64::from(r.count))
            })
            .collect();
        used.sort_unstable();
        let mut start = 1u64;
        for (first, end) in used {
            if first < start + u64::from(size) && end > start {
                start = end;
            }
        }
        let start = u32::try_from(start)
            .map_err(|_| crate::identity::usermode::no_room(size, sub.count))?;
        self.mapping = self.mode.mapping_from(&self.store, start)?;
        Ok(Some(lock))
    }

    /// Whether the container's mapping differs from the store's (the layers need shifting).
    pub fn is_default(&self) -> bool {
        matches!(self.mode, UsernsMode::Host)
    }

    #[must_use]
    pub fn shifted(&self) -> bool {
        self.mapping != self.store
    }

    /// The container's mapping.
    pub fn mapping(&self) -> &IdMapping {
        &self.mapping
    }

    /// The driver for the container's layers: the fuse driver when ids are shifted (den's
    /// FUSE overlay is the one that can), else `choice`.
    pub fn driver(&self, choice: DriverChoice) -> Result<DriverChoice> {
        if !self.shifted() || choice.driver == Driver::Fuse {
            return Ok(choice);
        }
        match fuse::available() {
            Ok(()) => Ok(DriverChoice {
                driver: Driver::Fuse,
                program: None,
                reason: "--userns: den's FUSE overlay shifts the layers' owners".into(),
            }),
            Err(why) => Err(hinted(
                format!(
                    "--userns={} needs den's FUSE overlay to show the image's files with their \
                     owners under the container's mapping, and it cannot work here: {why}",
                    self.mode_text()
                ),
                "make /dev/fuse usable (see `den doctor`), or leave --userns out",
            )),
        }
    }

    fn mode_text(&self) -> &'static str {
        match self.mode {
            UsernsMode::KeepId { .. } => "keep-id",
            UsernsMode::NoMap => "nomap",
            UsernsMode::Auto { .. } => "auto",
            UsernsMode::Host => "host",
        }
    }

    /// Puts the mapping into the plan; for keep-id (with subordinate ranges) the user's
    /// passwd and group entries and, unless `--user` says otherwise, the user as the
    /// process's user (podman's keep-id sets `--user U:G`).
    pub fn apply(&self, plan: &mut RunPlan, settings: &RunSettings) {
        plan.mapping = self.mapping.clone();
        if self.shifted() {
            plan.layer_mapping = Some(self.store.clone());
        }
        let host = HostUser::current();
        let Some((uid, gid)) = self.mode.keep_id_ids(host.uid, host.gid) else {
            return;
        };
        if self.store.one_id {
            return;
        }
        let targets: Vec<&Path> = plan
            .mounts
            .iter()
            .map(crate::plan::UserMount::target)
            .collect();
        plan.keep_id = Some(KeepIdUser::plan(
            &host,
            uid,
            gid,
            &targets,
            &plan.process.cwd,
        ));
        if settings.user.is_none() {
            plan.process.user = format!("{uid}:{gid}");
        }
    }
}

fn notice_once(store_root: &Path, notice: &str) {
    let file = store_root.join(ONE_ID_NOTICE_FILE);
    if std::fs::read_to_string(&file).is_ok_and(|seen| seen == notice) {
        return;
    }
    eprintln!("{notice}");
    let _ = std::fs::create_dir_all(store_root).and_then(|()| std::fs::write(&file, notice));
}
