//! Making a toolbox: the image (den.toml's, or built from its Containerfile), a detached
//! container with the project layer (`project::host::settings`), then, once, the packages, a
//! sudoers drop-in and the setup commands, as root. A step that fails removes the toolbox, so
//! the next `den shell` tries again from the start.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::{LABEL_HASH, LABEL_TOOLBOX, Toolbox};
use crate::cli::{PullPolicy, RunArgs};
use crate::config::Ctx;
use crate::store::Store;
use crate::store::records;

/// Creates and starts the toolbox; its container id.
pub fn create(ctx: &Ctx, store: &Store, toolbox: &Toolbox, home: &Path) -> Result<String> {
    let image = image(ctx, toolbox)?;
    eprintln!("den: making the toolbox \"{}\" from {image}", toolbox.name);
    let args = RunArgs {
        detach: true,
        name: Some(toolbox.name.clone()),
        pull: PullPolicy::Missing,
        // As `den run`'s default: the host's proxy variables pass in.
        process: crate::cli::ProcessArgs {
            http_proxy: true,
            ..crate::cli::ProcessArgs::default()
        },
        image,
        project: super::settings(ctx, toolbox, home)?,
        ..RunArgs::default()
    };
    let (_, plan) = crate::commands::run::create(ctx, &args, false)?;
    label(store, &plan.id, toolbox)?;
    let made = crate::runtime::monitor::start_detached(ctx, &plan.id)
        .and_then(|_| provision(ctx, &plan.id, toolbox, plan.mapping.one_id));
    if let Err(e) = made {
        let _ = crate::commands::container::rm::remove_one(store, &plan.id, true);
        return Err(e.context(format!(
            "making the toolbox \"{}\" (it was removed; den shell tries again)",
            toolbox.name
        )));
    }
    Ok(plan.id)
}

/// The image reference to run: den.toml's `image`, or the image built from `containerfile`
/// (tagged `localhost/<toolbox>:latest`).
fn image(ctx: &Ctx, toolbox: &Toolbox) -> Result<String> {
    if let Some(image) = &toolbox.toml.image {
        return Ok(image.clone());
    }
    let project = toolbox
        .project
        .as_ref()
        .context("a Containerfile needs a project")?;
    let file = project.dir.join(
        toolbox
            .toml
            .containerfile
            .as_deref()
            .unwrap_or("Containerfile"),
    );
    let context = project
        .dir
        .join(toolbox.toml.context.as_deref().unwrap_or("."));
    let tag = format!("localhost/{}:latest", toolbox.name);
    eprintln!("den: building {tag} from \"{}\"", file.display());
    let argv = [
        "den",
        "build",
        "-t",
        &tag,
        "-f",
        &file.display().to_string(),
        &context.display().to_string(),
    ];
    let cli = <crate::cli::Cli as clap::Parser>::try_parse_from(argv)
        .context("building the toolbox's image")?;
    let crate::cli::Command::Build(args) = cli.command else {
        bail!("den build's arguments did not parse as a build");
    };
    crate::commands::build::build_image(ctx, &args)?;
    Ok(tag)
}

/// Marks the container a toolbox and keeps the den.toml's hash, to notice a change.
fn label(store: &Store, id: &str, toolbox: &Toolbox) -> Result<()> {
    let _lock = records::lock(store, id)?;
    let mut record = records::read(store, id)?;
    record.labels.insert(LABEL_TOOLBOX.into(), toolbox.origin());
    record.labels.insert(LABEL_HASH.into(), toolbox.hash());
    records::write(store, &record)
}

/// The once-only steps, as root: packages, the sudoers drop-in, setup commands. `one_id`:
/// the container maps only the user's own id (one-id mode).
fn provision(ctx: &Ctx, id: &str, toolbox: &Toolbox, one_id: bool) -> Result<()> {
    if one_id {
        run_as_root(ctx, id, APT_ONE_ID_SCRIPT, "writing apt's one-id drop-in")?;
    }
    if !toolbox.toml.packages.is_empty() {
        eprintln!("den: installing {}", toolbox.toml.packages.join(" "));
        run_as_root(
            ctx,
            id,
            &install_script(&toolbox.toml.packages, one_id),
            "installing packages",
        )?;
    }
    let user = nix::unistd::User::from_uid(nix::unistd::getuid())
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_default();
    if !user.is_empty() {
        run_as_root(
            ctx,
            id,
            &sudoers_script(&user),
            "writing the sudoers drop-in",
        )?;
    }
    for (i, command) in toolbox.toml.setup.iter().enumerate() {
        eprintln!("den: setup: {command}");
        run_as_root(
            ctx,
            id,
            command,
            &format!("setup command {} (\"{command}\")", i + 1),
        )?;
    }
    Ok(())
}

fn run_as_root(ctx: &Ctx, id: &str, script: &str, what: &str) -> Result<()> {
    let code = super::exec_apart(ctx, id, &["-u", "0", "-w", "/"], script)?;
    if code != 0 {
        bail!("{what} exited with status {code}");
    }
    Ok(())
}

/// One-id mode: apt's download sandbox user `_apt` has no id to become, so every apt run in
/// the toolbox (the user's own by hand too) is told to stay root, in a drop-in that only an
/// image with apt gets.
const APT_ONE_ID_SCRIPT: &str = "if [ -d /etc/apt/apt.conf.d ]; then \
     printf '%s\\n' '// den: one-id mode maps no id for _apt' 'APT::Sandbox::User \"root\";' \
     > /etc/apt/apt.conf.d/90den-one-id; fi";

/// A script that installs `packages` with the package manager the image has. In one-id mode
/// apt runs its downloads as root: its sandbox user `_apt` (uid 42) has no id in a container
/// that maps only the user's own, and `seteuid 42` fails.
pub fn install_script(packages: &[String], one_id: bool) -> String {
    let list: Vec<String> = packages.iter().map(|p| quote(p)).collect();
    let list = list.join(" ");
    let apt = if one_id {
        "apt-get -o APT::Sandbox::User=root"
    } else {
        "apt-get"
    };
    format!(
        "set -e\n\
         if command -v apt-get >/dev/null 2>&1; then\n  \
           export DEBIAN_FRONTEND=noninteractive\n  {apt} update\n  {apt} install -y {list}\n\
         elif command -v dnf >/dev/null 2>&1; then\n  dnf install -y {list}\n\
         elif command -v apk >/dev/null 2>&1; then\n  apk add {list}\n\
         elif command -v pacman >/dev/null 2>&1; then\n  pacman -Sy --noconfirm {list}\n\
         elif command -v zypper >/dev/null 2>&1; then\n  zypper --non-interactive install {list}\n\
         else\n  echo 'den: the image has none of apt-get, dnf, apk, pacman, zypper' >&2\n  exit 127\n\
         fi\n"
    )
}

/// A sudoers drop-in that lets `user` run anything without a password (a toolbox's own root
/// is the user's anyway). Written whether or not sudo is installed yet: a later `apt-get
/// install sudo` reads /etc/sudoers.d.
pub fn sudoers_script(user: &str) -> String {
    format!(
        "mkdir -p /etc/sudoers.d && printf '%s ALL=(ALL) NOPASSWD: ALL\\n' {} > /etc/sudoers.d/den-toolbox && chmod 0440 /etc/sudoers.d/den-toolbox",
        quote(user)
    )
}

/// `s` in single quotes for sh.
pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn install_script_quotes_and_detects() {
        let s = install_script(&["git".into(), "a'b".into()], false);
        assert!(s.contains("apt-get install -y 'git' 'a'\\''b'"), "{s}");
        assert!(!s.contains("Sandbox"), "{s}");
        let one = install_script(&["git".into()], true);
        assert!(
            one.contains("apt-get -o APT::Sandbox::User=root update")
                && one.contains("apt-get -o APT::Sandbox::User=root install -y 'git'"),
            "{one}"
        );
        for pm in [
            "dnf install -y",
            "apk add",
            "pacman -Sy",
            "zypper --non-interactive",
        ] {
            assert!(s.contains(pm), "{pm}");
        }
    }

    #[test]
    fn sudoers_line() {
        assert!(sudoers_script("alice").contains("printf '%s ALL=(ALL) NOPASSWD: ALL\\n' 'alice'"));
    }
}
