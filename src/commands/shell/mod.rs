//! `den shell`: finds the toolbox (a project's den.toml, or `--image`), makes it on first use
//! (`create`), starts it when stopped, and enters it with den's exec at the working directory
//! with the user's shell. `--export` writes a wrapper on the host's PATH (`export`).

mod create;
mod export;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::cli::{ExecArgs, ShellArgs};
use crate::config::Ctx;
use crate::error::hinted;
use crate::project::{self, DenToml, Home, Project};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records;

/// The label that marks a container as a toolbox (its value: the den.toml, or `image`).
pub const LABEL_TOOLBOX: &str = "den.toolbox";
/// The label that keeps the sha256 of the den.toml the toolbox was made from.
pub const LABEL_HASH: &str = "den.toolbox.hash";

/// One toolbox: what it is made from and what it is called.
pub struct Toolbox {
    pub name: String,
    pub toml: DenToml,
    /// The project, when made from a den.toml.
    pub project: Option<Project>,
}

impl Toolbox {
    /// The toolbox `den shell` means here: `--image`, `--project`, or the den.toml found from
    /// the working directory.
    fn resolve(args: &ShellArgs) -> Result<Toolbox> {
        if let Some(image) = &args.image {
            return Ok(Toolbox {
                name: args
                    .name
                    .clone()
                    .unwrap_or_else(|| image_toolbox_name(image)),
                toml: DenToml {
                    image: Some(image.clone()),
                    ..DenToml::default()
                },
                project: None,
            });
        }
        let file = match &args.project {
            Some(p) if p.is_dir() => p.join(project::FILE_NAME),
            Some(p) => p.clone(),
            None => {
                let cwd = std::env::current_dir().context("finding the working directory")?;
                project::discover(&cwd).ok_or_else(|| {
                    hinted(
                        format!(
                            "no den.toml in \"{}\" or any parent directory",
                            cwd.display()
                        ),
                        "write one (image = \"debian:12\" is enough), or enter a plain toolbox: den shell --image debian:12",
                    )
                })?
            }
        };
        let project = project::load(&file)?;
        Ok(Toolbox {
            name: args
                .name
                .clone()
                .unwrap_or_else(|| project.container_name()),
            toml: project.config.clone(),
            project: Some(project),
        })
    }

    /// What the den.toml label says: the file's path, or `image`.
    fn origin(&self) -> String {
        self.project
            .as_ref()
            .map_or_else(|| "image".into(), |p| p.file.display().to_string())
    }

    /// The hash the toolbox is made from: the den.toml's, or the image reference's.
    fn hash(&self) -> String {
        self.project.as_ref().map_or_else(
            || self.toml.image.clone().unwrap_or_default(),
            |p| p.hash.clone(),
        )
    }

    /// Directories shared at their own path besides $HOME: the project's.
    fn shared_dirs(&self) -> Vec<PathBuf> {
        self.project.iter().map(|p| p.dir.clone()).collect()
    }
}

/// `den-<image>`: the reference's last path part with its tag, `:` and `/` made `-`
/// (`docker.io/library/debian:12` -> `den-debian-12`).
pub fn image_toolbox_name(image: &str) -> String {
    let last = image.rsplit('/').next().unwrap_or(image);
    let last = last.split('@').next().unwrap_or(last);
    let clean: String = last
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("den-{clean}")
}

pub fn run(ctx: &Ctx, args: &ShellArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    if args.list {
        return Ok(export::list(&store));
    }
    let toolbox = Toolbox::resolve(args)?;
    if args.rm {
        return remove(&store, &toolbox);
    }
    let home = host_home()?;
    let id = ensure(ctx, &store, &toolbox, &home, args.recreate)?;
    if let Some(bin) = &args.export {
        return export::write(ctx, &toolbox, &id, bin, &home);
    }
    let command = if args.command.is_empty() {
        login_shell_command(toolbox.toml.shell.as_deref())
    } else {
        args.command.clone()
    };
    let workdir = workdir(&toolbox, &home);
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    exec(ctx, &id, workdir, session_env(&toolbox), command, tty)
}

/// The toolbox's container, made when missing (or `recreate`), running.
fn ensure(
    ctx: &Ctx,
    store: &Store,
    toolbox: &Toolbox,
    home: &Path,
    recreate: bool,
) -> Result<String> {
    let mut existing = records::find_by_name(store, &toolbox.name);
    if let Some(id) = &existing {
        let record = records::read(store, id)?;
        if !record.labels.contains_key(LABEL_TOOLBOX) {
            return Err(hinted(
                format!(
                    "the container \"{}\" is not a toolbox of den shell",
                    toolbox.name
                ),
                "give the toolbox another name (name in den.toml, or --name), or remove that container",
            ));
        }
        if recreate {
            crate::commands::container::rm::remove_one(store, id, true)?;
            existing = None;
        } else if record.labels.get(LABEL_HASH) != Some(&toolbox.hash()) {
            eprintln!(
                "note: {} changed since the toolbox \"{}\" was made; den shell --recreate makes it anew",
                toolbox.origin(),
                toolbox.name
            );
        }
    }
    let id = match existing {
        Some(id) => id,
        None => create::create(ctx, store, toolbox, home)?,
    };
    let record = state::load(store, &id)?;
    if !state::init_alive(&record) {
        crate::commands::container::start::start_one(ctx, store, &id)?;
    }
    Ok(id)
}

/// `--rm`: the toolbox's container goes; a project's own $HOME stays.
fn remove(store: &Store, toolbox: &Toolbox) -> Result<i32> {
    let id = records::find_by_name(store, &toolbox.name)
        .with_context(|| format!("there is no toolbox \"{}\"", toolbox.name))?;
    crate::commands::container::rm::remove_one(store, &id, true)?;
    crate::output::say!("{}", toolbox.name);
    Ok(0)
}

/// The user's $HOME on the host, canonical (the same path inside).
fn host_home() -> Result<PathBuf> {
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .context("$HOME is not set: a toolbox shares it")?;
    std::fs::canonicalize(&home).with_context(|| format!("$HOME \"{}\"", home.display()))
}

/// Where a project keeps its own $HOME (`home = "project"`): in den's store, by toolbox name,
/// outside the container's directory so that `--recreate` keeps it.
pub fn project_home(ctx: &Ctx, name: &str) -> PathBuf {
    ctx.paths.store.join("toolbox-homes").join(name)
}

/// The working directory inside: den's own when it is shared (under $HOME or the project),
/// else the project's, else $HOME.
fn workdir(toolbox: &Toolbox, home: &Path) -> String {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok());
    let shared = toolbox.shared_dirs();
    let under = |c: &PathBuf| c.starts_with(home) || shared.iter().any(|d| c.starts_with(d));
    cwd.filter(under)
        .or_else(|| shared.first().cloned())
        .unwrap_or_else(|| home.to_path_buf())
        .display()
        .to_string()
}

/// The session's variables for this enter (`project::host::session_env`).
fn session_env(toolbox: &Toolbox) -> Vec<String> {
    let localtime = std::fs::read_link("/etc/localtime").ok();
    project::host::session_env(
        &toolbox.toml.integration,
        std::env::vars(),
        localtime.as_deref(),
    )
}

/// The shell to start: den.toml's `shell`, else the user's login shell from the host's passwd
/// entry when the image has it, else bash, else sh; as a login shell.
fn login_shell_command(configured: Option<&str>) -> Vec<String> {
    if let Some(shell) = configured {
        return vec![shell.to_string()];
    }
    let mine = nix::unistd::User::from_uid(nix::unistd::getuid())
        .ok()
        .flatten()
        .map(|u| u.shell.display().to_string())
        .unwrap_or_default();
    [
        "/bin/sh",
        "-c",
        "for s in \"$@\"; do [ -x \"$s\" ] && exec \"$s\" -l; done; exec /bin/sh -l",
        "den-shell",
        &mine,
        "/bin/bash",
    ]
    .iter()
    .filter(|a| !a.is_empty())
    .map(ToString::to_string)
    .collect()
}

/// Runs `sh -c SCRIPT` in the toolbox by a den exec of its own (this den's exec joins the
/// container's namespaces for good, so only the last step may use it), its output on this
/// den's stderr (stdout stays the command's); its exit code.
fn exec_apart(ctx: &Ctx, id: &str, flags: &[&str], script: &str) -> Result<i32> {
    use std::os::fd::AsFd;
    let exe = std::env::current_exe().context("finding den's own executable")?;
    let stderr = std::io::stderr()
        .as_fd()
        .try_clone_to_owned()
        .context("duplicating stderr")?;
    let status = std::process::Command::new(exe)
        .arg("--root")
        .arg(&ctx.paths.store)
        .arg("--runroot")
        .arg(&ctx.paths.runtime)
        .arg("exec")
        .args(flags)
        .args([id, "/bin/sh", "-c", script])
        .stdin(std::process::Stdio::null())
        .stdout(stderr)
        .status()
        .context("running den exec")?;
    Ok(status.code().unwrap_or(crate::error::EXIT_DEN))
}

/// Runs `command` in the toolbox with den's exec (this den joins the container: the last
/// step); its exit code.
fn exec(
    ctx: &Ctx,
    id: &str,
    workdir: String,
    env: Vec<String>,
    command: Vec<String>,
    tty: bool,
) -> Result<i32> {
    let args = ExecArgs {
        interactive: true,
        tty,
        detach: false,
        user: None,
        workdir: Some(workdir),
        env,
        env_file: Vec::new(),
        privileged: false,
        detach_keys: "ctrl-p,ctrl-q".into(),
        preserve_fds: 0,
        latest: false,
        container: id.to_string(),
        command,
    };
    crate::commands::exec::run(ctx, &args)
}

/// The project layer for a toolbox's request: `project::host::settings` over this host.
fn settings(ctx: &Ctx, toolbox: &Toolbox, home: &Path) -> Result<crate::plan::RunSettings> {
    let project_home = if toolbox.toml.home == Home::Project {
        let dir = project_home(ctx, &toolbox.name);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
        Some(dir)
    } else {
        None
    };
    let env = |n: &str| std::env::var(n).ok();
    let exists = |p: &Path| p.exists();
    let session = project::host::Session {
        home: home.to_path_buf(),
        project_home,
        shared_dirs: toolbox.shared_dirs(),
        env: &env,
        exists: &exists,
    };
    Ok(project::host::settings(&toolbox.toml, &session))
}

#[cfg(test)]
mod tests {
    #[test]
    fn image_names() {
        assert_eq!(super::image_toolbox_name("debian:12"), "den-debian-12");
        assert_eq!(
            super::image_toolbox_name("docker.io/library/fedora"),
            "den-fedora"
        );
        assert_eq!(super::image_toolbox_name("a/b@sha256:00"), "den-b");
    }
}
