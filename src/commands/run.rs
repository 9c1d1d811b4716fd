//! `den run`: plan the container from the flags, config.toml and the image, run it as den's child, and
//! exit with its status. Without `--rm`, the container's record and writable layer stay in
//! the store.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::cli::{PullPolicy, RunArgs};
use crate::commands::run_flags;
use crate::config::Ctx;
use crate::driver::{self, Driver};
use crate::error::{ExitCodeExt, HintExt, hinted};
use crate::identity::idmap::IdMapping;
use crate::plan::{self, HostFacts, ImageDefaults, RootfsSource, RunPlan, RunSettings, UserMount};
use crate::runtime::tee::Tee;
use crate::runtime::{monitor, spawn};
use crate::store::Store;
use crate::store::records;

pub use crate::store::records::ContainerRecord;

/// `den run`: in the foreground (den is the container's parent and exits with its status),
/// or with `-d` under a monitor, printing the container's id once it runs.
pub fn run(ctx: &Ctx, args: &RunArgs) -> Result<i32> {
    if args.detach {
        let (store, plan) = create(ctx, args, false)?;
        crate::commands::pod::start_infra_for(ctx, &store, &plan.config)?;
        return start_detached_or_clean(ctx, &plan);
    }
    // This den is the container's monitor: it records the status at the end.
    let (store, plan) = create(ctx, args, true)?;
    if let Err(e) = crate::commands::pod::start_infra_for(ctx, &store, &plan.config) {
        // Not run: this den is recorded as its monitor, so record it as never started.
        let failed: Result<i32> = Err(e);
        let _ = monitor::finish(ctx, &store, &plan, &failed);
        return failed;
    }
    let code = run_foreground(ctx, &store, &plan);
    if args.process.rmi {
        run_flags::remove_image_after(ctx, &args.image);
    }
    code
}

/// Runs a created container with this den as its parent and monitor (`den run`,
/// `den start -a`): the terminal and stdin are the user's; the status is recorded at the end.
/// The caller has recorded this den as the monitor.
pub fn run_foreground(ctx: &Ctx, store: &Store, plan: &RunPlan) -> Result<i32> {
    let seccomp = monitor::seccomp_for(ctx, plan)?;
    monitor::prepare_runtime_dir(plan)?;
    let store_root = store.root().to_path_buf();
    let helper = std::cell::RefCell::new(None);
    let mut hooks = spawn::Hooks {
        on_running: Some(Box::new(|pid| {
            let record = monitor::record_running(&store_root, &plan.id, pid.as_raw())?;
            crate::events::container(&record, crate::events::Status::Attach);
            crate::runtime::health::mark_starting(store, plan)?;
            *helper.borrow_mut() = crate::runtime::health::start_helper(ctx, plan);
            Ok(())
        })),
        ..spawn::Hooks::default()
    };
    // The log, as podman's conmon writes it for an attached run (`runtime::tee`).
    if Tee::wanted(plan) {
        let (after_clone, output) = Tee::set_up(plan)?.into_hooks();
        hooks.after_clone = Some(after_clone);
        hooks.output = Some(output);
    }
    hooks.terminal_log = Tee::terminal_sink(plan)?;
    let result = spawn::run_with(plan, seccomp.as_deref(), hooks);
    monitor::stop_helper(helper.into_inner());
    monitor::finish(ctx, store, plan, &result)?;
    restart_in_background(ctx, store, plan, &result);
    result
}

/// podman's attached run with a restart policy: the session ends with the first exit and
/// the container is started again in the background (under a monitor), counted as a
/// restart.
fn restart_in_background(ctx: &Ctx, store: &Store, plan: &RunPlan, result: &Result<i32>) {
    let Ok(code) = result else { return };
    let Ok(record) = records::read(store, &plan.id) else {
        return;
    };
    if record.stopped_by_user || !plan.restart.restarts_after(*code, record.restart_count) {
        return;
    }
    if let Err(e) = monitor::start_monitor(ctx, &plan.id, true) {
        crate::error::report(&e.context(format!("restarting container \"{}\"", plan.name)));
    }
}

/// Starts a created container under its monitor and prints its id; a failed setup removes a
/// `--rm` container (the monitor did) and keeps the record of others, as podman.
fn start_detached_or_clean(ctx: &Ctx, plan: &RunPlan) -> Result<i32> {
    monitor::start_detached(ctx, &plan.id)?;
    crate::output::say!("{}", plan.id);
    Ok(0)
}

/// `den create`: the container's record and directories, state "created".
pub fn create_command(ctx: &Ctx, args: &RunArgs) -> Result<i32> {
    if args.process.rmi {
        // podman's create has no --rmi: the flag is shared with run here, so refuse it.
        return Err(hinted(
            "--rmi is a flag of den run: a created container has not run yet",
            "use den run --rm --rmi",
        ))
        .exit_code(crate::error::EXIT_DEN);
    }
    let (_, plan) = create(ctx, args, false)?;
    crate::output::say!("{}", plan.id);
    Ok(0)
}

/// Plans a container from the flags and writes its record (state "created") with the plan;
/// `monitored`: the calling den is the container's monitor (a foreground run). The I/O comes
/// first (id mapping, bind sources, the image, the driver, env files, resolv.conf), then the
/// pure `plan::build`, then the directories and the record.
pub fn create(ctx: &Ctx, args: &RunArgs, monitored: bool) -> Result<(Store, RunPlan)> {
    create_with(ctx, args, monitored, true)
}

/// `create`, where `image_volumes: false` leaves out the image's `Config.Volumes` (a build
/// step's container: RUN writes under a VOLUME path into the layer, as buildah does).
pub fn create_with(
    ctx: &Ctx,
    args: &RunArgs,
    monitored: bool,
    image_volumes: bool,
) -> Result<(Store, RunPlan)> {
    // --pod: the pod's shared namespaces joined from its infra (`commands::pod::place`).
    let placed = crate::commands::pod::place(ctx, args)?;
    let (args, pod) = match &placed {
        Some((a, pod)) => (a, Some(pod.clone())),
        None => (args, None),
    };
    let request = args.to_request(&ctx.config.run);
    let settings = request.resolve();
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice_once(&ctx.paths.store) {
        eprintln!("{notice}");
    }
    let mut userns = crate::commands::userns::UsernsPlan::prepare(ctx, &settings, &mapping)?;
    if plan::asks_relabel(&settings) {
        relabel_notice_once(&ctx.paths.store);
    }
    // A bad -v spec or a missing source is refused before anything is pulled.
    let bind_sources = resolve_bind_sources(&settings)?;
    let store = Store::open(&ctx.paths)?;
    // Held to the end, past the record's writing: auto ranges stay apart.
    let _auto_range = userns.allocate(&store)?;
    if args.process.replace {
        run_flags::replace_existing(&store, args.name.as_deref())?;
    }
    let id = random_id()?;
    let store_dir = store.containers_dir().join(&id);
    let mut found = find_rootfs(ctx, args, &store, &mapping, &store_dir, &userns)?;
    if !image_volumes {
        found.defaults.volumes.clear();
    }
    // Addresses on user-defined networks are chosen under their lock, held to the end.
    let (_ipam, networks) = network_facts(&store, &settings)?;
    let host_env = |name: &str| std::env::var(name).ok();
    let facts = HostFacts {
        id: id.clone(),
        mapping,
        rootfs: found.rootfs,
        image_id: found.image_id,
        image_name: found.image_name,
        store_dir,
        scratch: ctx.paths.runtime.join("scratch"),
        volumes_dir: store.volumes_dir(),
        names: crate::network::host_name_facts(),
        network_helper: crate::network::choose_helper().map(|(k, _)| k),
        env_files: read_env_files(&settings.env_files)?,
        bind_sources,
        volumes_from: volumes_from(&store, &settings.volumes_from)?,
        host_env: &host_env,
        arg_max: arg_max(),
        host_vars: run_flags::host_vars(),
        label_files: run_flags::read_label_files(&args.process.label_file)?,
        localtime: run_flags::find_zone_file(args.process.tz.as_deref())?,
        ns: crate::runtime::join::ns_facts(&store, &settings)?,
        networks,
    };
    let mut plan = plan::build(&request, &found.defaults, &facts)?;
    if !plan.network.attachments().is_empty() && !userns.is_default() {
        return Err(hinted(
            "--userns cannot be used with user-defined networks: the containers on them share one user namespace with the user's mapping",
            "leave out --userns, or use the default network (pasta) with it",
        ));
    }
    plan.ns.devices = crate::runtime::devices::resolve_devices(&plan.ns.devices)?;
    userns.apply(&mut plan, &settings);
    if plan.ports.is_empty() && !settings.publish.is_empty() {
        // podman's words.
        eprintln!(
            "warning: Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use"
        );
    }
    crate::network::ports::assign_random_ports(&mut plan.ports)
        .context("choosing free host ports for -p")?;
    apply_volume_records(&store, &mut plan.mounts);
    crate::store::secrets::resolve_uses(&store, &mut plan.secrets)?;
    plan.resources = crate::cgroup::effective(plan.resources)?;
    plan.config.infra = args.infra_of.is_some();
    if let crate::plan::NsMode::Container(other) = &plan.ns.namespaces.net {
        // A pod's member joins its infra's network this way too; podman names it alone.
        let other = other.clone();
        let short = &plan.id[..12.min(plan.id.len())];
        let names = if pod.is_some() {
            plan.name.clone()
        } else {
            format!("{short} {}", plan.name)
        };
        share_network_names(&store, &other, &mut plan, &names)?;
    }
    plan.config.pod = pod;

    let mut record = ContainerRecord::new(
        &id,
        &plan.name,
        &plan.image_name,
        plan.process.argv.clone(),
        found.driver,
    );
    record.image_id.clone_from(&plan.image_id);
    record.plan = Some(plan.clone());
    if monitored {
        monitor::set_monitor(&mut record);
    }
    crate::store::layers::check_layer_dirs(&plan.rootfs, &plan.image_name)?;
    create_container(&store, &plan, &record)?;
    crate::events::container(&record, crate::events::Status::Create);
    Ok((store, plan))
}

/// The user-defined networks `--network` names and the addresses in use on them, read under
/// the networks' address lock (returned: held until the container's record is written).
fn network_facts(
    store: &Store,
    settings: &RunSettings,
) -> Result<(
    Option<crate::store::networks::IpamLock>,
    crate::network::bridge::NetworkFacts,
)> {
    let mut facts = crate::network::bridge::NetworkFacts::default();
    let mode = settings.network.as_deref().unwrap_or("private");
    if !crate::network::names_user_networks(mode) {
        return Ok((None, facts));
    }
    let lock = crate::store::networks::IpamLock::acquire(store)?;
    for r in crate::network::bridge::parse_requested(mode)? {
        let record = crate::store::networks::resolve(store, &r.name)?;
        facts.records.insert(r.name, record);
    }
    for (network, users) in crate::store::networks::users(store) {
        let ips = users
            .iter()
            .filter_map(|u| u.plan.as_ref())
            .flat_map(|p| p.network.attachments().iter())
            .filter(|a| a.network_id == network)
            .map(|a| a.ip)
            .collect();
        facts.used.insert(network, ips);
    }
    Ok((Some(lock), facts))
}

/// Where a container's root filesystem comes from, and the image defaults that go with it.
struct FoundRootfs {
    rootfs: RootfsSource,
    defaults: ImageDefaults,
    image_id: Option<String>,
    image_name: String,
    driver: Driver,
}

/// Finds (or, as `--pull` says, pulls) the image and probes the driver; with `--rootfs`, the
/// directory.
fn find_rootfs(
    ctx: &Ctx,
    args: &RunArgs,
    store: &Store,
    mapping: &IdMapping,
    store_dir: &Path,
    userns: &crate::commands::userns::UsernsPlan,
) -> Result<FoundRootfs> {
    if args.rootfs {
        let dir = fs::canonicalize(&args.image)
            .with_context(|| format!("root filesystem directory \"{}\"", args.image))?;
        if !dir.is_dir() {
            bail!("--rootfs: \"{}\" is not a directory", dir.display());
        }
        return Ok(FoundRootfs {
            rootfs: RootfsSource::Dir(dir.clone()),
            defaults: ImageDefaults::default(),
            image_id: None,
            image_name: dir.display().to_string(),
            driver: Driver::Rootfs,
        });
    }
    let image = match args.pull {
        PullPolicy::Never => store.find_image(&args.image)?,
        PullPolicy::Missing => crate::commands::pull::find_or_pull_quietly(
            store,
            mapping,
            &args.image,
            args.process.quiet,
        )?,
        PullPolicy::Always => crate::commands::pull::pull_and_find_quietly(
            store,
            mapping,
            &args.image,
            args.process.quiet,
        )?,
        PullPolicy::Newer => crate::commands::pull::pull_newer_or_find(
            store,
            mapping,
            &args.image,
            args.process.quiet,
        )?,
    };
    let choice = userns.driver(driver::choose_driver(ctx, mapping)?)?;
    let lower = image
        .diff_ids
        .iter()
        .rev()
        .map(|d| store.layer_path(d))
        .collect();
    Ok(FoundRootfs {
        rootfs: RootfsSource::Layers {
            lower,
            upper: store_dir.join("upper"),
            work: store_dir.join("work"),
            driver: choice.driver,
            program: choice.program,
            copy: store_dir.join("rootfs"),
        },
        defaults: ImageDefaults {
            healthcheck: image_healthcheck(store, &image.id),
            ..ImageDefaults::from_config(&image.config)
        },
        image_id: Some(image.id.clone()),
        image_name: image
            .names
            .first()
            .cloned()
            .unwrap_or_else(|| image.id.clone()),
        driver: choice.driver,
    })
}

/// The image config's `config.Healthcheck` (docker's key, which the OCI type drops); the
/// image id is the digest of the config.
fn image_healthcheck(store: &Store, image_id: &str) -> Option<plan::ImageHealth> {
    #[derive(serde::Deserialize)]
    struct Outer {
        config: Option<Inner>,
    }
    #[derive(serde::Deserialize)]
    struct Inner {
        #[serde(rename = "Healthcheck")]
        healthcheck: Option<plan::ImageHealth>,
    }
    let bytes = fs::read(store.blob_path(image_id)).ok()?;
    serde_json::from_slice::<Outer>(&bytes)
        .ok()?
        .config?
        .healthcheck
}

/// Each `-v` host path, as given, and the directory it names (`~` is den's HOME).
fn resolve_bind_sources(settings: &RunSettings) -> Result<HashMap<PathBuf, PathBuf>> {
    let mut sources = HashMap::new();
    for given in plan::bind_sources(settings)? {
        let p = expand_home(&given);
        let real = fs::canonicalize(&p)
            .with_context(|| format!("volume source \"{}\"", p.display()))
            .hint("create it first, or name a volume (a name without '/')")?;
        sources.insert(given, real);
    }
    Ok(sources)
}

fn read_env_files(paths: &[PathBuf]) -> Result<HashMap<PathBuf, String>> {
    paths
        .iter()
        .map(|p| {
            fs::read_to_string(p)
                .with_context(|| format!("reading env file \"{}\"", p.display()))
                .map(|t| (p.clone(), t))
        })
        .collect()
}

/// The kernel's limit on a program's arguments and environment (fs/exec.c: a quarter of the
/// stack limit, at most 6 MiB, at least 128 KiB); the container inherits den's stack limit.
pub fn arg_max() -> usize {
    let stack = nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_STACK)
        .map_or(8 << 20, |(soft, _)| soft);
    usize::try_from(stack / 4)
        .unwrap_or(usize::MAX)
        .clamp(128 << 10, 6 << 20)
}

fn expand_home(p: &Path) -> PathBuf {
    match p.strip_prefix("~") {
        Ok(rest) => std::env::var_os("HOME")
            .map_or_else(|| p.to_path_buf(), |h| PathBuf::from(h).join(rest)),
        Err(_) => p.to_path_buf(),
    }
}

/// `--network container:X` (and a pod's member, whose network is its infra's): the container
/// takes X's /etc/resolv.conf and X's /etc/hosts (X's `--dns`, `--add-host`, its own name
/// line) plus a line `127.0.0.1 NAMES` for itself, as podman does, instead of the empty files
/// of a network den does not configure.
fn share_network_names(store: &Store, other: &str, plan: &mut RunPlan, names: &str) -> Result<()> {
    let Some(theirs) = records::read(store, other)?.plan else {
        return Ok(());
    };
    plan.etc_resolv = theirs.etc_resolv;
    if plan.etc_hosts.is_some()
        && let Some(mut hosts) = theirs.etc_hosts
    {
        if !hosts.is_empty() && !hosts.ends_with('\n') {
            hosts.push('\n');
        }
        let _ = writeln!(hosts, "127.0.0.1\t{names}");
        plan.etc_hosts = Some(hosts);
    }
    Ok(())
}

/// Creates the container's directories, its named volumes and its record, refusing a name
/// already in use.
fn create_container(store: &Store, plan: &RunPlan, record: &ContainerRecord) -> Result<()> {
    let lock = store.lock()?;
    let containers = store.containers_dir();
    fs::create_dir_all(&containers)
        .with_context(|| format!("creating \"{}\"", containers.display()))?;
    if let Some(other) = records::find_by_name(store, &record.name) {
        return Err(hinted(
            format!(
                "the container name \"{}\" is already in use by container {}",
                record.name,
                &other[..12.min(other.len())]
            ),
            "choose another --name, or remove that container",
        ));
    }
    create_volumes(store, &lock, plan)?;
    fs::create_dir_all(&plan.store_dir)
        .with_context(|| format!("creating \"{}\"", plan.store_dir.display()))?;
    if let RootfsSource::Layers { upper, work, .. } = &plan.rootfs {
        fs::create_dir_all(upper).with_context(|| format!("creating \"{}\"", upper.display()))?;
        fs::create_dir_all(work).with_context(|| format!("creating \"{}\"", work.display()))?;
    }
    for mount in &plan.mounts {
        if let UserMount::Overlay { upper, work, .. } = mount {
            for d in [upper, work] {
                fs::create_dir_all(d).with_context(|| format!("creating \"{}\"", d.display()))?;
            }
        }
    }
    fs::create_dir_all(&plan.scratch)
        .with_context(|| format!("creating \"{}\"", plan.scratch.display()))?;
    records::write(store, record)
}

/// The mounts `--volumes-from CONTAINER[:ro|rw]` takes: that container's volumes and bind
/// mounts (not its tmpfs), read-only when asked, else as they are there.
fn volumes_from(store: &Store, specs: &[String]) -> Result<Vec<UserMount>> {
    let mut mounts = Vec::new();
    for spec in specs {
        let (name, mode) = match spec.rsplit_once(':') {
            Some((n, m)) if matches!(m, "ro" | "rw" | "z" | "Z") => (n, Some(m)),
            Some((_, m)) => bail!("invalid --volumes-from \"{spec}\": unknown option \"{m}\""),
            None => (spec.as_str(), None),
        };
        let id = records::resolve(store, name)?;
        let Some(other) = records::read(store, &id)?.plan else {
            continue;
        };
        for mut m in other.mounts {
            let ro = match &mut m {
                UserMount::Bind { read_only, .. } | UserMount::Overlay { read_only, .. } => {
                    read_only
                }
                UserMount::Tmpfs { .. } => continue,
            };
            match mode {
                Some("ro") => *ro = true,
                Some("rw") => *ro = false,
                _ => {}
            }
            if let UserMount::Bind { options, .. } = &mut m {
                options.copy_up = false;
            }
            mounts.push(m);
        }
    }
    Ok(mounts)
}

/// What the volumes' records say about their mounts: a `-o type=tmpfs` volume is a new tmpfs
/// in each container, and a volume that was seeded (or used) before is not seeded again.
fn apply_volume_records(store: &Store, mounts: &mut [UserMount]) {
    use crate::store::volumes;
    for m in mounts.iter_mut() {
        let Some(record) = m.volume().and_then(|n| volumes::read(store, n).ok()) else {
            continue;
        };
        if record.is_tmpfs() {
            let mut options = record.tmpfs_options();
            if !options.contains("mode=") {
                options.push_str(if options.is_empty() {
                    "mode=1777"
                } else {
                    ",mode=1777"
                });
            }
            *m = UserMount::Tmpfs {
                target: m.target().to_path_buf(),
                options,
                read_only: m.read_only(),
                volume: Some(record.name),
            };
        } else if let UserMount::Bind { options, .. } = m
            && !record.needs_copy_up
        {
            options.copy_up = false;
        }
    }
}

/// Creates the volumes the plan's mounts name that do not exist yet (anonymous ones are the
/// container's own), and marks those it will seed as seeded. The store's lock is held.
fn create_volumes(store: &Store, lock: &crate::store::StoreLock, plan: &RunPlan) -> Result<()> {
    use crate::store::volumes::{self, VolumeRecord};
    for m in &plan.mounts {
        let Some(name) = m.volume() else {
            continue;
        };
        let anonymous = name == plan::anonymous_name(&plan.id, m.target());
        let mut record = if let Ok(r) = volumes::read(store, name) {
            r
        } else {
            let r = VolumeRecord::new(name, anonymous);
            volumes::create(store, lock, &r, plan.store_mapping())
                .with_context(|| format!("creating volume \"{name}\""))?;
            r
        };
        if record.needs_copy_up && matches!(m, UserMount::Bind { options, .. } if options.copy_up) {
            let marker = volumes::dir(store, name).join(volumes::COPY_UP_MARKER);
            fs::write(&marker, b"")
                .with_context(|| format!("creating \"{}\"", marker.display()))?;
            record.needs_copy_up = false;
            volumes::write(store, lock, &record)?;
        }
    }
    Ok(())
}

/// The file in a store that remembers the `:z`/`:Z` note was shown.
pub const RELABEL_NOTICE_FILE: &str = "selinux-notice";

/// `:z`/`:Z` are accepted; once per store den says that it does not relabel.
fn relabel_notice_once(store_root: &Path) {
    let file = store_root.join(RELABEL_NOTICE_FILE);
    if file.exists() {
        return;
    }
    eprintln!(
        "note: the z and Z volume options are accepted and do nothing: den does not relabel for SELinux (shown once)"
    );
    let _ = fs::create_dir_all(store_root).and_then(|()| fs::write(&file, "shown\n"));
}

fn random_id() -> Result<String> {
    let mut bytes = [0u8; 32];
    fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .context("reading /dev/urandom")?;
    Ok(hex::encode(bytes))
}

/// The current time as RFC 3339 (UTC).
pub use crate::store::records::now_rfc3339;
