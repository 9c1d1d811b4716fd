//! The den.toml file: its keys as typed data, parsed with serde and toml, and checked (an
//! unknown key is an error naming the key and the file's line). Pure: no file system here.
//! den.example.toml documents every key.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Result, bail};
use serde::Deserialize;

/// A project's den.toml.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DenToml {
    /// The image to run (a reference, as `den run` takes); or `containerfile`.
    pub image: Option<String>,
    /// A Containerfile to build (relative to the den.toml's directory).
    pub containerfile: Option<String>,
    /// The build context for `containerfile` (default: the den.toml's directory).
    pub context: Option<String>,
    /// The toolbox's container name (default: `den-<dirname>-<hash6>`).
    pub name: Option<String>,
    /// Packages installed once, at creation, with the image's package manager.
    #[serde(default)]
    pub packages: Vec<String>,
    /// Shell commands run once at creation, as root, after `packages`.
    #[serde(default)]
    pub setup: Vec<String>,
    /// Environment variables inside.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// More mounts, in `-v` syntax: `[SRC:]DEST[:OPTS]`.
    #[serde(default)]
    pub mounts: Vec<String>,
    /// Host devices to share: `/dev/kvm`, `/dev/ttyUSB0`.
    #[serde(default)]
    pub devices: Vec<String>,
    /// Published ports, in `-p` syntax (refused: den has no port publishing yet).
    #[serde(default)]
    pub ports: Vec<String>,
    /// Whose $HOME is mounted at $HOME: the host's, or one kept for this project.
    #[serde(default)]
    pub home: Home,
    /// The shell `den shell` starts (default: the user's login shell when the image has it,
    /// else bash, else sh).
    pub shell: Option<String>,
    /// What of the host's session is shared.
    #[serde(default)]
    pub integration: Integration,
}

/// `home = "host" | "project"`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Home {
    /// The host's $HOME, at the same path.
    #[default]
    Host,
    /// A directory kept for this project in den's store, mounted at $HOME's path; it
    /// survives `den shell --recreate`.
    Project,
}

/// `[integration]`: each part of the host session a toolbox shares; all on by default, as in
/// toolbox and distrobox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Integration {
    /// X11 (/tmp/.X11-unix, DISPLAY, XAUTHORITY) and Wayland (WAYLAND_DISPLAY's socket).
    pub gui: bool,
    /// PulseAudio ($XDG_RUNTIME_DIR/pulse) and PipeWire ($XDG_RUNTIME_DIR/pipewire-0).
    pub audio: bool,
    /// The D-Bus session bus (DBUS_SESSION_BUS_ADDRESS's socket).
    pub dbus: bool,
    /// The ssh-agent socket (SSH_AUTH_SOCK).
    pub ssh_agent: bool,
    /// gpg-agent's socket directory ($XDG_RUNTIME_DIR/gnupg).
    pub gpg_agent: bool,
    /// GPU render nodes (/dev/dri).
    pub dri: bool,
    /// The host's /etc/hosts and /etc/resolv.conf, read-only.
    pub hosts: bool,
}

impl Default for Integration {
    fn default() -> Self {
        Integration {
            gui: true,
            audio: true,
            dbus: true,
            ssh_agent: true,
            gpg_agent: true,
            dri: true,
            hosts: true,
        }
    }
}

impl DenToml {
    /// Parses and checks `text`, the contents of `path` (named in errors, with the line).
    pub fn parse(text: &str, path: &Path) -> Result<DenToml> {
        let file: DenToml = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| {
                text[..s.start.min(text.len())].matches('\n').count() + 1
            });
            // toml's message can run over lines (a snippet); its first line says what.
            let what = e.message().lines().next().unwrap_or("invalid").to_string();
            anyhow::anyhow!("{}:{line}: {what}", path.display())
        })?;
        file.check(path)?;
        Ok(file)
    }

    fn check(&self, path: &Path) -> Result<()> {
        let at = path.display();
        match (&self.image, &self.containerfile) {
            (Some(_), Some(_)) => bail!("{at}: give either image or containerfile, not both"),
            (None, None) => bail!(
                "{at}: say which image to use: image = \"debian:12\" (or containerfile = \"Containerfile\")"
            ),
            _ => {}
        }
        if self.context.is_some() && self.containerfile.is_none() {
            bail!("{at}: context is the build context of containerfile, which is not given");
        }
        if let Some(name) = &self.name {
            crate::plan::validate_name(name).map_err(|e| anyhow::anyhow!("{at}: name: {e}"))?;
        }
        if !self.ports.is_empty() {
            return Err(crate::error::hinted(
                format!("{at}: ports: den cannot publish ports yet"),
                "remove the ports key: the toolbox shares the host's network, so a server inside is reachable on the host's own ports",
            ));
        }
        for d in &self.devices {
            if !d.starts_with("/dev/") {
                bail!("{at}: devices: \"{d}\" is not a path under /dev");
            }
        }
        for p in &self.packages {
            if p.is_empty() || p.starts_with('-') {
                bail!("{at}: packages: \"{p}\" is not a package name");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<DenToml> {
        DenToml::parse(text, Path::new("/p/den.toml"))
    }

    #[test]
    fn full_file() {
        let f = parse(
            r#"
image = "debian:12"
name = "work"
packages = ["git", "make"]
setup = ["echo hi > /etc/motd"]
env = { EDITOR = "vi" }
mounts = ["/srv:/srv:ro"]
devices = ["/dev/kvm"]
home = "project"
shell = "/bin/zsh"
[integration]
gui = false
"#,
        )
        .unwrap();
        assert_eq!(f.image.as_deref(), Some("debian:12"));
        assert_eq!(f.packages, ["git", "make"]);
        assert_eq!(f.env["EDITOR"], "vi");
        assert_eq!(f.home, Home::Project);
        assert!(!f.integration.gui && f.integration.audio && f.integration.hosts);
    }

    #[test]
    fn defaults_share_everything() {
        let f = parse("image = \"alpine\"").unwrap();
        assert_eq!(f.home, Home::Host);
        assert_eq!(f.integration, Integration::default());
        assert!(f.integration.dbus);
    }

    #[test]
    fn unknown_key_names_key_file_and_line() {
        let e = parse("image = \"a\"\n\npackges = [\"git\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("/p/den.toml:3: "), "{e}");
        assert!(e.contains("packges"), "{e}");
        let e = parse("image = \"a\"\n[integration]\nsound = true\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("/p/den.toml:3: ") && e.contains("sound"),
            "{e}"
        );
    }

    #[test]
    fn wrong_types_and_values_are_refused() {
        assert!(parse("image = 3").is_err());
        let e = parse("image = \"a\"\nhome = \"elsewhere\"").unwrap_err();
        assert!(e.to_string().contains(":2:"), "{e}");
    }

    #[test]
    fn image_xor_containerfile() {
        assert!(parse("").unwrap_err().to_string().contains("which image"));
        assert!(parse("image = \"a\"\ncontainerfile = \"C\"").is_err());
        assert!(parse("image = \"a\"\ncontext = \".\"").is_err());
        let f = parse("containerfile = \"Containerfile\"\ncontext = \"..\"").unwrap();
        assert_eq!(f.context.as_deref(), Some(".."));
    }

    #[test]
    fn ports_are_refused_not_yet() {
        let e = parse("image = \"a\"\nports = [\"8080:80\"]").unwrap_err();
        assert!(e.to_string().contains("cannot publish ports yet"), "{e}");
    }

    #[test]
    fn example_file_is_valid_commented_and_uncommented() {
        let text = include_str!("../../den.example.toml");
        let f = parse(text).unwrap();
        assert_eq!(f.integration, Integration::default());
        let skip = ["#containerfile", "#context", "#ports"];
        let all: String = text
            .lines()
            .filter(|l| !skip.iter().any(|s| l.starts_with(s)))
            .map(|l| match l.strip_prefix('#') {
                Some(rest) if !rest.starts_with(' ') && !rest.is_empty() => format!("{rest}\n"),
                _ => format!("{l}\n"),
            })
            .collect();
        let f = parse(&all).unwrap();
        assert!(!f.packages.is_empty() && !f.setup.is_empty() && !f.env.is_empty());
        assert!(!f.mounts.is_empty() && !f.devices.is_empty() && f.shell.is_some());
        assert!(f.name.is_some());
    }

    #[test]
    fn bad_names_devices_packages() {
        assert!(parse("image = \"a\"\nname = \"-x\"").is_err());
        assert!(parse("image = \"a\"\ndevices = [\"/etc/passwd\"]").is_err());
        assert!(parse("image = \"a\"\npackages = [\"--force\"]").is_err());
    }
}
