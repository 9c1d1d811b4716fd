//! `den build`: a Containerfile's stages built into images, as podman build (buildah) does.
//!
//! The needed stages (`stages`) run in file order. Each instruction makes one unnamed
//! intermediate image through the commit code of `den commit` (`store::commit::commit_step`):
//! RUN (`run`) and COPY/ADD (`copy`) add a layer, the others only change the config
//! (`config`) and add a history entry marked `empty_layer`. Before a step runs, its cache key
//! (`cache`) is looked up: a hit prints `--> Using cache ID` and reuses that image. The last
//! image of the target stage gets the `-t` names.

pub(crate) mod cache;
mod config;
mod copy;
mod mount_from;
mod run;
mod stages;
mod steps;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::cli::PullPolicy;
use crate::config::Ctx;
use crate::error::ExitCodeExt;
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;
use crate::image::containerfile::ops::{Op, op};
use crate::image::containerfile::{Containerfile, Instruction, parse};
use crate::image::ignore::Ignore;
use crate::store::Store;
use crate::store::commit::{Squash, StepImage, commit_step};
use crate::store::container_fs::MountTargets;

/// What `den build` was asked for (clap-free).
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub file_text: String,
    /// How errors and output name the Containerfile.
    pub file_label: String,
    pub context: PathBuf,
    /// Full names (`localhost/x:latest`).
    pub tags: Vec<String>,
    /// The first `-t` as given (podman's `COMMIT` line shows it so).
    pub commit_name: Option<String>,
    pub build_args: BTreeMap<String, String>,
    pub target: Option<String>,
    pub no_cache: bool,
    pub layers: bool,
    pub pull: PullPolicy,
    pub labels: Vec<(String, String)>,
    pub quiet: bool,
    /// Remove a RUN step's container after a successful step (`--rm`).
    pub rm: bool,
    /// Remove it after a failed step too (`--force-rm`).
    pub force_rm: bool,
    pub env: Vec<String>,
    pub unsetenv: Vec<String>,
    pub network: Option<String>,
    pub volumes: Vec<String>,
    /// `--ulimit` of RUN steps.
    pub ulimits: Vec<String>,
    pub secrets: BTreeMap<String, PathBuf>,
    /// Seconds since the epoch for every `created` (`--timestamp`, SOURCE_DATE_EPOCH).
    pub timestamp: Option<i64>,
    pub ignore: Ignore,
    /// The target's image becomes one layer with one history entry (`--squash-all`).
    pub squash_all: bool,
    /// The target stage's new layers become one (`--squash`; no step is cached).
    pub squash: bool,
    /// `--annotation KEY=VALUE`: the final manifest's annotations (OCI only).
    pub annotations: BTreeMap<String, String>,
    /// `--format docker`: a Docker v2 schema 2 manifest.
    pub docker: bool,
}

/// The args every build has (BuildKit's predefined platform args).
fn predefined_args() -> BTreeMap<String, String> {
    let arch = crate::image::archive::host_architecture();
    let platform = format!("linux/{arch}");
    BTreeMap::from([
        ("TARGETPLATFORM".into(), platform.clone()),
        ("TARGETOS".into(), "linux".into()),
        ("TARGETARCH".into(), arch.into()),
        ("TARGETVARIANT".into(), String::new()),
        ("BUILDPLATFORM".into(), platform),
        ("BUILDOS".into(), "linux".into()),
        ("BUILDARCH".into(), arch.into()),
        ("BUILDVARIANT".into(), String::new()),
    ])
}

/// Args that need no ARG line to be used in RUN (as Docker: the proxy variables).
const PROXY_ARGS: [&str; 8] = [
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// The state of a stage between steps.
struct StageState {
    image: Option<String>,
    config: Value,
    shell: Vec<String>,
    args: BTreeMap<String, String>,
    author: Option<String>,
    cmd_set: bool,
}

struct Builder<'a> {
    ctx: &'a Ctx,
    opts: &'a BuildOptions,
    store: Store,
    mapping: IdMapping,
    cf: Containerfile,
    cache: cache::Cache,
    /// The final image of each built stage.
    built: BTreeMap<usize, String>,
    used_args: BTreeSet<String>,
    global: BTreeMap<String, String>,
    /// No progress lines (the hidden step of --env, --unsetenv and --label).
    silent: bool,
    /// The images this build stored (`--layers=false` removes them at the end).
    made: Vec<String>,
    /// The last step came from the cache.
    last_cached: bool,
    /// The target stage's FROM image, when it is one of the store's: its name and its
    /// manifest's digest (the final manifest's base annotations, as buildah's).
    base_ref: Option<(String, String)>,
    /// The target stage's FROM image (`None`: scratch), whose layers `--squash` keeps.
    target_base: Option<String>,
}

/// Builds the Containerfile; returns the id of the target stage's image.
pub fn build(ctx: &Ctx, opts: &BuildOptions) -> Result<String> {
    let cf = parse(&opts.file_text, &opts.file_label)?;
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    if let Some(notice) = mapping.notice_once(&ctx.paths.store) {
        eprintln!("{notice}");
    }
    let global = stages::global_args(&cf, &opts.build_args, &predefined_args())?;
    let target = stages::target_stage(&cf, opts.target.as_deref())?;
    let from_word = |s: &crate::image::containerfile::Stage| {
        let look = |n: &str| global.get(n).cloned();
        crate::image::containerfile::expand(
            s.from.args.split_whitespace().next().unwrap_or(""),
            cf.escape,
            &look,
        )
        .unwrap_or_default()
    };
    let needed = stages::needed_stages(&cf, target, &from_word);
    let mut b = Builder {
        ctx,
        opts,
        cache: cache::Cache::open(&store),
        store,
        mapping,
        cf: cf.clone(),
        built: BTreeMap::new(),
        used_args: cf
            .meta_args
            .iter()
            .flat_map(|i| i.args.split_whitespace())
            .map(|w| w.split('=').next().unwrap_or("").to_string())
            .collect(),
        global,
        silent: false,
        made: Vec::new(),
        last_cached: false,
        base_ref: None,
        target_base: None,
    };
    let existed: BTreeSet<String> = b
        .store
        .read_index()?
        .images
        .into_iter()
        .map(|i| i.id)
        .collect();
    let total = needed.len();
    let mut last = String::new();
    for (pos, &idx) in needed.iter().enumerate() {
        let prefix = if total > 1 {
            format!("[{}/{total}] ", pos + 1)
        } else {
            String::new()
        };
        last = b.build_stage(idx, &prefix, idx == target)?;
        b.built.insert(idx, last.clone());
    }
    let unused: Vec<&String> = opts
        .build_args
        .keys()
        .filter(|k| !b.used_args.contains(*k) && !PROXY_ARGS.contains(&k.as_str()))
        .collect();
    if !unused.is_empty() {
        let list: Vec<&str> = unused.iter().map(|s| s.as_str()).collect();
        eprintln!(
            "[Warning] one or more build args were not consumed: [{}]",
            list.join(" ")
        );
    }
    let prefix = if total > 1 {
        format!("[{total}/{total}] ")
    } else {
        String::new()
    };
    if opts.squash_all {
        last = b.squash(&last, Squash::All)?;
    } else if opts.squash && b.target_base.as_deref() != Some(last.as_str()) {
        // (A stage of FROM alone is its base image, as podman's.)
        let (layers, history) = match &b.target_base {
            Some(base) => {
                let config = b.image_config(base)?;
                let count = |v: &Value| v.as_array().map_or(0, Vec::len);
                (
                    count(&config["rootfs"]["diff_ids"]),
                    count(&config["history"]),
                )
            }
            None => (0, 0),
        };
        last = b.squash(&last, Squash::New { layers, history })?;
    }
    if !opts.layers {
        // Without --layers, only the final image stays (as podman).
        let extra: Vec<String> = b
            .made
            .iter()
            .filter(|id| **id != last && !existed.contains(*id))
            .cloned()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if !extra.is_empty()
            && let Err(e) =
                crate::store::remove::remove_images(&b.store, &b.mapping, &extra, false, false)
        {
            // Kept step containers (--rm=false) still use them.
            tracing::warn!("keeping the intermediate images: {e:#}");
        }
    }
    // As podman: a build whose last step came from the cache commits nothing new unless it
    // names the image.
    if !(b.last_cached && opts.tags.is_empty() && !opts.squash_all) {
        b.say(
            format!(
                "{prefix}COMMIT {}",
                opts.commit_name.as_deref().unwrap_or("")
            )
            .trim_end(),
        );
    }
    b.finish_manifest(&last)?;
    if !opts.tags.is_empty() {
        crate::store::tag::tag_image(&b.store, &last, &opts.tags)?;
    }
    b.say(&format!("--> {}", short(&last)));
    for t in &opts.tags {
        b.say(&format!("Successfully tagged {t}"));
    }
    Ok(last)
}

/// podman's short id in build output (11 hex digits).
fn short(id: &str) -> &str {
    &id[..11.min(id.len())]
}

impl Builder<'_> {
    /// `--squash-all` (the image's whole tree as one layer) and `--squash` (the target stage's
    /// new layers as one); not cached, as podman.
    fn squash(&self, image: &str, squash: Squash) -> Result<String> {
        let flag = if squash == Squash::All {
            "--squash-all"
        } else {
            "--squash"
        };
        let step = StepImage {
            base: Some(image.to_string()),
            upper: None,
            targets: MountTargets::None,
            config: config::config_object(&self.image_config(image)?),
            created_by: format!("/bin/sh -c #(nop) den build {flag}"),
            created: self.created(),
            author: None,
            names: Vec::new(),
            squash,
        };
        commit_step(&self.store, &self.mapping, &step)
    }

    /// The final image's manifest: the format, the base and `--annotation` annotations (as
    /// buildah: base.name and base.digest when FROM names an image; OCI only).
    fn finish_manifest(&self, image: &str) -> Result<()> {
        use crate::store::manifest::{ManifestOptions, set_manifest};
        let mut annotations = BTreeMap::new();
        if let Some((name, digest)) = &self.base_ref {
            annotations.insert(
                "org.opencontainers.image.base.digest".into(),
                digest.clone(),
            );
            annotations.insert("org.opencontainers.image.base.name".into(), name.clone());
        }
        annotations.extend(self.opts.annotations.clone());
        let want = ManifestOptions {
            docker: self.opts.docker,
            annotations,
        };
        let index = self.store.read_index()?;
        let current = index.images.iter().find(|i| i.id == image);
        let same = current.is_some_and(|r| {
            let bytes = fs::read(self.store.blob_path(&r.manifest)).unwrap_or_default();
            let m: Value = serde_json::from_slice(&bytes).unwrap_or_default();
            r.manifest_media_type == want.media_type()
                && crate::store::manifest::annotations(&m) == want.annotations
        });
        if same {
            return Ok(());
        }
        set_manifest(&self.store, image, &want)
    }

    /// A progress line (not with -q).
    fn say(&self, line: &str) {
        if !self.opts.quiet && !self.silent {
            let mut out = crate::output::stdout();
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        }
    }

    fn created(&self) -> String {
        crate::store::time::format_rfc3339(
            self.opts
                .timestamp
                .unwrap_or_else(crate::store::time::now_unix),
        )
    }

    /// The raw config of an image of the store.
    fn image_config(&self, id: &str) -> Result<Value> {
        let index = self.store.read_index()?;
        let rec = index
            .images
            .iter()
            .find(|i| i.id == id)
            .with_context(|| format!("image {} is not in the store", short(id)))?;
        let bytes = fs::read(self.store.blob_path(&rec.config))
            .with_context(|| format!("reading the config of image {}", short(id)))?;
        Ok(serde_json::from_slice(&bytes)?)
    }

    /// The layers of an image, top first.
    fn lowers(&self, id: Option<&str>) -> Result<Vec<PathBuf>> {
        let Some(id) = id else {
            return Ok(Vec::new());
        };
        let image = self.store.find_image(id)?;
        Ok(image
            .diff_ids
            .iter()
            .rev()
            .map(|d| self.store.layer_path(d))
            .collect())
    }

    /// The image a FROM or `--from` word names: an earlier stage's, or one of the store's
    /// (pulled as `--pull` says); `None` for scratch.
    fn base_image(&self, word: &str, before: usize) -> Result<Option<String>> {
        if word.eq_ignore_ascii_case("scratch") {
            return Ok(None);
        }
        if let Some(i) = stages::find_stage(&self.cf, word, before) {
            return self
                .built
                .get(&i)
                .cloned()
                .map(Some)
                .with_context(|| format!("stage {word} was not built"));
        }
        let image = match self.opts.pull {
            PullPolicy::Never => self.store.find_image(word)?,
            PullPolicy::Missing => {
                crate::commands::pull::find_or_pull(&self.store, &self.mapping, word)?
            }
            PullPolicy::Always => {
                crate::commands::pull::pull_and_find(&self.store, &self.mapping, word)?
            }
            PullPolicy::Newer => {
                crate::commands::pull::pull_newer_or_find(&self.store, &self.mapping, word, false)?
            }
        };
        Ok(Some(image.id))
    }

    fn build_stage(&mut self, idx: usize, prefix: &str, is_target: bool) -> Result<String> {
        let stage = self.cf.stages[idx].clone();
        let steps = 1 + stage.instructions.len();
        let global = self.global.clone();
        let look = |n: &str| global.get(n).cloned();
        let Op::From {
            image, platform, ..
        } = op(&self.cf, &stage.from, &look, &[])?
        else {
            unreachable!("a stage starts with FROM")
        };
        self.say(&format!("{prefix}STEP 1/{steps}: {}", stage.from.display()));
        if let Some(p) = platform {
            check_platform(&p).map_err(|e| self.cf.error_at(&stage.from, e))?;
        }
        let base = self.base_image(&image, idx).map_err(|e| {
            e.context(format!(
                "{}:{}: FROM {image}",
                self.cf.file, stage.from.line
            ))
        })?;
        if is_target && stages::find_stage(&self.cf, &image, idx).is_none() && base.is_some() {
            let index = self.store.read_index()?;
            if let Ok(found) = crate::store::index::resolve(&index.images, &image) {
                let rec = &index.images[found.index];
                let name = found.name.unwrap_or_else(|| image.clone());
                self.base_ref = Some((name, rec.manifest.clone()));
            }
        }
        if is_target {
            self.target_base.clone_from(&base);
        }
        let config = match &base {
            Some(id) => config::config_object(&self.image_config(id)?),
            None => json!({}),
        };
        let mut state = StageState {
            image: base,
            config,
            shell: vec!["/bin/sh".into(), "-c".into()],
            args: BTreeMap::new(),
            author: None,
            cmd_set: false,
        };
        let triggers = self.onbuild_triggers(&mut state, &stage)?;
        // --env, --unsetenv and (for the target) --label change the config before any step.
        let mut preamble = Vec::new();
        for e in &self.opts.env {
            let (k, v) = e
                .split_once('=')
                .map_or((e.as_str(), String::new()), |(k, v)| (k, v.to_string()));
            let v = if e.contains('=') {
                v
            } else {
                std::env::var(k).unwrap_or_default()
            };
            config::set_env(&mut state.config, k, &v);
            preamble.push(format!("env {k}={v}"));
        }
        for k in &self.opts.unsetenv {
            config::unset_env(&mut state.config, k);
            preamble.push(format!("unsetenv {k}"));
        }
        if is_target {
            for (k, v) in &self.opts.labels {
                config::set_label(&mut state.config, k, v);
                preamble.push(format!("label {k}={v}"));
            }
        }
        if !preamble.is_empty() {
            let text = preamble.join("\n");
            self.silent = true;
            let done = self.step(
                &mut state,
                &text,
                "/bin/sh -c #(nop) build options".into(),
                None,
                false,
            );
            self.silent = false;
            done?;
        }
        // The base image's ONBUILD triggers run first (as docker and buildah), and the new
        // image does not pass them on.
        // As podman, they count as steps from the second on (FROM's line said 1 of fewer).
        let steps = steps + triggers.len();
        for (i, inst) in triggers.iter().enumerate() {
            self.say(&format!(
                "{prefix}STEP {}/{steps}: {}",
                i + 2,
                inst.display()
            ));
            self.instruction(&mut state, inst, true)?;
        }
        let count = stage.instructions.len();
        for (i, inst) in stage.instructions.iter().enumerate() {
            self.say(&format!(
                "{prefix}STEP {}/{steps}: {}",
                i + 2 + triggers.len(),
                inst.display()
            ));
            let last = i + 1 == count;
            let show_id = !(last && is_target);
            self.instruction(&mut state, inst, show_id)?;
        }
        if let Some(id) = state.image {
            return Ok(id);
        }
        // FROM scratch and nothing else: an image with no layers.
        self.step(&mut state, "scratch", String::new(), None, false)?;
        state.image.context("an empty image")
    }

    /// The base image's `OnBuild` entries parsed as instructions (each names the stage's FROM
    /// line in errors); removed from the stage's config.
    fn onbuild_triggers(
        &self,
        state: &mut StageState,
        stage: &crate::image::containerfile::Stage,
    ) -> Result<Vec<Instruction>> {
        let Some(list) = state
            .config
            .as_object_mut()
            .and_then(|o| o.remove("OnBuild"))
        else {
            return Ok(Vec::new());
        };
        let entries: Vec<String> = serde_json::from_value(list).unwrap_or_default();
        let mut out = Vec::new();
        for text in entries.iter().filter(|t| !t.trim().is_empty()) {
            let label = format!(
                "{}:{}: ONBUILD of the base image",
                self.cf.file, stage.from.line
            );
            let parsed = parse(&format!("FROM scratch\n{text}\n"), &label)?;
            for mut inst in parsed.stages.into_iter().flat_map(|s| s.instructions) {
                if ["ONBUILD", "FROM", "MAINTAINER"].contains(&inst.keyword.as_str()) {
                    bail!("{label}: {} is not allowed in ONBUILD", inst.keyword);
                }
                inst.line = stage.from.line;
                out.push(inst);
            }
        }
        Ok(out)
    }

    /// One step: the cache lookup, else the work and the commit of its image.
    fn step(
        &mut self,
        state: &mut StageState,
        text: &str,
        created_by: String,
        work: Option<StepWork>,
        show_id: bool,
    ) -> Result<()> {
        let ts = self
            .opts
            .timestamp
            .map(|t| t.to_string())
            .unwrap_or_default();
        let parent = state.image.clone().unwrap_or_else(|| "scratch".into());
        let cfg = serde_json::to_string(&state.config)?;
        let key = cache::key(&[
            &parent,
            text,
            &cfg,
            &ts,
            state.author.as_deref().unwrap_or(""),
        ]);
        let use_cache = self.opts.layers && !self.opts.no_cache;
        if use_cache && let Some(hit) = self.cache.lookup(&self.store, &key)? {
            self.say(&format!("--> Using cache {hit}"));
            self.last_cached = true;
            if show_id {
                self.say(&format!("--> {}", short(&hit)));
            }
            state.config = config::config_object(&self.image_config(&hit)?);
            state.image = Some(hit);
            return Ok(());
        }
        let mut step = StepImage {
            base: state.image.clone(),
            upper: None,
            targets: MountTargets::None,
            config: state.config.clone(),
            created_by,
            created: self.created(),
            author: state.author.clone(),
            names: Vec::new(),
            squash: Squash::None,
        };
        let id = match work {
            None => commit_step(&self.store, &self.mapping, &step)?,
            Some(StepWork::Run(argv, ropts, display)) => {
                let Some(image) = state.image.clone() else {
                    bail!(
                        "{display}: FROM scratch has no shell or programs to run; COPY them in first"
                    );
                };
                let ran = run::run(self.ctx, &self.store, &self.mapping, &image, argv, &ropts)
                    .with_context(|| format!("building at STEP \"{display}\""))?;
                if ran.code != 0 {
                    if self.opts.force_rm || self.opts.rm {
                        let _ = ran.remove();
                    }
                    let message = format!(
                        "building at STEP \"{display}\": the command exited with status {}",
                        ran.code
                    );
                    let err = if self.mapping.one_id {
                        crate::error::hinted(
                            message,
                            "in one-id mode only root (id 0) exists in the container: steps that switch to other users or give files to them (apt's _apt user, chown) fail there; add subordinate ranges to /etc/subuid and /etc/subgid",
                        )
                    } else {
                        anyhow::anyhow!(message)
                    };
                    // podman build ends with the failed step's status.
                    return Err(err).exit_code(ran.code);
                }
                step.upper = Some(ran.upper()?);
                step.targets = MountTargets::AsBuild;
                let id = commit_step(&self.store, &self.mapping, &step);
                if self.opts.rm || id.is_err() && self.opts.force_rm {
                    ran.remove()?;
                }
                id?
            }
            Some(StepWork::Copy(mut job, display)) => {
                let dir = self.store.root().join("build-work");
                fs::create_dir_all(&dir)
                    .with_context(|| format!("creating \"{}\"", dir.display()))?;
                let work = tempfile::Builder::new()
                    .prefix("copy-")
                    .tempdir_in(&dir)
                    .with_context(|| format!("creating a directory in \"{}\"", dir.display()))?;
                let work_path = work.keep();
                let upper = work_path.join("upper");
                fs::create_dir(&upper)
                    .with_context(|| format!("creating \"{}\"", upper.display()))?;
                job.upper.clone_from(&upper);
                let result = run_in_store_ns(&self.mapping, || copy::run(&job))
                    .with_context(|| display.clone());
                let id = result.and_then(|()| {
                    step.upper = Some(upper.clone());
                    commit_step(&self.store, &self.mapping, &step)
                });
                crate::store::layers::remove_trees(&self.mapping, vec![work_path])?;
                id?
            }
        };
        if self.opts.layers {
            self.cache.insert(&self.store, key, &id)?;
        }
        self.made.push(id.clone());
        self.last_cached = false;
        // Without --layers, podman commits no step on its own, so it shows no step's id.
        if show_id && self.opts.layers {
            self.say(&format!("--> {}", short(&id)));
        }
        state.image = Some(id);
        Ok(())
    }
}

/// The work of a step that makes a layer.
enum StepWork {
    Run(Vec<String>, Box<run::RunOptions>, String),
    Copy(Box<copy::CopyJob>, String),
}

fn heredoc_text(inst: &Instruction) -> String {
    let mut s = String::new();
    for h in &inst.heredocs {
        s.push_str(&h.name);
        s.push('\n');
        s.push_str(&h.body);
    }
    s
}

/// ADD extracts local tarballs (by name, as buildah's common cases).
fn is_tarball(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    path.is_file()
        && [".tar", ".tar.gz", ".tgz", ".tar.zst", ".tar.xz", ".tar.bz2"]
            .iter()
            .any(|s| name.ends_with(s))
}

/// `--platform`: this machine's only.
pub fn check_platform(p: &str) -> Result<()> {
    let arch = crate::image::archive::host_architecture();
    let ok = [
        format!("linux/{arch}"),
        arch.to_string(),
        "linux".into(),
        "$BUILDPLATFORM".into(),
    ];
    if p.split(',')
        .all(|one| ok.iter().any(|o| o == one) || one.starts_with(&format!("linux/{arch}/")))
    {
        Ok(())
    } else {
        Err(crate::error::hinted(
            format!(
                "platform \"{p}\" is not this machine's (linux/{arch}): den builds for the host only"
            ),
            format!("drop --platform, or use --platform linux/{arch}"),
        ))
    }
}
